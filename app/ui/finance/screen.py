"""财务: the cashier window of a project — 收款 (take money against a deal, void, reprint,
refund), 收据 (a day's receipts, batch printing), 票据本 (receipt books), 日结 (the daily
close and its Excel), 应收/催款 (receivables, ageing, collections, bank disbursements), and
佣金 (commissions) where that tab is installed.

Finance does everything; executives and administrators read (administrators also keep
the receipt books). The database checks every call anyway; each runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain.statuses import Role
from app.ui.customers.field_errors import message_of
from app.ui.customers.style import set_banner
from app.ui.deals.filter_bar import DealFilterBar
from app.ui.finance import printing as printing_module
from app.ui.finance.books_tab import BooksTab
from app.ui.finance.cashier_tab import CashierTab
from app.ui.finance.close_tab import CloseTab
from app.ui.finance.receipts_tab import ReceiptsTab
from app.ui.finance.receivables_tab import ReceivablesTab
from app.ui.pricing.style import PRICING_CSS

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext


def _commissions_tab(context: Any) -> QWidget | None:
    """The commissions (app.ui.finance.commissions_tab), while it exists."""
    try:
        from app.ui.finance.commissions_tab import CommissionsTab
    except ImportError:
        return None
    return CommissionsTab(context)


class FinanceScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("finance")
        self.setStyleSheet(PRICING_CSS)
        self.context = context
        self._engine, self._runner = context.login.engine, context.runner
        session = context.session
        self.cashier = session.has(Role.FINANCE)
        self.book_keeper = session.has(Role.FINANCE, Role.ADMIN)
        self.printing = None
        if self.cashier and printing_module.available():
            self.printing = printing_module.PrintJobs(context, self)
        self.title = QLabel()
        self.title.setObjectName("screen_title")
        self.read_only = QLabel()
        self.read_only.setObjectName("read_only_chip")
        self.read_only.setProperty("chip", True)
        self.read_only.setVisible(not self.cashier)
        self.projects = DealFilterBar(show_approval=False)
        self.projects.set_list_filters_visible(False)
        self.refresh_button = QPushButton(qta.icon("fa6s.arrows-rotate"), "")
        self.refresh_button.setObjectName("refresh_button")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.cashier_tab = CashierTab(context, self.cashier, self.printing)
        self.receipts_tab = ReceiptsTab(context, self.cashier, self.printing)
        self.books_tab = BooksTab(context, self.book_keeper)
        self.close_tab = CloseTab(context, self.cashier)
        self.receivables_tab = ReceivablesTab(context, self.cashier, self.printing)
        self.commissions = _commissions_tab(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("finance_tabs")
        self.tabs.setDocumentMode(True)
        for tab in self.project_tabs():
            self.tabs.addTab(tab, "")
        self.tabs.insertTab(3, self.close_tab, "")
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.read_only)
        head.addStretch(1)
        head.addWidget(self.projects)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.projects.project_changed.connect(self._on_project)
        self.refresh_button.clicked.connect(self.reload)
        if self.printing is not None:
            self.printing.failed.connect(
                lambda error: set_banner(self.banner, "error", message_of(error)))
        self._retranslate()
        self._load()

    def project_tabs(self) -> list[QWidget]:
        """The tabs that follow the chosen project, in their order."""
        tabs: list[QWidget] = [self.cashier_tab, self.receipts_tab, self.books_tab,
                               self.receivables_tab]
        return tabs + ([self.commissions] if self.commissions is not None else [])

    # --- public -----------------------------------------------------------------------------

    def reload(self) -> None:
        set_banner(self.banner, "error", "")
        self._load()

    def is_ready(self) -> bool:
        """Projects, cashiers and every tab's data are in (tests wait for this)."""
        tabs = (self.cashier_tab, self.receipts_tab, self.books_tab, self.close_tab,
                self.receivables_tab)
        return (self.projects.project_id() is not None
                and not self._runner.is_busy(f"finance-setup-{id(self)}")
                and not any(tab.is_loading() for tab in tabs)
                and not (self.commissions is not None
                         and getattr(self.commissions, "is_loading", lambda: False)()))

    def project_id(self) -> int | None:
        return self.projects.project_id()

    # --- reactions --------------------------------------------------------------------------

    def _load(self) -> None:
        from app.services.chart import list_projects
        from app.ui.finance.data import load_cashiers

        engine = self._engine
        self._runner.run(f"finance-setup-{id(self)}",
                         lambda: (list_projects(engine), load_cashiers(engine)),
                         self._on_setup,
                         lambda error: set_banner(self.banner, "error", message_of(error)))

    def _on_setup(self, setup: tuple) -> None:
        projects, cashiers = setup
        if not projects:
            set_banner(self.banner, "info", self.tr(
                "There is no project yet. An administrator imports the units first."))
        issuers = [c for c in cashiers if c.id != self.context.session.staff_id
                   or self.context.session.has(Role.ADMIN)]
        self.books_tab.set_cashiers(issuers)
        self.receipts_tab.set_cashiers(cashiers)
        self.close_tab.set_cashiers(cashiers)
        self.projects.set_projects(projects)      # → project_changed → every tab loads

    def _on_project(self, project_id: Any) -> None:
        for tab in self.project_tabs():
            setter = getattr(tab, "set_project", None)
            if setter is not None:
                setter(project_id)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Finance"))
        self.read_only.setText(self.tr("Read only"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        names = {self.cashier_tab: self.tr("Cashier"), self.receipts_tab: self.tr("Receipts"),
                 self.books_tab: self.tr("Receipt books"),
                 self.close_tab: self.tr("Daily close"),
                 self.receivables_tab: self.tr("Receivables and collection")}
        if self.commissions is not None:
            names[self.commissions] = self.tr("Commissions")
        for tab, name in names.items():
            self.tabs.setTabText(self.tabs.indexOf(tab), name)
