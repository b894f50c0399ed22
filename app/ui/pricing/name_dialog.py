"""提交审批: name the plan that was tried and send its prices for approval. The dialog stays
open until the submission succeeded; a refusal shows in it, with the name still there."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.ui.customers.field_errors import with_error_label
from app.ui.customers.form_dialog import FormDialog

MAX_NAME = 60


class PlanNameDialog(FormDialog):
    def __init__(self, suggested: str, changed: int, skipped: int,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("plan_name_dialog")
        self.setWindowTitle(self.tr("Submit for approval"))
        text = self.tr("The new list prices of {n} unit(s) go to a sales manager other than "
                       "you, or an administrator, for approval; prices change only when it "
                       "is approved.").format(n=changed)
        if skipped:
            text += "\n" + self.tr("{n} sold or unpriced unit(s) are left out.").format(
                n=skipped)
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        self.name = QLineEdit(suggested)
        self.name.setObjectName("plan_name")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Launch prices, building 3"))
        self.name.selectAll()
        box, error = with_error_label(self.name)
        self.errors.add("name", self.name, error)
        form = QFormLayout()
        form.addRow(self.tr("Plan name"), box)
        self.body.addWidget(self.summary)
        self.body.addLayout(form)
        self.ok_button().setText(self.tr("Submit"))
        self.name.textChanged.connect(self._update)
        self._update()

    def plan_name(self) -> str:
        return self.name.text().strip()

    def _update(self) -> None:
        self.ok_button().setEnabled(bool(self.plan_name()))
