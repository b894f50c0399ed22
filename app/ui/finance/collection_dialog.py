"""催款记录: what was done to collect an overdue deal's money (a call, a visit, a letter) and
when to act next. The collection list shows the latest note of each deal."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.ui.deals.sale_form import local_refusal, money_text
from app.ui.deals.task_dialog import date_edit
from app.ui.finance.dialog_base import FinanceDialog

FOLLOW_UP_DAYS = 7


class CollectionNoteDialog(FinanceDialog):
    FIELDS = {"note_length": "note", "next_contact_past": "next_action_on"}

    def __init__(self, context: Any, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("collection_note_dialog")
        self.setWindowTitle(self.tr("Collection note"))
        self.deal_id = row.deal_id
        self.changed_deals = [row.deal_id]
        self.headline.setText(self.tr("{unit} · {customer}: {amount} overdue for {days} "
                                      "days").format(unit=row.unit_code,
                                                     customer=row.customer_name,
                                                     amount=money_text(row.overdue),
                                                     days=row.days_overdue))
        self.note = self.add_text("note", self.tr("Note"),
                                  self.tr("What was done, what the customer said"))
        self.has_next = QCheckBox(self.tr("Next action on"))
        self.has_next.setObjectName("has_next")
        self.has_next.setChecked(True)
        self.next_action_on = date_edit(dt.date.today() + dt.timedelta(days=FOLLOW_UP_DAYS))
        self.next_action_on.setObjectName("next_action_on")
        self.next_action_on.setMinimumDate(QDate.currentDate())
        box = QWidget()
        row_layout = QHBoxLayout(box)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.has_next)
        row_layout.addWidget(self.next_action_on)
        row_layout.addStretch(1)
        self.add_row("next_action_on", self.tr("Follow up"), box, self.next_action_on)
        self.has_next.toggled.connect(self.next_action_on.setEnabled)
        self.ok_button().setText(self.tr("Save note"))

    def submit(self) -> tuple:
        from app.services import finance

        note = self.note.toPlainText().strip()
        if not note:
            raise local_refusal("note", self.tr("Write what was done."))
        when = self.next_action_on.date().toPython() if self.has_next.isChecked() else None
        engine, deal = self.engine, self.deal_id
        return (lambda: finance.add_collection_note(engine, deal, note, when),
                self.done_and_close)
