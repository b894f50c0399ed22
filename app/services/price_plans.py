"""Price plans (价格方案) and bulk adjustments (调价): try them on the units (试算), submit
the computed prices, and approve or reject — the database applies approved prices to unsold
units only and keeps every change as history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, is_dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain.pricing import (
    Adjustment,
    PriceChange,
    PricedUnit,
    PricePlan,
    PriceSettings,
    UnitFacts,
    apply_adjustment,
    trial,
)
from app.domain.statuses import UnitStatus
from app.services import transactions
from app.services.errors import ErrorKind, UserError
from app.services.messages import tr_noop

_UNITS = sa.text("""
    SELECT u.id, u.layout, u.orientation, f.number AS floor, u.gross_area, u.inner_area,
           b.code AS building, u.status::text AS status, u.list_unit_price, u.list_total
    FROM estatedesk.units u
    JOIN estatedesk.floors f ON f.id = u.floor_id
    JOIN estatedesk.buildings b ON b.id = u.building_id
    WHERE u.project_id = :project AND (CAST(:building AS bigint) IS NULL OR u.building_id = :building)
    ORDER BY u.id""")


@dataclass(frozen=True)
class PlanSummary:
    id: int
    kind: str
    name: str
    status: str
    author: str
    submitted_at: dt.datetime
    decided_by: str | None
    decision_note: str | None
    units: int
    applied_units: int | None
    skipped_units: int | None


@dataclass(frozen=True)
class Decision:
    applied: int
    skipped: int


@dataclass(frozen=True)
class PriceHistoryEntry:
    changed_at: dt.datetime
    changed_by: str
    plan_name: str | None
    old_unit_price: Decimal | None
    old_total: Decimal | None
    new_unit_price: Decimal
    new_total: Decimal


def project_settings(engine: sa.Engine, project_id: int) -> PriceSettings:
    row = transactions.run(engine, lambda s: s.execute(sa.text(
        "SELECT pricing_basis::text, rounding_unit, rounding_mode, round_at "
        "FROM estatedesk.projects WHERE id = :p"), {"p": project_id}).one())
    return PriceSettings(row[0], row[1], row[2], row[3])


def priced_units(engine: sa.Engine, project_id: int,
                 building_id: int | None = None) -> list[PricedUnit]:
    """The units as the pricing rules see them: facts, status and current list price."""
    def action(session: Session) -> list[PricedUnit]:
        return [PricedUnit(UnitFacts(r.id, r.layout or "", r.orientation or "", r.floor,
                                     r.gross_area, r.inner_area, r.building),
                           UnitStatus(r.status), r.list_unit_price, r.list_total)
                for r in session.execute(_UNITS, {"project": project_id,
                                                  "building": building_id})]

    return transactions.run(engine, action)


def trial_plan(engine: sa.Engine, project_id: int, plan: PricePlan,
               building_id: int | None = None) -> list[PriceChange]:
    return trial(plan, priced_units(engine, project_id, building_id))


def trial_adjustment(engine: sa.Engine, project_id: int,
                     adjustment: Adjustment) -> list[PriceChange]:
    return apply_adjustment(adjustment, priced_units(engine, project_id),
                            project_settings(engine, project_id))


def _plain(value: object) -> object:
    """A plan or adjustment as JSON: Decimals as exact strings, ranges as [first, last]."""
    if is_dataclass(value):
        return _plain(asdict(value))  # type: ignore[arg-type]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, range):
        return [value.start, value.stop - 1]
    if isinstance(value, Decimal):
        return str(value)
    return value


def submit(engine: sa.Engine, project_id: int, name: str, definition: PricePlan | Adjustment,
           changes: Sequence[PriceChange]) -> int:
    """Submit the prices a trial computed (skipped units are left out) for approval."""
    lines = [{"unit": c.unit_id, "unit_price": str(c.new_unit_price), "total": str(c.new_total)}
             for c in changes if not c.skipped]
    if not lines:
        raise UserError(ErrorKind.VALIDATION, tr_noop("The plan changes no unit."))
    if not name.strip() or len(name.strip()) > 60:
        raise UserError(ErrorKind.VALIDATION, tr_noop("A plan needs a name of 1 to 60 characters."))
    kind = "adjustment" if isinstance(definition, Adjustment) else "plan"
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.price_plan_submit(:p, :k, :n, CAST(:d AS jsonb), "
                "CAST(:l AS jsonb))"),
        {"p": project_id, "k": kind, "n": name, "d": json.dumps(_plain(definition)),
         "l": json.dumps(lines)}).scalar_one())


def decide(engine: sa.Engine, plan_id: int, approve: bool, note: str | None = None) -> Decision:
    row = transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT * FROM estatedesk.price_plan_decide(:id, :a, :n)"),
        {"id": plan_id, "a": approve, "n": note}).one())
    return Decision(row.applied, row.skipped)


def plans(engine: sa.Engine, project_id: int) -> list[PlanSummary]:
    return transactions.run(engine, lambda s: [PlanSummary(**r._mapping) for r in s.execute(
        sa.text("""SELECT p.id, p.kind, p.name, p.status::text AS status, p.author,
                          p.submitted_at, p.decided_by, p.decision_note,
                          (SELECT count(*) FROM estatedesk.price_plan_lines l
                           WHERE l.plan_id = p.id) AS units, p.applied_units, p.skipped_units
                   FROM estatedesk.price_plans p WHERE p.project_id = :p
                   ORDER BY p.submitted_at DESC, p.id DESC"""), {"p": project_id})])


def unit_price_history(engine: sa.Engine, unit_id: int) -> list[PriceHistoryEntry]:
    return transactions.run(engine, lambda s: [PriceHistoryEntry(**r._mapping) for r in s.execute(
        sa.text("""SELECT h.changed_at, h.changed_by, p.name AS plan_name, h.old_unit_price,
                          h.old_total, h.new_unit_price, h.new_total
                   FROM estatedesk.price_history h
                   LEFT JOIN estatedesk.price_plans p ON p.id = h.plan_id
                   WHERE h.unit_id = :u ORDER BY h.changed_at, h.id"""), {"u": unit_id})])
