"""作废: a receipt issued in error is voided with a reason — its number stays used (numbers
are gapless), the money is reversed by a negative entry on the day it is voided. The
database refuses a receipt voided already and a closed day; the refusal shows here."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.deals.sale_form import local_refusal, money_text
from app.ui.finance import labels
from app.ui.finance.dialog_base import FinanceDialog


class VoidDialog(FinanceDialog):
    FIELDS = {"reason_missing": "reason", "receipts_void_reason_length": "reason"}

    def __init__(self, context: Any, receipt_id: int, receipt_no: str, amount: Decimal | None,
                 kind: str | None, deal_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("void_dialog")
        self.setWindowTitle(self.tr("Void receipt"))
        self.receipt_id = receipt_id
        self.changed_deals = [deal_id] if deal_id else None
        self.headline.setText(self.tr("Void receipt {no}: {kind} {amount}?").format(
            no=receipt_no, kind=labels.kind_name(kind), amount=money_text(amount)))
        note = QLabel(self.tr("The number stays used and the money is reversed today. "
                              "This cannot be undone."))
        note.setWordWrap(True)
        note.setProperty("muted", True)
        self.form.addRow(note)
        self.reason = self.add_text("reason", self.tr("Reason"),
                                    self.tr("Required: why, e.g. wrong amount written"))
        self.ok_button().setText(self.tr("Void receipt"))

    def submit(self) -> tuple:
        from app.services import finance

        reason = self.reason.toPlainText().strip()
        if not reason:
            raise local_refusal("reason", self.tr("Write why the receipt is voided."))
        engine, receipt_id = self.engine, self.receipt_id
        return (lambda: finance.void_receipt(engine, receipt_id, reason)), self.done_and_close
