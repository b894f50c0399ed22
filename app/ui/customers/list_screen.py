"""客户: the customer list. One search box and a few filters; the database searches (name
parts, phone digits, pinyin initials) and pages, so the list stays smooth over a million
customers. A salesperson sees their own customers; a manager everyone's, and may reassign,
merge and export; an executive reads masked phones. Double-click opens the customer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.statuses import Role
from app.ui.customers.events import customer_events
from app.ui.customers.field_errors import message_of
from app.ui.customers.filter_bar import CustomerFilterBar
from app.ui.customers.list_model import COLUMNS, ROW_ROLE, CustomerListModel
from app.ui.customers.manager_actions import ManagerActions
from app.ui.customers.style import SCREEN_CSS, set_banner

if TYPE_CHECKING:
    from app.ui.shell.screens import ScreenContext

WIDTHS = {"name": 150, "gender": 76, "phone": 150, "grade": 70, "status": 110,
          "salesperson": 110, "channel": 110, "last_contact": 150, "next_contact": 120}
ROW_HEIGHT = 32


def _services(engine: Any) -> tuple:
    from app.services.customers import count_customers, customer_page

    return (lambda query: count_customers(engine, query),
            lambda query, offset, limit: customer_page(engine, query, offset, limit))


class CustomerListScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None,
                 count_fn: Any = None, page_fn: Any = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self.setObjectName("customers")
        self.setStyleSheet(SCREEN_CSS)
        self.context = context
        session = context.session
        self.is_manager = session.has(Role.SALES_MANAGER, Role.ADMIN)
        self.can_create = session.has(Role.SALES, Role.SALES_MANAGER, Role.ADMIN)
        default_count, default_page = _services(context.login.engine)
        self.model = CustomerListModel(count_fn or default_count, page_fn or default_page,
                                       context.runner, self)
        self.salespeople: list = []
        self.title, self.count_label = QLabel(), QLabel()
        self.title.setObjectName("screen_title")
        self.count_label.setProperty("muted", True)
        self.filters = CustomerFilterBar(show_staff=self.is_manager,
                                         digits_search=self.can_create)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.view = QTableView()
        self.view.setObjectName("customer_table")
        self.new_button = QPushButton(qta.icon("fa6s.user-plus", color="white"), "")
        self.new_button.setProperty("primary", True)
        self.reassign_button = QPushButton(qta.icon("fa6s.right-left"), "")
        self.merge_button = QPushButton(qta.icon("fa6s.code-merge"), "")
        self.export_button = QPushButton(qta.icon("fa6s.file-excel"), "")
        self.refresh_button = QPushButton(qta.icon("fa6s.arrows-rotate"), "")
        self.actions = ManagerActions(self)
        self._build()
        self._connect()
        self._retranslate()
        self._load_choices()
        self.model.set_query(self.filters.query())

    # --- public -----------------------------------------------------------------------------

    def selected_rows(self) -> list:
        """The selected customers whose rows are loaded (CustomerRow), in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r for r in (self.model.customer_at(row) for row in rows) if r is not None]

    def open_customer(self, customer_id: int | None, row: Any = None) -> Any:
        """Open the detail (None: a new customer); returns the dialog."""
        from app.ui.customers.detail_dialog import CustomerDetailDialog

        self.detail = CustomerDetailDialog(self.context, customer_id, row, self)
        self.detail.open()
        return self.detail

    def show_banner(self, kind: str, text: str) -> None:
        set_banner(self.banner, kind, text)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection
                              if self.is_manager else
                              QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, name in enumerate(COLUMNS):
            view.setColumnWidth(column, WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        view.setStyleSheet("QTableView { background: white; border: 1px solid #dde3ea;"
                           " border-radius: 6px; alternate-background-color: #f7f9fc; }"
                           "QTableView::item { padding: 0 8px; }"
                           "QTableView::item:selected { background: #dbe8f7; color: #1f3a5f; }"
                           "QHeaderView::section { background: #f0f3f7; border: none;"
                           " border-bottom: 1px solid #dde3ea; padding: 6px 8px;"
                           " font-weight: 600; color: #44505e; }")
        self.new_button.setVisible(self.can_create)
        for button in (self.reassign_button, self.merge_button, self.export_button):
            button.setVisible(self.is_manager)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.count_label)
        head.addStretch(1)
        for button in (self.refresh_button, self.reassign_button, self.merge_button,
                       self.export_button, self.new_button):
            head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        self.filters.query_changed.connect(self._on_query)
        self.model.count_changed.connect(self._show_count)
        self.model.failed.connect(lambda error: self.show_banner("error", message_of(error)))
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(lambda: self.open_customer(None))
        self.refresh_button.clicked.connect(self.model.refresh)
        self.reassign_button.clicked.connect(self.actions.reassign)
        self.merge_button.clicked.connect(self.actions.merge)
        self.export_button.clicked.connect(self.actions.export)
        customer_events().customers_changed.connect(self.model.refresh)
        self._update_buttons()

    def _load_choices(self) -> None:
        from app.services.intake import channels, salespeople

        engine, manager = self.context.login.engine, self.is_manager
        self.context.runner.run(f"customer-choices-{id(self)}",
                                lambda: (salespeople(engine) if manager else [],
                                         channels(engine)),
                                self._on_choices,
                                lambda error: self.show_banner("error", message_of(error)))

    def _on_choices(self, choices: tuple) -> None:
        self.salespeople = choices[0]
        self.filters.set_choices(*choices)

    def _on_query(self, query: Any) -> None:
        self.show_banner("info", "")
        self.model.set_query(query)
        self.view.scrollToTop()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_customer(row.id, row)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("{n} customers").format(n=QLocale().toString(count)))

    def _update_buttons(self) -> None:
        selected = len(self.view.selectionModel().selectedRows())
        self.reassign_button.setEnabled(selected >= 1)
        self.merge_button.setEnabled(selected == 2)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.new_button.setText(self.tr("New customer"))
        self.reassign_button.setText(self.tr("Reassign…"))
        self.merge_button.setText(self.tr("Merge…"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.refresh_button.setToolTip(self.tr("Refresh"))
        self.merge_button.setToolTip(self.tr("Select exactly two records of the same person"))
