"""The executive's home screen (决策看板) in one call: for today, this week (from Monday),
this month and this year — visitors, subscriptions and contracts (count, area, value),
money received and the funnel (来访 → 排号 → 认购 → 签约) with its rates; sell-through per
building; the sales trend by month or week; the top salespeople and the channel mix of the
focus period (this month unless asked otherwise).

Every figure carries a `DrillDown` — a report key and the ReportFilter that lists the rows
behind it — and equals that report's totals (same views, same definitions). What a
salesperson calls up holds their own figures only (row-level security); sell-through is
left empty for a role that may not read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries import report_dashboard as q
from app.db.queries import report_people
from app.db.queries.reports import ReportFilter, can_read, names, prepare, today
from app.services import transactions
from app.services.report_model import CENT, ZERO, periods_between, ratio

PERIODS = ("today", "week", "month", "year")
TREND_LENGTH = 12     # months or weeks shown in the trend


@dataclass(frozen=True)
class DrillDown:
    """The rows behind a figure: run reports.run(engine, report_key, filter)."""

    report_key: str
    filter: ReportFilter


@dataclass(frozen=True)
class SalesFigure:
    count: int
    area: Decimal
    value: Decimal
    rows: DrillDown


@dataclass(frozen=True)
class FunnelStep:
    stage: str                   # visit, queue, subscription, contract
    count: int
    rate: Decimal | None         # queue, subscription: of the visitors (a buyer need not
                                 # queue); contract: of the subscriptions; None from zero
    of_visitors: Decimal | None  # from the visitors
    rows: DrillDown


@dataclass(frozen=True)
class PeriodFigures:
    period: str                  # today, week, month, year
    date_from: dt.date
    date_to: dt.date
    visitors: int
    visitors_rows: DrillDown
    subscriptions: SalesFigure
    contracts: SalesFigure
    collections: Decimal         # received: payments less voids (refunds apart)
    collections_rows: DrillDown
    funnel: tuple[FunnelStep, ...]


@dataclass(frozen=True)
class BuildingSellThrough:
    building_id: int
    building: str
    units: int
    sold: int
    unsold: int                  # released and not sold (not released units are outside)
    rate_count: Decimal | None   # sold ÷ (sold + unsold)
    sold_area: Decimal
    rate_area: Decimal | None
    sold_value: Decimal
    rows: DrillDown              # the sold units' deals


@dataclass(frozen=True)
class TrendPoint:
    period: dt.date              # first day of the month or week
    subscriptions: int
    subscription_value: Decimal
    contracts: int
    contract_value: Decimal
    received: Decimal
    rows: DrillDown


@dataclass(frozen=True)
class StaffFigure:
    staff_id: int
    name: str
    contracts: int
    area: Decimal
    value: Decimal
    rows: DrillDown


@dataclass(frozen=True)
class ChannelFigure:
    channel_id: int | None       # None: customers without a channel
    name: str | None
    visitors: int
    subscriptions: int
    contracts: int
    contract_value: Decimal
    visitor_share: Decimal | None
    rows: DrillDown              # without a channel: the whole channel report


@dataclass(frozen=True)
class Dashboard:
    project_id: int
    today: dt.date
    periods: tuple[PeriodFigures, ...]          # today, week, month, year
    sell_through: tuple[BuildingSellThrough, ...]
    trend_grain: str                            # month or week
    trend: tuple[TrendPoint, ...]
    focus: str                                  # the period of top_staff and channel_mix
    top_staff: tuple[StaffFigure, ...]
    channel_mix: tuple[ChannelFigure, ...]

    def period(self, name: str) -> PeriodFigures:
        return next(p for p in self.periods if p.period == name)


def period_range(name: str, day: dt.date) -> tuple[dt.date, dt.date]:
    start = {"today": day, "week": day - dt.timedelta(days=day.weekday()),
             "month": day.replace(day=1), "year": day.replace(month=1, day=1)}[name]
    return start, day


def load(engine: sa.Engine, project_id: int, *, trend_grain: str = "month",
         focus: str = "month", top: int = 5) -> Dashboard:
    """The dashboard of a project as of today (the database's date)."""
    if trend_grain not in ("month", "week") or focus not in PERIODS:
        raise ValueError("trend_grain is month or week; focus one of " + ", ".join(PERIODS))
    return transactions.run(engine, lambda s: _load(s, project_id, trend_grain, focus, top))


def _load(session: Session, project_id: int, grain: str, focus: str, top: int) -> Dashboard:
    prepare(session)
    day = today(session)
    ranges = {name: period_range(name, day) for name in PERIODS}
    periods = _periods(session, project_id, ranges)
    sell = _sell_through(session, project_id) if can_read(session, "report_units") else ()
    trend = _trend(session, project_id, grain, trend_start(day, grain), day)
    start, end = ranges[focus]
    span = ReportFilter(project_id=project_id, date_from=start, date_to=end)
    staff = tuple(StaffFigure(r["staff_id"], r["name"], r["contracts"], _money(r["area"]),
                              _money(r["value"]),
                              DrillDown("contract_ledger", _with(span, staff_id=r["staff_id"])))
                  for r in q.top_staff(session, project_id, start, end, top))
    return Dashboard(project_id, day, periods, sell, grain, trend, focus, staff,
                     _channels(session, span))


def trend_start(day: dt.date, grain: str) -> dt.date:
    """The first day of the trend: TREND_LENGTH months or weeks ending with this one."""
    if grain == "week":
        return day - dt.timedelta(days=day.weekday() + 7 * (TREND_LENGTH - 1))
    months = day.year * 12 + day.month - 1 - (TREND_LENGTH - 1)
    return dt.date(months // 12, months % 12 + 1, 1)


def _money(value: Any) -> Decimal:
    return ZERO if value is None else Decimal(value).quantize(CENT)


def _with(f: ReportFilter, **changes: Any) -> ReportFilter:
    return replace(f, **changes)


def _periods(session: Session, project_id: int,
             ranges: dict[str, tuple[dt.date, dt.date]]) -> tuple[PeriodFigures, ...]:
    sales = q.sales(session, project_id, ranges)
    visitors = q.visitors(session, ranges)
    queued = q.queued(session, project_id, ranges)
    money = q.collections(session, project_id, ranges)
    out = []
    for name, (start, end) in ranges.items():
        f = ReportFilter(project_id=project_id, date_from=start, date_to=end)
        subs = SalesFigure(sales[f"sub_n_{name}"], _money(sales[f"sub_area_{name}"]),
                           _money(sales[f"sub_value_{name}"]), DrillDown("subscription_ledger", f))
        cons = SalesFigure(sales[f"con_n_{name}"], _money(sales[f"con_area_{name}"]),
                           _money(sales[f"con_value_{name}"]), DrillDown("contract_ledger", f))
        seen = visitors[f"visitors_{name}"]
        people = DrillDown("visitors_by_staff", f)
        steps = [("visit", seen, people),
                 ("queue", queued[f"queued_{name}"], DrillDown("queue_numbers", f)),
                 ("subscription", subs.count, subs.rows), ("contract", cons.count, cons.rows)]
        base = {"visit": None, "queue": seen, "subscription": seen, "contract": subs.count}
        funnel = tuple(FunnelStep(stage, n, ratio(n, base[stage]) if base[stage] else None,
                                  ratio(n, seen) if i else None, rows)
                       for i, (stage, n, rows) in enumerate(steps))
        out.append(PeriodFigures(name, start, end, seen, people,
                                 subs, cons, _money(money[f"received_{name}"]),
                                 DrillDown("collections", f), funnel))
    return tuple(out)


def _sell_through(session: Session, project_id: int) -> tuple[BuildingSellThrough, ...]:
    return tuple(BuildingSellThrough(
        r["building_id"], r["building"], r["units"], r["sold"], r["unsold"],
        ratio(r["sold"], r["sold"] + r["unsold"]), _money(r["sold_area"]),
        ratio(r["sold_area"], r["sold_area"] + r["unsold_area"]), _money(r["sold_value"]),
        DrillDown("subscription_ledger",
                  ReportFilter(project_id=project_id, building_id=r["building_id"])))
        for r in q.sell_through(session, project_id))


def _trend(session: Session, project_id: int, grain: str, first: dt.date,
           last: dt.date) -> tuple[TrendPoint, ...]:
    found = {r["period"]: r for r in q.trend(session, project_id, grain, first, last)}
    points = []
    for start in periods_between(first, last, grain):
        nxt = periods_between(start, start + dt.timedelta(days=31), grain)[1]
        end = min(nxt - dt.timedelta(days=1), last)
        r = found.get(start, {})
        points.append(TrendPoint(
            start, r.get("subscriptions", 0), _money(r.get("subscription_value")),
            r.get("contracts", 0), _money(r.get("contract_value")), _money(r.get("received")),
            DrillDown("sales_ledger", ReportFilter(project_id=project_id, date_from=start,
                                                   date_to=end))))
    return tuple(points)


def _channels(session: Session, span: ReportFilter) -> tuple[ChannelFigure, ...]:
    rows = report_people.funnel(session, span, "channel")
    total = next((r["visitors"] for r in rows if r["key"] == -2), 0)
    rows = [r for r in rows if r["key"] != -2]
    found = names(session, "channels", {r["key"] for r in rows if r["key"] >= 0})
    out = [ChannelFigure(
        r["key"] if r["key"] >= 0 else None, found.get(r["key"]), int(r["visitors"]),
        int(r["subscriptions"]), int(r["contracts"]), _money(r["contract_value"]),
        ratio(r["visitors"], total),
        DrillDown("visitors_by_channel", _with(span, channel_id=r["key"] if r["key"] >= 0
                                               else None)))
        for r in rows]
    out.sort(key=lambda c: (-c.visitors, -c.contract_value, c.name or ""))
    return tuple(out)
