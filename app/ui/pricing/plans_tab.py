"""审批: the project's submitted plans and adjustments with their status. A sales manager
(not the author) or an administrator approves — the database then changes the list prices
of the units still unsold and says how many were adjusted and how many sold meanwhile kept
their price — or rejects with a reason. Executives read the list only.

Signals:
    approved(): a plan was approved: list prices changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.tables import style_table
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.pricing.plan_list_model import COLUMNS, PlanListModel
from app.ui.pricing.style import PRICING_CSS

WIDTHS = {"kind": 76, "name": 200, "status": 72, "author": 108, "submitted_at": 132,
          "units": 52, "result": 180, "note": 150}
STRETCH = ("name", "note")
ROW_HEIGHT = 32


class PlansTab(QWidget):
    approved = Signal()

    def __init__(self, engine: Any, runner: Any, can_decide: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("plans_tab")
        self._engine, self._runner = engine, runner
        self.can_decide = can_decide
        self.project_id: int | None = None
        self._busy = False
        self.confirm_box: QMessageBox | None = None
        self.reject_dialog: Any = None
        self.model = PlanListModel(self)
        self.view = QTableView()
        self.view.setObjectName("plans")
        self.caption, self.count = QLabel(), QLabel()
        self.caption.setProperty("section", True)
        self.count.setProperty("muted", True)
        self.banner = QLabel()
        self.banner.setObjectName("plans_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.empty = QLabel()
        self.empty.setProperty("muted", True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.refresh_button = QPushButton(qta.icon("fa6s.arrows-rotate"), "")
        self.reject_button = QPushButton(qta.icon("fa6s.xmark", color="#c62828"), "")
        self.reject_button.setObjectName("reject")
        self.approve_button = QPushButton(qta.icon("fa6s.check", color="white"), "")
        self.approve_button.setObjectName("approve")
        self.approve_button.setProperty("primary", True)
        self._build()
        self.refresh_button.clicked.connect(lambda: self.reload())
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._retranslate()
        self._update_buttons()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        style_table(view, [WIDTHS[name] for name in COLUMNS], row_height=ROW_HEIGHT,
                    stretch=[i for i, name in enumerate(COLUMNS) if name in STRETCH])
        self.empty.setStyleSheet("QLabel { background: white; border: 1px dashed #cbd3dc;"
                                 " border-radius: 6px; padding: 24px; }")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(view)
        for button in (self.approve_button, self.reject_button):
            button.setVisible(self.can_decide)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.caption)
        head.addWidget(self.count)
        head.addStretch(1)
        for button in (self.refresh_button, self.reject_button, self.approve_button):
            head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    # --- loading ----------------------------------------------------------------------------

    def load(self, project_id: int) -> None:
        if project_id != self.project_id:
            set_banner(self.banner, "ok", "")
            self.model.set_plans([])
        self.project_id = project_id
        self.reload()

    def reload(self, select: int | None = None) -> None:
        from app.services.price_plans import plans

        if self.project_id is None:
            return
        engine, project_id = self._engine, self.project_id
        current = self.selected_plan()
        wanted = select if select is not None else (current.id if current else None)
        self._runner.run(f"pricing-plans-{id(self)}", lambda: plans(engine, project_id),
                         lambda rows: self._on_plans(rows, wanted),
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def is_loading(self) -> bool:
        return self._runner.is_busy(f"pricing-plans-{id(self)}")

    def _on_plans(self, rows: list, wanted: int | None) -> None:
        self.model.set_plans(rows)
        self.count.setText(self.tr("{n} plans").format(n=len(rows)))
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.view.selectRow(row)

    # --- deciding ---------------------------------------------------------------------------

    def selected_plan(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.plan_at(rows[0].row()) if rows else None

    def select_plan(self, plan_id: int) -> None:
        row = self.model.row_of(plan_id)
        if row is not None:
            self.view.selectRow(row)

    def approve_selected(self) -> None:
        """批准, after a confirmation: the list prices change at once."""
        plan = self.selected_plan()
        if not self.can_decide or plan is None or plan.status != "submitted":
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Approve price plan"),
                          self.tr("Approve “{name}”? The list prices of its {n} unit(s) "
                                  "change now; units sold since it was submitted keep their "
                                  "price.").format(name=plan.name, n=plan.units),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        for standard, text in ((QMessageBox.StandardButton.Yes, self.tr("Approve")),
                               (QMessageBox.StandardButton.Cancel, self.tr("Cancel"))):
            box.button(standard).setText(text)
            box.button(standard).setIcon(QIcon())   # the platform's tick and cross look dated
        box.button(QMessageBox.StandardButton.Yes).setProperty("primary", True)
        box.setStyleSheet(PRICING_CSS)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self._on_confirm(box, button, plan))
        self.confirm_box = box
        box.open()

    def _on_confirm(self, box: QMessageBox, button: QAbstractButton, plan: Any) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self._decide(plan, True, None)

    def reject_selected(self) -> None:
        """驳回 with a reason (the dialog stays open until the rejection is saved)."""
        from app.ui.pricing.reject_dialog import RejectDialog

        plan = self.selected_plan()
        if not self.can_decide or plan is None or plan.status != "submitted":
            return
        dialog = RejectDialog(plan.name, self)
        dialog.submitted.connect(lambda: self._decide(plan, False, dialog.reason_text(),
                                                      dialog))
        self.reject_dialog = dialog
        dialog.open()

    def _decide(self, plan: Any, approve: bool, note: str | None, dialog: Any = None) -> None:
        from app.services.price_plans import decide

        engine = self._engine
        self._busy = True
        self._update_buttons()
        set_banner(self.banner, "ok", "")

        def done(decision: Any) -> None:
            self._busy = False
            if dialog is not None:
                dialog.succeeded()
            set_banner(self.banner, "ok", self._result_text(plan, approve, decision))
            self.reload(select=plan.id)
            if approve:
                self.approved.emit()

        def failed(error: BaseException) -> None:
            self._busy = False
            self._update_buttons()
            if dialog is not None:
                dialog.failed(error)
            else:
                set_banner(self.banner, "error", message_of(error))
            self.reload(select=plan.id)

        self._runner.run(f"pricing-decide-{id(self)}",
                         lambda: decide(engine, plan.id, approve, note), done, failed)

    def _result_text(self, plan: Any, approve: bool, decision: Any) -> str:
        if not approve:
            return self.tr("Rejected “{name}”; list prices stay as they were.").format(
                name=plan.name)
        if decision.skipped:
            return self.tr("Approved “{name}”: {applied} units adjusted, {skipped} sold "
                           "units kept their price.").format(
                name=plan.name, applied=decision.applied, skipped=decision.skipped)
        return self.tr("Approved “{name}”: {applied} units adjusted.").format(
            name=plan.name, applied=decision.applied)

    def _update_buttons(self) -> None:
        plan = self.selected_plan()
        pending = plan is not None and plan.status == "submitted" and not self._busy
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.caption.setText(self.tr("Submitted plans"))
        self.approve_button.setText(self.tr("Approve…"))
        self.reject_button.setText(self.tr("Reject…"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.empty.setText(self.tr("No price plan has been submitted for this project yet."))
        self.approve_button.setToolTip(self.tr("Approved by a sales manager other than the "
                                               "author, or an administrator"))
