"""The frame of every small task dialog here (follow-up, mark lost, reassign, merge, duty
rotation): the OK button does not close it — it asks the screen to run the service call off
the GUI thread, and the dialog closes only when that succeeded. A refusal is shown in the
dialog, with what was typed still there to correct."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.field_errors import FieldErrors
from app.ui.customers.style import SCREEN_CSS


class FormDialog(QDialog):
    """Signals:
        submitted(): the user confirmed; the owner runs the action, then calls
            `succeeded()` or `failed(error)`.
    """

    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(SCREEN_CSS)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.errors = FieldErrors(self.banner)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button().setProperty("primary", True)
        for button in self.buttons.buttons():  # the platform's tick and cross look dated here
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(self.body)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def succeeded(self) -> None:
        self.ok_button().setEnabled(True)
        self.accept()

    def failed(self, error: BaseException) -> None:
        self.ok_button().setEnabled(True)
        self.errors.show(error)

    def _on_ok(self) -> None:
        self.errors.clear()
        self.ok_button().setEnabled(False)
        self.submitted.emit()
