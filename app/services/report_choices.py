"""What the reports screen's filters offer besides the projects and buildings (those come
from app.services.chart): the salespeople (staff in the sales or sales-manager group) and
the channels (来源渠道), active ones first, and a staff member by id (for a drill-down that
names someone not in the list). Every role that opens the reports screen — sales manager,
finance, executive, administrator — may read them (app.db.queries.report_choices)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries import report_choices as q
from app.services import lists, transactions


@dataclass(frozen=True)
class Choice:
    """One entry of a filter's list: the id a ReportFilter takes, the name shown, and
    whether it is still in use (a disabled login or channel)."""

    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class ReportChoices:
    salespeople: tuple[Choice, ...]
    channels: tuple[Choice, ...]


def _choices(session: Session, query: Any, params: dict[str, Any] | None = None
             ) -> tuple[Choice, ...]:
    return tuple(Choice(r.id, r.name, r.active) for r in session.execute(query, params or {}))


def salespeople(engine: sa.Engine) -> tuple[Choice, ...]:
    return transactions.run(engine, lambda s: _choices(s, q.SALESPEOPLE))


def channels(engine: sa.Engine) -> tuple[Choice, ...]:
    """The administrator's channel list (app.services.lists), disabled ones too (old
    customers and visits still point at them), the active ones first."""
    listed = lists.entries(engine, "channels")
    return tuple(Choice(e.id, e.name, e.active) for e in sorted(listed, key=lambda e: not e.active))


def load(engine: sa.Engine) -> ReportChoices:
    """The salespeople and the channels."""
    return ReportChoices(salespeople(engine), channels(engine))


def staff_member(engine: sa.Engine, staff_id: int) -> Choice | None:
    """The staff member `staff_id` (any group), or None if there is none."""
    found = transactions.run(engine, lambda s: _choices(s, q.STAFF_BY_ID, {"id": staff_id}))
    return found[0] if found else None
