"""The columns of every finance table (rows from app.db.queries.finance): titles marked for
translation in context "FinanceColumns", values that sort, texts that show."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.ui.deals import labels as deal_labels
from app.ui.finance import labels
from app.ui.finance.table import Column

OVERDUE = QColor("#c62828")
WARN = QColor("#b26a00")
PAID = QColor("#2e7d32")


def _overdue_colour(days: int) -> QColor | None:
    return OVERDUE if days > 60 else WARN if days > 0 else None


def _receipt_status(r: Any) -> str:
    if r.voided_at is None:
        return ""
    return QCoreApplication.translate("FinanceColumns", "Voided: {reason}").format(
        reason=r.void_reason or "")


def _phone(e164: str | None) -> str:
    from app.domain.errors import ValidationError
    from app.domain.phones import format_phone_display

    if not e164:
        return ""
    try:
        return format_phone_display(e164)
    except (ValueError, ValidationError):
        return e164


def _entry_document(e: Any) -> str:
    return e.receipt_no or e.document_no or ""


HITS = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Unit"), lambda h: h.unit_code, 80),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Customer"), lambda h: h.customer_name, 74),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Phone"), lambda h: h.phone, 112,
           text=lambda h: _phone(h.phone)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Contract"), lambda h: h.contract_no, 84),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Stage"), lambda h: h.stage, 64,
           text=lambda h: deal_labels.stage_name(h.stage)),
)

LINES = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "No."), lambda ln: ln.line_no, 42),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Kind"), lambda ln: ln.kind, 96,
           text=lambda ln: labels.line_kind_name(ln.kind)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Due"), lambda ln: ln.due_date, 92),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Amount"), lambda ln: ln.amount, 122),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Paid"), lambda ln: ln.paid, 122),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Outstanding"), lambda ln: ln.outstanding, 122,
           colour=lambda ln: PAID if ln.outstanding == 0 else None),
)

ENTRIES = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Date"), lambda e: e.paid_on, 90),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Entry"), lambda e: e.entry, 84,
           text=lambda e: labels.entry_name(e.entry)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "For"), lambda e: e.kind, 96,
           text=lambda e: labels.kind_name(e.kind)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Line"), lambda e: e.line_no, 40),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Amount"), lambda e: e.amount, 112),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Paid by"), lambda e: e.method, 112,
           text=lambda e: labels.method_name(e.method)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Receipt / voucher"), _entry_document, 140),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Reference"), lambda e: e.reference, 90),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Note"), lambda e: e.note, 100,
           tooltip=lambda e: e.note, plain=True),
)

RECEIPTS = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Receipt"), lambda r: r.receipt_no, 104),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Payer"), lambda r: r.payer, 96),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Unit"), lambda r: r.unit_code, 80),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "For"), lambda r: r.kind, 110,
           text=lambda r: labels.kind_name(r.kind)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Amount"), lambda r: r.amount, 116),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Paid by"), lambda r: r.method, 112,
           text=lambda r: labels.method_name(r.method)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Reference"), lambda r: r.reference, 96),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Cashier"), lambda r: r.cashier_name, 76),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Prints"), lambda r: r.print_count, 56),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Status"), lambda r: r.voided_at, 160,
           text=_receipt_status, colour=lambda r: OVERDUE if r.voided_at else None,
           tooltip=lambda r: r.void_reason, plain=True),
)

BOOKS = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Series"), lambda b: b.series, 60),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Numbers"), lambda b: (b.first_no, b.last_no),
           124, text=lambda b: f"{b.first_no}–{b.last_no}"),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Next"), lambda b: b.next_no, 60,
           text=lambda b: "" if b.next_no > b.last_no else str(b.next_no)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Left"), lambda b: b.left, 52),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Used"), lambda b: b.used, 52),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Voided"), lambda b: b.voided, 64),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Status"), lambda b: b.status, 100,
           text=lambda b: labels.book_status_name(b.status),
           colour=lambda b: PAID if b.status == "issued" else None),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Cashier"), lambda b: b.cashier_name, 90),
)

HITS_PHONE = 2          # the phone columns, hidden for executives (who may not read phones)
COLLECTION_PHONE = 2
COLLECTION_NOTES = (6, 7)   # next action, last note: read with the phones

RECEIVABLES = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Unit"), lambda r: r.unit_code, 86),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Customer"), lambda r: r.customer_name, 80),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Consultant"), lambda r: r.staff_name, 84),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Contract"), lambda r: r.contract_no, 90),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Due to date"), lambda r: r.due, 124),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Paid"), lambda r: r.paid, 124),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Outstanding"), lambda r: r.outstanding, 124),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Overdue"), lambda r: r.overdue, 124,
           colour=lambda r: _overdue_colour(r.max_days_overdue) if r.overdue else None),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Days overdue"), lambda r: r.max_days_overdue,
           100, text=lambda r: str(r.max_days_overdue) if r.max_days_overdue else "",
           colour=lambda r: _overdue_colour(r.max_days_overdue)),
)

COLLECTION = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Unit"), lambda c: c.unit_code, 86),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Customer"), lambda c: c.customer_name, 80),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Phone"), lambda c: c.phone, 118,
           text=lambda c: _phone(c.phone)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Consultant"), lambda c: c.staff_name, 84),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Overdue"), lambda c: c.overdue, 124,
           colour=lambda c: _overdue_colour(c.days_overdue)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Days"), lambda c: c.days_overdue, 50,
           colour=lambda c: _overdue_colour(c.days_overdue)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Next action"), lambda c: c.next_action_on, 96),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Last note"), lambda c: c.last_note, 240,
           tooltip=lambda c: c.last_note),
)

BANKS = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Bank"), lambda b: b.bank, 200),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Mortgage stage"), lambda b: b.stage, 120,
           text=lambda b: labels.mortgage_stage_name(b.stage)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Deals"), lambda b: b.deals, 60),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Expected"), lambda b: b.amount, 140),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Earliest due"), lambda b: b.expected_by, 110),
)


TOTAL = QT_TRANSLATE_NOOP("FinanceColumns", "Total")


@dataclass(frozen=True)
class MethodRow:
    """A line of the daily close by method; method None is the total."""

    method: str | None
    amount: Decimal


METHOD_TOTALS = (
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Paid by"), lambda m: m.method, 150,
           text=lambda m: labels.method_name(m.method) if m.method else
           QCoreApplication.translate("FinanceColumns", TOTAL)),
    Column(QT_TRANSLATE_NOOP("FinanceColumns", "Amount"), lambda m: m.amount, 150),
)
