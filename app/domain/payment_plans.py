"""Payment schedules (付款计划) generated from a payment method when a contract is signed
(domain.md "The deal", step 6). The deal screens let users edit the generated lines;
`check_schedule` validates an edited schedule.

The templates:

* full payment (一次性付款): the deposit already paid (定金, marked paid), then the rest as
  房款 within `full_payment_days` (7) of signing.
* instalments (分期): the down payment (首付 = deal total × ratio, to the fen, half-up) minus
  the deposit within `down_payment_days`, then the rest in `count` equal 房款 instalments,
  the first `first_after_months` after signing, then every `interval_months` (a day missing
  in a short month falls on its last day); each instalment is cut to the fen and the last
  absorbs the remainder.
* mortgages (商业贷款 / 公积金贷款 / 组合贷款): the loan lines (按揭放款, expected
  `loan_days` after signing) and the buyer's own money as 首付 = deal total − loans −
  deposit; the ratio is the minimum down payment, so loans may not exceed
  deal total − deal total × ratio.

The lines always sum exactly to the deal total, the deposit counted.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain.errors import refuse, tr_noop
from app.domain.money import FEN, check_amount

ZERO = Decimal("0.00")


class PaymentMethod(StrEnum):
    FULL = "full"                          # 一次性付款
    INSTALMENTS = "instalments"            # 分期
    COMMERCIAL_LOAN = "commercial_loan"    # 商业贷款
    PROVIDENT_LOAN = "provident_loan"      # 公积金贷款
    COMBINED_LOAN = "combined_loan"        # 组合贷款


class LineKind(StrEnum):
    DEPOSIT = "deposit"                    # 定金
    DOWN_PAYMENT = "down_payment"          # 首付
    INSTALMENT = "instalment"              # 房款
    COMMERCIAL_LOAN = "commercial_loan"    # 按揭放款 (商业贷款)
    PROVIDENT_LOAN = "provident_loan"      # 按揭放款 (公积金贷款)


@dataclass(frozen=True)
class ScheduleLine:
    kind: LineKind
    due_date: date
    amount: Decimal
    paid: bool = False   # the deposit, taken before the contract


@dataclass(frozen=True)
class LoanAmounts:
    commercial: Decimal = ZERO
    provident: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.commercial + self.provident


@dataclass(frozen=True)
class InstalmentPlan:
    count: int = 3
    interval_months: int = 1
    first_after_months: int = 1


@dataclass(frozen=True)
class ScheduleTiming:
    full_payment_days: int = 7
    down_payment_days: int = 7
    loan_days: int = 90



def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day."""
    year, month = divmod(start.month - 1 + months, 12)
    year, month = start.year + year, month + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _check_loans(method: PaymentMethod, loans: LoanAmounts, ceiling: Decimal) -> None:
    check_amount(loans.commercial, "commercial_loan")
    check_amount(loans.provident, "provident_loan")
    wanted = {
        PaymentMethod.COMMERCIAL_LOAN: (True, False),
        PaymentMethod.PROVIDENT_LOAN: (False, True),
        PaymentMethod.COMBINED_LOAN: (True, True),
    }.get(method, (False, False))
    for field, amount, needed in (("commercial_loan", loans.commercial, wanted[0]),
                                  ("provident_loan", loans.provident, wanted[1])):
        if needed and amount <= 0:
            raise refuse(field, "loan_missing",
                        tr_noop("The payment method needs a loan amount."))
        if not needed and amount > 0:
            raise refuse(field, "loan_not_allowed",
                        tr_noop("The payment method has no loan of this kind."))
    if loans.total > ceiling:
        raise refuse("loan_amounts", "loan_too_large",
                    tr_noop("The loans may total at most {ceiling} yuan (the deal total less "
                            "the minimum down payment)."), ceiling=ceiling)


