"""The salesperson's own customers, as a table for the pencil-in dialog: name and masked
phone, searchable by name, pinyin initials (zs finds 张三) or the last digits of the phone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.pinyin import name_initials

NAME, PHONE = range(2)
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class CustomerChoiceModel(QAbstractTableModel):
    """Rows of `CustomerChoice` (id, name, phone_masked); read-only."""

    def __init__(self, customers: Sequence = (), parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows = list(customers)
        self._search = [self._search_text(c) for c in self._rows]

    @staticmethod
    def _search_text(customer) -> str:  # noqa: ANN001
        return " ".join((customer.name.lower(), name_initials(customer.name),
                         customer.phone_masked.replace(" ", "")))

    def set_customers(self, customers: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(customers)
        self._search = [self._search_text(c) for c in self._rows]
        self.endResetModel()

    def customer(self, row: int):  # noqa: ANN201
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        customer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return customer.name if index.column() == NAME else customer.phone_masked
        if role == ID_ROLE:
            return customer.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Customer"), self.tr("Phone"))[section] if 0 <= section < 2 else None
        return None
