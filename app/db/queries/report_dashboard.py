"""The dashboard's figures in a few aggregate queries — each figure for several periods at
once (FILTER per period) — over the same report_* views and with the same definitions as
the reports (report_sales, report_money, report_people), so each figure equals the totals
of the report it drills down to."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

Row = dict[str, Any]
Periods = dict[str, tuple[dt.date, dt.date]]   # name → (first day, last day)


def _between(column: str, first: str, last: str, stamp: bool) -> str:
    """A date `column` between two days, or a timestamptz one on a day between them (as
    reports.within_time: so an index on the column serves)."""
    if stamp:
        return (f"{column} >= CAST(:{first} AS date)::timestamptz "
                f"AND {column} < (CAST(:{last} AS date) + 1)::timestamptz")
    return f"{column} BETWEEN :{first} AND :{last}"


def _filters(periods: Periods, column: str,
             stamp: bool = False) -> tuple[dict[str, str], dict[str, dt.date]]:
    """`column` within each period, as FILTER conditions named after the periods."""
    conds: dict[str, str] = {}
    values: dict[str, dt.date] = {}
    for name, (start, end) in periods.items():
        values[f"{name}_0"], values[f"{name}_1"] = start, end
        conds[name] = _between(column, f"{name}_0", f"{name}_1", stamp)
    return conds, values


def _span(periods: Periods) -> dict[str, dt.date]:
    return {"first": min(s for s, _ in periods.values()), "last": max(e for _, e in periods.values())}


def _one(session: Session, sql: str, values: dict[str, Any]) -> Row:
    return dict(session.execute(sa.text(sql), values).one()._mapping)


def sales(session: Session, project_id: int, periods: Periods) -> Row:
    """Per period: subscriptions and contracts — count, area, value."""
    sub, v1 = _filters(periods, "s.subscribed_at", stamp=True)
    con, v2 = _filters(periods, "s.signed_on")
    cols = []
    for name in periods:
        for kind, cond in (("sub", sub[name]), ("con", con[name])):
            cols += [f"count(*) FILTER (WHERE {cond}) AS {kind}_n_{name}",
                     f"coalesce(sum(s.area) FILTER (WHERE {cond}), 0) AS {kind}_area_{name}",
                     f"coalesce(sum(s.deal_total) FILTER (WHERE {cond}), 0) AS {kind}_value_{name}"]
    return _one(session, f"""
        SELECT {', '.join(cols)} FROM estatedesk.report_sales s
        WHERE s.project_id = :p AND ({_between("s.subscribed_at", "first", "last", True)}
                                     OR s.signed_on BETWEEN :first AND :last)""",
                {**v1, **v2, **_span(periods), "p": project_id})


def visitors(session: Session, periods: Periods) -> Row:
    cond, values = _filters(periods, "v.visited_at", stamp=True)
    cols = [f"count(DISTINCT v.customer_id) FILTER (WHERE {cond[n]}) AS visitors_{n}"
            for n in periods]
    return _one(session, f"""
        SELECT {', '.join(cols)} FROM estatedesk.report_visits v
        WHERE v.visit_type <> 'call' AND {_between("v.visited_at", "first", "last", True)}""",
                {**values, **_span(periods)})


def queued(session: Session, project_id: int, periods: Periods) -> Row:
    cond, values = _filters(periods, "q.created_at", stamp=True)
    cols = [f"count(*) FILTER (WHERE {cond[n]}) AS queued_{n}" for n in periods]
    return _one(session, f"""
        SELECT {', '.join(cols)} FROM estatedesk.report_queue q
        WHERE q.project_id = :p AND {_between("q.created_at", "first", "last", True)}""",
                {**values, **_span(periods), "p": project_id})


def collections(session: Session, project_id: int, periods: Periods) -> Row:
    """Per period: received (payments less voids)."""
    cond, values = _filters(periods, "p.paid_on")
    cols = [f"coalesce(sum(p.amount) FILTER (WHERE {cond[n]}), 0) AS received_{n}"
            for n in periods]
    return _one(session, f"""
        SELECT {', '.join(cols)} FROM estatedesk.report_payments p
        WHERE p.project_id = :p AND p.entry <> 'refund'
          AND p.paid_on BETWEEN :first AND :last""",
                {**values, **_span(periods), "p": project_id})


def sell_through(session: Session, project_id: int) -> list[Row]:
    """Per building: units, sold and unsold stock (count, area, value), as the
    sell-through report counts them without a period."""
    rows = session.execute(sa.text("""
        SELECT u.building_id, min(u.building_name) AS building, count(*)::int AS units,
               count(*) FILTER (WHERE u.state = 'sold')::int AS sold,
               count(*) FILTER (WHERE u.state NOT IN ('sold', 'not_released'))::int AS unsold,
               coalesce(sum(u.area) FILTER (WHERE u.state = 'sold'), 0) AS sold_area,
               coalesce(sum(u.area) FILTER (WHERE u.state NOT IN ('sold', 'not_released')), 0)
                   AS unsold_area,
               coalesce(sum(u.sold_value) FILTER (WHERE u.state = 'sold'), 0) AS sold_value
        FROM estatedesk.report_units u WHERE u.project_id = :p
        GROUP BY u.building_id ORDER BY min(u.building_order), min(u.building_name)"""),
        {"p": project_id})
    return [dict(r._mapping) for r in rows]


def trend(session: Session, project_id: int, grain: str, first: dt.date,
          last: dt.date) -> list[Row]:
    """Per period (day, week or month) from `first` to `last`: subscriptions, contracts
    (count and value) and money received."""
    rows = session.execute(sa.text("""
        WITH events AS (
            SELECT date_trunc(:g, s.subscribed_on)::date AS period, 1 AS sub_n,
                   s.deal_total AS sub_value, 0 AS con_n, 0::numeric AS con_value,
                   0::numeric AS received
            FROM estatedesk.report_sales s
            WHERE s.project_id = :p AND s.subscribed_at >= CAST(:first AS date)::timestamptz
              AND s.subscribed_at < (CAST(:last AS date) + 1)::timestamptz
            UNION ALL
            SELECT date_trunc(:g, s.signed_on)::date, 0, 0, 1, s.deal_total, 0
            FROM estatedesk.report_sales s
            WHERE s.project_id = :p AND s.signed_on BETWEEN :first AND :last
            UNION ALL
            SELECT date_trunc(:g, p.paid_on)::date, 0, 0, 0, 0, p.amount
            FROM estatedesk.report_payments p
            WHERE p.project_id = :p AND p.entry <> 'refund'
              AND p.paid_on BETWEEN :first AND :last)
        SELECT period, sum(sub_n)::int AS subscriptions, sum(sub_value) AS subscription_value,
               sum(con_n)::int AS contracts, sum(con_value) AS contract_value,
               sum(received) AS received
        FROM events GROUP BY period ORDER BY period"""),
        {"p": project_id, "g": grain, "first": first, "last": last})
    return [dict(r._mapping) for r in rows]


def top_staff(session: Session, project_id: int, first: dt.date, last: dt.date,
              limit: int) -> list[Row]:
    """The salespeople with the highest contract value signed in the period."""
    rows = session.execute(sa.text("""
        SELECT s.staff_id, min(s.staff_name) AS name, count(*)::int AS contracts,
               sum(s.area) AS area, sum(s.deal_total) AS value
        FROM estatedesk.report_sales s
        WHERE s.project_id = :p AND s.signed_on BETWEEN :first AND :last
        GROUP BY s.staff_id ORDER BY sum(s.deal_total) DESC, min(s.staff_name) LIMIT :n"""),
        {"p": project_id, "first": first, "last": last, "n": limit})
    return [dict(r._mapping) for r in rows]
