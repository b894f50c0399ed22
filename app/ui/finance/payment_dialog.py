"""收款: money in against a deal — what for (定金, 首付, 房款, 按揭放款, 维修基金, 代收费用), the
schedule line it pays (preselected: the first line with money outstanding that fits), the
amount (the line's outstanding by default, in 大写 as it is typed), how it was paid, a
reference and the date. The database issues the receipt from the cashier's book in the
same transaction, or refuses: more than the line has left, a dead deal, a closed day, no
book — shown at the field it concerns or in the banner; nothing is saved then."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.deals.sale_form import money_edit, money_input_text, money_text, parse_amount
from app.ui.deals.task_dialog import date_edit
from app.ui.finance import labels
from app.ui.finance.dialog_base import FinanceDialog

ZERO = Decimal("0.00")
BACKDATE_DAYS = 366          # the database takes payments dated within the last year


def record(engine: Any, payment: Any) -> Any:
    """Record the payment, then read its receipt back (number, payer…)."""
    from app.services import finance

    return finance.receipt(engine, finance.record_payment(engine, payment))


def deposit_left(ledger: Any) -> Decimal:
    """What is left of the agreed deposit before a contract exists (no schedule yet)."""
    paid = sum((e.amount for e in ledger.entries
                if e.entry in ("payment", "void") and e.kind == "deposit"), ZERO)
    return max((ledger.deposit or ZERO) - paid, ZERO)


class PaymentDialog(FinanceDialog):
    FIELDS = {"overpayment": "amount", "line_kind": "line", "line_required": "line",
              "line_not_found": "line", "paid_on_range": "paid_on",
              "payments_reference_length": "reference"}

    def __init__(self, context: Any, ledger: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("payment_dialog")
        self.setWindowTitle(self.tr("Take a payment"))
        self.ledger = ledger
        self.changed_deals = [ledger.deal_id]
        self.headline.setText(self.tr("{unit} · {customer} — deal total {total}").format(
            unit=ledger.unit_code, customer=ledger.customer_name,
            total=money_text(ledger.deal_total)))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code, name in labels.choices(labels.KINDS, labels.PAYABLE_KINDS):
            self.kind.addItem(name, code)
        self.line = QComboBox()
        self.line.setObjectName("line")
        self.amount = money_edit(self.tr("yuan"))
        self.amount.setObjectName("amount")
        self.capital = QLabel()
        self.capital.setObjectName("capital")
        self.capital.setProperty("muted", True)
        self.capital.setWordWrap(True)
        amount_box = QWidget()
        column = QVBoxLayout(amount_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(self.amount)
        column.addWidget(self.capital)
        self.method = QComboBox()
        self.method.setObjectName("method")
        for code, name in labels.choices(labels.METHODS):
            self.method.addItem(name, code)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("Bank slip, card voucher or cheque number"))
        today = QDate.currentDate()
        self.paid_on = date_edit(dt.date.today())
        self.paid_on.setObjectName("paid_on")
        self.paid_on.setDateRange(today.addDays(-BACKDATE_DAYS), today)
        self.add_row("kind", self.tr("For"), self.kind)
        self.add_row("line", self.tr("Schedule line"), self.line)
        self.add_row("amount", self.tr("Amount"), amount_box, self.amount)
        self.add_row("method", self.tr("Paid by"), self.method)
        self.add_row("reference", self.tr("Reference"), self.reference)
        self.add_row("paid_on", self.tr("Paid on"), self.paid_on)
        self.ok_button().setText(self.tr("Take payment"))
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.line.currentIndexChanged.connect(self._on_line)
        self.amount.textChanged.connect(self._show_capital)
        self.kind.setCurrentIndex(max(self.kind.findData(self._default_kind()), 0))
        self._on_kind()

    # --- what the form proposes -------------------------------------------------------------

    def _default_kind(self) -> str:
        line = next((ln for ln in self.ledger.lines if ln.outstanding > 0), None)
        return labels.kind_of_line(line.kind) if line is not None else "deposit"

    def _on_kind(self) -> None:
        kind = self.kind.currentData()
        self.line.blockSignals(True)
        self.line.clear()
        self.line.addItem(self.tr("— none —"), None)
        model = self.line.model()
        for line in self.ledger.lines:
            text = self.tr("{no}. {kind}, due {due}, {left} outstanding").format(
                no=line.line_no, kind=labels.line_kind_name(line.kind),
                due=line.due_date.isoformat(), left=money_text(line.outstanding))
            self.line.addItem(text, line.line_no)
            if isinstance(model, QStandardItemModel):
                model.item(self.line.count() - 1).setEnabled(
                    line.outstanding > 0 and labels.line_fits(kind, line.kind))
        chosen = labels.first_open_line(self.ledger.lines, kind)
        self.line.setCurrentIndex(self.line.findData(chosen.line_no) if chosen else 0)
        self.line.setEnabled(kind not in labels.STANDALONE_KINDS and bool(self.ledger.lines))
        self.line.blockSignals(False)
        self._on_line()

    def _on_line(self) -> None:
        line = self.chosen_line()
        kind = self.kind.currentData()
        if line is not None:
            self.amount.setText(money_input_text(line.outstanding))
        elif kind == "deposit" and not self.ledger.lines:
            self.amount.setText(money_input_text(deposit_left(self.ledger)) or "")
        else:
            self.amount.clear()
        self._show_capital()

    def chosen_line(self) -> Any | None:
        number = self.line.currentData()
        return next((ln for ln in self.ledger.lines if ln.line_no == number), None)

    def _show_capital(self) -> None:
        from app.domain.customer_rules import parse_money
        from app.domain.errors import ValidationError
        from app.domain.money import to_capital

        try:
            value = parse_money(self.amount.text(), "amount")
        except ValidationError:
            value = None
        self.capital.setText(to_capital(value) if value else "")

    # --- saving -----------------------------------------------------------------------------

    def submit(self) -> tuple:
        from app.services.finance import PaymentInput

        amount = parse_amount(self.amount, "amount", required_text=self.tr("Enter the amount."))
        kind = self.kind.currentData()
        line = None if kind in labels.STANDALONE_KINDS else self.line.currentData()
        payment = PaymentInput(self.ledger.deal_id, kind, amount, self.method.currentData(),
                               self.paid_on.date().toPython(), line,
                               self.reference.text().strip() or None)
        engine = self.engine
        return (lambda: record(engine, payment)), self.done_and_close
