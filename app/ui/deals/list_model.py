"""The deals of a project as a table (DealRow from app.db.queries.deals): unit, building,
customer, salesperson, stage, deal total, payment method, approval, sign deadline or
contract number, pending change. A project holds a few thousand deals at most, so the list
is read whole; `DealSortProxy` sorts it by each column's natural order (money as money,
dates as dates), not by the displayed text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from app.domain.money import format_yuan
from app.ui.common.row_model import RowListModel
from app.ui.deals import labels

COLUMNS = ("unit", "building", "customer", "salesperson", "stage", "deal_total", "method",
           "approval", "deadline", "pending_change")
ROW_ROLE = Qt.ItemDataRole.UserRole          # the row's DealRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 1     # a value that sorts naturally
STAGE_COLOURS = {"small_deposit": QColor("#8a5a00"), "subscribed": QColor("#b26a00"),
                 "contracted": QColor("#2e7d32"), "cancelled": QColor("#9aa5b1"),
                 "lapsed": QColor("#9aa5b1"), "exchanged": QColor("#6b7785")}
APPROVAL_COLOURS = {"pending": QColor("#b26a00"), "approved": QColor("#2e7d32"),
                    "rejected": QColor("#c62828")}
OVERDUE = QColor("#c62828")
PENDING_CHANGE = QColor("#b26a00")
_RIGHT = frozenset({"deal_total"})


def deadline_of(deal: Any) -> dt.date | dt.datetime | None:
    """When the deal must move on: a small deposit's hold, a subscription's sign-by date."""
    if deal.stage == "small_deposit":
        return deal.small_deposit_until
    if deal.stage == "subscribed":
        return deal.sign_deadline
    return None


def deadline_text(deal: Any) -> str:
    """The contract number once signed, else the deadline (a small deposit's to the minute)."""
    if deal.contract_no:
        return deal.contract_no
    when = deadline_of(deal)
    if isinstance(when, dt.datetime):
        return when.astimezone().strftime("%Y-%m-%d %H:%M")
    return when.isoformat() if when else ""


def is_overdue(deal: Any, now: dt.datetime | None = None) -> bool:
    """Past its deadline but still live (a project that flags instead of releasing)."""
    if deal.flagged_at is not None:
        return True
    when = deadline_of(deal)
    now = now or dt.datetime.now(dt.UTC)
    if isinstance(when, dt.datetime):
        return when < now
    return when is not None and when < now.astimezone().date()


class DealListModel(RowListModel):
    column_count = len(COLUMNS)
    # the names the deal screens call the rows by
    set_deals, deals, deal_at = RowListModel.set_rows, RowListModel.rows, RowListModel.row_at

    def cell(self, deal: Any, index: int, role: int) -> Any:
        column = COLUMNS[index]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(deal, column)
        if role == ROW_ROLE:
            return deal
        if role == SORT_ROLE:
            return self._sort_key(deal, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(deal, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column in _RIGHT
                          else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(deal, column)
        return None

    def header(self, section: int) -> str:
        return (self.tr("Unit"), self.tr("Building"), self.tr("Customer"),
                self.tr("Consultant"), self.tr("Stage"), self.tr("Deal total"),
                self.tr("Payment"), self.tr("Approval"), self.tr("Sign by / contract"),
                self.tr("Pending change"))[section]

    # --- internals --------------------------------------------------------------------------

    @staticmethod
    def _display(deal: Any, column: str) -> str:
        if column == "unit":
            return deal.unit_code
        if column == "building":
            return deal.building_name
        if column == "customer":
            return deal.customer_name
        if column == "salesperson":
            return deal.staff_name
        if column == "stage":
            return labels.stage_name(deal.stage)
        if column == "deal_total":
            return format_yuan(deal.deal_total) if deal.deal_total is not None else "—"
        if column == "method":
            return labels.method_name(deal.payment_method)
        if column == "approval":
            return "" if deal.approval == "not_needed" else labels.approval_name(deal.approval)
        if column == "deadline":
            return deadline_text(deal)
        return labels.change_kind_name(deal.pending_change)

    @staticmethod
    def _sort_key(deal: Any, column: str) -> Any:
        if column == "deal_total":
            total = deal.deal_total
            return "" if total is None else format(Decimal(total), "020.2f")
        if column == "stage":
            return list(labels.STAGES).index(deal.stage) if deal.stage in labels.STAGES else 99
        if column == "deadline":
            if deal.contract_no:
                return "1" + deal.contract_no
            when = deadline_of(deal)
            return "0" + (when.isoformat() if when else "")
        return DealListModel._display(deal, column)

    @staticmethod
    def _colour(deal: Any, column: str) -> QColor | None:
        if column == "stage":
            return STAGE_COLOURS.get(deal.stage)
        if column == "approval":
            return APPROVAL_COLOURS.get(deal.approval)
        if column == "deadline" and not deal.contract_no and is_overdue(deal):
            return OVERDUE
        if column == "pending_change":
            return PENDING_CHANGE
        return None

    def _tooltip(self, deal: Any, column: str) -> str | None:
        if column == "approval" and deal.approval_level:
            return self.tr("Needs: {level}").format(level=labels.level_name(deal.approval_level))
        if column == "stage" and deal.end_reason:
            return deal.end_reason
        if column == "deadline" and not deal.contract_no and is_overdue(deal):
            return self.tr("Past its deadline")
        return None


class DealSortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (money as a number, stages in their order, dates as dates)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def deal_at(self, row: int) -> Any | None:
        if not 0 <= row < self.rowCount():
            return None
        return self.index(row, 0).data(ROW_ROLE)

    def row_of(self, deal_id: int) -> int | None:
        source: Any = self.sourceModel()
        row = source.row_of(deal_id) if source is not None else None
        if row is None:
            return None
        mapped = self.mapFromSource(source.index(row, 0))
        return mapped.row() if mapped.isValid() else None
