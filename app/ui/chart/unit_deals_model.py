"""A unit's deals, newest first, as a read-only table over DealRow: stage, customer,
salesperson, deal total, deposit, when subscribed, the contract, how it ended — who
reserved or contracted the unit and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.deals import labels
from app.ui.deals.sale_form import money_text

STAGE, CUSTOMER, STAFF, TOTAL, DEPOSIT, STARTED, CONTRACT, ENDED = range(8)
ROW_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ENDED_COLOUR = QColor("#8a94a3")


def _day(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = (value.astimezone() if value.tzinfo else value).date()
    return value.isoformat()


class UnitDealsModel(QAbstractTableModel):
    def __init__(self, rows: Sequence = (), parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int):  # noqa: ANN201
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        deal, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(deal, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TOTAL, DEPOSIT):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and deal.ended_at is not None:
            return _ENDED_COLOUR
        if role == ROW_ROLE:
            return deal
        return None

    def _text(self, deal, column: int) -> str:  # noqa: ANN001
        if column == STAGE:
            return labels.stage_name(deal.stage)
        if column == CUSTOMER:
            return deal.customer_name
        if column == STAFF:
            return deal.staff_name
        if column == TOTAL:
            return money_text(deal.deal_total) if deal.deal_total is not None else ""
        if column == DEPOSIT:
            return money_text(deal.deposit)
        if column == STARTED:
            return _day(deal.subscribed_at or deal.created_at)
        if column == CONTRACT:
            if not deal.contract_no:
                return ""
            return f"{deal.contract_no} · {_day(deal.signed_on)}"
        if deal.ended_at is None:
            return ""
        return " · ".join(p for p in (_day(deal.ended_at), deal.end_reason or "") if p)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Stage"), self.tr("Customer"), self.tr("Salesperson"),
                 self.tr("Deal total"), self.tr("Deposit"), self.tr("Reserved on"),
                 self.tr("Contract"), self.tr("Ended"))
        return names[section] if 0 <= section < len(names) else None
