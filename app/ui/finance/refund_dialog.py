"""退款: after a cancellation (退房) was approved, the refund it agreed is paid back — in one
or more parts, never more than what is left of it. Each part gets its own voucher number
(退款单 TK-…); the dialog shows the approved refund, what was paid back already and what is
left, and proposes the rest."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.ui.deals.sale_form import money_edit, money_input_text, money_text, parse_amount
from app.ui.finance import labels
from app.ui.finance.dialog_base import FinanceDialog


class RefundDialog(FinanceDialog):
    FIELDS = {"refund_too_large": "amount", "payments_reference_length": "reference",
              "payments_note_length": "note"}

    def __init__(self, context: Any, ledger: Any, approved: Decimal, left: Decimal,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("refund_dialog")
        self.setWindowTitle(self.tr("Refund"))
        self.deal_id = ledger.deal_id
        self.changed_deals = [ledger.deal_id]
        self.headline.setText(self.tr("{unit} · {customer} — cancelled").format(
            unit=ledger.unit_code, customer=ledger.customer_name))
        self.summary = QLabel(self.tr("Approved refund {approved}; paid back {paid}; "
                                      "left {left}.").format(
            approved=money_text(approved), paid=money_text(approved - left),
            left=money_text(left)))
        self.summary.setObjectName("refund_summary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.amount = money_edit(self.tr("at most {left}").format(left=money_text(left)))
        self.amount.setObjectName("amount")
        self.amount.setText(money_input_text(left))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for code, name in labels.choices(labels.METHODS):
            self.method.addItem(name, code)
        self.method.setCurrentIndex(self.method.findData("transfer"))
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("Bank slip or cheque number"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(200)
        self.add_row("amount", self.tr("Amount"), self.amount)
        self.add_row("method", self.tr("Paid by"), self.method)
        self.add_row("reference", self.tr("Reference"), self.reference)
        self.add_row("note", self.tr("Note"), self.note)
        self.ok_button().setText(self.tr("Pay refund"))

    def submit(self) -> tuple:
        from app.services import finance

        amount = parse_amount(self.amount, "amount", required_text=self.tr("Enter the amount."))
        engine, deal_id = self.engine, self.deal_id
        method = self.method.currentData()
        reference = self.reference.text().strip() or None
        note = self.note.text().strip() or None
        return (lambda: finance.refund(engine, deal_id, amount, method, reference, note),
                self.done_and_close)
