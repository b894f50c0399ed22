"""Tests for app.domain.payment_plans: schedule templates per payment method, to the fen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.payment_plans import (
    InstalmentPlan,
    LineKind,
    LoanAmounts,
    PaymentMethod,
    ScheduleLine,
    ScheduleTiming,
    add_months,
    check_schedule,
    generate_schedule,
)

D = Decimal
SIGNED = date(2025, 1, 31)
TOTAL = D("1412083.88")
DEPOSIT = D("50000.00")


def rows(lines) -> list[tuple[str, str, str, bool]]:
    for line in lines:
        assert isinstance(line.amount, Decimal)
    return [(line.kind.value, line.due_date.isoformat(), str(line.amount), line.paid)
            for line in lines]


def error_of(func, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


def test_method_values():
    assert [m.value for m in PaymentMethod] == [
        "full", "instalments", "commercial_loan", "provident_loan", "combined_loan"]


def test_full_payment():
    lines = generate_schedule(PaymentMethod.FULL, TOTAL, SIGNED, DEPOSIT)
    assert rows(lines) == [
        ("deposit", "2025-01-31", "50000.00", True),
        ("instalment", "2025-02-07", "1362083.88", False),
    ]
    assert sum(line.amount for line in lines) == TOTAL
    check_schedule(lines, TOTAL, SIGNED)


def test_full_payment_without_deposit_and_custom_timing():
    lines = generate_schedule("full", TOTAL, SIGNED, timing=ScheduleTiming(full_payment_days=15))
    assert rows(lines) == [("instalment", "2025-02-15", "1412083.88", False)]


def test_deposit_covering_everything_leaves_no_zero_line():
    lines = generate_schedule("full", D("50000.00"), SIGNED, DEPOSIT)
    assert rows(lines) == [("deposit", "2025-01-31", "50000.00", True)]


def test_instalments_last_absorbs_rounding_and_months_clamp():
    lines = generate_schedule(PaymentMethod.INSTALMENTS, D("1000000.00"), SIGNED, DEPOSIT,
                              D("0.30"))
    assert rows(lines) == [
        ("deposit", "2025-01-31", "50000.00", True),
        ("down_payment", "2025-02-07", "250000.00", False),
        ("instalment", "2025-02-28", "233333.33", False),
        ("instalment", "2025-03-31", "233333.33", False),
        ("instalment", "2025-04-30", "233333.34", False),
    ]
    assert sum(line.amount for line in lines) == D("1000000.00")


def test_instalments_with_odd_total_and_plan():
    plan = InstalmentPlan(count=4, interval_months=3, first_after_months=2)
    lines = generate_schedule("instalments", TOTAL, date(2024, 12, 29), D("0"), D("0.25"),
                              instalment_plan=plan)
    # down = 1412083.88 × 0.25 = 353020.97; the rest 1059062.91 in four
    assert rows(lines) == [
        ("down_payment", "2025-01-05", "353020.97", False),
        ("instalment", "2025-02-28", "264765.72", False),
        ("instalment", "2025-05-29", "264765.72", False),
        ("instalment", "2025-08-29", "264765.72", False),
        ("instalment", "2025-11-29", "264765.75", False),
    ]
    assert sum(line.amount for line in lines) == TOTAL


def test_down_payment_rounded_half_up_to_the_fen():
    # 1412083.88 × 0.30 = 423625.164 → 423625.16; × 0.35 = 494229.358 → 494229.36
    lines = generate_schedule("instalments", TOTAL, SIGNED, DEPOSIT, D("0.30"),
                              instalment_plan=InstalmentPlan(count=1))
    assert [str(line.amount) for line in lines] == ["50000.00", "373625.16", "988458.72"]
    lines = generate_schedule("instalments", TOTAL, SIGNED, DEPOSIT, D("0.35"),
                              instalment_plan=InstalmentPlan(count=1))
    assert [str(line.amount) for line in lines] == ["50000.00", "444229.36", "917854.52"]


def test_commercial_loan():
    lines = generate_schedule(PaymentMethod.COMMERCIAL_LOAN, TOTAL, SIGNED, DEPOSIT, D("0.30"),
                              LoanAmounts(commercial=D("980000.00")))
    assert rows(lines) == [
        ("deposit", "2025-01-31", "50000.00", True),
        ("down_payment", "2025-02-07", "382083.88", False),
        ("commercial_loan", "2025-05-01", "980000.00", False),
    ]
    assert sum(line.amount for line in lines) == TOTAL


def test_provident_loan():
    lines = generate_schedule("provident_loan", TOTAL, SIGNED, DEPOSIT,
                              loan_amounts=LoanAmounts(provident=D("600000.00")),
                              timing=ScheduleTiming(down_payment_days=10, loan_days=60))
    assert rows(lines) == [
        ("deposit", "2025-01-31", "50000.00", True),
        ("down_payment", "2025-02-10", "762083.88", False),
        ("provident_loan", "2025-04-01", "600000.00", False),
    ]


def test_combined_loan_up_to_the_ceiling():
    loans = LoanAmounts(commercial=D("600000.00"), provident=D("388458.72"))
    lines = generate_schedule("combined_loan", TOTAL, SIGNED, DEPOSIT, D("0.30"), loans)
    assert rows(lines) == [
        ("deposit", "2025-01-31", "50000.00", True),
        ("down_payment", "2025-02-07", "373625.16", False),   # exactly the 30% minimum
        ("commercial_loan", "2025-05-01", "600000.00", False),
        ("provident_loan", "2025-05-01", "388458.72", False),
    ]
    assert sum(line.amount for line in lines) == TOTAL
    check_schedule(lines, TOTAL, SIGNED)


@pytest.mark.parametrize(
    ("method", "loans", "field", "code"),
    [
        ("combined_loan", LoanAmounts(D("600000.00"), D("388458.73")), "loan_amounts",
         "loan_too_large"),
        ("commercial_loan", LoanAmounts(D("988458.73")), "loan_amounts", "loan_too_large"),
        ("commercial_loan", LoanAmounts(), "commercial_loan", "loan_missing"),
        ("commercial_loan", LoanAmounts(D("1000"), D("1000")), "provident_loan",
         "loan_not_allowed"),
        ("provident_loan", LoanAmounts(D("1000"), D("1000")), "commercial_loan",
         "loan_not_allowed"),
        ("provident_loan", LoanAmounts(), "provident_loan", "loan_missing"),
        ("combined_loan", LoanAmounts(D("1000")), "provident_loan", "loan_missing"),
        ("full", LoanAmounts(D("1000")), "commercial_loan", "loan_not_allowed"),
        ("instalments", LoanAmounts(provident=D("1000")), "provident_loan", "loan_not_allowed"),
        ("commercial_loan", LoanAmounts(D("-1")), "commercial_loan", "amount_negative"),
        ("commercial_loan", LoanAmounts(D("1.001")), "commercial_loan", "amount_precision"),
    ],
)
def test_loan_validation(method, loans, field, code):
    err = error_of(generate_schedule, method, TOTAL, SIGNED, DEPOSIT, D("0.30"), loans)
    assert (err.field, err.code) == (field, code)


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"deal_total": D("0")}, "deal_total", "not_positive"),
        ({"deal_total": D("-1")}, "deal_total", "amount_negative"),
        ({"deal_total": D("100.001")}, "deal_total", "amount_precision"),
        ({"deposit_paid": D("-1")}, "deposit_paid", "amount_negative"),
        ({"deposit_paid": D("1412083.89")}, "deposit_paid", "deposit_too_large"),
        ({"down_payment_ratio": D("1.01")}, "down_payment_ratio", "ratio_range"),
        ({"down_payment_ratio": D("-0.1")}, "down_payment_ratio", "ratio_range"),
        ({"method": "instalments", "down_payment_ratio": D("0.02")}, "deposit_paid",
         "deposit_too_large"),
        ({"method": "commercial_loan", "loan_amounts": LoanAmounts(D("1400000.00")),
          "down_payment_ratio": D("0")}, "deposit_paid", "deposit_too_large"),
        ({"method": "instalments", "instalment_plan": InstalmentPlan(count=0)},
         "instalment_plan", "instalment_plan_invalid"),
        ({"method": "instalments", "instalment_plan": InstalmentPlan(interval_months=0)},
         "instalment_plan", "instalment_plan_invalid"),
    ],
)
def test_schedule_validation(kwargs, field, code):
    args = {"method": "full", "deal_total": TOTAL, "sign_date": SIGNED,
            "deposit_paid": DEPOSIT} | kwargs
    err = error_of(generate_schedule, **args)
    assert (err.field, err.code) == (field, code)


def test_unknown_method():
    with pytest.raises(ValueError):
        generate_schedule("barter", TOTAL, SIGNED)


def test_ratio_bounds_are_inclusive():
    all_down = generate_schedule("instalments", TOTAL, SIGNED, DEPOSIT, D("1"))
    assert rows(all_down) == [("deposit", "2025-01-31", "50000.00", True),
                              ("down_payment", "2025-02-07", "1362083.88", False)]
    none_down = generate_schedule("instalments", D("300.00"), SIGNED, D("0"), D("0"))
    assert [str(line.amount) for line in none_down] == ["100.00", "100.00", "100.00"]


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 15), 0, date(2025, 1, 15)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2025, 12, 31), 12, date(2026, 12, 31)),
        (date(2025, 8, 31), 1, date(2025, 9, 30)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def line(kind=LineKind.INSTALMENT, due=SIGNED, amount="1000.00", paid=False) -> ScheduleLine:
    return ScheduleLine(kind, due, D(amount), paid)


def test_check_schedule_accepts_an_edited_schedule():
    check_schedule([line(LineKind.DEPOSIT, date(2025, 1, 10), "500.00", paid=True),
                    line(amount="1500.00", due=date(2025, 3, 1))], D("2000.00"), SIGNED)


@pytest.mark.parametrize(
    ("lines", "field", "code"),
    [
        ([], "schedule", "schedule_empty"),
        ([line(amount="1999.99")], "schedule", "schedule_sum"),
        ([line(amount="2000.01")], "schedule", "schedule_sum"),
        ([line(amount="2000.00"), line(amount="0.00")], "amount", "line_not_positive"),
        ([line(amount="2001.00"), line(amount="-1.00")], "amount", "amount_negative"),
        ([line(amount="2000.001")], "amount", "amount_precision"),
        ([line(amount="2000.00", due=date(2025, 1, 30))], "due_date", "due_before_signing"),
    ],
)
def test_check_schedule_refuses(lines, field, code):
    err = error_of(check_schedule, lines, D("2000.00"), SIGNED)
    assert (err.field, err.code) == (field, code)
