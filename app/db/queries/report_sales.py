"""Sales reports: the ledger of subscriptions and contracts (认购/签约), the summaries by
period, building, layout and salesperson, sell-through (去化), inventory and price history.

A subscription counts in a period when it was made in it (subscribed_on), a contract when
it was signed in it (signed_on); both only while the deal is live (report_sales), so a
cancelled or exchanged deal drops out of every figure at once. Values are agreed deal
totals; areas are gross floor areas (建筑面积)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries.reports import ReportFilter, match, params, within, within_time

Row = dict[str, Any]

SUBSCRIBED = within_time("s.subscribed_at")
SIGNED = f"(s.signed_on IS NOT NULL AND {within('s.signed_on')})"
LEDGER_ROWS = {"any": f"({SUBSCRIBED} OR {SIGNED})", "subscribed": SUBSCRIBED,
               "contracted": SIGNED}


def _rows(session: Session, sql: str, f: ReportFilter, **extra: Any) -> list[Row]:
    return [dict(r._mapping) for r in session.execute(sa.text(sql), {**params(f), **extra})]


def ledger(session: Session, f: ReportFilter, which: str = "any") -> list[Row]:
    """One row per live deal subscribed or signed in the period (`which`: any, subscribed,
    contracted); its value counts as a subscription and/or a contract of the period."""
    return _rows(session, f"""
        SELECT s.deal_id, s.unit_code, s.building_name AS building, s.layout, s.area,
               s.customer_name AS customer, s.staff_name AS salesperson,
               s.channel_name AS channel, s.state, s.subscribed_on,
               CASE WHEN {SUBSCRIBED} THEN s.deal_total END AS subscription_value,
               s.signed_on, s.contract_no,
               CASE WHEN {SIGNED} THEN s.deal_total END AS contract_value,
               s.list_total, s.deal_total, s.deal_unit_price, s.payment_method
        FROM estatedesk.report_sales s
        WHERE {match('s')} AND {LEDGER_ROWS[which]}
        ORDER BY s.subscribed_on, s.deal_id""", f)


DIMENSIONS = {   # key, label and sort key of a summary row
    "building": ("s.building_id", "s.building_name", "s.building_order"),
    "layout": ("coalesce(s.layout, '')", "coalesce(s.layout, '')", "0"),
    "staff": ("s.staff_id", "s.staff_name", "0"),
    "channel": ("coalesce(s.channel_id, -1)", "s.channel_name", "0"),
}


def summary(session: Session, f: ReportFilter, by: str) -> list[Row]:
    """Subscriptions and contracts (count, area, value) per period, building, layout,
    salesperson or channel. By period, a subscription falls in the period it was made in
    and a contract in the period it was signed in."""
    if by == "period":
        sub_key, con_key = ("date_trunc(:grain, s.subscribed_on)::date",
                            "date_trunc(:grain, s.signed_on)::date")
        label = sort = "NULL"
    else:
        key, label, sort = DIMENSIONS[by]
        sub_key = con_key = key
    return _rows(session, f"""
        WITH events AS (
            SELECT {sub_key} AS key, {label} AS label, {sort} AS sort_key,
                   1 AS subscriptions, s.area AS subscription_area,
                   s.deal_total AS subscription_value, 0 AS contracts,
                   0::numeric AS contract_area, 0::numeric AS contract_value
            FROM estatedesk.report_sales s WHERE {match('s')} AND {SUBSCRIBED}
            UNION ALL
            SELECT {con_key}, {label}, {sort}, 0, 0, 0, 1, s.area, s.deal_total
            FROM estatedesk.report_sales s WHERE {match('s')} AND {SIGNED})
        SELECT key, min(label) AS label, sum(subscriptions)::int AS subscriptions,
               sum(subscription_area) AS subscription_area,
               sum(subscription_value) AS subscription_value, sum(contracts)::int AS contracts,
               sum(contract_area) AS contract_area, sum(contract_value) AS contract_value
        FROM events GROUP BY key ORDER BY min(sort_key), min(label), key""", f)


def sell_through(session: Session, f: ReportFilter, by: str) -> list[Row]:
    """Per building or layout: all units, those not released, the unsold stock (released,
    not sold: available, held, pencilled, small deposit) and the units sold in the period
    (all sold without a period) — count, area and value (sold: the agreed total; stock: the
    list total)."""
    key, label, order = {
        "building": ("u.building_id", "min(u.building_name)", "min(u.building_order), 2"),
        "layout": ("coalesce(u.layout, '')", "coalesce(u.layout, '')", "2")}[by]
    sold = f"(u.state = 'sold' AND {within('u.sold_on')})"
    stock = "u.state NOT IN ('sold', 'not_released')"
    return _rows(session, f"""
        SELECT {key} AS key, {label} AS label, count(*)::int AS units,
               count(*) FILTER (WHERE u.state = 'not_released')::int AS not_released,
               count(*) FILTER (WHERE {stock})::int AS unsold,
               coalesce(sum(u.area) FILTER (WHERE {stock}), 0) AS unsold_area,
               coalesce(sum(u.list_total) FILTER (WHERE {stock}), 0) AS unsold_value,
               count(*) FILTER (WHERE {sold})::int AS sold,
               coalesce(sum(u.area) FILTER (WHERE {sold}), 0) AS sold_area,
               coalesce(sum(u.sold_value) FILTER (WHERE {sold}), 0) AS sold_value
        FROM estatedesk.report_units u
        WHERE {match('u', staff=None, channel=None)}
        GROUP BY {key} ORDER BY {order}""", f)


INVENTORY_STATES = ("not_released", "available", "held", "pencilled", "small_deposit")


def inventory(session: Session, f: ReportFilter) -> list[Row]:
    """The units not sold, by state: count, gross area and list value."""
    rows = {r["state"]: r for r in _rows(session, f"""
        SELECT u.state, count(*)::int AS units, coalesce(sum(u.area), 0) AS area,
               coalesce(sum(u.list_total), 0) AS list_value,
               count(*) FILTER (WHERE u.list_total IS NULL)::int AS unpriced
        FROM estatedesk.report_units u
        WHERE {match('u', staff=None, channel=None)} AND u.state <> 'sold'
        GROUP BY u.state""", f)}
    return [rows[s] for s in INVENTORY_STATES if s in rows]


def price_history(session: Session, f: ReportFilter) -> list[Row]:
    """Every list-price change applied in the period."""
    return _rows(session, f"""
        SELECT h.changed_at, h.unit_code, h.building_name AS building, h.layout, h.area,
               h.old_unit_price, h.new_unit_price, h.old_total, h.new_total,
               h.new_total - h.old_total AS change, h.plan_name, h.plan_kind,
               h.changed_by_name AS changed_by
        FROM estatedesk.report_price_history h
        WHERE {match('h', staff=None, channel=None)} AND {within_time('h.changed_at')}
        ORDER BY h.changed_at, h.building_order, h.unit_code""", f)
