"""Editing a payment schedule: the generated lines in a table (double-click a cell to change
kind, due date or amount), lines added or removed, the template applied again — and a live
line under it comparing the sum with the deal total, to the fen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.payment_plans import LineKind, ScheduleLine, add_months
from app.ui.deals.sale_form import money_text
from app.ui.deals.schedule_model import KIND, KindDelegate, ScheduleModel

OK_COLOUR, BAD_COLOUR = "#2e7d32", "#c62828"


class ScheduleEditor(QWidget):
    """Signals:
        edited(): a line changed, was added or removed.
        reset_requested(): the user wants the template's lines again.
    """

    edited = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_editor")
        self.deal_total = Decimal("0.00")
        self.sign_date = dt.date.today()
        self.model = ScheduleModel(self)
        self.table = QTableView()
        self.table.setObjectName("schedule_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.sum_line = QLabel()
        self.sum_line.setObjectName("schedule_sum")
        self.input_error = QLabel()
        self.input_error.setProperty("field_error", True)
        self.input_error.hide()
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("add_line")
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("remove_line")
        self.reset_button = QPushButton(self.tr("Apply the template again"))
        self.reset_button.setObjectName("reset_schedule")
        bar = QHBoxLayout()
        bar.addWidget(self.sum_line, 1)
        for button in (self.add_button, self.remove_button, self.reset_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addWidget(self.input_error)
        layout.addLayout(bar)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.reset_button.clicked.connect(self.reset_requested)
        self.model.input_refused.connect(self._refused)
        for signal in (self.model.dataChanged, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._on_edited)
        self._update_sum()

    def set_total(self, total: Decimal, sign_date: dt.date) -> None:
        self.deal_total, self.sign_date = total, sign_date
        self._update_sum()

    def set_lines(self, lines: Sequence[ScheduleLine]) -> None:
        self.model.set_lines(lines)

    def lines(self) -> list[ScheduleLine]:
        return self.model.lines()

    def difference(self) -> Decimal:
        return self.deal_total - self.model.total()

    def add_line(self) -> None:
        lines = self.model.lines()
        due = add_months(max((line.due_date for line in lines), default=self.sign_date), 1)
        rest = self.difference()
        self.model.add_line(ScheduleLine(LineKind.INSTALMENT, due,
                                         rest if rest > 0 else Decimal("0.01")))
        self.table.selectRow(self.model.rowCount() - 1)

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove_line(rows[0].row())

    def _refused(self, text: str) -> None:
        self.input_error.setText(text)
        self.input_error.show()

    def _on_edited(self, *_args: object) -> None:
        self.input_error.hide()
        self._update_sum()
        self.edited.emit()

    def _update_sum(self) -> None:
        total, rest = self.model.total(), self.difference()
        if rest == 0:
            text = self.tr("Sum {sum} = deal total {total} ✓").format(
                sum=money_text(total), total=money_text(self.deal_total))
            colour = OK_COLOUR
        else:
            text = self.tr("Sum {sum} vs deal total {total}: {rest} {what}").format(
                sum=money_text(total), total=money_text(self.deal_total),
                rest=money_text(abs(rest)),
                what=self.tr("missing") if rest > 0 else self.tr("too much"))
            colour = BAD_COLOUR
        self.sum_line.setText(text)
        self.sum_line.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.remove_button.setEnabled(self.model.rowCount() > 0)
