"""Reads for the deal screens: the deal list (through the security_invoker view, so the
caller's row-level security decides), one deal in full, the queue order list, the project's
discount rules. Deadlines lapse first (expire_deals), so nobody sees a stale reservation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

LIVE = ("small_deposit", "subscribed", "contracted")


@dataclass(frozen=True)
class DealRow:
    id: int
    project_id: int
    stage: str
    unit_id: int
    unit_code: str
    building_name: str
    customer_id: int
    customer_name: str
    staff_id: int
    staff_name: str
    deposit: Decimal
    list_total: Decimal | None
    deal_total: Decimal | None
    deal_unit_price: Decimal | None
    payment_method: str | None
    approval: str
    approval_level: str | None
    sign_deadline: dt.date | None
    small_deposit_until: dt.datetime | None
    contract_no: str | None
    signed_on: dt.date | None
    filed_on: dt.date | None
    handover_on: dt.date | None
    flagged_at: dt.datetime | None
    created_at: dt.datetime
    subscribed_at: dt.datetime | None
    ended_at: dt.datetime | None
    end_reason: str | None
    pending_change: str | None


@dataclass(frozen=True)
class DealQuery:
    project_id: int
    stages: tuple[str, ...] = LIVE
    text: str = ""                  # unit code, customer name or contract number fragment
    needs_approval: bool = False
    unit_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class BuyerRow:
    position: int
    name: str
    id_type: str
    id_number: str | None     # None for readers who may not see it (executives)
    phone: str | None
    share: Decimal | None


@dataclass(frozen=True)
class ScheduleRow:
    line_no: int
    kind: str
    due_date: dt.date
    amount: Decimal


@dataclass(frozen=True)
class MortgageRow:
    bank: str
    loan_kind: str
    amount: Decimal
    term_months: int
    stage: str
    submitted_on: dt.date | None
    approved_on: dt.date | None
    disbursed_on: dt.date | None
    note: str | None


@dataclass(frozen=True)
class DealDetail:
    deal: DealRow
    breakdown: dict[str, Any] | None
    buyers: tuple[BuyerRow, ...]
    schedule: tuple[ScheduleRow, ...]
    mortgage: MortgageRow | None
    filing_no: str | None
    title_on: dt.date | None
    measured_area: Decimal | None
    area_settlement: Decimal | None
    predecessor_id: int | None
    queue_number: int | None


@dataclass(frozen=True)
class QueueRow:
    id: int
    number: int
    customer_id: int
    customer_name: str
    staff_name: str
    intention_fee: Decimal
    status: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DiscountRuleRow:
    code: str
    name: str
    kind: str
    value: Decimal
    sort_order: int
    payment_method: str | None


def deals(session: Session, query: DealQuery, limit: int = 5000) -> list[DealRow]:
    session.execute(sa.text("SELECT estatedesk.expire_deals()"))
    where = ["l.project_id = :p", "l.stage = ANY(:stages)"]
    params: dict[str, Any] = {"p": query.project_id, "stages": list(query.stages), "n": limit}
    if query.text.strip():
        where.append("(l.unit_code ILIKE :t OR l.customer_name ILIKE :t OR l.contract_no ILIKE :t)")
        params["t"] = f"%{query.text.strip()}%"
    if query.needs_approval:
        where.append("(l.approval = 'pending' OR l.pending_change IS NOT NULL)")
    if query.unit_id is not None:
        where.append("l.unit_id = :u")
        params["u"] = query.unit_id
    if query.customer_id is not None:
        where.append("l.customer_id = :c")
        params["c"] = query.customer_id
    rows = session.execute(sa.text(
        f"""SELECT l.*
            FROM estatedesk.deal_list l WHERE {' AND '.join(where)}
            ORDER BY l.created_at DESC, l.id DESC LIMIT :n"""), params)
    return [DealRow(**r._mapping) for r in rows]


def deal_detail(session: Session, deal_id: int) -> DealDetail | None:
    found = deals_by_id(session, [deal_id])
    if not found:
        return None
    extra = session.execute(sa.text(
        """SELECT d.breakdown, d.filing_no, d.title_on, d.measured_area, d.area_settlement,
                  d.predecessor_id, q.number AS queue_number
           FROM estatedesk.deals d LEFT JOIN estatedesk.queue_tickets q ON q.id = d.queue_ticket_id
           WHERE d.id = :d"""), {"d": deal_id}).one()
    reachable = session.execute(sa.text(
        "SELECT has_column_privilege('estatedesk.deal_buyers', 'id_number', 'SELECT')")).scalar()
    contact = "id_number, phone" if reachable else "NULL AS id_number, NULL AS phone"
    buyers = tuple(BuyerRow(**r._mapping) for r in session.execute(sa.text(
        f"""SELECT position, name, id_type, {contact}, share FROM estatedesk.deal_buyers
            WHERE deal_id = :d ORDER BY position"""), {"d": deal_id}))
    schedule = tuple(ScheduleRow(**r._mapping) for r in session.execute(sa.text(
        """SELECT line_no, kind, due_date, amount FROM estatedesk.payment_schedule
           WHERE deal_id = :d ORDER BY line_no"""), {"d": deal_id}))
    m = session.execute(sa.text(
        """SELECT bank, loan_kind::text AS loan_kind, amount, term_months, stage, submitted_on,
                  approved_on, disbursed_on, note
           FROM estatedesk.mortgages WHERE deal_id = :d"""), {"d": deal_id}).first()
    return DealDetail(found[0], extra.breakdown, buyers, schedule,
                      MortgageRow(**m._mapping) if m else None, extra.filing_no, extra.title_on,
                      extra.measured_area, extra.area_settlement, extra.predecessor_id,
                      extra.queue_number)


def deals_by_id(session: Session, ids: list[int]) -> list[DealRow]:
    rows = session.execute(sa.text(
        """SELECT l.*
           FROM estatedesk.deal_list l WHERE l.id = ANY(:i) ORDER BY l.id"""), {"i": ids})
    return [DealRow(**r._mapping) for r in rows]


def queue(session: Session, project_id: int, active_only: bool = True) -> list[QueueRow]:
    """The launch-day order list: tickets by number."""
    rows = session.execute(sa.text(
        """SELECT q.id, q.number, q.customer_id, c.name AS customer_name,
                  s.full_name AS staff_name, q.intention_fee, q.status, q.created_at
           FROM estatedesk.queue_tickets q
           JOIN estatedesk.customers c ON c.id = q.customer_id
           JOIN estatedesk.staff s ON s.id = q.staff_id
           WHERE q.project_id = :p AND (NOT :active OR q.status = 'active')
           ORDER BY q.number"""), {"p": project_id, "active": active_only})
    return [QueueRow(**r._mapping) for r in rows]


def discount_rules(session: Session, project_id: int) -> list[DiscountRuleRow]:
    rows = session.execute(sa.text(
        """SELECT code, name, kind, value, sort_order, payment_method::text AS payment_method
           FROM estatedesk.discount_rules WHERE project_id = :p AND active
           ORDER BY sort_order, code"""), {"p": project_id})
    return [DiscountRuleRow(**r._mapping) for r in rows]
