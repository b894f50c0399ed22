"""Merging two records of one person (a manager's cleanup of duplicates): the manager picks
the record to keep; the other's visits, follow-ups and history move over and it is marked
merged. The button says what happens, because it cannot be undone from the client."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QWidget

from app.ui.customers import labels
from app.ui.customers.form_dialog import FormDialog
from app.ui.customers.list_model import phone_text
from app.ui.customers.style import set_banner


class MergeDialog(FormDialog):
    def __init__(self, first, second, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__("", parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge two customers"))
        self.records = (first, second)
        self.prompt = QLabel(self.tr("Which record do you keep?"))
        self.prompt.setProperty("section", True)
        self.choices = QButtonGroup(self)
        self.options: list[QRadioButton] = []
        self.body.addWidget(self.prompt)
        for i, row in enumerate(self.records):
            option = QRadioButton(self._describe(row))
            self.choices.addButton(option, i)
            self.options.append(option)
            self.body.addWidget(option)
        self.options[0].setChecked(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        set_banner(self.warning, "info", self.tr(
            "The other record's visits, follow-ups and history move to the one you keep; "
            "empty fields are filled from it. This cannot be undone."))
        self.body.addWidget(self.warning)
        self.ok_button().setText(self.tr("Merge"))
        self.setMinimumWidth(520)

    def keep_and_drop(self) -> tuple[int, int]:
        keep = self.choices.checkedId()
        return self.records[keep].id, self.records[1 - keep].id

    def _describe(self, row) -> str:  # noqa: ANN001 — CustomerRow
        return self.tr("{name}  ·  {phone}  ·  {staff}  ·  registered {date}").format(
            name=row.name, phone=phone_text(row.phone) or "—", staff=row.salesperson or "—",
            date=labels.datetime_text(row.created_at)[:10])