def _instalments(amount: Decimal, sign_date: date, plan: InstalmentPlan) -> list[ScheduleLine]:
    if plan.count < 1 or plan.interval_months < 1 or plan.first_after_months < 0:
        raise refuse("instalment_plan", "instalment_plan_invalid",
                    tr_noop("Instalments need a count and an interval of at least one."))
    share = (amount / plan.count).quantize(FEN, rounding=ROUND_DOWN)
    lines = []
    for number in range(plan.count):
        due = add_months(sign_date, plan.first_after_months + number * plan.interval_months)
        part = share if number < plan.count - 1 else amount - share * (plan.count - 1)
        lines.append(ScheduleLine(LineKind.INSTALMENT, due, part))
    return lines


def generate_schedule(method: PaymentMethod | str, deal_total: Decimal, sign_date: date,
                      deposit_paid: Decimal = ZERO,
                      down_payment_ratio: Decimal = Decimal("0.30"),
                      loan_amounts: LoanAmounts | None = None,
                      instalment_plan: InstalmentPlan | None = None,
                      timing: ScheduleTiming | None = None) -> list[ScheduleLine]:
    """The schedule a payment method's template gives (see the module notes); zero lines
    are left out."""
    method = PaymentMethod(method)
    total = check_amount(deal_total, "deal_total")
    deposit = check_amount(deposit_paid, "deposit_paid")
    timing = timing or ScheduleTiming()
    if total <= 0:
        raise refuse("deal_total", "not_positive", tr_noop("The deal total must be above zero."))
    if not 0 <= down_payment_ratio <= 1:
        raise refuse("down_payment_ratio", "ratio_range",
                    tr_noop("The down payment ratio lies between 0 and 1."))
    if deposit > total:
        raise refuse("deposit_paid", "deposit_too_large",
                    tr_noop("The deposit is more than the deal total."))
    minimum_down = (total * down_payment_ratio).quantize(FEN, rounding=ROUND_HALF_UP)
    loans = loan_amounts or LoanAmounts()
    _check_loans(method, loans, total - minimum_down)
    down_due = sign_date + timedelta(days=timing.down_payment_days)
    lines = [ScheduleLine(LineKind.DEPOSIT, sign_date, deposit, paid=True)]
    if method == PaymentMethod.FULL:
        lines.append(ScheduleLine(LineKind.INSTALMENT,
                                  sign_date + timedelta(days=timing.full_payment_days),
                                  total - deposit))
    elif method == PaymentMethod.INSTALMENTS:
        if deposit > minimum_down:
            raise refuse("deposit_paid", "deposit_too_large",
                        tr_noop("The deposit is more than the down payment."))
        lines.append(ScheduleLine(LineKind.DOWN_PAYMENT, down_due, minimum_down - deposit))
        lines += _instalments(total - minimum_down, sign_date,
                              instalment_plan or InstalmentPlan())
    else:
        own = total - loans.total
        if deposit > own:
            raise refuse("deposit_paid", "deposit_too_large",
                        tr_noop("The deposit is more than the down payment."))
        loan_due = sign_date + timedelta(days=timing.loan_days)
        lines += [ScheduleLine(LineKind.DOWN_PAYMENT, down_due, own - deposit),
                  ScheduleLine(LineKind.COMMERCIAL_LOAN, loan_due, loans.commercial),
                  ScheduleLine(LineKind.PROVIDENT_LOAN, loan_due, loans.provident)]
    return [line for line in lines if line.amount > 0]


def check_schedule(lines: Sequence[ScheduleLine], deal_total: Decimal, sign_date: date) -> None:
    """An edited schedule: every amount positive with at most two decimals, no due date
    before signing except the paid deposit, and the lines summing to the deal total."""
    if not lines:
        raise refuse("schedule", "schedule_empty", tr_noop("The schedule has no lines."))
    for number, line in enumerate(lines, start=1):
        amount = check_amount(line.amount, "amount")
        if amount <= 0:
            raise refuse("amount", "line_not_positive",
                        tr_noop("Line {number} has no amount."), number=number)
        if line.due_date < sign_date and not line.paid:
            raise refuse("due_date", "due_before_signing",
                        tr_noop("Line {number} falls due before the contract is signed."),
                        number=number)
    paid = sum((line.amount for line in lines), ZERO)
    if paid != deal_total:
        raise refuse("schedule", "schedule_sum",
                    tr_noop("The schedule adds up to {sum} yuan, not the deal total of "
                            "{total} yuan."), sum=paid, total=deal_total)
