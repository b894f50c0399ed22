"""The launch-day order (开盘选房顺序) of a project: its queue numbers by number, with who holds
each and the intention fee. Salespeople and managers issue numbers, refund one (the fee goes
back, with a reason) and start the subscription of the customer whose turn it is; the
others only read. Refreshes itself whenever a deal view says something changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.statuses import Role
from app.ui.common.errors import error_text
from app.ui.customers.style import set_banner
from app.ui.deals.events import deal_events, deals_changed
from app.ui.deals.queue_model import CUSTOMER, QueueModel
from app.ui.deals.sale_form import money_text


class QueueTab(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue_tab")
        self.context = context
        self.project_id: int | None = None
        self.seller = context.session.has(Role.SALES, Role.SALES_MANAGER)
        self.dialog: Any = None
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setObjectName("queue_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.show_all = QCheckBox(self.tr("Show used and refunded numbers"))
        self.summary = QLabel()
        self.summary.setObjectName("queue_summary")
        self.issue_button = QPushButton(self.tr("Issue number…"))
        self.issue_button.setObjectName("issue_button")
        self.subscribe_button = QPushButton(self.tr("Subscribe…"))
        self.subscribe_button.setObjectName("subscribe_button")
        self.subscribe_button.setToolTip(self.tr("The customer's turn: reserve the unit they "
                                                 "choose, using this queue number"))
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.refund_button.setObjectName("refund_button")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.show_all)
        for button in (self.issue_button, self.subscribe_button, self.refund_button):
            button.setVisible(self.seller)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self.show_all.toggled.connect(lambda _c: self.reload())
        self.issue_button.clicked.connect(self.issue)
        self.refund_button.clicked.connect(self.ask_refund)
        self.subscribe_button.clicked.connect(self.subscribe)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        deal_events().changed.connect(self._on_deals_changed)
        self._update()

    # --- public -----------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        if self.project_id is None:
            self.model.set_rows([])
            self._update()
            return
        from app.services import deals

        engine, project_id = self.context.login.engine, self.project_id
        active_only = not self.show_all.isChecked()
        self.context.runner.run(f"queue-tab-{id(self)}",
                                lambda: deals.queue_list(engine, project_id, active_only),
                                self._on_rows, self._show_error)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def issue(self) -> Any:
        from app.ui.deals.sale_actions import open_queue_ticket

        if self.project_id is not None:
            self.dialog = open_queue_ticket(self, self.context, self.project_id)
        return self.dialog

    def subscribe(self) -> Any:
        from app.ui.deals.sale_actions import open_subscribe

        row = self.selected()
        if row is not None and row.status == "active":
            self.dialog = open_subscribe(self, self.context, customer_id=row.customer_id,
                                         project_id=self.project_id)
        return self.dialog

    def ask_refund(self) -> Any:
        from app.ui.chart.reason_dialog import ReasonDialog

        row = self.selected()
        if row is None or row.status != "active":
            return None
        dialog = ReasonDialog(self.tr("Refund queue number"), self.tr(
            "Refund the intention fee of {fee} to {name} and give up number {number}?\n"
            "Please give the reason.").format(fee=money_text(row.intention_fee),
                                              name=row.customer_name, number=row.number),
            True, self)
        dialog.reason_edit.clear()
        dialog.reason_edit.addItems(["", self.tr("Customer changed their mind"),
                                     self.tr("Bought elsewhere"), self.tr("Financing failed")])
        dialog.setObjectName("refund_dialog")
        dialog.accepted.connect(lambda: self.refund(row.id, dialog.reason()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def refund(self, ticket_id: int, reason: str) -> None:
        from app.services import deals

        engine = self.context.login.engine

        def done(_result: Any) -> None:
            set_banner(self.banner, "ok", self.tr("The queue number was refunded."))
            deals_changed(None)

        self.context.runner.run(f"queue-refund-{ticket_id}",
                                lambda: deals.refund_queue_ticket(engine, ticket_id, reason),
                                done, self._show_error)

    # --- reactions --------------------------------------------------------------------------

    def _on_rows(self, rows: list) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            for index in range(self.model.rowCount()):
                if self.model.row(index).id == selected.id:
                    self.table.selectRow(index)
        self.summary.setText(self.tr("{n} active numbers · intention fees {total}").format(
            n=self.model.active_count(), total=money_text(self.model.active_fees())))
        self._update()

    def _on_deals_changed(self, _ids: Any) -> None:
        if self.project_id is not None:
            self.reload()

    def _show_error(self, error: BaseException) -> None:
        set_banner(self.banner, "error", error_text(error))

    def _update(self) -> None:
        row = self.selected()
        active = row is not None and row.status == "active"
        self.issue_button.setEnabled(self.project_id is not None)
        self.refund_button.setEnabled(active)
        self.subscribe_button.setEnabled(active)
