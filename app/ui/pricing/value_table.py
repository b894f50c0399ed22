"""A small two-column table of key → typed value: layout → base price, floor → coefficient,
orientation → coefficient. Rows for the project's own layouts and orientations are fixed
(the key is read-only, so it always matches the units); free rows (floor overrides) can be
added and removed. Values stay text until the editor parses them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
FIXED_KEY = QColor("#1f3a5f")
ROW_HEIGHT = 26
HEADER_HEIGHT = 30


def table_height(rows: int) -> int:
    """The height that shows `rows` rows under the header without scrolling."""
    return HEADER_HEIGHT + rows * ROW_HEIGHT + 4


class ValueTable(QTableWidget):
    """Signals:
        edited(): a value or a free key was typed, or a row added or removed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setProperty("editor", True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def set_headers(self, key_title: str, value_title: str) -> None:
        self.setHorizontalHeaderLabels([key_title, value_title])

    def set_fixed_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        """(key, label) rows with read-only keys; values typed for a key still offered
        stay, free rows are dropped."""
        typed = {key: text for key, text, _row in self.entries()}
        self.blockSignals(True)
        self.setRowCount(0)
        for key, label in rows:
            row = self.rowCount()
            self.insertRow(row)
            key_item = QTableWidgetItem(label)
            key_item.setData(KEY_ROLE, key)
            key_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            key_item.setForeground(FIXED_KEY)
            self.setItem(row, 0, key_item)
            self.setItem(row, 1, self._value_item(typed.get(key, "")))
        self.blockSignals(False)

    def relabel(self, key: str, label: str) -> None:
        row = self.row_of(key)
        if row is not None:
            self.item(row, 0).setText(label)

    def add_row(self, key_text: str = "", value_text: str = "") -> int:
        """A free row (both cells editable); returns its row number."""
        self.blockSignals(True)
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(key_text))
        self.setItem(row, 1, self._value_item(value_text))
        self.blockSignals(False)
        self.setCurrentCell(row, 0)
        self.edited.emit()
        return row

    def remove_current(self) -> None:
        """Remove the current row if it is a free one."""
        row = self.currentRow()
        if row >= 0 and self.item(row, 0).data(KEY_ROLE) is None:
            self.removeRow(row)
            self.edited.emit()

    def entries(self) -> list[tuple[str, str, int]]:
        """(key, value text, row) of every row; a free row's key is its typed text."""
        result = []
        for row in range(self.rowCount()):
            key_item, value_item = self.item(row, 0), self.item(row, 1)
            fixed = key_item.data(KEY_ROLE) if key_item else None
            key = fixed if fixed is not None else (key_item.text().strip() if key_item else "")
            result.append((key, value_item.text() if value_item else "", row))
        return result

    def row_of(self, key: str) -> int | None:
        return next((row for k, _text, row in self.entries() if k == key), None)

    def value(self, key: str) -> str:
        row = self.row_of(key)
        return self.item(row, 1).text() if row is not None else ""

    def set_value(self, key: str, text: str) -> None:
        """Type `text` as the value of the row `key` (tests, presets)."""
        row = self.row_of(key)
        if row is None:
            raise KeyError(key)
        self.item(row, 1).setText(text)

    def label_of(self, row: int) -> str:
        item = self.item(row, 0)
        return item.text() if item else ""

    def point_at(self, row: int, column: int = 1) -> None:
        """Put the cursor on a cell the editor refused."""
        if 0 <= row < self.rowCount():
            self.setCurrentCell(row, column)
            self.scrollToItem(self.item(row, column))

    @staticmethod
    def _value_item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
