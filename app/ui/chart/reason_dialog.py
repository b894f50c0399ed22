"""Asking why, before a manager holds or withdraws units: the reason is written next to the
status (shown on hover and in the history), so colleagues know whom a 销控 unit is kept for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

MAX_REASON = 200


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title)
        self.required = required
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason_edit = QComboBox()
        self.reason_edit.setEditable(True)
        self.reason_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_edit.addItems(["", self.tr("Kept for a VIP customer"),
                                   self.tr("Price adjustment"), self.tr("Released later"),
                                   self.tr("Construction or quality issue")])
        self.reason_edit.lineEdit().setMaxLength(MAX_REASON)
        self.reason_edit.lineEdit().setPlaceholderText(
            self.tr("Required, up to 200 characters") if required
            else self.tr("Optional, up to 200 characters"))
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #6B7785;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason_edit.editTextChanged.connect(self._update)
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._update()

    def reason(self) -> str:
        return self.reason_edit.currentText().strip()

    def set_reason(self, text: str) -> None:
        self.reason_edit.setEditText(text)

    def ok_button(self):  # noqa: ANN201
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update(self) -> None:
        text = self.reason()
        self.ok_button().setEnabled(bool(text) or not self.required)
        self.hint.setText(self.tr("{n}/200 characters").format(n=len(text)))
