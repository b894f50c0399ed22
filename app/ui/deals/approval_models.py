"""The two lists of the approvals tab: discounts waiting for a manager (DealRow with
approval pending) and change requests waiting for a decision (ChangeRow), as read-only
tables. Both share one small base: a list of rows, a column tuple, a display function."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain.money import format_yuan
from app.ui.deals import labels
from app.ui.deals.change_text import summary

ROW_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
PENDING = QColor("#b26a00")


class RowsModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    RIGHT: frozenset[str] = frozenset()

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

    def row_of(self, row_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, column) or None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column in self.RIGHT
                          else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(self.COLUMNS)):
            return None
        return self.headers()[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def display(self, row: Any, column: str) -> str:  # overridden
        return ""

    def colour(self, row: Any, column: str) -> QColor | None:
        return None

    def headers(self) -> tuple[str, ...]:  # overridden
        return self.COLUMNS


def discount_ratio(deal: Any) -> str:
    """How much below the list total: "−3.97%"."""
    if not deal.list_total or deal.deal_total is None:
        return ""
    off = (deal.list_total - deal.deal_total) / deal.list_total * 100
    return f"−{off.quantize(Decimal('0.01'))}%"


class DiscountApprovalModel(RowsModel):
    COLUMNS = ("unit", "customer", "salesperson", "list_total", "deal_total", "off",
               "level", "subscribed_at")
    RIGHT = frozenset({"list_total", "deal_total", "off"})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Unit"), self.tr("Customer"), self.tr("Consultant"),
                self.tr("List total"), self.tr("Deal total"), self.tr("Below list"),
                self.tr("Needs"), self.tr("Subscribed"))

    def display(self, deal: Any, column: str) -> str:
        if column == "unit":
            return deal.unit_code
        if column == "customer":
            return deal.customer_name
        if column == "salesperson":
            return deal.staff_name
        if column in ("list_total", "deal_total"):
            value = getattr(deal, column)
            return format_yuan(value) if value is not None else ""
        if column == "off":
            return discount_ratio(deal)
        if column == "level":
            return labels.level_name(deal.approval_level)
        at = deal.subscribed_at
        return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


class ChangeRequestModel(RowsModel):
    COLUMNS = ("kind", "unit", "customer", "requested_by", "requested_at", "reason", "what")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Change"), self.tr("Unit"), self.tr("Customer"),
                self.tr("Requested by"), self.tr("Requested at"), self.tr("Reason"),
                self.tr("What it does"))

    def display(self, change: Any, column: str) -> str:
        if column == "kind":
            return labels.change_kind_name(change.kind)
        if column == "unit":
            return change.unit_code
        if column == "customer":
            return change.customer_name
        if column == "requested_by":
            return change.requested_by
        if column == "requested_at":
            return change.requested_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == "reason":
            return change.reason
        return summary(change.kind, change.request)

    def colour(self, change: Any, column: str) -> QColor | None:
        return PENDING if column == "kind" else None
