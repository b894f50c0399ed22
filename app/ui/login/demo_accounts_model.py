"""The demo accounts (one per role) as a table on the login window, so anyone trying the
embedded database can log in as every role without reading a manual."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.demo_accounts import DemoAccount
from app.ui.common.labels import role_name

_Index = QModelIndex | QPersistentModelIndex


class DemoAccountsModel(QAbstractTableModel):
    """Rows: demo accounts. Columns: role (translated), name, login, password."""

    ROLE, NAME, LOGIN, PASSWORD = range(4)

    def __init__(self, accounts: Sequence[DemoAccount] = (), parent=None) -> None:
        super().__init__(parent)
        self._accounts: list[DemoAccount] = list(accounts)

    def set_accounts(self, accounts: Sequence[DemoAccount]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> DemoAccount:
        return self._accounts[row]

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._accounts)

    def columnCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (role_name(account.role), account.full_name, account.login,
                    account.password)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return account.login
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 4:
            return None
        return (self.tr("Role"), self.tr("Name"), self.tr("User name"),
                self.tr("Password"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Models get no LanguageChange event: the view's owner calls this."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._accounts:
            self.dataChanged.emit(self.index(0, self.ROLE),
                                  self.index(len(self._accounts) - 1, self.ROLE))
