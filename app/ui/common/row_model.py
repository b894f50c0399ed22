"""A read-only table model over a list of row objects — what the deal list, the price-plan
list and the finance tables share: the rows replaced at once, a row by its position or its
id, the Qt counts and flags, and the bounds checks. A subclass says what a cell shows for a
role (`cell`) and what a column is called (`header`); `column_count` is how many there are."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractTableModel):
    column_count = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: Any) -> int | None:
        """The position of the row whose `id` is `row_id` (None if it is not listed)."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    # --- for subclasses ---------------------------------------------------------------------

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What the cell of `row` (a row object) in `column` shows for `role`."""
        raise NotImplementedError

    def header(self, section: int) -> str:
        raise NotImplementedError

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or not 0 <= index.row() < len(self._rows)
                or not 0 <= index.column() < self.column_count):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < self.column_count):
            return None
        return self.header(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
