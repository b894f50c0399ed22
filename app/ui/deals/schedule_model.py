"""A payment schedule (付款计划) as an editable table: kind of payment, due date, amount — the
lines `generate_schedule` made from the payment method's template, then changed by hand.
Amounts are Decimal, typed with parse_money's rules; a typed amount that is not money is
refused (the cell keeps its value) and `input_refused` says why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from app.domain.payment_plans import LineKind, ScheduleLine
from app.ui.deals import labels
from app.ui.deals.sale_form import money_input_text, money_text

KIND, DUE, AMOUNT = range(3)
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
             | Qt.ItemFlag.ItemIsEditable)


class ScheduleModel(QAbstractTableModel):
    """Signals:
        input_refused(str): a typed amount was not accepted (the message to show).
    """

    input_refused = Signal(str)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._lines: list[ScheduleLine] = []

    # --- the lines --------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[ScheduleLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[ScheduleLine]:
        return list(self._lines)

    def total(self) -> Decimal:
        return sum((line.amount for line in self._lines), Decimal("0.00"))

    def add_line(self, line: ScheduleLine) -> None:
        at = len(self._lines)
        self.beginInsertRows(QModelIndex(), at, at)
        self._lines.append(line)
        self.endInsertRows()

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    # --- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                name = labels.schedule_kind_name(line.kind)
                return self.tr("{kind} (paid)").format(kind=name) if line.paid else name
            if column == DUE:
                return line.due_date.isoformat()
            return money_text(line.amount)
        if role == Qt.ItemDataRole.EditRole:
            if column == KIND:
                return str(line.kind)
            if column == DUE:
                return QDate(line.due_date)
            return money_input_text(line.amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return int(_RIGHT)
        return None

    def setData(self, index: _Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or not 0 <= index.row() < len(self._lines):
            return False
        line, column = self._lines[index.row()], index.column()
        if column == KIND:
            if str(value) not in {k.value for k in LineKind}:
                return False
            new = ScheduleLine(LineKind(str(value)), line.due_date, line.amount,
                               line.paid and str(value) == LineKind.DEPOSIT)
        elif column == DUE:
            day = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(day, dt.date):
                return False
            new = ScheduleLine(line.kind, day, line.amount, line.paid)
        else:
            amount = self._amount(value)
            if amount is None:
                return False
            new = ScheduleLine(line.kind, line.due_date, amount, line.paid)
        self._lines[index.row()] = new
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def _amount(self, value: object) -> Decimal | None:
        from app.domain.customer_rules import parse_money
        from app.domain.errors import ValidationError
        from app.services.errors import from_validation
        from app.ui.common.errors import user_message

        try:
            amount = parse_money(str(value), "amount")
        except ValidationError as error:
            self.input_refused.emit(user_message(from_validation(error)))
            return None
        if amount is None or amount <= 0:
            self.input_refused.emit(self.tr("An amount must be above zero."))
            return None
        return amount

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = (self.tr("Payment"), self.tr("Due date"), self.tr("Amount"))
        return names[section] if 0 <= section < len(names) else None


class KindDelegate(QStyledItemDelegate):
    """The payment kind chosen from a list rather than typed."""

    def createEditor(self, parent: QWidget, option, index) -> QWidget:  # noqa: ANN001, N802
        combo = QComboBox(parent)
        for code, text in labels.choices(labels.SCHEDULE_KINDS):
            combo.addItem(text, code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: ANN001, N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
