"""The project's queue numbers (排号) in launch-day order, as a read-only table over QueueRow:
number, customer, salesperson, intention fee, status, when issued. Used and refunded
numbers are greyed."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.deals import labels
from app.ui.deals.sale_form import money_text

NUMBER, CUSTOMER, STAFF, FEE, STATUS, ISSUED = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_GREY = QColor("#8a94a3")


class QueueModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int):  # noqa: ANN201
        return self._rows[index]

    def active_count(self) -> int:
        return sum(1 for r in self._rows if r.status == "active")

    def active_fees(self) -> Decimal:
        return sum((r.intention_fee for r in self._rows if r.status == "active"), Decimal(0))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, FEE):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            return _GREY
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row, column: int) -> str:  # noqa: ANN001
        if column == NUMBER:
            return str(row.number)
        if column == CUSTOMER:
            return row.customer_name
        if column == STAFF:
            return row.staff_name
        if column == FEE:
            return money_text(row.intention_fee)
        if column == STATUS:
            return labels.queue_status_name(row.status)
        local = row.created_at.astimezone() if row.created_at.tzinfo else row.created_at
        return local.strftime("%Y-%m-%d %H:%M")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("No."), self.tr("Customer"), self.tr("Salesperson"),
                 self.tr("Intention fee"), self.tr("Status"), self.tr("Issued"))
        return names[section] if 0 <= section < len(names) else None
