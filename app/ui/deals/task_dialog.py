"""The frame of the deal detail's task dialogs (mortgage, milestones, change requests): the
sale dialogs' frame (app.ui.deals.sale_form.SaleDialog — the call runs off the GUI thread,
a refusal shows at its field or in the banner, the dialog stays open to correct it) for one
deal, with a form, a reason field, and `deals_changed` once saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.ui.customers.field_errors import with_error_label
from app.ui.deals.events import deals_changed
from app.ui.deals.sale_form import SaleDialog, at_field

MAX_REASON = 200


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day) if day else QDate.currentDate())
    return edit


def _limit(edit: QPlainTextEdit) -> None:
    text = edit.toPlainText()
    if len(text) > MAX_REASON:
        edit.setPlainText(text[:MAX_REASON])


class DealTaskDialog(SaleDialog):
    """A dialog acting on one deal (`detail`: a DealDetail). Subclasses fill `self.form`
    with `add_row`, set FIELDS (refusal key → field) and implement `submit()`."""

    FIELDS: dict[str, str] = {}

    def __init__(self, context: Any, detail: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.detail = detail
        self.deal = detail.deal
        self.headline = QLabel()
        self.headline.setProperty("section", True)
        self.headline.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self.body.addWidget(self.headline)
        self.body.addLayout(self.form)
        self.setMinimumWidth(480)
        self.ok_button().setEnabled(True)
        self.ready = True             # nothing to read first (dialogs that read say so)

    def add_row(self, name: str, caption: str, widget: QWidget,
                form: QFormLayout | None = None) -> QWidget:
        """A form row whose refusals (field `name`) show right under the widget."""
        box, line = with_error_label(widget)
        (form or self.form).addRow(caption, box)
        self.errors.add(name, widget, line)
        return box

    def add_reason(self, placeholder: str,
                   form: QFormLayout | None = None) -> QPlainTextEdit:
        reason = QPlainTextEdit()
        reason.setObjectName("reason")
        reason.setTabChangesFocus(True)
        reason.setFixedHeight(64)
        reason.setPlaceholderText(placeholder)
        reason.textChanged.connect(lambda: _limit(reason))
        self.add_row("reason", self.tr("Reason"), reason, form)
        return reason

    def show_refusal(self, error: BaseException) -> None:
        self.working = False
        self.ok_button().setEnabled(True)
        self.errors.show(at_field(error, self.FIELDS))

    def saved_deal(self, _value: Any = None) -> None:
        """After a successful call: every deal view refreshes; the dialog closes."""
        deals_changed([self.deal.id])
        self.accept()

    def deal_title(self) -> str:
        return self.tr("{unit} · {customer}").format(unit=self.deal.unit_code,
                                                     customer=self.deal.customer_name)
