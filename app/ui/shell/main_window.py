"""The window after login: navigation on the left (only the screens the user's roles
allow), the chosen screen on the right, and in the status bar who is logged in, where,
and whether the connection holds.

Screens are built on first use, so opening the window stays quick whatever the role.

Signals:
    logged_out(): the user chose Log out; the controller disposes the engine and shows the
        login window again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.ui.common import i18n
from app.ui.common.labels import role_names, server_text
from app.ui.common.operations import OperationRunner
from app.ui.shell.connection_indicator import ConnectionIndicator
from app.ui.shell.screens import SCREENS, ScreenContext, ScreenSpec, screens_for

_KEY_ROLE = Qt.ItemDataRole.UserRole
PING_INTERVAL_MS = 15_000
_PING_KEY = "connection-ping"


def _ping(engine: Any) -> bool:
    from app.services.auth import ping

    return ping(engine)


class MainWindow(QMainWindow):
    logged_out = Signal()

    def __init__(self, login: Any, runner: OperationRunner | None = None,
                 screens: tuple[ScreenSpec, ...] = SCREENS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import qtawesome as qta

        self._login = login
        self._session = login.session
        self._context = ScreenContext(login, runner or OperationRunner(self))
        self._specs = screens_for(self._session, screens)
        self._pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(168)
        self.nav.setStyleSheet(
            "QListWidget#nav { background: #243447; color: #e8edf2; border: none;"
            " font-size: 11pt; padding-top: 8px; outline: 0; }"
            "QListWidget#nav::item { padding: 10px 12px; }"
            "QListWidget#nav::item:selected { background: #3b6ea5; color: white; }"
            "QListWidget#nav::item:hover:!selected { background: #2f4459; }")
        for spec in self._specs:
            item = QListWidgetItem(qta.icon(spec.icon, color="#e8edf2",
                                            color_active="#ffffff"), "")
            item.setData(_KEY_ROLE, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        body = QHBoxLayout(central)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_menu()
        self._runner = self._context.runner
        self._connected = True
        self.ping_timer = QTimer(self)
        self.ping_timer.setInterval(PING_INTERVAL_MS)
        self.ping_timer.timeout.connect(self.check_connection)
        self.ping_timer.start()

        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self._retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1100, 720)

    # --- public ---------------------------------------------------------------------------

    def nav_keys(self) -> list[str]:
        return [self.nav.item(i).data(_KEY_ROLE) for i in range(self.nav.count())]

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(_KEY_ROLE) if item else None

    def show_screen(self, key: str) -> QWidget:
        """Select `key` in the navigation (building the screen if needed) and return it."""
        self.nav.setCurrentRow(self.nav_keys().index(key))
        return self._pages[key]

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def login_result(self) -> Any:
        return self._login

    def set_connected(self, connected: bool) -> None:
        """Show whether the database connection holds (green 已连接 / red 连接中断); say so
        in the status bar when it comes back."""
        if connected and not self._connected:
            self.statusBar().showMessage(self.tr("Reconnected to the database."), 8000)
        elif not connected and self._connected:
            self.statusBar().showMessage(self.tr(
                "The connection to the database was lost; reconnecting…"))
        self._connected = connected
        self.connection.set_connected(connected)

    def check_connection(self) -> None:
        """Ask the database, off the GUI thread, whether it still answers (the pool replaces
        a dropped connection, so an answer after a failure means we have reconnected)."""
        engine = self._login.engine
        self._runner.run(_PING_KEY, lambda: _ping(engine), self.set_connected,
                         lambda _error: self.set_connected(False))

    def log_out(self) -> None:
        """Tell the controller, which closes this window, disposes the engine and shows the
        login window again."""
        self.ping_timer.stop()
        self.logged_out.emit()

    # --- internals ------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        """Who, with which roles, where, and whether the connection holds."""
        self.user_label = QLabel()
        self.user_label.setObjectName("user")
        self.roles_label = QLabel()
        self.roles_label.setObjectName("roles")
        self.server_label = QLabel()
        self.server_label.setObjectName("server")
        self.connection = ConnectionIndicator()
        status = self.statusBar()
        status.setStyleSheet("QStatusBar { border-top: 1px solid #d0d5dc; }"
                             "QStatusBar::item { border: none; }"
                             "QStatusBar QLabel#user, QStatusBar QLabel#roles,"
                             " QStatusBar QLabel#server { padding: 2px 10px;"
                             " border-right: 1px solid #d0d5dc; }")
        for widget in (self.user_label, self.roles_label, self.server_label):
            status.addWidget(widget)
        status.addPermanentWidget(self.connection)


    def _build_menu(self) -> None:
        """System menu: log out, language, quit."""
        import qtawesome as qta

        self.logout_action = QAction(qta.icon("fa6s.right-from-bracket"), "", self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.logout_action.triggered.connect(self.log_out)
        self.quit_action = QAction(qta.icon("fa6s.power-off"), "", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(QApplication.quit)
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        for code, name in i18n.LANGUAGES:
            action = QAction(name, self.language_actions)
            action.setCheckable(True)
            action.setData(code)
        self.language_actions.triggered.connect(
            lambda action: i18n.switch_language(action.data()))
        self.system_menu = self.menuBar().addMenu("")
        self.system_menu.addAction(self.logout_action)
        self.language_menu = self.system_menu.addMenu(qta.icon("fa6s.language"), "")
        self.language_menu.addActions(self.language_actions.actions())
        self.system_menu.addSeparator()
        self.system_menu.addAction(self.quit_action)



    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        page = self._pages.get(spec.key)
        if page is None:
            page = spec.factory(self._context, spec)
            self._pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        session = self._session
        self.setWindowTitle(self.tr("EstateDesk — {name}").format(name=session.full_name))
        for row, spec in enumerate(self._specs):
            item = self.nav.item(row)
            item.setText(spec.display_title())
            item.setToolTip(spec.display_summary() or spec.display_title())
        self.user_label.setText(self.tr("{name} ({login})").format(name=session.full_name,
                                                                  login=session.login))
        self.roles_label.setText(role_names(session.roles))
        self.server_label.setText(self.tr("Database: {server}").format(
            server=server_text(session.server_label)))
        self.system_menu.setTitle(self.tr("&System"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        for action in self.language_actions.actions():
            action.setChecked(action.data() == i18n.current_language())
