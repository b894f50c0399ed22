"""The sales reports as Report tables: the ledger of subscriptions and contracts (认购/签约),
summaries by period, building, layout and salesperson, sell-through (去化), inventory and
price history. What counts is defined once, in app/db/queries/report_sales.py."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.db.queries import report_sales as q
from app.db.queries.reports import ReportFilter
from app.domain.errors import tr_noop
from app.services.report_model import (
    ZERO,
    Column,
    Report,
    build,
    col,
    per,
    periods_between,
    ratio,
)

UNIT = col("unit_code", tr_noop("Unit"), "text")
BUILDING = col("building", tr_noop("Building"), "text")
LAYOUT = col("layout", tr_noop("Layout"), "text")
AREA = col("area", tr_noop("Area (m²)"), "area")

LEDGER = (
    col("deal_id", tr_noop("Deal"), "int", total=None), UNIT, BUILDING, LAYOUT, AREA,
    col("customer", tr_noop("Customer"), "text"),
    col("salesperson", tr_noop("Salesperson"), "text"),
    col("channel", tr_noop("Channel"), "text"),
    col("state", tr_noop("Stage"), "text", codes="deal_state"),
    col("subscribed_on", tr_noop("Subscribed on"), "date"),
    col("subscription_value", tr_noop("Subscription value"), "money"),
    col("signed_on", tr_noop("Signed on"), "date"),
    col("contract_no", tr_noop("Contract no."), "text"),
    col("contract_value", tr_noop("Contract value"), "money"),
    col("list_total", tr_noop("List total"), "money"),
    col("deal_total", tr_noop("Deal total"), "money"),
    col("deal_unit_price", tr_noop("Deal price per m²"), "money", total=None),
    col("payment_method", tr_noop("Payment method"), "text", codes="payment_method"),
)


def ledger(session: Session, f: ReportFilter, key: str, title: str, which: str) -> Report:
    """One row per live deal subscribed and/or signed in the period. Its subscription value
    is filled when it was subscribed in the period, its contract value when it was signed in
    it: the totals of those two columns are the period's subscriptions and contracts."""
    return build(key, title, f, LEDGER, q.ledger(session, f, which))


def _sales_columns(first: Column) -> tuple[Column, ...]:
    return (
        first,
        col("subscriptions", tr_noop("Subscriptions"), "int"),
        col("subscription_area", tr_noop("Subscribed area (m²)"), "area"),
        col("subscription_value", tr_noop("Subscription value"), "money"),
        col("contracts", tr_noop("Contracts"), "int"),
        col("contract_area", tr_noop("Contracted area (m²)"), "area"),
        col("contract_value", tr_noop("Contract value"), "money"),
        col("contract_price", tr_noop("Average contract price per m²"), "money",
            derive=lambda r: per(r.get("contract_value"), r.get("contract_area"))),
    )


SUMMARY_FIRST = {
    "period": col("period", tr_noop("Period"), "date"),
    "building": BUILDING, "layout": LAYOUT,
    "staff": col("salesperson", tr_noop("Salesperson"), "text"),
    "channel": col("channel", tr_noop("Channel"), "text"),
}


def summary(session: Session, f: ReportFilter, key: str, title: str, by: str) -> Report:
    """Subscriptions and contracts (count, area, value) per period (the filter's grain;
    every period of the filter's dates shown, empty ones too), building, layout,
    salesperson or channel."""
    first = SUMMARY_FIRST[by]
    rows: list[dict[str, Any]] = [{**r, first.key: r["key"] if by == "period" else r["label"]}
                                  for r in q.summary(session, f, by)]
    if by == "period" and f.date_from and f.date_to:
        found = {r["period"]: r for r in rows}
        empty = {"subscriptions": 0, "subscription_area": ZERO, "subscription_value": ZERO,
                 "contracts": 0, "contract_area": ZERO, "contract_value": ZERO}
        rows = [found.get(p, {**empty, "period": p})
                for p in periods_between(f.date_from, f.date_to, f.grain)]
    return build(key, title, f, _sales_columns(first), rows)


