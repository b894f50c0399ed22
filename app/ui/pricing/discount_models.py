"""The tables of the 优惠设置 tab: a project's discount rules in their stacking order (order,
code, name, kind, value as 97折 / ¥5,000 / ¥100/m², payment method, active; inactive rules
last and greyed), and the salespeople's and sales managers' own discount limits. Plus the
exact Decimal formatting both use: a ratio as a percentage or as 折, yuan without ".00"
when whole. Labels of payment methods, discount kinds and levels are the deal screens'."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.ui.deals import labels as deal_labels
from app.ui.pricing.style import DOWN, SKIPPED

RULE_COLUMNS = ("sort_order", "code", "name", "kind", "value", "payment_method", "active")
STAFF_COLUMNS = ("full_name", "login", "discount_limit", "director")
ITEM_ROLE = Qt.ItemDataRole.UserRole        # the row's RuleSetting or StaffLimit
HUNDRED = Decimal(100)
CONTEXT = "DiscountLabels"
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def plain(value: Decimal) -> str:
    """A Decimal without trailing zeros or exponent: 97.00 → "97", 90 → "90", 97.5 → "97.5"."""
    return format(value.normalize(), "f")


def yuan(amount: Decimal) -> str:
    """¥5,000 for whole yuan, ¥5,000.50 or ¥5,000.1234 otherwise (never through float)."""
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if amount == amount.to_integral_value():
        return f"{sign}¥{int(amount):,}"
    places = max(2, -amount.normalize().as_tuple().exponent)   # type: ignore[operator]
    return f"{sign}¥{amount:,.{places}f}"


def percent(ratio: Decimal) -> str:
    """A deal/list ratio as a percentage to the hundredth: 0.97 → "97.00%"."""
    return f"{(ratio * HUNDRED).quantize(Decimal('0.01'))}%"


def zhe_number(ratio: Decimal) -> str:
    """The number before 折, as sales offices write it: 0.97 → "97", 0.9 → "9"; with decimals
    always the literal tenths, so nothing reads two ways: 0.975 → "9.75", 0.095 → "0.95"."""
    points = (ratio * HUNDRED).normalize()
    if points == points.to_integral_value() and 10 <= points < HUNDRED:
        return plain(points / 10) if points % 10 == 0 else plain(points)
    return plain(ratio * 10)


def rule_value_text(kind: str, value: Decimal) -> str:
    """97折, ¥5,000 or ¥100/m²."""
    if kind == "percent":
        if value >= 1:
            return QCoreApplication.translate(CONTEXT, "no discount")
        return QCoreApplication.translate(CONTEXT, "{zhe}折").format(zhe=zhe_number(value))
    if kind == "per_m2":
        return QCoreApplication.translate(CONTEXT, "{amount}/m²").format(amount=yuan(value))
    return yuan(value)


class _Table(QAbstractTableModel):
    """Rows of frozen dataclasses, shown read-only."""

    columns: tuple[str, ...] = ()

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

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        item, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(self.columns)):
            return None
        return self._headers()[section]

    # overridden
    def _display(self, item: Any, column: str) -> str:
        raise NotImplementedError

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _alignment(self, column: str) -> Any:
        return _LEFT

    def _foreground(self, item: Any, column: str) -> QColor | None:
        return None

    def _tooltip(self, item: Any, column: str) -> str | None:
        return None


class DiscountRuleModel(_Table):
    """The rules as the service returns them: active ones in stacking order, then the rest."""

    columns = RULE_COLUMNS

    def row_of(self, code: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.code == code), None)

    def active_rules(self) -> list[Any]:
        return [rule for rule in self._rows if rule.active]

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Order"), self.tr("Code"), self.tr("Name"), self.tr("Kind"),
                self.tr("Discount"), self.tr("Payment method"), self.tr("State"))

    def _display(self, rule: Any, column: str) -> str:
        if column == "sort_order":
            return str(rule.sort_order)
        if column == "kind":
            return deal_labels.discount_kind_name(rule.kind)
        if column == "value":
            return rule_value_text(rule.kind, rule.value)
        if column == "payment_method":
            return deal_labels.method_name(rule.payment_method) if rule.payment_method \
                else self.tr("Any")
        if column == "active":
            return self.tr("Active") if rule.active else self.tr("Inactive")
        return str(getattr(rule, column))

    def _alignment(self, column: str) -> Any:
        return _RIGHT if column in ("sort_order", "value") else _LEFT

    def _foreground(self, rule: Any, column: str) -> QColor | None:
        if not rule.active:
            return SKIPPED
        return DOWN if column == "active" else None

    def _tooltip(self, rule: Any, column: str) -> str | None:
        if column == "value" and rule.kind == "percent":
            return self.tr("The price before this rule × {ratio}").format(
                ratio=plain(rule.value))
        if column == "payment_method" and rule.payment_method:
            return self.tr("Only for deals paid by {method}").format(
                method=deal_labels.method_name(rule.payment_method))
        if column == "name":
            return rule.name
        return None


class StaffLimitModel(_Table):
    """Salespeople and sales managers: their own limit (the lowest deal/list ratio they may
    grant alone) or their level's, and whether they are a project director."""

    columns = STAFF_COLUMNS

    def __init__(self, own_staff_id: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.own_staff_id = own_staff_id

    def row_of(self, staff_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.staff_id == staff_id), None)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Login"), self.tr("Own discount limit"),
                self.tr("Project director"))

    def _display(self, staff: Any, column: str) -> str:
        if column == "full_name":
            if staff.staff_id == self.own_staff_id:
                return self.tr("{name} (you)").format(name=staff.full_name)
            return staff.full_name
        if column == "discount_limit":
            if staff.discount_limit is None:
                return self.tr("Level default")
            return percent(staff.discount_limit)
        if column == "director":
            return "✓" if staff.director else ""
        return str(getattr(staff, column))

    def _alignment(self, column: str) -> Any:
        return {"discount_limit": _RIGHT, "director": _CENTRE}.get(column, _LEFT)

    def _foreground(self, staff: Any, column: str) -> QColor | None:
        if column == "discount_limit" and staff.discount_limit is None:
            return SKIPPED
        return DOWN if column == "director" else None

    def _tooltip(self, staff: Any, column: str) -> str | None:
        if column == "discount_limit" and staff.discount_limit is not None:
            return self.tr("Alone, may sell down to {percent} of the list price").format(
                percent=percent(staff.discount_limit))
        if column == "discount_limit":
            return self.tr("The ceiling of their level applies")
        return None
