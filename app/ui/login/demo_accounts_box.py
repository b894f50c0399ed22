"""The login window's list of demo accounts (embedded database only): one per role, so
anyone trying EstateDesk can see every role without a manual.

Signals:
    account_chosen(DemoAccount): a row was clicked — fill in the fields.
    account_activated(DemoAccount): a row was double-clicked — log in straight away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.demo_accounts import DemoAccount
from app.ui.login.demo_accounts_model import DemoAccountsModel


class DemoAccountsBox(QGroupBox):
    account_chosen = Signal(object)
    account_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DemoAccountsModel(parent=self)
        self.view = QTableView()
        self.view.setObjectName("demoAccounts")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        self.view.clicked.connect(
            lambda index: self.account_chosen.emit(self._account(index)))
        self.view.doubleClicked.connect(
            lambda index: self.account_activated.emit(self._account(index)))
        self._retranslate()

    def set_accounts(self, accounts: Sequence[DemoAccount]) -> None:
        """Show `accounts`; the box hides itself when there are none (office server)."""
        self.model.set_accounts(accounts)
        self.setVisible(bool(accounts))
        self._fit_view()

    def _account(self, index: QModelIndex) -> DemoAccount:
        return self.model.account(index.row())

    def _fit_view(self) -> None:
        """Tall enough for every demo account: eight rows, no scrolling."""
        view, rows = self.view, self.model.rowCount()
        view.resizeRowsToContents()
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += sum(view.rowHeight(r) for r in range(rows))
        view.setMinimumHeight(height)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                                        if rows else Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Demo accounts"))
        self.hint.setText(self.tr(
            "The demo project has one account for each role. Click one to fill in "
            "the fields, double-click to log in straight away."))
        self.model.retranslate()
