"""A unit's status history as a table (time, who, from → to in the user's language, why),
for the history dialog: answers "who held 1501 and why?" without the audit log screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.chart.formatting import date_time
from app.ui.chart.tooltip import reason_text
from app.ui.common.labels import unit_status_name

TIME, PERSON, CHANGE, REASON = range(4)
_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Rows of `HistoryEntry`, oldest first; read-only."""

    def __init__(self, entries: Sequence = (), parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows = list(entries)

    def set_entries(self, entries: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PERSON:
            return self._rows[index.row()].login
        return None

    def text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        if column == TIME:
            return date_time(entry.at)
        if column == PERSON:
            return entry.full_name or entry.login
        if column == CHANGE:
            return self.change_text(entry)
        return reason_text(entry.reason) or ""

    def change_text(self, entry) -> str:  # noqa: ANN001
        new = unit_status_name(entry.new_status) if entry.new_status else "—"
        if entry.old_status is None:
            return self.tr("created as {status}").format(status=new) \
                if entry.action == "INSERT" else new
        return f"{unit_status_name(entry.old_status)} → {new}"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Time"), self.tr("By"), self.tr("Status"), self.tr("Reason"))
            return titles[section] if 0 <= section < len(titles) else None
        return None
