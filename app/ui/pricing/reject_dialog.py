"""驳回: a rejection says why — the author reads the reason in the plan list. The reason is
required (the database refuses a rejection without one; the refusal shows in the dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.ui.customers.field_errors import with_error_label
from app.ui.customers.form_dialog import FormDialog

MAX_REASON = 200


class RejectDialog(FormDialog):
    def __init__(self, plan_name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("reject_dialog")
        self.setWindowTitle(self.tr("Reject price plan"))
        self.prompt = QLabel(self.tr("Reject “{name}”? List prices stay as they are.")
                             .format(name=plan_name))
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Required: why, for the author (up to 200 "
                                               "characters)"))
        self.reason.setFixedHeight(84)
        self.reason.setTabChangesFocus(True)
        box, error = with_error_label(self.reason)
        self.errors.add("reason", self.reason, error)
        self.body.addWidget(self.prompt)
        self.body.addWidget(box)
        self.ok_button().setText(self.tr("Reject"))
        self.reason.textChanged.connect(self._limit)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _limit(self) -> None:
        text = self.reason.toPlainText()
        if len(text) > MAX_REASON:
            self.reason.setPlainText(text[:MAX_REASON])
