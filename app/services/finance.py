"""The cashier window (财务): money in against a deal with a receipt from the cashier's book,
voids, refunds after an approved cancellation, receipt books from registration to
reconciliation, the daily close, and collection notes. Each is one database function that
checks the role, the deal, the amount and the day; numbers are gapless because they are
taken in the same transaction as the money."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from app.db.queries import finance as queries
from app.services import transactions


@dataclass(frozen=True)
class PaymentInput:
    deal_id: int
    kind: str                   # deposit, down_payment, instalment, loan, maintenance_fund, fee
    amount: Decimal
    method: str                 # cash, card, transfer, cheque
    paid_on: dt.date
    line_no: int | None = None  # the schedule line (首付, 房款, 按揭放款); None for fees
    reference: str | None = None


def _scalar(engine: sa.Engine, sql: str, params: dict[str, Any]) -> Any:
    return transactions.run(engine, lambda s: s.execute(sa.text(sql), params).scalar_one())


def record_payment(engine: sa.Engine, payment: PaymentInput) -> int:
    """Records the money and issues its receipt; returns the receipt's id."""
    return _scalar(engine, """SELECT estatedesk.payment_record(:d, CAST(:l AS smallint),
                                  CAST(:k AS estatedesk.payment_kind), CAST(:a AS numeric),
                                  CAST(:m AS estatedesk.money_method), :r, :on)""",
                   {"d": payment.deal_id, "l": payment.line_no, "k": payment.kind,
                    "a": str(payment.amount), "m": payment.method, "r": payment.reference,
                    "on": payment.paid_on})


def void_receipt(engine: sa.Engine, receipt_id: int, reason: str) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.receipt_void(:r, :why)"), {"r": receipt_id, "why": reason}))


def mark_printed(engine: sa.Engine, receipt_id: int) -> int:
    """Counts a print; returns its number (2 and more print as 副本)."""
    return _scalar(engine, "SELECT estatedesk.receipt_printed(:r)", {"r": receipt_id})


def refund(engine: sa.Engine, deal_id: int, amount: Decimal, method: str,
           reference: str | None = None, note: str | None = None) -> str:
    """Pays back (part of) an approved cancellation's refund; returns the voucher number."""
    return _scalar(engine, """SELECT estatedesk.payment_refund(:d, CAST(:a AS numeric),
                                  CAST(:m AS estatedesk.money_method), :r, :n)""",
                   {"d": deal_id, "a": str(amount), "m": method, "r": reference, "n": note})


def register_book(engine: sa.Engine, project_id: int, series: str, first_no: int,
                  last_no: int) -> int:
    return _scalar(engine, "SELECT estatedesk.receipt_book_register(:p, :s, :f, :l)",
                   {"p": project_id, "s": series, "f": first_no, "l": last_no})


def issue_book(engine: sa.Engine, book_id: int, cashier_id: int) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.receipt_book_issue(:b, :c)"), {"b": book_id, "c": cashier_id}))


def return_book(engine: sa.Engine, book_id: int) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.receipt_book_return(:b)"), {"b": book_id}))


def reconcile_book(engine: sa.Engine, book_id: int, note: str | None = None) -> int:
    """核销: returns how many unused numbers were recorded voided."""
    return _scalar(engine, "SELECT estatedesk.receipt_book_reconcile(:b, :n)",
                   {"b": book_id, "n": note})


def cancel_book(engine: sa.Engine, book_id: int, note: str) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.receipt_book_cancel(:b, :n)"), {"b": book_id, "n": note}))


def close_day(engine: sa.Engine, day: dt.date) -> queries.DayTotals:
    data = _scalar(engine, "SELECT estatedesk.daily_close(:d)", {"d": day})
    return queries.DayTotals.of(day, data, closed=True)


def add_collection_note(engine: sa.Engine, deal_id: int, note: str,
                        next_action_on: dt.date | None = None) -> int:
    return _scalar(engine, "SELECT estatedesk.collection_note_add(:d, :n, :on)",
                   {"d": deal_id, "n": note, "on": next_action_on})


# --- reads ---------------------------------------------------------------------------------

def find_deals(engine: sa.Engine, project_id: int, text: str) -> list[queries.DealHit]:
    return transactions.run(engine, lambda s: queries.find_deals(s, project_id, text))


def ledger(engine: sa.Engine, deal_id: int) -> queries.DealLedger:
    return transactions.run(engine, lambda s: queries.ledger(s, deal_id))


def receipts_of_day(engine: sa.Engine, project_id: int, day: dt.date,
                    cashier_id: int | None = None) -> list[queries.ReceiptRow]:
    return transactions.run(engine, lambda s: queries.receipts(s, project_id, day, cashier_id))


def receipt(engine: sa.Engine, receipt_id: int) -> queries.ReceiptRow:
    return transactions.run(engine, lambda s: queries.receipt(s, receipt_id))


def books(engine: sa.Engine, project_id: int) -> list[queries.BookRow]:
    return transactions.run(engine, lambda s: queries.books(s, project_id))


def day_totals(engine: sa.Engine, day: dt.date, cashier_id: int | None = None) -> queries.DayTotals:
    return transactions.run(engine, lambda s: queries.day_totals(s, day, cashier_id))


def receivables(engine: sa.Engine, project_id: int) -> list[queries.ReceivableRow]:
    return transactions.run(engine, lambda s: queries.receivables(s, project_id))


def ageing(engine: sa.Engine, project_id: int) -> queries.Ageing:
    return transactions.run(engine, lambda s: queries.ageing(s, project_id))


def collection_list(engine: sa.Engine, project_id: int) -> list[queries.CollectionRow]:
    return transactions.run(engine, lambda s: queries.collection_list(s, project_id))


def expected_disbursements(engine: sa.Engine, project_id: int) -> list[queries.BankRow]:
    return transactions.run(engine, lambda s: queries.expected_disbursements(s, project_id))
