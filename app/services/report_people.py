"""Reports on people as Report tables: the visit list, queue numbers, the funnel per
salesperson and per channel (来访 → 排号 → 认购 → 签约), channel cost against result, the
customer profile, staff performance and the audit of sensitive actions. Definitions are in
app/db/queries/report_people.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.db.queries import report_people as q
from app.db.queries.reports import ReportFilter, names
from app.domain.errors import tr_noop
from app.services.report_model import Column, Report, build, col, per, ratio

CUSTOMER = col("customer", tr_noop("Customer"), "text")
SALESPERSON = col("salesperson", tr_noop("Salesperson"), "text")
CHANNEL = col("channel", tr_noop("Channel"), "text")

VISITS = (
    col("visited_at", tr_noop("Visited at"), "datetime"),
    col("visit_type", tr_noop("Type"), "text", codes="visit_type"),
    CUSTOMER, SALESPERSON, CHANNEL,
    col("party_size", tr_noop("Party size"), "int"),
    col("first_visit", tr_noop("First visit (1 = yes)"), "int"),
)


def visit_list(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Every visit and call of the period (the first-visit column adds up to the new
    visitors)."""
    return build(key, title, f, VISITS, q.visit_list(session, f))


QUEUE = (
    col("issued_on", tr_noop("Issued on"), "date"),
    col("number", tr_noop("Queue number"), "int", total=None),
    CUSTOMER, SALESPERSON,
    col("intention_fee", tr_noop("Intention fee"), "money"),
    col("status", tr_noop("Status"), "text", codes="ticket_status"),
)