def _sell_through_columns(first: Column) -> tuple[Column, ...]:
    return (
        first,
        col("units", tr_noop("Units"), "int"),
        col("not_released", tr_noop("Not released"), "int"),
        col("unsold", tr_noop("Unsold stock"), "int"),
        col("sold", tr_noop("Sold"), "int"),
        col("rate_count", tr_noop("Sell-through by count"), "percent",
            derive=lambda r: ratio(r.get("sold"), (r.get("sold") or 0) + (r.get("unsold") or 0))),
        col("sold_area", tr_noop("Sold area (m²)"), "area"),
        col("unsold_area", tr_noop("Unsold area (m²)"), "area"),
        col("rate_area", tr_noop("Sell-through by area"), "percent",
            derive=lambda r: ratio(r.get("sold_area"),
                                   (r.get("sold_area") or 0) + (r.get("unsold_area") or 0))),
        col("sold_value", tr_noop("Sold value"), "money"),
        col("unsold_value", tr_noop("Unsold value at list price"), "money"),
        col("rate_value", tr_noop("Sell-through by value"), "percent",
            derive=lambda r: ratio(r.get("sold_value"),
                                   (r.get("sold_value") or 0) + (r.get("unsold_value") or 0))),
    )


def sell_through(session: Session, f: ReportFilter, key: str, title: str, by: str) -> Report:
    """去化 per building or layout: sold ÷ (sold + unsold stock), by count, area and value.
    Sold: units in a live subscription or contract (value: the agreed total), made in the
    period if one is given; units imported as sold without a deal count when no period is
    given (value: list total). Unsold stock: released units not sold (available, held,
    pencilled, small deposit; value at list price). Not released units are outside the
    rate. Without a period, units = not released + unsold + sold."""
    first = BUILDING if by == "building" else LAYOUT
    rows = [{**r, first.key: r["label"]} for r in q.sell_through(session, f, by)]
    return build(key, title, f, _sell_through_columns(first), rows)


INVENTORY = (
    col("state", tr_noop("State"), "text", codes="unit_state"),
    col("units", tr_noop("Units"), "int"),
    col("area", tr_noop("Area (m²)"), "area"),
    col("list_value", tr_noop("Value at list price"), "money"),
    col("average_price", tr_noop("Average list price per m²"), "money",
        derive=lambda r: per(r.get("list_value"), r.get("area"))),
    col("unpriced", tr_noop("Units without a list price"), "int"),
)


def inventory(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """The remaining stock (everything not sold) by state: not released, available, held,
    pencilled and small deposit (小定, reserved on the chart but nothing agreed yet). Its
    units plus the sell-through's sold units (no period) are all the units."""
    return build(key, title, f, INVENTORY, q.inventory(session, f))


PRICES = (
    col("changed_at", tr_noop("Changed at"), "datetime"), UNIT, BUILDING, LAYOUT,
    col("area", tr_noop("Area (m²)"), "area", total=None),
    col("old_unit_price", tr_noop("Old price per m²"), "money", total=None),
    col("new_unit_price", tr_noop("New price per m²"), "money", total=None),
    col("old_total", tr_noop("Old list total"), "money"),
    col("new_total", tr_noop("New list total"), "money"),
    col("change", tr_noop("Change"), "money"),
    col("change_rate", tr_noop("Change %"), "percent",
        derive=lambda r: ratio(r.get("change"), r.get("old_total"))),
    col("plan_name", tr_noop("Price plan"), "text"),
    col("plan_kind", tr_noop("Kind"), "text", codes="plan_kind"),
    col("changed_by", tr_noop("Applied by"), "text"),
)


def price_history(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Every list-price change applied in the period (approved plans and adjustments)."""
    return build(key, title, f, PRICES, q.price_history(session, f))
