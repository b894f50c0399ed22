"""Changes to a live deal after reservation or contract (domain.md "The deal"): 退房
cancellation, 换房 exchange, 更名 buyers, 变更 price or payment method, 面积补差 area
settlement. Each is a request with a reason that a manager approves or rejects; the database
applies an approved change atomically and keeps the deal's before and after."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from app.domain.payment_plans import PaymentMethod, ScheduleLine
from app.services import transactions
from app.services.deals import Buyer, buyers_json, schedule_json


@dataclass(frozen=True)
class ChangeRow:
    id: int
    deal_id: int
    kind: str
    status: str
    request: dict[str, Any]
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    requested_by: str
    requested_at: dt.datetime
    decided_by: str | None
    decided_at: dt.datetime | None
    decision_note: str | None
    unit_code: str
    customer_name: str


def _request(engine: sa.Engine, deal_id: int, kind: str, request: dict[str, Any],
             reason: str) -> int:
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.deal_change_request(:d, :k, CAST(:r AS jsonb), :why)"),
        {"d": deal_id, "k": kind, "r": json.dumps(request), "why": reason}).scalar_one())


def request_cancel(engine: sa.Engine, deal_id: int, refund: Decimal, forfeit: Decimal,
                   reason: str) -> int:
    """退房: the money received is split into a refund and a forfeited deposit."""
    return _request(engine, deal_id, "cancel",
                    {"refund": str(refund), "forfeit": str(forfeit)}, reason)


def request_exchange(engine: sa.Engine, deal_id: int, unit_id: int,
                     discount_codes: Sequence[str], reason: str,
                     extra_discount: Decimal = Decimal(0)) -> int:
    """换房: the new unit at its own list price with these discounts; money carries over."""
    return _request(engine, deal_id, "exchange",
                    {"unit_id": unit_id, "discount_codes": list(discount_codes),
                     "extra_discount": str(extra_discount)}, reason)


def request_rename(engine: sa.Engine, deal_id: int, buyers: Sequence[Buyer], reason: str) -> int:
    """更名: the contract's new list of buyers."""
    return _request(engine, deal_id, "rename", {"buyers": json.loads(buyers_json(buyers))},
                    reason)


def request_terms(engine: sa.Engine, deal_id: int, discount_codes: Sequence[str],
                  method: PaymentMethod | str, reason: str, *,
                  extra_discount: Decimal = Decimal(0),
                  schedule: Sequence[ScheduleLine] = ()) -> int:
    """变更: new discounts and/or payment method (kind 'payment_method' when the method
    changes, else 'price'); a contracted deal also needs its new schedule."""
    return transactions.run(engine, lambda s: _request_terms(
        s, deal_id, discount_codes, method, reason, extra_discount, schedule))


def _request_terms(session: Any, deal_id: int, discount_codes: Sequence[str], method: str,
                   reason: str, extra_discount: Decimal, schedule: Sequence[ScheduleLine]) -> int:
    current = session.execute(sa.text("SELECT payment_method::text FROM estatedesk.deals "
                                      "WHERE id = :d"), {"d": deal_id}).scalar()
    kind = "price" if current in (None, str(method)) else "payment_method"
    request = {"discount_codes": list(discount_codes), "extra_discount": str(extra_discount),
               "payment_method": str(method), "schedule": json.loads(schedule_json(schedule))}
    return session.execute(
        sa.text("SELECT estatedesk.deal_change_request(:d, :k, CAST(:r AS jsonb), :why)"),
        {"d": deal_id, "k": kind, "r": json.dumps(request), "why": reason}).scalar_one()


def request_area_settlement(engine: sa.Engine, deal_id: int, measured_area: Decimal,
                            reason: str) -> int:
    """面积补差 after the official survey; the database computes the ±3% settlement."""
    return _request(engine, deal_id, "area_settlement",
                    {"measured_area": str(measured_area)}, reason)


def decide(engine: sa.Engine, change_id: int, approve: bool, note: str | None = None) -> int:
    """Returns the deal the change leaves live (the new deal after an exchange)."""
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.deal_change_decide(:c, :a, :n)"),
        {"c": change_id, "a": approve, "n": note}).scalar_one())


_CHANGES = """
    SELECT c.id, c.deal_id, c.kind, c.status, c.request, c.reason, c.before, c.after,
           c.requested_by, c.requested_at, c.decided_by, c.decided_at, c.decision_note,
           l.unit_code, l.customer_name
    FROM estatedesk.deal_changes c JOIN estatedesk.deal_list l ON l.id = c.deal_id
    WHERE {where}
    ORDER BY c.requested_at DESC, c.id DESC"""


def changes_of(engine: sa.Engine, deal_id: int) -> list[ChangeRow]:
    return transactions.run(engine, lambda s: [ChangeRow(**r._mapping) for r in s.execute(
        sa.text(_CHANGES.format(where="c.deal_id = :d")), {"d": deal_id})])


def pending(engine: sa.Engine, project_id: int) -> list[ChangeRow]:
    """The changes waiting for a manager's decision in a project."""
    return transactions.run(engine, lambda s: [ChangeRow(**r._mapping) for r in s.execute(
        sa.text(_CHANGES.format(where="c.status = 'pending' AND l.project_id = :p")),
        {"p": project_id})])