def queue_list(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Queue numbers (排号) issued in the period, whatever became of them."""
    return build(key, title, f, QUEUE, q.queue_list(session, f))


def _by_key(session: Session, rows: list[dict[str, Any]], table: str,
            label: str) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Rows of a per-salesperson or per-channel query with their names (-1: none), sorted,
    and the totals row (-2) apart."""
    totals = next((r for r in rows if r["key"] == -2), None)
    rows = [r for r in rows if r["key"] != -2]
    found = names(session, table, {r["key"] for r in rows if r["key"] >= 0})
    named = [{**r, label: found.get(r["key"])} for r in rows]
    named.sort(key=lambda r: (r[label] is None, r[label] or ""))
    return named, totals


def _funnel_columns(first: Column) -> tuple[Column, ...]:
    return (
        first,
        col("visits", tr_noop("Visits"), "int"),
        col("calls", tr_noop("Calls"), "int"),
        col("visitors", tr_noop("Visitors"), "int"),
        col("new_visitors", tr_noop("New visitors"), "int"),
        col("queued", tr_noop("Queue numbers"), "int"),
        col("subscriptions", tr_noop("Subscriptions"), "int"),
        col("contracts", tr_noop("Contracts"), "int"),
        col("contract_value", tr_noop("Contract value"), "money"),
        col("queue_rate", tr_noop("Visitor → queue"), "percent",
            derive=lambda r: ratio(r.get("queued"), r.get("visitors"))),
        col("subscription_rate", tr_noop("Visitor → subscription"), "percent",
            derive=lambda r: ratio(r.get("subscriptions"), r.get("visitors"))),
        col("contract_rate", tr_noop("Subscription → contract"), "percent",
            derive=lambda r: ratio(r.get("contracts"), r.get("subscriptions"))),
        col("conversion", tr_noop("Visitor → contract"), "percent",
            derive=lambda r: ratio(r.get("contracts"), r.get("visitors"))),
    )


def funnel(session: Session, f: ReportFilter, key: str, title: str, by: str) -> Report:
    """The funnel per salesperson (who received the visit, issued the number, made the
    deal) or per channel (the customer's): visits (来访) and calls (来电), visitors (distinct
    customers who visited; in the totals each counted once), new visitors (first visit
    ever), queue numbers, subscriptions and contracts of the period, with the step rates.
    Each stage counts its own events of the period — not a cohort — so a rate can pass
    100% (e.g. contracts of customers who visited before the period)."""
    first = SALESPERSON if by == "staff" else CHANNEL
    rows, totals = _by_key(session, q.funnel(session, f, by),
                           "staff" if by == "staff" else "channels", first.key)
    return build(key, title, f, _funnel_columns(first), rows, totals)


ROI = (
    CHANNEL,
    col("campaigns", tr_noop("Campaigns"), "int"),
    col("cost", tr_noop("Cost"), "money"),
    col("visitors", tr_noop("Visitors"), "int"),
    col("cost_per_visitor", tr_noop("Cost per visitor"), "money",
        derive=lambda r: per(r.get("cost"), r.get("visitors"))),
    col("subscriptions", tr_noop("Subscriptions"), "int"),
    col("cost_per_subscription", tr_noop("Cost per subscription"), "money",
        derive=lambda r: per(r.get("cost"), r.get("subscriptions"))),
    col("contracts", tr_noop("Contracts"), "int"),
    col("contract_value", tr_noop("Contract value"), "money"),
    col("cost_per_contract", tr_noop("Cost per contract"), "money",
        derive=lambda r: per(r.get("cost"), r.get("contracts"))),
    col("cost_rate", tr_noop("Cost ÷ contract value"), "percent",
        derive=lambda r: ratio(r.get("cost"), r.get("contract_value"))),
)


def channel_roi(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Per channel: the cost of the campaigns that start in the period (a campaign counts
    whole in the period of its first day) against the channel's visitors, subscriptions and
    contracts of the period — cost per visitor, per subscription, per contract, and cost as
    a share of contract value (营销费率)."""
    rows, totals = _by_key(session, q.channel_roi(session, f), "channels", "channel")
    return build(key, title, f, ROI, rows, totals)


PROFILE_FIRST = {
    "age": col("value", tr_noop("Age band"), "text", codes="age_band"),
    "district": col("value", tr_noop("District"), "text"),
    "occupation": col("value", tr_noop("Occupation"), "text"),
    "grade": col("value", tr_noop("Grade (intent)"), "text"),
    "purpose": col("value", tr_noop("Purpose"), "text", codes="purpose"),
}
AGE_ORDER = ("under_25", "25_34", "35_44", "45_54", "55_plus", "unknown")


def profile(session: Session, f: ReportFilter, key: str, title: str, by: str) -> Report:
    """Customers registered in the period (all without one) by age band (age today, from
    the birthday), district, occupation, grade (A–D: intent) or purpose, with their share,
    and the buyers among them (a live subscription or contract in the project) with theirs."""
    rows = q.profile(session, f, by)
    if by == "age":
        rows.sort(key=lambda r: AGE_ORDER.index(r["value"]))
    customers = sum(r["customers"] for r in rows)
    buyers = sum(r["buyers"] for r in rows)
    columns = (
        PROFILE_FIRST[by],
        col("customers", tr_noop("Customers"), "int"),
        col("share", tr_noop("Share of customers"), "percent",
            derive=lambda r: ratio(r.get("customers"), customers)),
        col("buyers", tr_noop("Buyers"), "int"),
        col("buyer_share", tr_noop("Share of buyers"), "percent",
            derive=lambda r: ratio(r.get("buyers"), buyers)),
        col("conversion", tr_noop("Customers who bought"), "percent",
            derive=lambda r: ratio(r.get("buyers"), r.get("customers"))),
    )
    return build(key, title, f, columns, rows)


def _on_time_rate(r: Mapping[str, Any]) -> Any:
    return ratio(r.get("on_time"), (r.get("on_time") or 0) + (r.get("late") or 0))


STAFF = (
    SALESPERSON,
    col("handled", tr_noop("Visits and calls handled"), "int"),
    col("visitors", tr_noop("Visitors"), "int"),
    col("followups", tr_noop("Follow-ups"), "int"),
    col("on_time", tr_noop("Follow-ups on time"), "int"),
    col("late", tr_noop("Follow-ups late"), "int"),
    col("on_time_rate", tr_noop("On time"), "percent", derive=_on_time_rate),
    col("subscriptions", tr_noop("Subscriptions"), "int"),
    col("contracts", tr_noop("Contracts"), "int"),
    col("contract_value", tr_noop("Contract value"), "money"),
    col("conversion", tr_noop("Visitor → contract"), "percent",
        derive=lambda r: ratio(r.get("contracts"), r.get("visitors"))),
    col("complaints", tr_noop("Complaints (none recorded until after-sales service exists)"),
        "int"),
)


def staff_performance(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Per salesperson, for the period: visits and calls they received, distinct visitors,
    follow-ups recorded — on time when recorded on or before the next-contact date the
    customer's previous follow-up set, late when after it (a follow-up with no such date is
    neither) — subscriptions, contracts and contract value, conversion (contracts ÷
    visitors). Complaints are 0 until the after-sales service issue records them."""
    rows, totals = _by_key(session, q.staff_performance(session, f), "staff", "salesperson")
    for row in rows:
        row["complaints"] = 0
    if totals is not None:
        totals = {**totals, "complaints": 0}
    return build(key, title, f, STAFF, rows, totals)


AUDIT = (
    col("at", tr_noop("When"), "datetime"),
    col("staff_name", tr_noop("Who"), "text"),
    col("login", tr_noop("Login"), "text"),
    col("action", tr_noop("Action"), "text", codes="sensitive_action"),
    col("kind", tr_noop("Kind"), "text", codes="change_kind"),
    col("subject", tr_noop("About"), "text"),
    col("outcome", tr_noop("Outcome"), "text", codes="outcome"),
    col("note", tr_noop("Reason or note"), "text"),
    col("amount", tr_noop("Amount"), "money", total=None),
    col("rows", tr_noop("Rows exported"), "int"),
)


def sensitive_actions(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Discount approvals and rejections, change decisions (退房, 换房, …), price plan
    decisions, receipt voids, refunds and exports of the period, from the audit log."""
    return build(key, title, f, AUDIT, q.sensitive_actions(session, f))
