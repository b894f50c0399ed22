"""Commission statements (佣金结算单) as plain values: who is paid (a salesperson or an
agency), one line per deal with money in the month, and the totals. The numbers come from
the database (`estatedesk.commission_earned`); nothing here computes commission, so the
screen, the Excel file and the database never disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

STAFF = "staff"
AGENCY = "agency"
ZERO = Decimal("0.00")


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


@dataclass(frozen=True)
class Payee:
    kind: str                 # STAFF or AGENCY
    staff_id: int | None
    agency_id: int | None
    name: str

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.staff_id if self.kind == STAFF else self.agency_id or 0)


@dataclass(frozen=True)
class CommissionLine:
    deal_id: int
    unit_code: str
    buyer: str
    contract_no: str | None
    signed_on: dt.date
    stage: str
    rate: Decimal                 # a ratio: 0.0150 is 1.5%
    contract_value: Decimal       # the commission base (合同总价)
    cap: Decimal                  # rate × contract value: never more in all
    received: Decimal             # from the buyer this month (payments less voids)
    commission: Decimal           # earned this month
    received_to_date: Decimal
    earned_to_date: Decimal


@dataclass(frozen=True)
class StatementTotals:
    deals: int
    contract_value: Decimal
    received: Decimal
    commission: Decimal
    received_to_date: Decimal
    earned_to_date: Decimal
    cap: Decimal


@dataclass(frozen=True)
class CommissionStatement:
    project_id: int
    project_name: str
    month: dt.date                # the first day of the month
    payee: Payee
    lines: tuple[CommissionLine, ...]
    totals: StatementTotals       # summed by the database, in the same query as the lines

    @property
    def lines_total(self) -> StatementTotals:
        """The lines added up here (the tests hold them against `totals`)."""
        return add_up(self.lines)


def add_up(lines: tuple[CommissionLine, ...] | list[CommissionLine]) -> StatementTotals:
    def total(name: str) -> Decimal:
        return sum((getattr(line, name) for line in lines), ZERO)

    return StatementTotals(len(lines), total("contract_value"), total("received"),
                           total("commission"), total("received_to_date"),
                           total("earned_to_date"), total("cap"))


@dataclass(frozen=True)
class CommissionRule:
    rule_id: int
    project_id: int
    payee: Payee
    rate: Decimal
    valid_from: dt.date | None
    valid_to: dt.date | None
    active: bool


@dataclass(frozen=True)
class RuleInput:
    """A rule to set: rule_id None for a new one; exactly one of staff_id and agency."""

    project_id: int
    rate: Decimal
    staff_id: int | None = None
    agency: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    active: bool = True
    rule_id: int | None = None
