"""The result of a trial (试算) as a table: each unit's old and new list price, the change in
red (up) or green (down) with its percentage, and the units a plan leaves alone — sold units
keep the price agreed with their buyer, unpriced units cannot be adjusted — greyed, with why.

The rows are plain values made on the GUI thread from the PriceChanges the service computed
and the project's units (a PriceChange names only the unit id)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.pricing import labels
from app.ui.pricing.style import DOWN, SKIPPED, SKIPPED_BACKGROUND, UP

COLUMNS = ("code", "floor", "layout", "old_unit_price", "new_unit_price", "old_total",
           "new_total", "change")
MONEY = frozenset({"old_unit_price", "new_unit_price", "old_total", "new_total", "change"})
VALUE_ROLE = Qt.ItemDataRole.UserRole          # the raw value (Decimal, int, str or None)
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1     # the row's PriceChange
HUNDRED = Decimal(100)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ChangeRow:
    change: Any          # app.domain.pricing.PriceChange
    code: str
    floor: int | None
    layout: str


@dataclass(frozen=True)
class TrialSummary:
    changed: int
    frozen: int
    unpriced: int
    before: Decimal
    after: Decimal

    @property
    def skipped(self) -> int:
        return self.frozen + self.unpriced

    @property
    def delta(self) -> Decimal:
        return self.after - self.before

    @property
    def percent(self) -> Decimal | None:
        return self.delta * HUNDRED / self.before if self.before else None


def amount_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def signed_percent(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:+.2f}%".replace("-", "−")


def change_text(delta: Decimal, percent: Decimal | None) -> str:
    """+25,500.00 (+1.00%) — a minus sign, not a hyphen, when the price falls."""
    amount = f"{delta:+,.2f}".replace("-", "−")
    return f"{amount} ({signed_percent(percent)})" if percent is not None else amount


class PriceChangeModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChangeRow] = []
        self._per_unit = False

    # --- data -------------------------------------------------------------------------------

    def set_changes(self, changes: Iterable[Any], units: Mapping[int, Any],
                    per_unit: bool = False) -> None:
        """Show a trial's PriceChanges; `units` (id → ChartUnit) names them."""
        rows = []
        for change in changes:
            unit = units.get(change.unit_id)
            rows.append(ChangeRow(change, unit.code if unit else str(change.unit_id),
                                  unit.floor if unit else None,
                                  (unit.layout or "") if unit else ""))
        self.beginResetModel()
        self._rows = rows
        self._per_unit = per_unit
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def clear(self) -> None:
        self.set_changes([], {}, self._per_unit)

    def changes(self) -> list[Any]:
        return [row.change for row in self._rows]

    def row_at(self, row: int) -> ChangeRow:
        return self._rows[row]

    def summary(self) -> TrialSummary:
        """Units changed and skipped, and the list value of the trial's units before and
        after (a skipped unit counts at the price it keeps)."""
        frozen = sum(1 for r in self._rows if r.change.skipped_reason == "frozen")
        unpriced = sum(1 for r in self._rows if r.change.skipped_reason == "unpriced")
        before = sum((r.change.old_total for r in self._rows
                      if r.change.old_total is not None), Decimal("0.00"))
        after = sum((r.change.new_total for r in self._rows
                     if r.change.new_total is not None), Decimal("0.00"))
        return TrialSummary(len(self._rows) - frozen - unpriced, frozen, unpriced, before,
                            after)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == VALUE_ROLE:
            return self._value(row, column)
        if role == CHANGE_ROLE:
            return row.change
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column in MONEY
                          else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return SKIPPED_BACKGROUND if row.change.skipped else None
        if role == Qt.ItemDataRole.ToolTipRole and row.change.skipped:
            return labels.label(labels.SKIP_TIPS, row.change.skipped_reason)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if COLUMNS[section] in MONEY
                          else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(COLUMNS[section])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        unit_price_old, unit_price_new = (
            (self.tr("Old price"), self.tr("New price")) if self._per_unit
            else (self.tr("Old unit price"), self.tr("New unit price")))
        return (self.tr("Unit"), self.tr("Floor"), self.tr("Layout"), unit_price_old,
                unit_price_new, self.tr("Old total"), self.tr("New total"),
                self.tr("Change"))[section]

    def _header_tip(self, column: str) -> str | None:
        """The headers stay short; the units are said here."""
        if column in ("old_unit_price", "new_unit_price"):
            return self.tr("¥ per unit") if self._per_unit else self.tr("¥ per m²")
        if column in ("old_total", "new_total"):
            return self.tr("¥")
        if column == "change":
            return self.tr("Change of the total, ¥ (and %)")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        name = COLUMNS[column]

        def key(row: ChangeRow) -> tuple:
            value = self._value(row, name)
            if name == "code":   # 1-1-201 before 1-1-1001
                value = tuple((0, int(p), "") if p.isdigit() else (1, 0, p)
                              for p in re.split(r"(\d+)", value) if p)
            return (value is None, value if value is not None else 0)

        self.layoutAboutToBeChanged.emit()
        ranked = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        moved_to = {old: new for new, old in enumerate(ranked)}
        self._rows = [self._rows[i] for i in ranked]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(moved_to[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    # --- internals --------------------------------------------------------------------------

    @staticmethod
    def _value(row: ChangeRow, column: str) -> Any:
        if column == "change":
            return row.change.total_delta if not row.change.skipped else None
        if column in ("code", "floor", "layout"):
            return getattr(row, column)
        return getattr(row.change, column)

    def _display(self, row: ChangeRow, column: str) -> str:
        change = row.change
        if column == "change":
            if change.skipped:
                return labels.label(labels.SKIP_REASONS, change.skipped_reason)
            delta = change.total_delta
            if delta is None:
                return "—"
            percent = delta * HUNDRED / change.old_total if change.old_total else None
            return change_text(delta, percent)
        if column == "floor":
            return "" if row.floor is None else str(row.floor)
        if column in MONEY:
            return amount_text(getattr(change, column))
        return getattr(row, column)

    @staticmethod
    def _colour(row: ChangeRow, column: str) -> Any:
        if row.change.skipped:
            return SKIPPED
        if column not in ("change", "new_unit_price", "new_total"):
            return None
        delta = row.change.total_delta
        if not delta:
            return None
        return UP if delta > 0 else DOWN
