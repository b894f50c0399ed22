"""Submitted price plans and adjustments of a project, newest first, as a table: what kind,
its name, where it stands (待审批 / 已批准 / 已驳回, coloured), who submitted it and when, how
many units it prices, and — once approved — how many were adjusted and how many had been sold
meanwhile and kept their price."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.pricing import labels
from app.ui.pricing.style import STATUS_COLOURS

COLUMNS = ("kind", "name", "status", "author", "submitted_at", "units", "result", "note")
PLAN_ROLE = Qt.ItemDataRole.UserRole       # the row's PlanSummary
_Index = QModelIndex | QPersistentModelIndex
_NUMBERS = frozenset({"units"})


class PlanListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plans: list[Any] = []

    def set_plans(self, plans: Iterable[Any]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def plans(self) -> list[Any]:
        return list(self._plans)

    def plan_at(self, row: int) -> Any | None:
        return self._plans[row] if 0 <= row < len(self._plans) else None

    def row_of(self, plan_id: int) -> int | None:
        return next((i for i, p in enumerate(self._plans) if p.id == plan_id), None)

    # --- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt signature
        return 0 if parent.isValid() else len(self._plans)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plans):
            return None
        plan, column = self._plans[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(plan, column)
        if role == PLAN_ROLE:
            return plan
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return STATUS_COLOURS.get(plan.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column in _NUMBERS
                          else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(plan, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(COLUMNS)):
            return None
        return (self.tr("Kind"), self.tr("Name"), self.tr("Status"), self.tr("Submitted by"),
                self.tr("Submitted at"), self.tr("Units"), self.tr("Result"),
                self.tr("Note"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- internals --------------------------------------------------------------------------

    def _display(self, plan: Any, column: str) -> str:
        if column == "kind":
            return labels.label(labels.KINDS, plan.kind)
        if column == "status":
            return labels.label(labels.STATUSES, plan.status)
        if column == "submitted_at":
            at = plan.submitted_at
            return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""
        if column == "units":
            return str(plan.units)
        if column == "result":
            return self._result(plan)
        if column == "author":
            return plan.author
        if column == "note":
            return plan.decision_note or ""
        return plan.name

    def _tooltip(self, plan: Any, column: str) -> str | None:
        if column in ("status", "note") and plan.decided_by:
            decided = self.tr("Decided by {who}").format(who=plan.decided_by)
            note = plan.decision_note
            return f"{decided}\n{note}" if column == "note" and note else decided
        if column in ("name", "note"):
            return self._display(plan, column) or None
        return None

    def _result(self, plan: Any) -> str:
        if plan.status != "approved" or plan.applied_units is None:
            return "—"
        if plan.skipped_units:
            return self.tr("{applied} adjusted, {skipped} kept (sold)").format(
                applied=plan.applied_units, skipped=plan.skipped_units)
        return self.tr("{applied} adjusted").format(applied=plan.applied_units)
