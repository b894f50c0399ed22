"""按揭: the loan of a contracted deal paid by mortgage — bank, amount (at most the deal total
less the deposit), term, and where it stands: 资料收集 → 已递交 → 已审批 → 已放款, each later
stage with its date. The seller moves it forward; only a manager may move it back (the
database says so if someone else tries)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from app.ui.deals import labels
from app.ui.deals.sale_form import money_edit, money_input_text, money_text, parse_amount
from app.ui.deals.task_dialog import DealTaskDialog, date_edit

STAGES = tuple(labels.MORTGAGE_STAGES)
DEFAULT_TERM = 360


class MortgageDialog(DealTaskDialog):
    FIELDS = {"loan_too_large": "amount", "amount_missing": "amount",
              "amount_not_positive": "amount", "amount_precision": "amount",
              "amount_too_large": "amount", "mortgages_bank_length": "bank",
              "mortgages_term_range": "term", "mortgage_stage_back": "stage",
              "mortgage_stage_invalid": "stage", "mortgages_stage_dates": "stage",
              "mortgages_dates_order": "stage", "date_in_future": "stage"}

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("mortgage_dialog")
        self.setWindowTitle(self.tr("Mortgage"))
        current = detail.mortgage
        self.ceiling = self.deal.deal_total - self.deal.deposit
        self.headline.setText(self.tr("{title} — {method}, deal total {total}").format(
            title=self.deal_title(), method=labels.method_name(self.deal.payment_method),
            total=money_text(self.deal.deal_total)))
        self.bank = QLineEdit(current.bank if current else "")
        self.bank.setObjectName("bank")
        self.bank.setMaxLength(60)
        self.bank.setPlaceholderText(self.tr("e.g. 中国建设银行 城西支行"))
        self.amount = money_edit(self.tr("at most {ceiling}").format(
            ceiling=money_text(self.ceiling)))
        self.amount.setObjectName("amount")
        self.amount.setText(money_input_text(current.amount) if current else "")
        self.term = QSpinBox()
        self.term.setObjectName("term")
        self.term.setRange(12, 360)
        self.term.setSingleStep(12)
        self.term.setSuffix(self.tr(" months"))
        self.term.setValue(current.term_months if current else DEFAULT_TERM)
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        for code, name in labels.choices(labels.MORTGAGE_STAGES):
            self.stage.addItem(name, code)
        self.stage.setCurrentIndex(STAGES.index(current.stage) if current else 0)
        self.submitted_on = date_edit(current.submitted_on if current else None)
        self.approved_on = date_edit(current.approved_on if current else None)
        self.disbursed_on = date_edit(current.disbursed_on if current else None)
        self.note = QLineEdit(current.note or "" if current else "")
        self.note.setMaxLength(200)
        self.add_row("bank", self.tr("Bank"), self.bank)
        self.add_row("amount", self.tr("Loan amount (¥)"), self.amount)
        self.add_row("term", self.tr("Term"), self.term)
        self.add_row("stage", self.tr("Stage"), self.stage)
        self.date_rows = [(1, self.add_row("submitted_on", self.tr("Submitted on"),
                                           self.submitted_on), self.submitted_on),
                          (2, self.add_row("approved_on", self.tr("Approved on"),
                                           self.approved_on), self.approved_on),
                          (3, self.add_row("disbursed_on", self.tr("Disbursed on"),
                                           self.disbursed_on), self.disbursed_on)]
        self.add_row("note", self.tr("Note"), self.note)
        self.ok_button().setText(self.tr("Save mortgage"))
        self.stage.currentIndexChanged.connect(self._show_dates)
        self._show_dates()

    def _show_dates(self) -> None:
        """Only the dates the chosen stage has: 已审批 has its submission and approval."""
        reached = self.stage.currentIndex()
        for needed, box, _edit in self.date_rows:
            self.form.setRowVisible(box, reached >= needed)

    def _date(self, needed: int, edit: QDateEdit) -> Any:
        return edit.date().toPython() if self.stage.currentIndex() >= needed else None

    def submit(self) -> tuple:
        from app.services.deals import MortgageInput, set_mortgage

        amount = parse_amount(self.amount, "amount",
                              required_text=self.tr("Enter the loan amount."))
        mortgage = MortgageInput(
            bank=self.bank.text().strip(), amount=amount, term_months=self.term.value(),
            stage=self.stage.currentData(), submitted_on=self._date(1, self.submitted_on),
            approved_on=self._date(2, self.approved_on),
            disbursed_on=self._date(3, self.disbursed_on),
            note=self.note.text().strip() or None)
        engine, deal_id = self.engine, self.deal.id
        return (lambda: set_mortgage(engine, deal_id, mortgage)), self.saved_deal
