"""The frame of the finance dialogs (收款, 作废, 退款, 票据本, 催款记录): the sale dialogs' frame
(app.ui.deals.sale_form.SaleDialog — the call runs off the GUI thread, a refusal shows at
the field it names or in the banner, the dialog stays open with what was typed) with a form
whose rows carry their error line, and `finance_changed` once saved.

Subclasses set FIELDS (the database's refusal key → the form field) and implement
`submit()`; `done(value)` announces the change and closes the dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.ui.customers.field_errors import with_error_label
from app.ui.deals.sale_form import SaleDialog, at_field
from app.ui.finance.events import finance_changed

MAX_TEXT = 200
# every amount check of the database names the field "amount"
AMOUNT_FIELDS = {"amount_missing": "amount", "amount_not_positive": "amount",
                 "amount_precision": "amount", "amount_too_large": "amount",
                 "amount_negative": "amount", "number_format": "amount"}


def _limit(edit: QPlainTextEdit) -> None:
    text = edit.toPlainText()
    if len(text) > MAX_TEXT:
        edit.setPlainText(text[:MAX_TEXT])


class FinanceDialog(SaleDialog):
    FIELDS: dict[str, str] = {}

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setProperty("section", True)
        self.headline.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.body.addWidget(self.headline)
        self.body.addLayout(self.form)
        self.setMinimumWidth(500)
        self.ok_button().setEnabled(True)
        self.ready = True
        self.changed_deals: list[int] | None = None   # what `done` announces

    def add_row(self, name: str, caption: str, widget: QWidget,
                focus: QWidget | None = None) -> QWidget:
        """A form row whose refusals (field `name`) show right under the widget (and mark
        `focus`, default the widget)."""
        box, line = with_error_label(widget)
        self.form.addRow(caption, box)
        self.errors.add(name, focus or widget, line)
        return box

    def add_text(self, name: str, caption: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda: _limit(edit))
        self.add_row(name, caption, edit)
        return edit

    def show_refusal(self, error: BaseException) -> None:
        self.working = False
        self.ok_button().setEnabled(True)
        self.errors.show(at_field(error, {**AMOUNT_FIELDS, **self.FIELDS}))

    def done_and_close(self, value: Any = None) -> None:
        """After a successful call: every finance view refreshes; the dialog closes."""
        self.result_value = value
        finance_changed(self.changed_deals)
        self.accept()

