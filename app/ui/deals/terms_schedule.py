"""The new payment schedule of a contracted deal whose price or payment method changes:
generated from the payment method's template (app.domain.payment_plans) for the new deal
total, from the signing date, the deposit counted as paid; a mortgage asks for its loan
amounts (prefilled from the current schedule). Shown line by line before it is requested."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.money import format_yuan
from app.domain.payment_plans import LoanAmounts, ScheduleLine, generate_schedule
from app.ui.deals import labels
from app.ui.deals.sale_form import local_refusal, money_edit, money_input_text, parse_amount

LOANS = {"commercial_loan": ("commercial",), "provident_loan": ("provident",),
         "combined_loan": ("commercial", "provident")}


class TermsSchedule(QWidget):
    def __init__(self, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terms_schedule")
        self.deal = detail.deal
        self.total: Decimal | None = None
        self.method = self.deal.payment_method
        current = {s.kind: s.amount for s in detail.schedule}
        self.commercial = money_edit()
        self.commercial.setObjectName("commercial_loan")
        self.commercial.setText(money_input_text(current.get("commercial_loan")))
        self.provident = money_edit()
        self.provident.setObjectName("provident_loan")
        self.provident.setText(money_input_text(current.get("provident_loan")))
        self.loans = QFormLayout()
        self.loans.setContentsMargins(0, 0, 0, 0)
        self.loans.addRow(self.tr("Commercial loan (¥)"), self.commercial)
        self.loans.addRow(self.tr("Provident fund loan (¥)"), self.provident)
        self.preview = QLabel()
        self.preview.setObjectName("schedule_preview")
        self.preview.setProperty("muted", True)
        self.preview.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.loans)
        column.addWidget(self.preview)
        for edit in (self.commercial, self.provident):
            edit.textChanged.connect(self._refresh)
        self._show_loans()
        self._refresh()

    def set_quote(self, quote: Any) -> None:
        self.total = quote.deal_total if quote is not None else None
        self._refresh()

    def set_method(self, method: str) -> None:
        self.method = method
        self._show_loans()
        self._refresh()

    def lines(self) -> list[ScheduleLine]:
        """The schedule to request, or a refusal at the schedule field."""
        from app.domain.errors import ValidationError
        from app.services.errors import from_validation

        if self.total is None:
            raise local_refusal("schedule", self.tr("The new price is not known yet."))
        wanted = LOANS.get(self.method, ())
        amounts = {name: (parse_amount(edit, "schedule", required=False) or Decimal(0)
                          if name in wanted else Decimal(0))
                   for name, edit in (("commercial", self.commercial),
                                      ("provident", self.provident))}
        try:
            return generate_schedule(self.method, self.total, self.deal.signed_on,
                                     self.deal.deposit, loan_amounts=LoanAmounts(**amounts))
        except ValidationError as error:
            refusal = from_validation(error)
            raise replace(refusal, key=f"schedule:{error.code}") from error

    def _show_loans(self) -> None:
        wanted = LOANS.get(self.method, ())
        self.loans.setRowVisible(self.commercial, "commercial" in wanted)
        self.loans.setRowVisible(self.provident, "provident" in wanted)

    def _refresh(self) -> None:
        try:
            lines = self.lines()
        except Exception as error:  # noqa: BLE001 — a refusal, shown as the preview
            from app.ui.customers.field_errors import message_of

            self.preview.setText(message_of(error))
            return
        self.preview.setText("\n".join(
            f"{labels.schedule_kind_name(line.kind)}  {line.due_date.isoformat()}  "
            f"{format_yuan(line.amount)}" for line in lines))
