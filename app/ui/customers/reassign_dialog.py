"""A manager hands one or many customers to another salesperson, with a reason that stays in
each customer's history."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.ui.customers.form_dialog import FormDialog


class ReassignDialog(FormDialog):
    def __init__(self, count: int, salespeople: list, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("reassign_dialog")
        self.setWindowTitle(self.tr("Reassign customers"))
        self.summary = QLabel(self.tr("{n} customer(s) selected. Their visits and follow-ups "
                                      "go with them.").format(n=count))
        self.summary.setWordWrap(True)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Choose a consultant…"), None)
        for choice in salespeople:
            self.staff.addItem(choice.name, choice.id)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. consultant on leave"))
        form = QFormLayout()
        form.addRow(self.tr("New consultant"), self.staff)
        form.addRow(self.tr("Reason"), self.reason)
        self.body.addWidget(self.summary)
        self.body.addLayout(form)
        self.ok_button().setText(self.tr("Reassign"))
        self.staff.currentIndexChanged.connect(self._update)
        self._update()

    def values(self) -> tuple[int | None, str | None]:
        return self.staff.currentData(), self.reason.text().strip() or None

    def staff_name(self) -> str:
        return self.staff.currentText()

    def _update(self) -> None:
        self.ok_button().setEnabled(self.staff.currentData() is not None)
