"""A unit's status history (查看记录): every change with time, person, from → to and reason,
read from the audit log through `unit_history`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.chart import ChartUnit
from app.ui.chart.history_model import REASON, HistoryModel


class UnitHistoryDialog(QDialog):
    def __init__(self, unit: ChartUnit, entries: Sequence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History of unit {code}").format(code=unit.code))
        self.heading = QLabel(self.tr("<b>{building} {room}</b> — {n} changes").format(
            building=unit.building_name, room=unit.room_no, n=len(entries)))
        self.model = HistoryModel(entries, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.setWindowModality(Qt.WindowModality.WindowModal)
