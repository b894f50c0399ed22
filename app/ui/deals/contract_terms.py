"""The payment terms that shape a contract's schedule, by payment method: the loan amounts
of a mortgage (商业贷款 / 公积金贷款 / both), the plan of an instalment sale (how many, how
often, the first when), and the minimum down payment ratio. Full payment needs none."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from app.domain.payment_plans import InstalmentPlan, LoanAmounts
from app.ui.customers.field_errors import FieldErrors, with_error_label
from app.ui.deals.sale_form import money_edit, money_input_text, parse_amount

WAN = Decimal(10000)


class ContractTerms(QWidget):
    """Signals:
        changed(): a term changed (the schedule is generated again).
    """

    changed = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = "full"
        self.commercial = money_edit(self.tr("yuan"))
        self.commercial.setObjectName("commercial_loan")
        self.provident = money_edit(self.tr("yuan"))
        self.provident.setObjectName("provident_loan")
        self.ratio = QDoubleSpinBox()
        self.ratio.setObjectName("down_payment_ratio")
        self.ratio.setRange(0, 100)
        self.ratio.setDecimals(0)
        self.ratio.setSuffix(" %")
        self.ratio.setValue(30)
        self.count = QSpinBox()
        self.count.setObjectName("instalment_count")
        self.count.setRange(1, 60)
        self.count.setValue(3)
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        self.interval.setSuffix(self.tr(" month(s)"))
        self.first_after = QSpinBox()
        self.first_after.setRange(0, 24)
        self.first_after.setValue(1)
        self.first_after.setSuffix(self.tr(" month(s) after signing"))
        for widget in (self.commercial, self.provident):
            widget.setMaximumWidth(220)
        for widget in (self.ratio, self.count, self.interval, self.first_after):
            widget.setMaximumWidth(220)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(6)
        self._rows: dict[str, QWidget] = {}
        for name, caption, widget in (
                ("commercial_loan", self.tr("Commercial loan"), self.commercial),
                ("provident_loan", self.tr("Provident fund loan"), self.provident),
                ("down_payment_ratio", self.tr("Minimum down payment"), self.ratio),
                ("instalment_plan", self.tr("Instalments"), self.count),
                ("interval", self.tr("Every"), self.interval),
                ("first_after", self.tr("First"), self.first_after)):
            box, line = with_error_label(widget)
            self.form.addRow(caption, box)
            errors.add(name, widget, line)
            self._rows[name] = box
        errors.add("loan_amounts", self.commercial, self._error_line("commercial_loan"))
        for edit in (self.commercial, self.provident):
            edit.textChanged.connect(lambda _t: self.changed.emit())
        for spin in (self.ratio, self.count, self.interval, self.first_after):
            spin.valueChanged.connect(lambda _v: self.changed.emit())

    def _error_line(self, name: str):  # noqa: ANN202 — the row's error QLabel
        from PySide6.QtWidgets import QLabel

        return self._rows[name].findChild(QLabel)

    def set_method(self, method: str, deal_total: Decimal, deposit: Decimal) -> None:
        """Show the terms `method` has, with loans prefilled to the most the ratio allows."""
        self.method = method
        shown = {"commercial_loan": method in ("commercial_loan", "combined_loan"),
                 "provident_loan": method in ("provident_loan", "combined_loan"),
                 "down_payment_ratio": method != "full",
                 "instalment_plan": method == "instalments",
                 "interval": method == "instalments", "first_after": method == "instalments"}
        for name, visible in shown.items():
            self.form.setRowVisible(self._rows[name], visible)
        ceiling = deal_total - deal_total * Decimal(self.ratio.value()) / 100
        most = (ceiling / WAN).to_integral_value(ROUND_DOWN) * WAN
        self.blockSignals(True)
        if method == "combined_loan":
            provident = (most / 2 / WAN).to_integral_value(ROUND_DOWN) * WAN
            self.provident.setText(money_input_text(provident))
            self.commercial.setText(money_input_text(most - provident))
        elif method == "commercial_loan":
            self.commercial.setText(money_input_text(most))
        elif method == "provident_loan":
            self.provident.setText(money_input_text(most))
        self.blockSignals(False)

    def has_terms(self) -> bool:
        return self.method != "full"

    def down_payment_ratio(self) -> Decimal:
        return Decimal(int(self.ratio.value())) / 100

    def loans(self) -> LoanAmounts:
        """The loan amounts typed (a refusal at the field if one is not money)."""
        zero = Decimal("0.00")
        commercial = (parse_amount(self.commercial, "commercial_loan", required=False)
                      if self.method in ("commercial_loan", "combined_loan") else None)
        provident = (parse_amount(self.provident, "provident_loan", required=False)
                     if self.method in ("provident_loan", "combined_loan") else None)
        return LoanAmounts(commercial or zero, provident or zero)

    def plan(self) -> InstalmentPlan:
        return InstalmentPlan(self.count.value(), self.interval.value(), self.first_after.value())

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.commercial, self.provident)
