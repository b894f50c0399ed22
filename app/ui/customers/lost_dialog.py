"""Marking a customer lost (流失): a reason from the list the administrator keeps is required
(so the funnel report can count why), with an optional note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.ui.customers.field_errors import with_error_label
from app.ui.customers.form_dialog import FormDialog


class MarkLostDialog(FormDialog):
    def __init__(self, customer_name: str, reasons: list,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("lost_dialog")
        self.setWindowTitle(self.tr("Mark as lost: {name}").format(name=customer_name))
        self.hint = QLabel(self.tr("The customer leaves the follow-up list. Their history "
                                   "stays."))
        self.hint.setWordWrap(True)
        self.hint.setProperty("muted", True)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for choice in reasons:
            self.reason.addItem(choice.name, choice.id)
        self.note = QLineEdit()
        self.note.setMaxLength(100)
        self.note.setPlaceholderText(self.tr("Optional note"))
        form = QFormLayout()
        for name, caption, widget in (("reason", self.tr("Reason"), self.reason),
                                      ("note", self.tr("Note"), self.note)):
            box, line = with_error_label(widget)
            form.addRow(caption, box)
            self.errors.add(name, widget, line)
        self.body.addWidget(self.hint)
        self.body.addLayout(form)
        self.ok_button().setText(self.tr("Mark as lost"))
        self.reason.currentIndexChanged.connect(self._update)
        self._update()

    def values(self) -> tuple[int | None, str | None]:
        return self.reason.currentData(), self.note.text().strip() or None

    def _update(self) -> None:
        self.ok_button().setEnabled(self.reason.currentData() is not None)
