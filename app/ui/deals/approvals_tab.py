"""审批 for managers: the project's discounts waiting for approval and its change requests
waiting for a decision, each with approve (after a confirmation saying what happens) and
reject (with a reason). Under the lists, what the selected item does — the refund and the
forfeited deposit, the new unit and its price, the new buyers, the settlement amounts.
The database decides who may decide; its refusals show here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_yuan
from app.ui.common.tables import style_table
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.deals import labels
from app.ui.deals.approval_models import ChangeRequestModel, DiscountApprovalModel
from app.ui.deals.change_text import describe
from app.ui.deals.decisions import DealDecisions
from app.ui.deals.events import deal_events

ROW_HEIGHT = 30


def load_pending(engine: Any, project_id: int) -> tuple[list, list]:
    """(deals with a discount waiting, pending changes) of the project — pool thread."""
    from app.db.queries.deals import DealQuery
    from app.services.deal_changes import pending
    from app.services.deals import deal_list

    deals = [d for d in deal_list(engine, DealQuery(project_id, stages=("subscribed",),
                                                    needs_approval=True))
             if d.approval == "pending"]
    return deals, pending(engine, project_id)


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    style_table(view, row_height=ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class ApprovalsTab(QWidget):
    def __init__(self, engine: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("approvals_tab")
        self._engine, self._runner = engine, runner
        self._key = f"deal-approvals-{id(self)}"
        self.project_id: int | None = None
        self.decisions = DealDecisions(self, engine, runner)
        self.discounts = DiscountApprovalModel(self)
        self.changes = ChangeRequestModel(self)
        self.discount_view = _table(self.discounts, "pending_discounts")
        self.change_view = _table(self.changes, "pending_changes")
        self.discount_caption, self.change_caption = QLabel(), QLabel()
        for caption in (self.discount_caption, self.change_caption):
            caption.setProperty("section", True)
        self.banner = QLabel()
        self.banner.setObjectName("approvals_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.what = QLabel()
        self.what.setObjectName("approval_what")
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what.setStyleSheet("QLabel { background: white; border: 1px solid #dde3ea;"
                                " border-radius: 6px; padding: 10px 12px; }")
        self.refresh_button = QPushButton(qta.icon("fa6s.arrows-rotate"), "")
        self.approve_discount_button = QPushButton(qta.icon("fa6s.check", color="white"), "")
        self.approve_discount_button.setProperty("primary", True)
        self.reject_discount_button = QPushButton(qta.icon("fa6s.xmark", color="#c62828"), "")
        self.approve_change_button = QPushButton(qta.icon("fa6s.check", color="white"), "")
        self.approve_change_button.setProperty("primary", True)
        self.reject_change_button = QPushButton(qta.icon("fa6s.xmark", color="#c62828"), "")
        self._build()
        self._connect()
        self._retranslate()
        self._update()

    def _build(self) -> None:
        def head(caption: QLabel, *buttons: QPushButton) -> QHBoxLayout:
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(caption)
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
            return row

        def block(layout_head: QHBoxLayout, view: QTableView) -> QWidget:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(6)
            column.addLayout(layout_head)
            column.addWidget(view, 1)
            return box

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(block(head(self.discount_caption, self.refresh_button,
                                   self.reject_discount_button, self.approve_discount_button),
                              self.discount_view))
        split.addWidget(block(head(self.change_caption, self.reject_change_button,
                                   self.approve_change_button), self.change_view))
        split.addWidget(self.what)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.refresh_button.clicked.connect(self.reload)
        self.discount_view.selectionModel().selectionChanged.connect(
            lambda: self._selected_in(self.discount_view))
        self.change_view.selectionModel().selectionChanged.connect(
            lambda: self._selected_in(self.change_view))
        for model in (self.discounts, self.changes):
            model.modelReset.connect(self._update)
        self.approve_discount_button.clicked.connect(
            lambda: self._act(self.selected_discount(), self.decisions.approve_discount))
        self.reject_discount_button.clicked.connect(
            lambda: self._act(self.selected_discount(), self.decisions.reject_discount))
        self.approve_change_button.clicked.connect(
            lambda: self._act(self.selected_change(), self.decisions.approve_change))
        self.reject_change_button.clicked.connect(
            lambda: self._act(self.selected_change(), self.decisions.reject_change))
        self.decisions.decided.connect(lambda text: set_banner(self.banner, "ok", text))
        self.decisions.failed.connect(
            lambda error: set_banner(self.banner, "error", message_of(error)))
        deal_events().changed.connect(self._on_deals_changed)

    # --- public -----------------------------------------------------------------------------

    def load(self, project_id: int | None) -> None:
        if project_id != self.project_id:
            set_banner(self.banner, "ok", "")
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        if self.project_id is None:
            return
        engine, project_id = self._engine, self.project_id
        self._runner.run(self._key, lambda: load_pending(engine, project_id), self._on_loaded,
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def _on_deals_changed(self, _ids: Any) -> None:
        self.reload()

    def is_loading(self) -> bool:
        return self._runner.is_busy(self._key)

    def pending_count(self) -> int:
        return self.discounts.rowCount() + self.changes.rowCount()

    def selected_discount(self) -> Any | None:
        rows = self.discount_view.selectionModel().selectedRows()
        return self.discounts.row_at(rows[0].row()) if rows else None

    def selected_change(self) -> Any | None:
        rows = self.change_view.selectionModel().selectedRows()
        return self.changes.row_at(rows[0].row()) if rows else None

    # --- internals --------------------------------------------------------------------------

    def _on_loaded(self, result: tuple[list, list]) -> None:
        discount, change = self.selected_discount(), self.selected_change()
        self.discounts.set_rows(result[0])
        self.changes.set_rows(result[1])
        for view, model, chosen in ((self.discount_view, self.discounts, discount),
                                    (self.change_view, self.changes, change)):
            row = model.row_of(chosen.id) if chosen is not None else None
            if row is not None:
                view.selectRow(row)
        self._retranslate()
        self._update()

    def _selected_in(self, view: QTableView) -> None:
        other = self.change_view if view is self.discount_view else self.discount_view
        if view.selectionModel().hasSelection():
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
        self._update()

    def _act(self, row: Any, action: Any) -> None:
        if row is not None and not self.decisions.is_busy():
            action(row)

    def _update(self) -> None:
        discount, change = self.selected_discount(), self.selected_change()
        busy = self.decisions.is_busy()
        for button in (self.approve_discount_button, self.reject_discount_button):
            button.setEnabled(discount is not None and not busy)
        for button in (self.approve_change_button, self.reject_change_button):
            button.setEnabled(change is not None and not busy)
        self.what.setText(self._what(discount, change))

    def _what(self, discount: Any, change: Any) -> str:
        if change is not None:
            head = self.tr("{kind} of {unit} — {customer}. Reason: {reason}").format(
                kind=labels.change_kind_name(change.kind), unit=change.unit_code,
                customer=change.customer_name, reason=change.reason)
            return "\n".join([head, *describe(change.kind, change.request)])
        if discount is not None:
            return self.tr("{unit} — {customer}: list {list_total}, deal total {total}, paid "
                           "by {method}. Needs the approval of: {level}.").format(
                unit=discount.unit_code, customer=discount.customer_name,
                list_total=format_yuan(discount.list_total),
                total=format_yuan(discount.deal_total),
                method=labels.method_name(discount.payment_method),
                level=labels.level_name(discount.approval_level))
        return self.tr("Select a discount or a change to see what it does.")

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._update()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.discount_caption.setText(self.tr("Discounts waiting for approval ({n})").format(
            n=self.discounts.rowCount()))
        self.change_caption.setText(self.tr("Change requests waiting for a decision ({n})")
                                    .format(n=self.changes.rowCount()))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        for button in (self.approve_discount_button, self.approve_change_button):
            button.setText(self.tr("Approve…"))
        for button in (self.reject_discount_button, self.reject_change_button):
            button.setText(self.tr("Reject…"))
