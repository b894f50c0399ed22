"""Printing the cashier's papers: a receipt (收据) as it is handed over or reprinted, a day's
receipts as one batch, and a payment reminder (催款函) for a deal with overdue lines.

Every print is counted by the database (finance.mark_printed) BEFORE the PDF is drawn: the
first print of a receipt is the original, every later one says 副本 COPY. Counting first
means a print that fails or is cancelled still counts, so a receipt may come out as a copy
without an original on paper — never as a second original."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries import finance as finance_queries
from app.db.queries import receipt_docs
from app.exports.receipt_pdf import (
    DEFAULT_LAYOUT,
    Cancelled,
    Progress,
    ReceiptDoc,
    ReceiptLayout,
    write_receipts,
)
from app.exports.reminder_pdf import NothingOverdue, ReminderLetter, write_reminder
from app.services import finance, transactions
from app.services.errors import ErrorKind, UserError
from app.services.messages import tr_noop

Target = str | Path | BinaryIO


def _no_receipt() -> UserError:
    return UserError(ErrorKind.RULE, tr_noop("The receipt does not exist."),
                     key="receipt_not_found")


def print_receipt(engine: sa.Engine, receipt_id: int, target: Target,
                  layout: ReceiptLayout = DEFAULT_LAYOUT) -> bool:
    """Counts the print and writes the receipt; True when it printed as a copy (副本).
    A voided receipt prints with 作废; a number voided unused has nothing to print."""
    number = finance.mark_printed(engine, receipt_id)
    if number is None:            # no such receipt, or a number never issued
        raise _no_receipt()
    copy = number >= 2
    write_receipts([ReceiptDoc.from_row(finance.receipt(engine, receipt_id), copy)], target,
                   layout)
    return copy


def print_day(engine: sa.Engine, project_id: int, day: dt.date, target: Target,
              layout: ReceiptLayout = DEFAULT_LAYOUT, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> int:
    """All receipts the project issued on `day`, in book and number order, as one PDF:
    originals for those never printed, copies for the others, 作废 on voided ones. Returns
    the pages written: 0 (and no file) when the day has none or `cancelled()` turned True.
    `progress(done, total)` counts two steps a receipt: counted as printed, then drawn."""
    rows = [r for r in finance.receipts_of_day(engine, project_id, day)
            if r.payment_id is not None]
    total = 2 * len(rows)
    docs: list[ReceiptDoc] = []
    for row in rows:
        if cancelled is not None and cancelled():
            return 0
        number = finance.mark_printed(engine, row.id)
        docs.append(ReceiptDoc.from_row(row, copy=number is not None and number >= 2))
        if progress is not None:
            progress(len(docs), total)
    if not docs:
        return 0

    def drawn(done: int, _: int) -> None:
        if progress is not None:
            progress(len(docs) + done, total)

    return write_receipts(docs, target, layout, drawn, cancelled)


def _letter_facts(session: Session, deal_id: int
                  ) -> tuple[receipt_docs.LetterHead, finance_queries.DealLedger]:
    head = receipt_docs.letter_head(session, deal_id)
    if head is None:
        raise UserError(ErrorKind.RULE, tr_noop("The deal does not exist."),
                        key="deal_not_found")
    return head, finance_queries.ledger(session, deal_id)


def reminder_letter(engine: sa.Engine, deal_id: int, *, contact_phone: str = "",
                    pay_within_days: int = 7) -> ReminderLetter | None:
    """The 催款函 of a contracted deal as of the database's today, signed by the project's
    developer, with the caller as the finance contact; None when nothing is overdue."""
    head, ledger = transactions.run(engine, lambda s: _letter_facts(s, deal_id))
    if head.stage != "contracted":
        return None
    contact = "　".join(part for part in (
        f"{head.project_name}财务部", head.writer_name or "",
        f"电话：{contact_phone}" if contact_phone else "",
        f"地址：{head.project_address}" if head.project_address else "") if part)
    try:
        return ReminderLetter.from_ledger(
            ledger, project_name=head.project_name, developer=head.developer,
            contract_number=head.contract_no or "", contact=contact, today=head.today,
            buyer_names=head.buyer_names, pay_within_days=pay_within_days)
    except NothingOverdue:
        return None


def write_reminder_letter(engine: sa.Engine, deal_id: int, target: Target, *,
                          contact_phone: str = "", pay_within_days: int = 7
                          ) -> ReminderLetter | None:
    """Writes the deal's 催款函 and returns it; None, and no file, when nothing is overdue."""
    letter = reminder_letter(engine, deal_id, contact_phone=contact_phone,
                             pay_within_days=pay_within_days)
    if letter is not None:
        write_reminder(letter, target)
    return letter
