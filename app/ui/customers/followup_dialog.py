"""Recording a contact (跟进): how (visit, call, WeChat…), what was said, the result, and when
to call next — the date that puts the customer on the salesperson's list for that day. The
next date cannot be in the past (the database refuses it too)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.ui.customers import labels
from app.ui.customers.field_errors import with_error_label
from app.ui.customers.form_dialog import FormDialog

DEFAULT_NEXT_DAYS = 3


class FollowupDialog(FormDialog):
    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("followup_dialog")
        self.setWindowTitle(self.tr("Record a follow-up: {name}").format(name=customer_name))
        self.method = QComboBox()
        for code, text in labels.choices(labels.METHODS):
            self.method.addItem(text, code)
        self.method.setCurrentIndex(self.method.findData("call"))
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("What was discussed (required)"))
        self.content.setFixedHeight(96)
        self.result = QLineEdit()
        self.result.setMaxLength(200)
        self.result.setPlaceholderText(self.tr("e.g. wants to see the show flat on Sunday"))
        self.has_next = QCheckBox(self.tr("Contact again on"))
        self.has_next.setChecked(True)
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.next_date.setMinimumDate(QDate.currentDate())
        self.next_date.setDate(QDate.currentDate().addDays(DEFAULT_NEXT_DAYS))
        self.has_next.toggled.connect(self.next_date.setEnabled)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        rows = (("method", self.tr("Method"), self.method),
                ("content", self.tr("Content"), self.content),
                ("result", self.tr("Result"), self.result))
        for name, caption, widget in rows:
            box, line = with_error_label(widget)
            form.addRow(caption, box)
            self.errors.add(name, widget, line)
        box, line = with_error_label(self.next_date)
        form.addRow(self.has_next, box)
        self.errors.add("next_contact_on", self.next_date, line)
        self.body.addLayout(form)
        self.ok_button().setText(self.tr("Save follow-up"))
        self.content.setFocus()

    def values(self) -> dict:
        """The record_followup arguments (after customer_id)."""
        return {"method": self.method.currentData(),
                "content": self.content.toPlainText(),
                "result": self.result.text().strip() or None,
                "next_contact_on": self.next_date.date().toPython()
                if self.has_next.isChecked() else None}
