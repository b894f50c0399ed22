"""备案 / 交房 / 产权: what happens after signing, in order — the filing (网签备案, with its
number; the unit becomes filed), the handover (交房; the customer becomes an owner) and the
title registration (产权登记, after the handover). Each is dated between the signing and
today; the database refuses anything out of order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.ui.deals import labels
from app.ui.deals.task_dialog import DealTaskDialog, date_edit


def next_milestone(detail: Any) -> str | None:
    """The first milestone the deal has not reached (None: all done)."""
    if detail.deal.filed_on is None:
        return "filing"
    if detail.deal.handover_on is None:
        return "handover"
    return "title" if detail.title_on is None else None


class MilestoneDialog(DealTaskDialog):
    FIELDS = {"milestone_date_range": "on_date", "title_before_handover": "on_date",
              "filing_no_invalid": "number", "milestone_unknown": "milestone"}

    def __init__(self, context: Any, detail: Any, milestone: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, detail, parent)
        self.setObjectName("milestone_dialog")
        self.setWindowTitle(self.tr("Filing, handover and title"))
        self.headline.setText(self.tr("{title} — contract {number}, signed {date}").format(
            title=self.deal_title(), number=self.deal.contract_no or "",
            date=self.deal.signed_on.isoformat() if self.deal.signed_on else ""))
        self.milestone = QComboBox()
        self.milestone.setObjectName("milestone")
        for code, name in labels.choices(labels.MILESTONES):
            self.milestone.addItem(name, code)
        wanted = milestone or next_milestone(detail) or "title"
        self.milestone.setCurrentIndex(max(self.milestone.findData(wanted), 0))
        self.on_date = date_edit()
        self.on_date.setObjectName("on_date")
        self.on_date.setMaximumDate(QDate.currentDate())
        if self.deal.signed_on:
            self.on_date.setMinimumDate(QDate(self.deal.signed_on))
        self.number = QLineEdit(detail.filing_no or "")
        self.number.setObjectName("number")
        self.number.setMaxLength(30)
        self.number.setPlaceholderText(self.tr("Letters, digits and dashes, e.g. BA-2026-0815"))
        self.add_row("milestone", self.tr("Milestone"), self.milestone)
        self.add_row("on_date", self.tr("Date"), self.on_date)
        self.number_row = self.add_row("number", self.tr("Filing number"), self.number)
        self.ok_button().setText(self.tr("Record"))
        self.milestone.currentIndexChanged.connect(self._show_number)
        self._show_number()

    def _show_number(self) -> None:
        self.form.setRowVisible(self.number_row, self.milestone.currentData() == "filing")

    def submit(self) -> tuple:
        from app.services.deals import record_milestone

        milestone = self.milestone.currentData()
        on_date = self.on_date.date().toPython()
        number = self.number.text().strip() if milestone == "filing" else None
        engine, deal_id = self.engine, self.deal.id
        return (lambda: record_milestone(engine, deal_id, milestone, on_date, number),
                self.saved_deal)
