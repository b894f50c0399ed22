"""Reading the sales control chart: projects and buildings to choose from, the units of a
building or a whole project, the units named by a change notification, and what the user may
do with a unit. Every call expires overdue pencils first, so the chart never shows a 预留
that has run out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries import chart as q
from app.domain.chart import ChartUnit
from app.domain.phones import mask_phone
from app.domain.statuses import UnitStatus
from app.services import transactions


@dataclass(frozen=True)
class ProjectRef:
    id: int
    code: str
    name: str
    pencil_hold_minutes: int
    units: int


@dataclass(frozen=True)
class BuildingRef:
    id: int
    code: str
    name: str
    units: int


@dataclass(frozen=True)
class CustomerChoice:
    """One of the salesperson's own customers, to pencil a unit in for."""

    id: int
    name: str
    phone_masked: str


@dataclass(frozen=True)
class Transition:
    from_status: UnitStatus
    to_status: UnitStatus
    needs_reason: bool


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    login: str
    full_name: str | None
    action: str
    old_status: UnitStatus | None
    new_status: UnitStatus | None
    reason: str | None


def list_projects(engine: sa.Engine) -> list[ProjectRef]:
    return transactions.run(engine, lambda s: [
        ProjectRef(r.id, r.code, r.name, r.pencil_hold_minutes, r.units)
        for r in s.execute(q.PROJECTS)])


def list_buildings(engine: sa.Engine, project_id: int) -> list[BuildingRef]:
    return transactions.run(engine, lambda s: [
        BuildingRef(r.id, r.code, r.name, r.units)
        for r in s.execute(q.BUILDINGS, {"project": project_id})])


def load_chart(engine: sa.Engine, project_id: int,
               building_id: int | None = None) -> list[ChartUnit]:
    """A building's units, or (building_id None) the whole project's."""
    where, params = "u.project_id = :project", {"project": project_id}
    if building_id is not None:
        where += " AND u.building_id = :building"
        params["building"] = building_id
    return transactions.run(engine, lambda s: _load(s, where, params))


def load_units(engine: sa.Engine, unit_ids: Iterable[int]) -> list[ChartUnit]:
    """Only the named units (after a change notification)."""
    ids = sorted(set(unit_ids))
    if not ids:
        return []
    return transactions.run(engine, lambda s: _load(s, "u.id = ANY(:ids)", {"ids": ids}))


def _load(session: Session, where: str, params: dict) -> list[ChartUnit]:
    _, with_customers = session.execute(q.PREPARE_READ).one()
    rows = session.execute(q.chart_query(with_customers=with_customers, where=where), params)
    # The query's columns are ChartUnit's fields in order: building 10,000 units positionally
    # takes a third of the time of reading each column by name (measured: 108 → 35 ms).
    status_at = _FIELDS.index("status")
    units = []
    for row in rows:
        values = list(row)
        values[status_at] = _STATUSES[values[status_at]]
        units.append(ChartUnit(*values))
    return units


_FIELDS = [f.name for f in dataclasses.fields(ChartUnit)]
_STATUSES = {s.value: s for s in UnitStatus}


def my_transitions(engine: sa.Engine) -> list[Transition]:
    """The status changes the user's roles allow (the client shows only these actions)."""
    return transactions.run(engine, lambda s: [
        Transition(UnitStatus(r.from_status), UnitStatus(r.to_status), r.needs_reason)
        for r in s.execute(q.MY_TRANSITIONS)])


def my_customers(engine: sa.Engine) -> list[CustomerChoice]:
    return transactions.run(engine, lambda s: [
        CustomerChoice(r.id, r.name, mask_phone(r.phone) if r.phone else "")
        for r in s.execute(q.MY_ACTIVE_CUSTOMERS)])


def unit_history(engine: sa.Engine, unit_id: int) -> list[HistoryEntry]:
    def status(value: str | None) -> UnitStatus | None:
        return UnitStatus(value) if value else None

    return transactions.run(engine, lambda s: [
        HistoryEntry(r.at, r.login, r.full_name, r.action, status(r.old_status),
                     status(r.new_status), r.reason)
        for r in s.execute(q.UNIT_HISTORY, {"unit": unit_id})])


def total_value(units: Iterable[ChartUnit]) -> Decimal:
    return sum((u.list_total or Decimal(0) for u in units), Decimal("0.00"))
