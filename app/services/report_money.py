"""The money reports as Report tables: receivables with overdue ageing, collections (回款)
by period and method, and the collection detail behind them (app/db/queries/report_money)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.queries import report_money as q
from app.db.queries.reports import ReportFilter
from app.domain.errors import tr_noop
from app.services.report_model import ZERO, Report, build, col, periods_between

RECEIVABLES = (
    col("deal_id", tr_noop("Deal"), "int", total=None),
    col("unit_code", tr_noop("Unit"), "text"),
    col("customer", tr_noop("Customer"), "text"),
    col("salesperson", tr_noop("Salesperson"), "text"),
    col("contract_no", tr_noop("Contract no."), "text"),
    col("scheduled", tr_noop("Scheduled"), "money"),
    col("paid", tr_noop("Paid"), "money"),
    col("outstanding", tr_noop("Outstanding"), "money"),
    col("overdue", tr_noop("Overdue"), "money"),
    col("overdue_1_30", tr_noop("Overdue 1–30 days"), "money"),
    col("overdue_31_60", tr_noop("Overdue 31–60 days"), "money"),
    col("overdue_61_90", tr_noop("Overdue 61–90 days"), "money"),
    col("overdue_over_90", tr_noop("Overdue over 90 days"), "money"),
    col("days_overdue", tr_noop("Days overdue (longest)"), "int", total="max"),
)


def receivables(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """应收 as of today, one row per contracted deal with money left on its schedule: what
    is scheduled, paid (payments less voids, the deposit before signing included) and left,
    what of it is overdue and since how long (each line in its own ageing bucket)."""
    return build(key, title, f, RECEIVABLES, q.receivables(session, f))


COLLECTIONS = (
    col("period", tr_noop("Period"), "date"),
    col("receipts", tr_noop("Receipts"), "int"),
    col("voids", tr_noop("Voids"), "int"),
    col("cash", tr_noop("Cash"), "money"),
    col("card", tr_noop("Card"), "money"),
    col("transfer", tr_noop("Bank transfer"), "money"),
    col("cheque", tr_noop("Cheque"), "money"),
    col("received", tr_noop("Received (less voids)"), "money"),
    col("house_money", tr_noop("Of which for units (回款)"), "money",
        derive=lambda r: (r.get("received") or ZERO) - (r.get("fees") or ZERO)),
    col("fees", tr_noop("Of which fees collected for others"), "money"),
    col("refunds", tr_noop("Refunds"), "money"),
    col("net", tr_noop("Net"), "money",
        derive=lambda r: (r.get("received") or ZERO) - (r.get("refunds") or ZERO)),
)


def collections(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Money in per period (the filter's grain) by the day it was paid, by method: payments
    less voids (a void counts on its own day against the method of the payment it reverses,
    as the daily close does), of which maintenance funds and fees collected for others;
    refunds apart; net = received − refunds."""
    rows = q.collections(session, f)
    if f.date_from and f.date_to:
        found = {r["period"]: r for r in rows}
        empty = {c.key: 0 if c.type == "int" else ZERO for c in COLLECTIONS if c.derive is None}
        rows = [found.get(p, {**empty, "period": p})
                for p in periods_between(f.date_from, f.date_to, f.grain)]
    return build(key, title, f, COLLECTIONS, rows)


DETAIL = (
    col("paid_on", tr_noop("Paid on"), "date"),
    col("document_no", tr_noop("Receipt / voucher"), "text"),
    col("entry", tr_noop("Entry"), "text", codes="money_entry"),
    col("kind", tr_noop("For"), "text", codes="payment_kind"),
    col("method", tr_noop("Method"), "text", codes="money_method"),
    col("received", tr_noop("Received"), "money"),
    col("refunded", tr_noop("Refunded"), "money"),
    col("unit_code", tr_noop("Unit"), "text"),
    col("customer", tr_noop("Customer"), "text"),
    col("salesperson", tr_noop("Salesperson"), "text"),
    col("cashier", tr_noop("Cashier"), "text"),
)


def collection_detail(session: Session, f: ReportFilter, key: str, title: str) -> Report:
    """Every money entry of the period: payments and voids (negative) under received,
    refunds under refunded — the rows behind the collections report."""
    return build(key, title, f, DETAIL, q.collection_detail(session, f))
