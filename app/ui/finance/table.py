"""The tables of the finance screen: one read-only model for rows of any dataclass, described
by its columns (title, value, how it shows), and the table view the deal list uses. Money
shows as ¥ and aligns right; a row may be struck through (a voided receipt) or greyed; a
sort proxy sorts by the values themselves (money as money, dates as dates), not the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

from app.domain.money import format_yuan
from app.ui.common.row_model import RowListModel
from app.ui.common.tables import style_table

COLUMNS_CONTEXT = "FinanceColumns"
ROW_ROLE = Qt.ItemDataRole.UserRole          # the row object
SORT_ROLE = Qt.ItemDataRole.UserRole + 1     # the column's raw value
MUTED = QColor("#9aa5b1")
NEGATIVE = QColor("#c62828")
ROW_HEIGHT = 30
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """`title` is English, marked QT_TRANSLATE_NOOP("FinanceColumns", …); `value(row)` is the
    raw value (sorts); `text(row)` what shows (default: money as ¥, dates ISO, None empty)."""

    title: str
    value: Callable[[Any], Any]
    width: int = 100
    text: Callable[[Any], str] | None = None
    colour: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    plain: bool = False       # never struck through or greyed (e.g. the void's reason)


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_yuan(value)
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class RecordModel(RowListModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None, *,
                 struck: Callable[[Any], bool] | None = None,
                 muted: Callable[[Any], bool] | None = None,
                 bold: Callable[[Any], bool] | None = None,
                 context: str = COLUMNS_CONTEXT) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._context = context          # where the column titles are translated
        self._struck = struck
        self._muted = muted
        self._bold = bold

    @property
    def column_count(self) -> int:  # type: ignore[override]
        return len(self.columns)

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests read it)."""
        return [[self.data(self.index(r, c)) for c in range(len(self.columns))]
                for r in range(len(self._rows))]

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows and self.columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    def cell(self, row: Any, index: int, role: int) -> Any:
        column = self.columns[index]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row) if column.text else display(column.value(row))
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = isinstance(column.value(row), Decimal | int) and not isinstance(
                column.value(row), bool)
            return ((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        return None

    def header(self, section: int) -> str:
        return QCoreApplication.translate(self._context, self.columns[section].title)

    def _font(self, row: Any, column: Column) -> QFont | None:
        struck = bool(self._struck and self._struck(row)) and not column.plain
        bold = bool(self._bold and self._bold(row))
        if not struck and not bold:
            return None
        font = QFont()
        font.setStrikeOut(struck)
        font.setBold(bold)
        return font

    def _colour(self, row: Any, column: Column) -> QColor | None:
        if not column.plain and ((self._struck and self._struck(row))
                                 or (self._muted and self._muted(row))):
            return MUTED
        if column.colour:
            return column.colour(row)
        value = column.value(row)
        if isinstance(value, Decimal) and value < 0:
            return NEGATIVE
        return None


class RecordProxy(QSortFilterProxyModel):
    """Sorts by the raw values (None first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # Qt override
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < self.rowCount():
            return None
        return self.index(row, 0).data(ROW_ROLE)


def make_view(model: Any, name: str, sortable: bool = False,
              stretch: bool = True) -> QTableView:
    """A read-only, row-selecting table in the deal list's look, columns at their widths;
    the last column takes the room left (`stretch`; not for a column of numbers)."""
    view = QTableView()
    view.setObjectName(name)
    source = model
    if sortable:
        proxy = RecordProxy(view)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    else:
        view.setModel(model)
    style_table(view, [spec.width for spec in source.columns], row_height=ROW_HEIGHT)
    view.horizontalHeader().setStretchLastSection(stretch)
    return view


def selected_row(view: QTableView) -> Any | None:
    """The row object selected in `view` (through its proxy, if any)."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


def select_where(view: QTableView, test: Callable[[Any], bool]) -> bool:
    """Select the first row for which `test(row)` holds."""
    model = view.model()
    for r in range(model.rowCount()):
        if test(model.index(r, 0).data(ROW_ROLE)):
            view.selectRow(r)
            return True
    return False
