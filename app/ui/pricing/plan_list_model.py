"""Submitted price plans and adjustments of a project, newest first, as a table: what kind,
its name, where it stands (待审批 / 已批准 / 已驳回, coloured), who submitted it and when, how
many units it prices, and — once approved — how many were adjusted and how many had been sold
meanwhile and kept their price."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.ui.common.row_model import RowListModel
from app.ui.pricing import labels
from app.ui.pricing.style import STATUS_COLOURS

COLUMNS = ("kind", "name", "status", "author", "submitted_at", "units", "result", "note")
PLAN_ROLE = Qt.ItemDataRole.UserRole       # the row's PlanSummary
_NUMBERS = frozenset({"units"})


class PlanListModel(RowListModel):
    column_count = len(COLUMNS)
    # the names the pricing screen calls the rows by
    set_plans, plans, plan_at = RowListModel.set_rows, RowListModel.rows, RowListModel.row_at

    def cell(self, plan: Any, index: int, role: int) -> Any:
        column = COLUMNS[index]
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

    def header(self, section: int) -> str:
        return (self.tr("Kind"), self.tr("Name"), self.tr("Status"), self.tr("Submitted by"),
                self.tr("Submitted at"), self.tr("Units"), self.tr("Result"),
                self.tr("Note"))[section]

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
