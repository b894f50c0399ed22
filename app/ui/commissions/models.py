"""The commission tables: the payees of a month with their totals, one payee's statement
lines, and the project's rules. Read-only models over frozen dataclasses; money as ¥ to the
fen (negative in red: a void that took commission back), rates as percentages, inactive
rules greyed. Headers are English, translated in context "CommissionColumns"."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.domain.commissions import STAFF, CommissionLine, CommissionRule, CommissionStatement
from app.domain.money import format_yuan

CONTEXT = "CommissionColumns"
ROW_ROLE = Qt.ItemDataRole.UserRole            # the row's dataclass
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1      # the raw value (Decimal, date, …)
NEGATIVE = QColor("#c62828")
MUTED = QColor("#9aa5b1")
HUNDRED = Decimal(100)
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Column = tuple[str, Callable[[Any], Any]]      # (English title, value of a row)


def percent(rate: Decimal) -> str:
    """A ratio as a percentage to the hundredth: 0.0150 → "1.50%", 0.00125 → "0.13%"."""
    return f"{(rate * HUNDRED).quantize(Decimal('0.01'))}%"


KIND_NAMES = {STAFF: QT_TRANSLATE_NOOP("CommissionColumns", "Salesperson")}
AGENCY_NAME = QT_TRANSLATE_NOOP("CommissionColumns", "Agency")


def kind_name(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, KIND_NAMES.get(kind, AGENCY_NAME))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_yuan(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class RowsModel(QAbstractTableModel):
    """Rows of frozen dataclasses under `columns`; values that are rates show as %."""

    columns: tuple[Column, ...] = ()
    rate_columns: frozenset[int] = frozenset()

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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return QCoreApplication.translate(CONTEXT, self.columns[section][0])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        value = self.columns[col][1](row)
        if role == Qt.ItemDataRole.DisplayRole:
            return percent(value) if col in self.rate_columns and value is not None \
                else self.display(col, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(value, Decimal | int) and not isinstance(value, bool)
            return int(_RIGHT if numeric else _LEFT)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, value)
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return value
        return None

    def display(self, col: int, value: Any) -> str:
        return _text(value)

    def colour(self, row: Any, value: Any) -> QColor | None:
        return NEGATIVE if isinstance(value, Decimal) and value < 0 else None


class PayeeModel(RowsModel):
    """A row a payee (CommissionStatement) of the month."""

    columns = (
        (QT_TRANSLATE_NOOP("CommissionColumns", "Payee"), lambda s: s.payee.name),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Kind"), lambda s: s.payee.kind),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Deals"), lambda s: s.totals.deals),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Received"), lambda s: s.totals.received),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Commission"), lambda s: s.totals.commission),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Earned to date"),
         lambda s: s.totals.earned_to_date),
    )

    def display(self, col: int, value: Any) -> str:
        return kind_name(value) if col == 1 else _text(value)

    def statement_at(self, row: int) -> CommissionStatement | None:
        return self.row_at(row)


class LineModel(RowsModel):
    """One payee's statement: a row a deal (CommissionLine)."""

    columns = (
        (QT_TRANSLATE_NOOP("CommissionColumns", "Unit"), lambda ln: ln.unit_code),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Buyer"), lambda ln: ln.buyer),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Contract"), lambda ln: ln.contract_no),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Contract value"),
         lambda ln: ln.contract_value),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Rate"), lambda ln: ln.rate),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Received"), lambda ln: ln.received),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Commission"), lambda ln: ln.commission),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Earned to date"),
         lambda ln: ln.earned_to_date),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Cap"), lambda ln: ln.cap),
    )
    rate_columns = frozenset({4})

    def line_at(self, row: int) -> CommissionLine | None:
        return self.row_at(row)


class RuleModel(RowsModel):
    """The project's rules (CommissionRule); inactive ones greyed."""

    columns = (
        (QT_TRANSLATE_NOOP("CommissionColumns", "Payee"), lambda r: r.payee.name),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Kind"), lambda r: r.payee.kind),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Rate"), lambda r: r.rate),
        (QT_TRANSLATE_NOOP("CommissionColumns", "From"), lambda r: r.valid_from),
        (QT_TRANSLATE_NOOP("CommissionColumns", "To"), lambda r: r.valid_to),
        (QT_TRANSLATE_NOOP("CommissionColumns", "Active"), lambda r: r.active),
    )
    rate_columns = frozenset({2})

    def display(self, col: int, value: Any) -> str:
        if col == 1:
            return kind_name(value)
        if col in (3, 4) and value is None:
            return "—"
        if col == 5:
            return QCoreApplication.translate(CONTEXT, "Yes" if value else "No")
        return _text(value)

    def colour(self, row: CommissionRule, value: Any) -> QColor | None:
        return None if row.active else MUTED

    def rule_at(self, row: int) -> CommissionRule | None:
        return self.row_at(row)
