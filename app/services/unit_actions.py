"""Acting on units from the chart. Each is one database function that checks the rule for
the caller's roles, locks the units, records why and writes the audit log; a refusal comes
back as a UserError saying why (and, for a taken unit, who has it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa

from app.domain.statuses import UnitStatus
from app.services import transactions
from app.services.errors import ErrorKind, UserError
from app.services.messages import tr_noop

MAX_REASON = 200


def change_status(engine: sa.Engine, unit_ids: Sequence[int], to: UnitStatus,
                  reason: str | None = None) -> int:
    """Hold (销控), release, put on sale or withdraw units — all or none. Returns how many."""
    reason = (reason or "").strip() or None
    if reason and len(reason) > MAX_REASON:
        raise UserError(ErrorKind.VALIDATION, tr_noop("The reason is longer than 200 characters."))
    if not unit_ids:
        raise UserError(ErrorKind.VALIDATION, tr_noop("No unit was chosen."))
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.unit_change_status(:ids, CAST(:to AS estatedesk.unit_status), "
                ":reason)"),
        {"ids": list(unit_ids), "to": to.value, "reason": reason}).scalar_one())


def hold(engine: sa.Engine, unit_ids: Sequence[int], reason: str) -> int:
    return change_status(engine, unit_ids, UnitStatus.HELD, reason)


def release(engine: sa.Engine, unit_ids: Sequence[int], reason: str | None = None) -> int:
    """Back to available: a manager's hold released, or a pencil given up early."""
    return change_status(engine, unit_ids, UnitStatus.AVAILABLE, reason)


def pencil(engine: sa.Engine, unit_id: int, customer_id: int) -> dt.datetime:
    """Pencil in (预留) an available unit for one of the salesperson's customers; returns
    when it lapses."""
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.unit_pencil(:u, :c)"),
        {"u": unit_id, "c": customer_id}).scalar_one())


def expire_pencils(engine: sa.Engine) -> int:
    """Lets overdue pencils lapse, and small deposits and subscriptions past their deadline
    (released or flagged as the project sets); returns how many."""
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.expire_pencils() + estatedesk.expire_deals()")).scalar_one())
