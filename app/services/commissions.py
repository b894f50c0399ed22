"""Commissions (佣金): rules per project and salesperson or agency, the agency that brought a
deal, and the monthly statement per payee. Commission is computed by the database
(`estatedesk.commission_earned`): rate × money the buyer paid in the month, never more than
rate × contract value in all; a salesperson gets only their own statement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain.commissions import (
    AGENCY,
    STAFF,
    CommissionLine,
    CommissionRule,
    CommissionStatement,
    Payee,
    RuleInput,
    StatementTotals,
    first_of_month,
)
from app.services import transactions

_TOTALS = ("contract_value", "received", "commission", "received_to_date", "earned_to_date",
           "cap")
_LINES_SQL = f"""
SELECT l.*, p.name AS project_name,
       count(*) OVER payee AS total_deals,
       {", ".join(f"sum(l.{c}) OVER payee AS total_{c}" for c in _TOTALS)}
FROM estatedesk.commission_earned(:p, :m) l
JOIN estatedesk.projects p ON p.id = :p
WINDOW payee AS (PARTITION BY l.payee_kind, l.staff_id, l.agency_id)
ORDER BY l.payee_kind DESC, l.payee_name, l.staff_id, l.agency_id, l.unit_code
"""


# --- statements ----------------------------------------------------------------------------

def statements_for_month(engine: sa.Engine, project_id: int,
                         month: dt.date) -> list[CommissionStatement]:
    """Every statement of the month the caller may read (a salesperson: their own), sellers
    first, then agencies, each by name. Payees without money that month have none."""
    month = first_of_month(month)
    rows = transactions.run(engine, lambda s: _rows(s, project_id, month))
    return _group(rows, project_id, month)


def statement(engine: sa.Engine, project_id: int, month: dt.date, staff_id: int | None = None,
              agency: str | None = None) -> CommissionStatement:
    """One payee's statement (a salesperson by id or an agency by name); an empty one when
    nothing was earned that month or the caller may not see it."""
    if (staff_id is None) == (agency is None):
        raise ValueError("a statement is for one salesperson or one agency")
    month = first_of_month(month)
    for found in statements_for_month(engine, project_id, month):
        if (staff_id is not None and found.payee.kind == STAFF
                and found.payee.staff_id == staff_id) or (
                agency is not None and found.payee.kind == AGENCY
                and found.payee.name == agency.strip()):
            return found
    name = agency.strip() if agency is not None else _staff_name(engine, staff_id)
    payee = Payee(STAFF if staff_id is not None else AGENCY, staff_id, None, name)
    return CommissionStatement(project_id, _project_name(engine, project_id), month, payee, (),
                               StatementTotals(0, *(Decimal("0.00"),) * len(_TOTALS)))


def _rows(session: Session, project_id: int, month: dt.date) -> Sequence[Any]:
    return session.execute(sa.text(_LINES_SQL), {"p": project_id, "m": month}).all()


def _group(rows: Sequence[Any], project_id: int, month: dt.date) -> list[CommissionStatement]:
    grouped: dict[tuple, list[Any]] = {}
    for row in rows:   # ordered: sellers, then agencies, by name
        grouped.setdefault((row.payee_kind, row.staff_id, row.agency_id), []).append(row)
    result = []
    for (kind, staff_id, agency_id), group in grouped.items():
        first = group[0]
        totals = StatementTotals(first.total_deals,
                                 *(getattr(first, f"total_{c}") for c in _TOTALS))
        result.append(CommissionStatement(
            project_id, first.project_name, month,
            Payee(kind, staff_id, agency_id, first.payee_name),
            tuple(_line(r) for r in group), totals))
    return result


def _line(r: Any) -> CommissionLine:
    return CommissionLine(r.deal_id, r.unit_code, r.buyer, r.contract_no, r.signed_on, r.stage,
                          r.rate, r.contract_value, r.cap, r.received, r.commission,
                          r.received_to_date, r.earned_to_date)


def _staff_name(engine: sa.Engine, staff_id: int | None) -> str:
    return transactions.run(engine, lambda s: s.execute(sa.text(
        "SELECT full_name FROM estatedesk.staff WHERE id = :s"), {"s": staff_id})
        .scalar_one_or_none()) or ""


def _project_name(engine: sa.Engine, project_id: int) -> str:
    return transactions.run(engine, lambda s: s.execute(sa.text(
        "SELECT name FROM estatedesk.projects WHERE id = :p"), {"p": project_id})
        .scalar_one_or_none()) or ""


# --- rules -----------------------------------------------------------------------------------

def rules(engine: sa.Engine, project_id: int) -> list[CommissionRule]:
    """The project's rules the caller may read (a salesperson: their own): sellers first,
    then agencies, each by name and start date; inactive ones last."""
    return transactions.run(engine, lambda s: [CommissionRule(
        r.id, r.project_id, Payee(STAFF if r.staff_id else AGENCY, r.staff_id, r.agency_id,
                                  r.name), r.rate, r.valid_from, r.valid_to, r.active)
        for r in s.execute(sa.text("""
            SELECT r.*, coalesce(st.full_name, a.name) AS name
            FROM estatedesk.commission_rules r
            LEFT JOIN estatedesk.staff st ON st.id = r.staff_id
            LEFT JOIN estatedesk.commission_agencies a ON a.id = r.agency_id
            WHERE r.project_id = :p
            ORDER BY NOT r.active, r.staff_id IS NULL, coalesce(st.full_name, a.name),
                     r.valid_from NULLS FIRST, r.id"""), {"p": project_id})])


def set_rule(engine: sa.Engine, rule: RuleInput) -> int:
    """Adds a rule (rule_id None) or changes one's rate, dates and active flag; returns its
    id. The database refuses a bad rate, an overlap and anyone but a manager or admin."""
    return transactions.run(engine, lambda s: s.execute(sa.text(
        """SELECT estatedesk.commission_rule_set(:id, :p, :s, :a, CAST(:r AS numeric),
                                                 :f, :t, :act)"""),
        {"id": rule.rule_id, "p": rule.project_id, "s": rule.staff_id, "a": rule.agency,
         "r": str(rule.rate), "f": rule.valid_from, "t": rule.valid_to,
         "act": rule.active}).scalar_one())


def agencies(engine: sa.Engine) -> list[str]:
    """The names of the active agencies, for pickers."""
    return transactions.run(engine, lambda s: list(s.execute(sa.text(
        "SELECT name FROM estatedesk.commission_agencies WHERE active ORDER BY name"))
        .scalars()))


def salespeople(engine: sa.Engine) -> list[Payee]:
    """Active staff who sell (salespeople and sales managers), for the rule editor."""
    return transactions.run(engine, lambda s: [Payee(STAFF, r.id, None, r.full_name)
        for r in s.execute(sa.text("""
            SELECT s.id, s.full_name FROM estatedesk.staff s
            WHERE s.active AND (pg_has_role(s.login, 'estatedesk_sales', 'MEMBER')
                                OR pg_has_role(s.login, 'estatedesk_sales_manager', 'MEMBER'))
            ORDER BY s.full_name"""))])


def set_deal_agency(engine: sa.Engine, deal_id: int, agency: str | None) -> None:
    """Records the agency that brought the deal (None: no agency). Sales managers only."""
    transactions.run(engine, lambda s: s.execute(sa.text(
        "SELECT estatedesk.deal_set_agency(:d, :a)"), {"d": deal_id, "a": agency}))


def deal_agency(engine: sa.Engine, deal_id: int) -> str | None:
    return transactions.run(engine, lambda s: s.execute(sa.text(
        """SELECT a.name FROM estatedesk.deal_agencies d
           JOIN estatedesk.commission_agencies a ON a.id = d.agency_id
           WHERE d.deal_id = :d"""), {"d": deal_id}).scalar_one_or_none())
