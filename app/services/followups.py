"""Follow-ups (跟进): recording a contact, a customer's timeline, and the day's list of
who to call (today's and overdue next-contact dates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain import customer_rules as rules
from app.domain.errors import ValidationError
from app.services import transactions
from app.services.errors import ErrorKind, UserError, from_validation
from app.services.messages import tr_noop

METHODS = ("visit", "call", "wechat", "sms", "other")


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a customer's history: kind is visit, call, followup or assignment."""

    at: dt.datetime
    kind: str
    method: str | None
    staff: str | None
    text: str | None
    detail: str | None


@dataclass(frozen=True)
class DueFollowup:
    customer_id: int
    name: str
    grade: str | None
    next_contact_on: dt.date
    overdue_days: int
    last_contact_at: dt.datetime | None


def record_followup(engine: sa.Engine, customer_id: int, method: str, content: str,
                    result: str | None = None, next_contact_on: dt.date | None = None) -> int:
    if method not in METHODS:
        raise UserError(ErrorKind.VALIDATION, tr_noop("Choose how you contacted the customer."))
    try:
        text = rules.clean_text(content, "content", 1000)
        result = rules.clean_text(result, "result", 200)
    except ValidationError as error:
        raise from_validation(error) from None
    if not text:
        raise UserError(ErrorKind.VALIDATION, tr_noop("Describe the contact."),
                        key="content:empty")
    return transactions.run(engine, lambda s: s.execute(sa.text(
        "SELECT estatedesk.record_followup(:c, CAST(:m AS estatedesk.contact_method), :t, :r, :n)"),
        {"c": customer_id, "m": method, "t": text, "r": result, "n": next_contact_on}
    ).scalar_one())


_TIMELINE = sa.text("""
    SELECT v.visited_at AS at, v.visit_type::text AS kind, NULL AS method,
           s.full_name AS staff, v.note AS text,
           CASE WHEN v.party_size IS NOT NULL THEN v.party_size::text END AS detail
    FROM estatedesk.visits v LEFT JOIN estatedesk.staff s ON s.id = v.staff_id
    WHERE v.customer_id = :c
    UNION ALL
    SELECT f.contacted_at, 'followup', f.method::text, s.full_name, f.content,
           concat_ws(' → ', f.result, f.next_contact_on::text)
    FROM estatedesk.followups f JOIN estatedesk.staff s ON s.id = f.staff_id
    WHERE f.customer_id = :c
    UNION ALL
    SELECT a.at, 'assignment', NULL, t.full_name, a.reason, fr.full_name
    FROM estatedesk.customer_assignments a
    JOIN estatedesk.staff t ON t.id = a.to_staff_id
    LEFT JOIN estatedesk.staff fr ON fr.id = a.from_staff_id
    WHERE a.customer_id = :c
    ORDER BY 1 DESC""")


def timeline(engine: sa.Engine, customer_id: int) -> list[TimelineEntry]:
    """Visits, calls, follow-ups and changes of salesperson, newest first (as far as the
    user may see the customer: row-level security applies)."""
    return transactions.run(engine, lambda s: [
        TimelineEntry(**r._mapping) for r in s.execute(_TIMELINE, {"c": customer_id})])


def due_followups(engine: sa.Engine, today: dt.date) -> list[DueFollowup]:
    """The user's own customers to contact today or overdue, most overdue first."""
    def action(session: Session) -> list[DueFollowup]:
        rows = session.execute(sa.text("""
            SELECT id, name, grade, next_contact_on, last_contact_at
            FROM estatedesk.customers
            WHERE assigned_staff_id = estatedesk.current_staff_id()
              AND next_contact_on <= :today AND status <> 'lost' AND merged_into_id IS NULL
            ORDER BY next_contact_on, id"""), {"today": today})
        return [DueFollowup(r.id, r.name, r.grade, r.next_contact_on,
                            (today - r.next_contact_on).days, r.last_contact_at) for r in rows]

    return transactions.run(engine, action)
