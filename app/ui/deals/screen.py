"""交易: the deals of a project — a sortable list on the left (unit, customer, consultant,
stage, total, payment, approval, deadline or contract, pending change) and the chosen deal
in full on the right, with the actions its stage and the user's roles allow. Managers and
administrators also get 审批: the discounts and change requests waiting for them.

A salesperson sees the deals of their own customers (row-level security decides); finance
and executives read everything and change nothing. Every open deal view refreshes when
`app.ui.deals.events.deals_changed` is called."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.statuses import Role
from app.ui.common.tables import style_table
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.deals.detail_actions import sale_action
from app.ui.deals.detail_panel import DealDetailPanel
from app.ui.deals.events import deal_events
from app.ui.deals.filter_bar import DealFilterBar
from app.ui.deals.list_model import COLUMNS, DealListModel, DealSortProxy
from app.ui.pricing.style import PRICING_CSS

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext

WIDTHS = {"unit": 84, "building": 58, "customer": 70, "salesperson": 64, "stage": 76,
          "deal_total": 112, "method": 96, "approval": 64, "deadline": 124,
          "pending_change": 104}
ROW_HEIGHT = 30


def _queue_tab(context: Any) -> QWidget | None:
    """The launch-day queue numbers (app.ui.deals.queue_tab), while it exists."""
    try:
        from app.ui.deals.queue_tab import QueueTab
    except ImportError:
        return None
    return QueueTab(context)


class DealsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("deals")
        self.setStyleSheet(PRICING_CSS)
        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        self._key = f"deal-list-{id(self)}"
        session = context.session
        self.seller = session.has(Role.SALES, Role.SALES_MANAGER)
        self.decider = session.has(Role.SALES_MANAGER, Role.ADMIN)
        self.query: Any = None
        self.title, self.count_label = QLabel(), QLabel()
        self.title.setObjectName("screen_title")
        self.count_label.setProperty("muted", True)
        self.filters = DealFilterBar(show_approval=self.decider)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.model = DealListModel(self)
        self.proxy = DealSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("deal_table")
        self.detail = DealDetailPanel(context)
        self.refresh_button = QPushButton(qta.icon("fa6s.arrows-rotate"), "")
        self.queue_button = QPushButton(qta.icon("fa6s.ticket"), "")
        self.queue_button.setObjectName("queue_button")
        self.deposit_button = QPushButton(qta.icon("fa6s.hand-holding-dollar"), "")
        self.deposit_button.setObjectName("small_deposit_button")
        self.subscribe_button = QPushButton(qta.icon("fa6s.file-signature", color="white"), "")
        self.subscribe_button.setObjectName("new_subscription_button")
        self.subscribe_button.setProperty("primary", True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deal_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.queue = _queue_tab(context)
        self.survey = None
        if self.seller:
            from app.ui.deals.survey_import import SurveyImport

            self.survey = SurveyImport(context, self.filters.project_id, self)
            self.survey_button = self.survey.button()
        self.approvals = None
        if self.decider:
            from app.ui.deals.approvals_tab import ApprovalsTab

            self.approvals = ApprovalsTab(self._engine, self._runner)
        self._build()
        self._connect()
        self._retranslate()
        self._load_projects()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)   # the database's order first
        style_table(view, [WIDTHS[name] for name in COLUMNS], row_height=ROW_HEIGHT)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("deal_split")
        split.setChildrenCollapsible(False)
        split.addWidget(view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([sum(WIDTHS.values()) + 24, 480])
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 10, 0, 0)
        column.addWidget(split)
        self.list_page = page
        self.tabs.addTab(page, "")
        if self.queue is not None:
            self.tabs.addTab(self.queue, "")
        if self.approvals is not None:
            self.tabs.addTab(self.approvals, "")
        offers = {self.queue_button: "open_queue_ticket",
                  self.deposit_button: "open_small_deposit",
                  self.subscribe_button: "open_subscribe"}
        for button, name in offers.items():
            button.setVisible(self.seller and sale_action(name) is not None)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        if self.survey is not None:
            head.addWidget(self.survey_button)
        for button in (self.queue_button, self.deposit_button, self.subscribe_button):
            head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.filters.query_changed.connect(self._on_query)
        self.filters.project_changed.connect(self._on_project)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.refresh_button.clicked.connect(self.reload)
        self.tabs.currentChanged.connect(
            lambda _i: self.filters.set_list_filters_visible(
                self.tabs.currentWidget() is self.list_page))
        self.queue_button.clicked.connect(
            lambda: self._sale("open_queue_ticket", self.filters.project_id()))
        self.deposit_button.clicked.connect(lambda: self._sale("open_small_deposit"))
        self.subscribe_button.clicked.connect(lambda: self._sale("open_subscribe"))
        deal_events().changed.connect(self._on_deals_changed)
        if self.approvals is not None:
            self.approvals.discounts.modelReset.connect(self._retranslate)
            self.approvals.changes.modelReset.connect(self._retranslate)

    # --- public -----------------------------------------------------------------------------

    def reload(self) -> None:
        from app.services.deals import deal_list

        if self.query is None:
            return
        engine, query = self._engine, self.query
        self._runner.run(self._key, lambda: deal_list(engine, query), self._on_deals,
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def is_ready(self) -> bool:
        """Projects and the list are loaded (tests wait for this)."""
        return (self.query is not None and not self._runner.is_busy(self._key)
                and not self._runner.is_busy(f"deal-projects-{id(self)}")
                and not self.detail.is_loading()
                and (self.approvals is None or not self.approvals.is_loading()))

    def select_deal(self, deal_id: int) -> bool:
        row = self.proxy.row_of(deal_id)
        if row is not None:
            self.view.selectRow(row)
        return row is not None

    def selected_deal(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.deal_at(rows[0].row()) if rows else None

    # --- reactions --------------------------------------------------------------------------

    def _load_projects(self) -> None:
        from app.services.chart import list_projects

        engine = self._engine
        self._runner.run(f"deal-projects-{id(self)}", lambda: list_projects(engine),
                         self._on_projects,
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def _on_projects(self, projects: list) -> None:
        if not projects:
            set_banner(self.banner, "info", self.tr(
                "There is no project yet. An administrator imports the units first."))
        self.filters.set_projects(projects)

    def _on_project(self, project_id: Any) -> None:
        if self.queue is not None:
            self.queue.set_project(project_id)
        if self.approvals is not None:
            self.approvals.load(project_id)

    def _on_query(self, query: Any) -> None:
        self.query = query
        self.reload()

    def _on_deals(self, deals: list) -> None:
        current = self.selected_deal()
        wanted = current.id if current is not None else self.detail.deal_id
        self.model.set_deals(deals)
        self.count_label.setText(self.tr("{n} deals").format(n=QLocale().toString(len(deals))))
        if wanted is None or not self.select_deal(wanted):
            if self.proxy.rowCount() and wanted is None:
                self.view.selectRow(0)

    def _on_deals_changed(self, _ids: Any) -> None:
        self.reload()

    def _on_selection(self) -> None:
        deal = self.selected_deal()
        if deal is not None:
            self.detail.show_deal(deal.id)

    def _sale(self, name: str, *args: Any) -> None:
        action = sale_action(name)
        if action is not None:
            action(self.window(), self.context, *args)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Deals"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.queue_button.setText(self.tr("Queue number…"))
        self.deposit_button.setText(self.tr("Small deposit…"))
        self.subscribe_button.setText(self.tr("New subscription…"))
        if self.survey is not None:
            self.survey.retranslate()
        self.tabs.setTabText(0, self.tr("Deals"))
        if self.queue is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.queue), self.tr("Queue numbers"))
        if self.approvals is not None:
            waiting = self.approvals.pending_count()
            self.tabs.setTabText(self.tabs.indexOf(self.approvals),
                                 self.tr("Approvals ({n})").format(n=waiting)
                                 if waiting else self.tr("Approvals"))
