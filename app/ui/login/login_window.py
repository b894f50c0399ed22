"""The first window: who you are, and which database you log in to.

Logging in runs on a pool thread (an unreachable office server takes seconds to time out)
while a busy bar shows; a refusal is shown inline in red, translated — never a traceback.
On the embedded database the demo accounts are listed: a click fills the fields, a
double-click logs in.

Signals:
    logged_in(LoginResult): the login succeeded; the caller opens the main window.
    connection_changed(ConnectionChoice): the user saved another connection choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.demo_accounts import DemoAccount
from app.ui.common import i18n
from app.ui.common.errors import describe_error, error_text, is_user_error
from app.ui.common.labels import server_text
from app.ui.common.operations import OperationRunner
from app.ui.login.connection_dialog import ERROR_STYLE, ConnectionDialog
from app.ui.login.demo_accounts_box import DemoAccountsBox

if TYPE_CHECKING:
    from app.db.connection import ServerAddress

_LOGIN_KEY = "login"


def _login_call(address: ServerAddress, user: str, password: str,
                role_exists: Callable[[str], bool] | None) -> Any:
    """Runs on the pool thread; the service (and SQLAlchemy) load here, not at startup."""
    from app.services.auth import login

    return login(address, user, password, role_exists)


class LoginWindow(QWidget):
    logged_in = Signal(object)
    connection_changed = Signal(object)

    def __init__(self, runner: OperationRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self._runner = runner or OperationRunner(self)
        self._address: ServerAddress | None = None
        self._role_exists: Callable[[str], bool] | None = None
        self._error: BaseException | str | None = None
        self._status_text: Callable[[], str] | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        self._build_header(layout)
        self._build_fields(layout)
        self._build_server_row(layout)
        self._build_demo_box(layout)
        self.setStyleSheet("QLabel#title { font-size: 22pt; font-weight: 600; color: #1f4e79; }"
                           "QLabel#subtitle { color: #555555; }"
                           "QLabel#server { color: #333333; }")
        self.login_button.clicked.connect(self.login)
        self.user_edit.returnPressed.connect(self.login)
        self.password_edit.returnPressed.connect(self.login)
        self.connection_button.clicked.connect(self.open_connection_dialog)
        self.language_combo.activated.connect(self._on_language_activated)
        self.demo_box.account_chosen.connect(self._on_demo_chosen)
        self.demo_box.account_activated.connect(self._on_demo_activated)
        self.setMinimumWidth(520)
        self._retranslate()
        self._update_enabled()

    def _build_header(self, layout: QVBoxLayout) -> None:
        self.title = QLabel("EstateDesk")
        self.title.setObjectName("title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(10)

    def _build_fields(self, layout: QVBoxLayout) -> None:
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._user_label, self._password_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self._user_label, self.user_edit)
        form.addRow(self._password_label, self.password_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.hide()
        self.login_button = QPushButton()
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.login_button.setMinimumHeight(34)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.login_button)
        layout.addSpacing(6)

    def _build_server_row(self, layout: QVBoxLayout) -> None:
        self.server_label = QLabel()
        self.server_label.setObjectName("server")
        self.server_label.setWordWrap(True)
        self.connection_button = QPushButton()
        self.language_combo = QComboBox()
        for code, name in i18n.LANGUAGES:
            self.language_combo.addItem(name, code)
        row = QHBoxLayout()
        row.addWidget(self.server_label, 1)
        row.addWidget(self.connection_button)
        row.addWidget(self.language_combo)
        layout.addLayout(row)

    def _build_demo_box(self, layout: QVBoxLayout) -> None:
        self.demo_box = DemoAccountsBox()
        self.demo_box.hide()
        self.demo_view, self.demo_model = self.demo_box.view, self.demo_box.model
        layout.addWidget(self.demo_box, 1)

    # --- what the controller calls -------------------------------------------------------

    def set_address(self, address: ServerAddress | None,
                    role_exists: Callable[[str], bool] | None = None,
                    demo_accounts: Sequence[DemoAccount] = ()) -> None:
        """Log in to `address` from now on; None while the embedded server is starting."""
        self._runner.cancel(_LOGIN_KEY)
        self._address, self._role_exists = address, role_exists
        self.demo_box.set_accounts(demo_accounts)
        self._set_busy(False)
        self._show_error(None)
        self._update_server_label()
        self._fit_height()

    def set_starting(self) -> None:
        """The embedded database is being started: logging in must wait."""
        self.set_address(None)
        self._status_text = lambda: self.tr("Starting the database on this computer…")
        self.busy_bar.show()
        self._update_server_label()

    def set_unavailable(self, error: BaseException | str) -> None:
        """The chosen database could not be prepared: say why; Connection… stays usable."""
        self.set_address(None)
        self._show_error(error)

    def address(self) -> ServerAddress | None:
        return self._address

    def reset(self) -> None:
        """Back from a logged-out session: keep the user name, clear the password."""
        self.password_edit.clear()
        self._show_error(None)
        self._set_busy(False)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    # --- actions --------------------------------------------------------------------------

    def login(self) -> None:
        """Start logging in with the typed credentials (off the GUI thread)."""
        if self._address is None or self._runner.is_busy(_LOGIN_KEY):
            return
        address, role_exists = self._address, self._role_exists
        user, password = self.user_edit.text(), self.password_edit.text()
        self._show_error(None)
        self._set_busy(True)
        self._runner.run(_LOGIN_KEY, lambda: _login_call(address, user, password, role_exists),
                         self._on_login_succeeded, self._on_login_failed)

    def open_connection_dialog(self) -> ConnectionDialog:
        """Show the connection dialog (modal to this window); emits connection_changed."""
        dialog = ConnectionDialog(self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.connection_changed.emit(dialog.choice()))
        dialog.open()
        return dialog

    def _on_login_succeeded(self, result: Any) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.logged_in.emit(result)

    def _on_login_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        error_text(error)  # logs a bug's traceback, once
        self._show_error(error)
        kind = getattr(error, "kind", None) if is_user_error(error) else None
        if kind in ("unknown_user",) or (kind == "validation" and not self.user_edit.text()):
            self.user_edit.setFocus()
            self.user_edit.selectAll()
        else:
            self.password_edit.setFocus()
            self.password_edit.selectAll()

    def _on_demo_chosen(self, account: DemoAccount) -> None:
        self.user_edit.setText(account.login)
        self.password_edit.setText(account.password)
        self._show_error(None)
        self.login_button.setFocus()

    def _on_demo_activated(self, account: DemoAccount) -> None:
        self._on_demo_chosen(account)
        self.login()

    def _on_language_activated(self, row: int) -> None:
        i18n.switch_language(self.language_combo.itemData(row))

    # --- display --------------------------------------------------------------------------

    def _show_error(self, error: BaseException | str | None) -> None:
        self._error = error
        if error is None:
            self.error_label.clear()
            self.error_label.hide()
            return
        self.error_label.setText(error if isinstance(error, str) else describe_error(error))
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self._status_text = None
        self.busy_bar.setVisible(busy)
        self._update_enabled(busy)
        self._update_server_label()

    def _update_enabled(self, busy: bool = False) -> None:
        ready = self._address is not None and not busy
        self.login_button.setEnabled(ready)
        for widget in (self.user_edit, self.password_edit, self.demo_view):
            widget.setEnabled(not busy)
        self.connection_button.setEnabled(not busy)
        self.login_button.setText(self.tr("Logging in…") if busy else self.tr("Log in"))

    def _update_server_label(self) -> None:
        if self._status_text is not None:
            text = self._status_text()
        elif self._address is None:
            text = self.tr("Database: not available")
        else:
            text = self.tr("Database: {server}").format(server=server_text(self._address.label()))
        self.server_label.setText(text)

    def _fit_height(self) -> None:
        """Grow or shrink to the content at the current width (wrapped labels included)."""
        width = max(self.width(), self.minimumWidth())
        height = self.heightForWidth(width)
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("EstateDesk — Log in"))
        self.subtitle.setText(self.tr("Sales office system — please log in"))
        self._user_label.setText(self.tr("User name:"))
        self._password_label.setText(self.tr("Password:"))
        self.connection_button.setText(self.tr("Connection…"))
        self.language_combo.setToolTip(self.tr("Language"))
        index = self.language_combo.findData(i18n.current_language())
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        self._update_enabled(self._busy)
        self._update_server_label()
        if self._error is not None:
            self._show_error(self._error)
