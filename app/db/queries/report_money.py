"""Money reports: receivables with overdue ageing (from receivable_lines, as the cashier
window computes them) and collections (回款) by period and method, with their detail.

Collections count money by the day it was paid (paid_on). Received is payments less voids —
a void counts on its own day, against the method of the payment it reverses, as the daily
close counts it; refunds are shown apart, never netted into what was received."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries.reports import ReportFilter, match, params, within

Row = dict[str, Any]
METHODS = ("cash", "card", "transfer", "cheque")
AGE_BUCKETS = (("overdue_1_30", 1, 30), ("overdue_31_60", 31, 60), ("overdue_61_90", 61, 90),
               ("overdue_over_90", 91, None))
FEES = "('maintenance_fund', 'fee')"


def _rows(session: Session, sql: str, f: ReportFilter) -> list[Row]:
    return [dict(r._mapping) for r in session.execute(sa.text(sql), params(f))]


def receivables(session: Session, f: ReportFilter) -> list[Row]:
    """One row per contracted deal with money still owed: the schedule, what is paid, what
    is left, what is overdue today and how long, by ageing bucket."""
    buckets = ", ".join(
        f"coalesce(sum(r.outstanding) FILTER (WHERE r.days_overdue >= {low}"
        + (f" AND r.days_overdue <= {high}" if high else "") + f"), 0) AS {name}"
        for name, low, high in AGE_BUCKETS)
    return _rows(session, f"""
        SELECT r.deal_id, r.unit_code, r.customer_name AS customer,
               r.staff_name AS salesperson, r.contract_no, sum(r.amount) AS scheduled,
               sum(r.paid) AS paid, sum(r.outstanding) AS outstanding,
               coalesce(sum(r.outstanding) FILTER (WHERE r.days_overdue > 0), 0) AS overdue,
               {buckets}, max(r.days_overdue)::int AS days_overdue
        FROM estatedesk.receivable_lines r
        JOIN estatedesk.report_sales s ON s.deal_id = r.deal_id
        WHERE {match('s')}
        GROUP BY r.deal_id, r.unit_code, r.customer_name, r.staff_name, r.contract_no
        HAVING sum(r.outstanding) <> 0
        ORDER BY max(r.days_overdue) DESC, sum(r.outstanding) DESC, r.unit_code""", f)


def collections(session: Session, f: ReportFilter) -> list[Row]:
    """Money in per period (the filter's grain) and method."""
    received = "p.entry <> 'refund'"
    methods = ", ".join(
        f"coalesce(sum(p.amount) FILTER (WHERE {received} AND p.method = '{m}'), 0) AS {m}"
        for m in METHODS)
    return _rows(session, f"""
        SELECT date_trunc(:grain, p.paid_on)::date AS period,
               count(*) FILTER (WHERE p.entry = 'payment')::int AS receipts,
               count(*) FILTER (WHERE p.entry = 'void')::int AS voids, {methods},
               coalesce(sum(p.amount) FILTER (WHERE {received}), 0) AS received,
               coalesce(sum(p.amount) FILTER (WHERE {received} AND p.kind IN {FEES}), 0)
                   AS fees,
               coalesce(-sum(p.amount) FILTER (WHERE p.entry = 'refund'), 0) AS refunds
        FROM estatedesk.report_payments p
        WHERE {match('p')} AND {within('p.paid_on')}
        GROUP BY 1 ORDER BY 1""", f)


def collection_detail(session: Session, f: ReportFilter) -> list[Row]:
    """Every money entry of the period: payments and voids under received (a void
    negative), refunds under refunded."""
    return _rows(session, f"""
        SELECT p.paid_on, p.document_no, p.entry, p.kind, p.method,
               CASE WHEN p.entry <> 'refund' THEN p.amount END AS received,
               CASE WHEN p.entry = 'refund' THEN -p.amount END AS refunded,
               p.unit_code, p.customer_name AS customer, p.staff_name AS salesperson,
               p.cashier_name AS cashier
        FROM estatedesk.report_payments p
        WHERE {match('p')} AND {within('p.paid_on')}
        ORDER BY p.paid_on, p.payment_id""", f)
