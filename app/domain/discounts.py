"""Stacked discounts (一次性付款 97折, then 开盘优惠 99折, then a fixed amount…) and the
approval rule: a deal below the salesperson's ceiling or below the base price waits for a
higher level (domain.md "Pricing"). Every step is rounded by the project's rounding, so the
printed breakdown and the stored figures agree to the fen. Exact Decimal, never float.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain.errors import refuse, tr_noop
from app.domain.money import FEN, TO_FEN, Rounding
from app.domain.pricing import positive

ONE = Decimal(1)
# The lowest deal/list ratio each level may grant on its own (a project sets its own).
DEFAULT_LEVELS: tuple[tuple[str, Decimal], ...] = (
    ("sales", Decimal("0.97")), ("sales_manager", Decimal("0.94")), ("director", Decimal("0.90")))


class DiscountKind(StrEnum):
    PERCENT = "percent"   # value 0.97 = 97折
    FIXED = "fixed"       # value in yuan off the total
    PER_M2 = "per_m2"     # value in yuan per m² of the area given


@dataclass(frozen=True)
class DiscountRule:
    code: str
    name: str
    kind: DiscountKind
    value: Decimal
    order: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", DiscountKind(self.kind))
        if self.kind == DiscountKind.PERCENT and not 0 < self.value <= 1:
            raise refuse("value", "discount_percent_range",
                        tr_noop("A percentage discount is a ratio above 0 and at most 1 "
                                "(0.97 for 97折), not {value}."), value=self.value)
        if self.value < 0:
            raise refuse("value", "discount_negative",
                        tr_noop("A discount cannot be negative."))


@dataclass(frozen=True)
class DiscountStep:
    rule: DiscountRule
    before: Decimal
    after: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PriceBreakdown:
    list_total: Decimal
    area: Decimal
    steps: tuple[DiscountStep, ...]
    deal_total: Decimal
    deal_unit_price: Decimal

    @property
    def total_discount(self) -> Decimal:
        return self.list_total - self.deal_total


def _discounted(rule: DiscountRule, before: Decimal, area: Decimal) -> Decimal:
    if rule.kind == DiscountKind.PERCENT:
        return before * rule.value
    if rule.kind == DiscountKind.FIXED:
        return before - rule.value
    return before - rule.value * area


def apply_discounts(list_total: Decimal, area: Decimal, rules: Iterable[DiscountRule],
                    rounding: Rounding = TO_FEN) -> PriceBreakdown:
    """Applies the rules in `order` (then code), rounding after every step; the deal unit
    price is deal total ÷ area to the fen, half-up."""
    positive([list_total], "list_total")
    positive([area], "area")
    ordered = sorted(rules, key=lambda r: (r.order, r.code))
    if len({r.code for r in ordered}) != len(ordered):
        raise refuse("discounts", "discount_duplicate",
                    tr_noop("The same discount is applied twice."))
    price = list_total.quantize(FEN)
    steps = []
    for rule in ordered:
        after = rounding.apply(_discounted(rule, price, area))
        if after <= 0:
            raise refuse("discounts", "discount_exceeds_price",
                        tr_noop("Discount {name} would bring the price to zero or below."),
                        name=rule.name)
        steps.append(DiscountStep(rule, price, after, price - after))
        price = after
    unit_price = (price / area).quantize(FEN, rounding=ROUND_HALF_UP)
    return PriceBreakdown(list_total.quantize(FEN), area, tuple(steps), price, unit_price)


def discount_ratio(breakdown: PriceBreakdown) -> Decimal:
    """Deal total ÷ list total, to four decimals half-up (0.9603 = 96.03%), for display."""
    return (breakdown.deal_total / breakdown.list_total).quantize(Decimal("0.0001"),
                                                                  rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class DiscountCheck:
    ratio: Decimal
    within_limit: bool
    below_base: bool
    needed_level: str | None   # None: deeper than any level may grant

    @property
    def needs_approval(self) -> bool:
        return not self.within_limit or self.below_base


def _check_levels(levels: Sequence[tuple[str, Decimal]], base_level: str) -> None:
    ceilings = [ceiling for _, ceiling in levels]
    if not levels or any(not 0 < c <= 1 for c in ceilings) or ceilings != sorted(
            ceilings, reverse=True):
        raise refuse("levels", "levels_order",
                    tr_noop("Discount ceilings must lie between 0 and 1 and go down by level."))
    if base_level not in [name for name, _ in levels]:
        raise refuse("levels", "base_level_unknown",
                    tr_noop("Level {level} is not among the discount levels."), level=base_level)


def check_discount(breakdown: PriceBreakdown, base_price: Decimal | None,
                   limit_ratio: Decimal,
                   levels: Sequence[tuple[str, Decimal]] = DEFAULT_LEVELS, *,
                   base_level: str = "sales_manager") -> DiscountCheck:
    """The approval rule: a deal below the salesperson's own limit (`limit_ratio`, the lowest
    deal/list ratio they may grant) or below the base price (底价, a total; None if unset)
    needs approval. `levels` are (name, lowest ratio it may grant), first the salesperson's;
    the needed level is the salesperson's when no approval is needed, else the first level
    above it whose ceiling allows the ratio, and at least `base_level` below the base price.
    Ratios are compared exactly (deal ≥ list × ceiling), never after rounding."""
    _check_levels(levels, base_level)

    def allows(ceiling: Decimal) -> bool:
        return breakdown.deal_total >= breakdown.list_total * ceiling

    within = allows(limit_ratio)
    below = base_price is not None and breakdown.deal_total < base_price
    names = [name for name, _ in levels]
    if within and not below:
        needed: str | None = names[0]
    else:
        start = max(1, names.index(base_level)) if below else 1
        needed = next((name for name, ceiling in levels[start:] if allows(ceiling)), None)
    return DiscountCheck(discount_ratio(breakdown), within, below, needed)
