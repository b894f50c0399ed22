"""What every report query shares: the filter (project, building, period, salesperson,
channel and the grain of by-period reports), the SQL conditions it becomes, and the
campaign costs a manager enters. The reports themselves are in report_sales (deals, units,
prices), report_money (receivables, collections), report_people (visitors, channels,
customers, staff, audit) and report_dashboard; they read the report_* views, so the
caller's grants and row-level security decide what they see (server_schema/sql/views).

A condition a filter field does not set is left out (psycopg2 sends the values inline, so
PostgreSQL folds `CAST(NULL AS bigint) IS NULL OR …` away and plans the rest)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

GRAINS = ("day", "week", "month")


@dataclass(frozen=True)
class ReportFilter:
    """What a report is about. Every field is optional; a report uses the ones that make
    sense for it (see app.services.reports.REPORTS) and ignores the rest. Dates are
    inclusive days; `grain` is the period of the by-period reports (weeks start on Monday)."""

    project_id: int | None = None
    building_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    staff_id: int | None = None
    channel_id: int | None = None
    grain: str = "month"


def params(f: ReportFilter) -> dict[str, Any]:
    return {"project": f.project_id, "building": f.building_id, "d0": f.date_from,
            "d1": f.date_to, "staff": f.staff_id, "channel": f.channel_id, "grain": f.grain}


def within(column: str) -> str:
    """`column` (a date) lies in the filter's period; always true without one."""
    return (f"((CAST(:d0 AS date) IS NULL OR {column} >= :d0) "
            f"AND (CAST(:d1 AS date) IS NULL OR {column} <= :d1))")


def within_time(column: str) -> str:
    """`column` (a timestamptz) falls on a day of the filter's period (days as the session's
    time zone has them, like column::date) — written so an index on the column serves and
    the planner estimates the range (compared with dates, a two-sided range of a timestamptz
    was estimated at one row and planned as a nested loop: 10 s instead of 20 ms)."""
    return (f"((CAST(:d0 AS date) IS NULL OR {column} >= CAST(:d0 AS date)::timestamptz) "
            f"AND (CAST(:d1 AS date) IS NULL "
            f"OR {column} < (CAST(:d1 AS date) + 1)::timestamptz))")


def match(alias: str, *, project: str | None = "project_id",
          building: str | None = "building_id", staff: str | None = "staff_id",
          channel: str | None = "channel_id") -> str:
    """The filter's project, building, salesperson and channel on `alias`'s columns (a
    column named None is not filtered)."""
    parts = ["TRUE"]
    for name, column in (("project", project), ("building", building), ("staff", staff),
                         ("channel", channel)):
        if column is not None:
            parts.append(f"(CAST(:{name} AS bigint) IS NULL OR {alias}.{column} = :{name})")
    return " AND ".join(parts)


def grouped(key: str, measures: dict[str, str], source: str, where: str,
            every: tuple[str, ...]) -> str:
    """One part of a per-key report: `measures` of `source` grouped by `key` and once more
    over all rows (key -2: the totals, so distinct counts add up right); a NULL key is -1.
    Every measure of `every` not in `measures` is 0, so the parts can be UNION ALL-ed."""
    cols = ", ".join(f"{measures[m]} AS {m}" if m in measures else f"0 AS {m}" for m in every)
    return (f"SELECT CASE WHEN GROUPING({key}) = 1 THEN -2 ELSE coalesce({key}, -1) END AS key, "
            f"{cols} FROM {source} WHERE {where} GROUP BY GROUPING SETS (({key}), ())")


def combine(parts: list[str], every: tuple[str, ...]) -> str:
    """The parts made by `grouped`, summed per key."""
    sums = ", ".join(f"sum({m}) AS {m}" for m in every)
    return f"SELECT key, {sums} FROM ({' UNION ALL '.join(parts)}) p GROUP BY key"


def prepare(session: Session) -> None:
    """Let small deposits and subscriptions past their deadline lapse first (as the chart
    and the deal list do), so no report counts a stale reservation."""
    session.execute(sa.text("SELECT estatedesk.expire_deals()"))


def today(session: Session) -> dt.date:
    return session.execute(sa.text("SELECT current_date")).scalar_one()


def can_read(session: Session, relation: str) -> bool:
    return bool(session.execute(sa.text("SELECT has_table_privilege(:r, 'SELECT')"),
                                {"r": f"estatedesk.{relation}"}).scalar_one())


def names(session: Session, table: str, ids: set[int]) -> dict[int, str]:
    """Display names of staff or channels by id."""
    column = {"staff": "full_name", "channels": "name", "buildings": "name"}[table]
    if not ids:
        return {}
    rows = session.execute(sa.text(f"SELECT id, {column} FROM estatedesk.{table} "
                                   "WHERE id = ANY(:ids)"), {"ids": sorted(ids)})
    return {r[0]: r[1] for r in rows}


# --- campaign costs (市场活动费用) ----------------------------------------------------------

@dataclass(frozen=True)
class CampaignRow:
    id: int
    project_id: int
    channel_id: int
    channel_name: str
    name: str
    starts_on: dt.date
    ends_on: dt.date
    cost: Decimal
    note: str | None
    updated_by: str               # who entered or last corrected it (their name)


def campaigns(session: Session, project_id: int, date_from: dt.date | None = None,
              date_to: dt.date | None = None) -> list[CampaignRow]:
    """The project's campaigns that start within the dates (all without dates)."""
    rows = session.execute(sa.text(
        f"""SELECT c.id, c.project_id, c.channel_id, ch.name AS channel_name, c.name,
                   c.starts_on, c.ends_on, c.cost, c.note,
                   coalesce(s.full_name, c.updated_by) AS updated_by
            FROM estatedesk.campaigns c JOIN estatedesk.channels ch ON ch.id = c.channel_id
            LEFT JOIN estatedesk.staff s ON s.login = c.updated_by
            WHERE c.project_id = :project AND {within('c.starts_on')}
            ORDER BY c.starts_on DESC, c.id DESC"""),
        {"project": project_id, "d0": date_from, "d1": date_to})
    return [CampaignRow(**r._mapping) for r in rows]


def save_campaign(session: Session, values: dict[str, Any]) -> int:
    """`values`: campaign_id (None for a new one), project_id, channel_id, name, starts_on,
    ends_on, cost, note."""
    return session.execute(sa.text(
        """SELECT estatedesk.campaign_save(:campaign_id, :project_id, :channel_id, :name,
                                           :starts_on, :ends_on, CAST(:cost AS numeric),
                                           :note)"""),
        {**values, "cost": None if values["cost"] is None else str(values["cost"])}).scalar_one()


def delete_campaign(session: Session, campaign_id: int) -> None:
    session.execute(sa.text("SELECT estatedesk.campaign_delete(:id)"), {"id": campaign_id})


def log_export(session: Session, report_key: str, detail: str) -> int:
    """An export in the audit log (action EXPORT, table 'reports', the report's key)."""
    return session.execute(sa.text(
        "SELECT estatedesk.log_event('EXPORT', 'reports', :k, CAST(:d AS jsonb))"),
        {"k": report_key, "d": detail}).scalar_one()
