"""Tests for app.domain.pricing: price plans, 试算, 调价, stacked discounts, approval levels.
Every amount is checked as an exact Decimal string, to the fen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.discounts import (
    DEFAULT_LEVELS,
    DiscountKind,
    DiscountRule,
    apply_discounts,
    check_discount,
    discount_ratio,
)
from app.domain.errors import ValidationError
from app.domain.money import FEN, JIAO, YUAN, Rounding, RoundingMode
from app.domain.pricing import (
    Adjustment,
    FloorRule,
    PricedUnit,
    PricePlan,
    PriceSettings,
    PricingBasis,
    RoundAt,
    UnitFacts,
    apply_adjustment,
    price_unit,
    trial,
)
from app.domain.statuses import UnitStatus

D = Decimal
THREE_ROOMS = "三室两厅两卫"


def exact(value: object, expected: str) -> None:
    assert isinstance(value, Decimal)
    assert str(value) == expected


def error_of(func, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


def plan(**changes) -> PricePlan:
    fields = dict(
        base_prices={THREE_ROOMS: D("15000"), "default": D("12000")},
        floor_coefficients=FloorRule(start_floor=1, step=D("0.005"), overrides={18: D("0.98")}),
        orientation_coefficients={"南北": D("1.02"), "东": D("0.99")},
        extra_coefficients={"1-2-1502": D("1.01")},
    )
    fields.update(changes)
    return PricePlan(**fields)


def unit(uid="1-2-1502", *, layout=THREE_ROOMS, orientation="南北", floor=15,
         gross="89.56", inner="72.30", building="1") -> UnitFacts:
    return UnitFacts(uid, layout, orientation, floor, D(gross),
                     None if inner is None else D(inner), building)


# ---- price plans ----

def test_enum_values_match_the_database():
    assert [b.value for b in PricingBasis] == ["gross_area", "inner_area", "whole_unit"]
    assert [r.value for r in RoundAt] == ["unit_price", "total"]
    assert [k.value for k in DiscountKind] == ["percent", "fixed", "per_m2"]


def test_gross_area_rounded_at_unit_price():
    # 15000 × 1.07 (floor 15) × 1.02 (南北) × 1.01 (view) = 16534.71 → 16535 yuan
    price = price_unit(plan(), unit())
    exact(price.unit_price, "16535.00")
    exact(price.total, "1480874.60")        # 16535 × 89.56


def test_gross_area_rounded_at_total():
    price = price_unit(plan(round_at=RoundAt.TOTAL), unit())
    exact(price.total, "1480849.00")        # 16534.71 × 89.56 = 1480848.6276 → yuan
    exact(price.unit_price, "16534.71")     # 1480849 ÷ 89.56 to the fen


def test_inner_area_basis():
    price = price_unit(plan(basis=PricingBasis.INNER_AREA), unit())
    exact(price.unit_price, "16535.00")
    exact(price.total, "1195480.50")        # 16535 × 72.30


def test_inner_area_basis_needs_an_inner_area():
    err = error_of(price_unit, plan(basis="inner_area"), unit(inner=None))
    assert (err.field, err.code) == ("inner_area", "inner_area_missing")
    # the same unit prices fine on gross area
    exact(price_unit(plan(), unit(inner=None)).total, "1480874.60")


def test_whole_unit_basis():
    parking = plan(base_prices={"车位": D("150000")},
                   floor_coefficients={-1: D("1"), -2: D("0.9")}, extra_coefficients={},
                   basis=PricingBasis.WHOLE_UNIT)
    price = price_unit(parking, unit("P-201", layout="车位", orientation="", floor=-2,
                                     gross="12.50", inner=None))
    exact(price.unit_price, "135000.00")
    exact(price.total, "135000.00")


@pytest.mark.parametrize(
    ("mode", "unit_price", "total"),
    [
        # 10000 × 1.033375 = 10333.75 a m², area 100.05
        (RoundingMode.HALF_UP, "10333.80", "1033896.69"),
        (RoundingMode.DOWN, "10333.70", "1033886.68"),   # 1033886.685 cut to the fen
        (RoundingMode.UP, "10333.80", "1033896.69"),
    ],
)
def test_rounding_modes_to_jiao(mode, unit_price, total):
    p = plan(base_prices={"default": D("10000")}, floor_coefficients={5: D("1.033375")},
             orientation_coefficients={}, extra_coefficients={},
             rounding_unit=JIAO, rounding_mode=mode)
    price = price_unit(p, unit("A", layout="x", orientation="西", floor=5, gross="100.05"))
    exact(price.unit_price, unit_price)
    exact(price.total, total)


def test_rounding_to_fen_keeps_the_fen():
    p = plan(rounding_unit=FEN)
    exact(price_unit(p, unit()).unit_price, "16534.71")
    exact(price_unit(p, unit()).total, "1480848.63")    # 16534.71 × 89.56 = …8.6276


def test_default_layout_price_unlisted_floor_and_orientation():
    p = plan(floor_coefficients={3: D("1.1")})
    price = price_unit(p, unit("9-1-0701", layout="两室一厅", orientation="北", floor=7,
                               gross="100.00"))
    exact(price.unit_price, "12000.00")     # default price, floor 7 and 北 at 1
    exact(price.total, "1200000.00")


def test_floor_rule_overrides_and_steps():
    rule = FloorRule(start_floor=2, step=D("0.01"), base=D("0.95"), overrides={18: D("0.98")})
    assert rule.coefficient(2) == D("0.95")
    assert rule.coefficient(12) == D("1.05")
    assert rule.coefficient(1) == D("0.94")
    assert rule.coefficient(18) == D("0.98")
    exact(price_unit(plan(), unit("1-1-1801", floor=18)).unit_price, "14994.00")  # 15000×.98×1.02


def test_missing_base_price():
    p = plan(base_prices={THREE_ROOMS: D("15000")})
    err = error_of(price_unit, p, unit(layout="一室"))
    assert (err.field, err.code) == ("base_prices", "base_price_missing")
    assert err.params == {"layout": "一室"}


def test_floor_rule_falling_below_zero_is_refused():
    p = plan(floor_coefficients=FloorRule(step=D("-0.1")))
    err = error_of(price_unit, p, unit(floor=20))
    assert (err.field, err.code) == ("floor_coefficients", "not_positive")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"base_prices": {}}, "base_prices", "base_prices_empty"),
        ({"base_prices": {"default": D("0")}}, "base_prices", "not_positive"),
        ({"orientation_coefficients": {"南": D("-1")}}, "coefficients", "not_positive"),
        ({"floor_coefficients": {3: D("0")}}, "coefficients", "not_positive"),
        ({"floor_coefficients": FloorRule(overrides={3: D("0")})}, "coefficients",
         "not_positive"),
        ({"extra_coefficients": {"x": D("0")}}, "coefficients", "not_positive"),
    ],
)
def test_plan_refuses_bad_values(changes, field, code):
    err = error_of(plan, **changes)
    assert (err.field, err.code) == (field, code)


def test_plan_settings_validated():
    err = error_of(plan, rounding_unit=D("5"))
    assert (err.field, err.code) == ("rounding_unit", "rounding_unit_invalid")
    with pytest.raises(ValueError):
        plan(round_at="somewhere")
    with pytest.raises(ValueError):
        plan(rounding_mode="banker")
    assert plan(basis="inner_area", round_at="total").basis is PricingBasis.INNER_AREA
    assert plan().settings == PriceSettings(PricingBasis.GROSS_AREA, YUAN,
                                            RoundingMode.HALF_UP, RoundAt.UNIT_PRICE)


# ---- 试算 ----

def priced(facts: UnitFacts, status=UnitStatus.AVAILABLE, unit_price="15000.00",
           total="1343400.00") -> PricedUnit:
    return PricedUnit(facts, status, None if unit_price is None else D(unit_price),
                      None if total is None else D(total))


def test_trial_skips_frozen_units():
    units = [
        priced(unit("A")),
        priced(unit("B"), UnitStatus.RESERVED),
        priced(unit("C"), UnitStatus.CONTRACTED),
        priced(unit("D"), UnitStatus.FILED),
        priced(unit("E"), UnitStatus.HELD),
        priced(unit("F"), UnitStatus.NOT_RELEASED, None, None),
    ]
    changes = {c.unit_id: c for c in trial(plan(), units)}
    assert list(changes) == ["A", "B", "C", "D", "E", "F"]
    for uid in "BCD":
        assert changes[uid].skipped and changes[uid].skipped_reason == "frozen"
        exact(changes[uid].new_total, "1343400.00")     # the agreed price stays
    for uid in "AEF":
        assert not changes[uid].skipped
        exact(changes[uid].new_unit_price, "16371.00")   # 15000 × 1.07 × 1.02, no view
        exact(changes[uid].new_total, "1466186.76")      # 16371 × 89.56
    exact(changes["A"].old_total, "1343400.00")
    exact(changes["A"].total_delta, "122786.76")
    assert changes["F"].old_total is None and changes["F"].total_delta is None


def test_trial_with_a_custom_frozen_set():
    units = [priced(unit("A"), UnitStatus.HELD), priced(unit("B"), UnitStatus.RESERVED)]
    changes = trial(plan(), units, frozen={UnitStatus.HELD})
    assert [c.skipped for c in changes] == [True, False]


# ---- 调价 ----

def building3() -> list[PricedUnit]:
    def u(uid, floor, building="3", layout=THREE_ROOMS):
        return priced(unit(uid, floor=floor, building=building, layout=layout),
                      unit_price="16535.00", total="1480874.60")
    return [u("3-0901", 9), u("3-1001", 10), u("3-2001", 20), u("3-2101", 21),
            u("1-1501", 15, building="1"), u("3-1501", 15, layout="两室")]


def test_percent_on_floors_of_one_building():
    adj = Adjustment(percent=D("2"), floors=range(10, 21), buildings={"3"})
    changes = apply_adjustment(adj, building3(), PriceSettings())
    assert [c.unit_id for c in changes] == ["3-1001", "3-2001", "3-1501"]
    for change in changes:
        exact(change.old_unit_price, "16535.00")
        exact(change.new_unit_price, "16866.00")    # 16535 × 1.02 = 16865.70 → yuan
        exact(change.new_total, "1510518.96")       # 16866 × 89.56
        exact(change.total_delta, "29644.36")


def test_layout_filter_and_per_m2():
    adj = Adjustment(per_m2=D("300"), layouts={THREE_ROOMS}, buildings={"3"})
    changes = apply_adjustment(adj, building3(), PriceSettings())
    assert [c.unit_id for c in changes] == ["3-0901", "3-1001", "3-2001", "3-2101"]
    exact(changes[0].new_unit_price, "16835.00")
    exact(changes[0].new_total, "1507742.60")       # 16835 × 89.56


def test_adjustment_rounded_at_total():
    settings = PriceSettings(round_at=RoundAt.TOTAL)
    units = [priced(unit("A"), unit_price="16534.71", total="1480849.00")]
    up = apply_adjustment(Adjustment(percent=D("2")), units, settings)[0]
    exact(up.new_total, "1510466.00")               # 1480849 × 1.02 = 1510465.98 → yuan
    exact(up.new_unit_price, "16865.41")
    per = apply_adjustment(Adjustment(per_m2=D("300")), units, settings)[0]
    exact(per.new_total, "1507717.00")              # + 300 × 89.56
    exact(per.new_unit_price, "16834.71")


def test_price_cut_rounded_down():
    settings = PriceSettings(rounding_mode=RoundingMode.DOWN)
    units = [priced(unit("A"), unit_price="16535.00", total="1480874.60")]
    change = apply_adjustment(Adjustment(percent=D("-1.5")), units, settings)[0]
    exact(change.new_unit_price, "16286.00")        # 16286.975 cut to the yuan
    exact(change.new_total, "1458574.16")           # 16286 × 89.56


def test_adjustment_skips_frozen_and_unpriced():
    units = [priced(unit("A"), UnitStatus.CONTRACTED), priced(unit("B"), unit_price=None,
                                                                total=None)]
    changes = apply_adjustment(Adjustment(percent=D("2")), units, PriceSettings())
    assert [(c.unit_id, c.skipped_reason) for c in changes] == [("A", "frozen"),
                                                                ("B", "unpriced")]
    exact(changes[0].new_total, "1343400.00")


def test_whole_unit_adjustment():
    settings = PriceSettings(basis=PricingBasis.WHOLE_UNIT)
    units = [priced(unit("P-1", inner=None), unit_price="135000.00", total="135000.00")]
    change = apply_adjustment(Adjustment(percent=D("2")), units, settings)[0]
    exact(change.new_unit_price, "137700.00")
    exact(change.new_total, "137700.00")
    err = error_of(apply_adjustment, Adjustment(per_m2=D("100")), units, settings)
    assert (err.field, err.code) == ("per_m2", "per_m2_whole_unit")


def test_adjustment_that_wipes_out_the_price():
    units = [priced(unit("A"), unit_price="16535.00", total="1480874.60")]
    err = error_of(apply_adjustment, Adjustment(per_m2=D("-16535")), units, PriceSettings())
    assert (err.field, err.code) == ("per_m2", "price_not_positive")


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({}, "adjustment", "adjustment_kind"),
        ({"percent": D("2"), "per_m2": D("100")}, "adjustment", "adjustment_kind"),
        ({"percent": D("-100")}, "percent", "percent_too_low"),
    ],
)
def test_adjustment_validation(kwargs, field, code):
    err = error_of(Adjustment, **kwargs)
    assert (err.field, err.code) == (field, code)


# ---- discounts ----

FULL_PAYMENT = DiscountRule("full_payment", "一次性付款", DiscountKind.PERCENT, D("0.97"), 1)
LAUNCH = DiscountRule("launch", "开盘优惠", "percent", D("0.99"), 2)
FIXED = DiscountRule("gift", "团购立减", "fixed", D("10000"), 3)


def test_discounts_stack_in_order_rounded_to_the_fen():
    b = apply_discounts(D("1480874.60"), D("89.56"), [FIXED, LAUNCH, FULL_PAYMENT])
    assert [s.rule.code for s in b.steps] == ["full_payment", "launch", "gift"]
    exact(b.steps[0].before, "1480874.60")
    exact(b.steps[0].after, "1436448.36")           # × 0.97 = 1436448.362
    exact(b.steps[0].amount, "44426.24")
    exact(b.steps[1].after, "1422083.88")           # × 0.99 = 1422083.8764
    exact(b.steps[1].amount, "14364.48")
    exact(b.steps[2].after, "1412083.88")
    exact(b.steps[2].amount, "10000.00")
    exact(b.deal_total, "1412083.88")
    exact(b.deal_unit_price, "15766.90")
    exact(b.total_discount, "68790.72")
    assert sum(s.amount for s in b.steps) == b.total_discount
    exact(discount_ratio(b), "0.9535")


def test_discounts_rounded_to_the_yuan():
    b = apply_discounts(D("1480874.60"), D("89.56"), [FULL_PAYMENT, LAUNCH, FIXED],
                        Rounding(YUAN, RoundingMode.HALF_UP))
    assert [str(s.after) for s in b.steps] == ["1436448.00", "1422084.00", "1412084.00"]
    exact(b.steps[0].amount, "44426.60")
    exact(b.deal_unit_price, "15766.90")


def test_per_m2_discount_and_no_discount():
    rule = DiscountRule("area", "每平米优惠", "per_m2", D("100"))
    b = apply_discounts(D("1480874.60"), D("89.56"), [rule])
    exact(b.steps[0].amount, "8956.00")
    exact(b.deal_total, "1471918.60")
    none = apply_discounts(D("1480874.6"), D("89.56"), [])
    exact(none.deal_total, "1480874.60")
    assert none.steps == ()
    exact(discount_ratio(none), "1.0000")


@pytest.mark.parametrize(
    ("args", "field", "code"),
    [
        ((D("0"), D("89.56"), []), "list_total", "not_positive"),
        ((D("100"), D("0"), []), "area", "not_positive"),
        ((D("10000"), D("50"), [FIXED]), "discounts", "discount_exceeds_price"),
        ((D("100000"), D("50"), [FIXED, FIXED]), "discounts", "discount_duplicate"),
    ],
)
def test_apply_discounts_refuses(args, field, code):
    err = error_of(apply_discounts, *args)
    assert (err.field, err.code) == (field, code)


@pytest.mark.parametrize(
    ("kind", "value", "code"),
    [
        ("percent", D("0"), "discount_percent_range"),
        ("percent", D("1.01"), "discount_percent_range"),
        ("percent", D("97"), "discount_percent_range"),
        ("fixed", D("-1"), "discount_negative"),
        ("per_m2", D("-1"), "discount_negative"),
    ],
)
def test_discount_rule_validation(kind, value, code):
    err = error_of(DiscountRule, "x", "x", kind, value)
    assert (err.field, err.code) == ("value", code)


# ---- approval levels ----

def deal(ratio: str, list_total: str = "100000.00"):
    rule = DiscountRule("d", "d", "percent", D(ratio))
    return apply_discounts(D(list_total), D("100"), [rule])


@pytest.mark.parametrize(
    ("ratio", "limit", "within", "needed"),
    [
        ("1", "0.97", True, "sales"),
        ("0.97", "0.97", True, "sales"),            # the limit itself is allowed
        ("0.9699", "0.97", False, "sales_manager"),
        ("0.96", "0.97", False, "sales_manager"),
        ("0.94", "0.97", False, "sales_manager"),
        ("0.93", "0.97", False, "director"),
        ("0.90", "0.97", False, "director"),
        ("0.89", "0.97", False, None),              # deeper than anyone may grant
        ("0.96", "0.95", True, "sales"),            # a generous personal limit
        ("0.975", "0.98", False, "sales_manager"),  # a strict personal limit
    ],
)
def test_check_discount_levels(ratio, limit, within, needed):
    check = check_discount(deal(ratio), None, D(limit))
    assert check.within_limit is within
    assert check.below_base is False
    assert check.needed_level == needed
    assert check.needs_approval is (not within)


def test_below_base_price_needs_the_manager():
    check = check_discount(deal("0.98"), D("99000.00"), D("0.97"))
    assert (check.within_limit, check.below_base) == (True, True)
    assert check.needs_approval and check.needed_level == "sales_manager"
    deeper = check_discount(deal("0.92"), D("99000.00"), D("0.97"))
    assert deeper.needed_level == "director"
    exactly_base = check_discount(deal("0.98"), D("98000.00"), D("0.97"))
    assert exactly_base.below_base is False and exactly_base.needed_level == "sales"
    director = check_discount(deal("0.98"), D("99000.00"), D("0.97"), base_level="director")
    assert director.needed_level == "director"


def test_ratio_is_compared_exactly_not_after_rounding():
    fixed = DiscountRule("f", "f", "fixed", D("30000.01"))
    b = apply_discounts(D("1000000.01"), D("100"), [fixed])
    exact(b.deal_total, "970000.00")
    exact(discount_ratio(b), "0.9700")              # shown as 97.00% …
    assert check_discount(b, None, D("0.97")).within_limit is False   # … but just below


def test_check_discount_ratio_field_and_default_levels():
    check = check_discount(deal("0.955"), None, D("0.97"))
    exact(check.ratio, "0.9550")
    assert DEFAULT_LEVELS[0] == ("sales", D("0.97"))


@pytest.mark.parametrize(
    ("levels", "base_level", "code"),
    [
        ([], "sales_manager", "levels_order"),
        ([("sales", D("0.90")), ("sales_manager", D("0.95"))], "sales_manager", "levels_order"),
        ([("sales", D("1.2")), ("sales_manager", D("0.95"))], "sales_manager", "levels_order"),
        ([("sales", D("0.97")), ("boss", D("0.9"))], "sales_manager", "base_level_unknown"),
    ],
)
def test_check_discount_refuses_bad_levels(levels, base_level, code):
    err = error_of(check_discount, deal("0.96"), None, D("0.97"), levels,
                   base_level=base_level)
    assert (err.field, err.code) == ("levels", code)
