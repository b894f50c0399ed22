"""Which window is up: the start-up splash, the login window, or the main window.

It owns the flow between them — preparing the embedded database (off the GUI thread, with
the splash), switching connections, opening the main window on login and coming back on
log out — so the windows themselves stay ignorant of each other.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from app.ui.common.errors import bug_message
from app.ui.common.operations import OperationRunner
from app.ui.login.connection_settings import ConnectionChoice
from app.ui.login.login_window import LoginWindow
from app.ui.login.startup_splash import StartupSplash

_log = logging.getLogger(__name__)
_EMBEDDED_KEY = "embedded-setup"


def _prepare_embedded(home: Path | None) -> Any:
    """Pool thread: start/migrate the embedded server (seconds; longer on the first run)."""
    from app.services.embedded_setup import prepare

    return prepare(home)


def _end_session(login: Any) -> None:
    """Record the logout and close the session's pooled connections."""
    from app.services.auth import logout

    try:
        logout(login)
    except Exception:  # noqa: BLE001 — logging out must not fail
        _log.exception("disposing the engine failed")


class AppController(QObject):
    def __init__(self, choice: ConnectionChoice, office_address: Any | None = None,
                 home: Path | None = None, runner: OperationRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = choice
        self._office_address = office_address
        self._home = home
        self.runner = runner or OperationRunner(self)
        self.embedded_setup: Any | None = None  # app.services.embedded_setup.EmbeddedSetup
        self.splash: StartupSplash | None = None
        self.login_window = LoginWindow(self.runner)
        self.login_window.logged_in.connect(self._on_logged_in)
        self.login_window.connection_changed.connect(self._on_connection_changed)
        self.main_window: Any | None = None  # MainWindow, imported on first login

    def start(self) -> None:
        """Show the first window: the splash while the embedded server starts, else login."""
        if self._choice.embedded and self._office_address is None:
            self.splash = StartupSplash()
            self.splash.show()
            self._start_embedded()
        else:
            try:
                self._use_office(self._office_address or self._choice.address())
            except ValueError:  # a hand-edited settings file: let the user fix it
                self.login_window.set_unavailable(QCoreApplication.translate(
                    "AppController", "The saved server address is not valid. "
                    "Choose Connection… to correct it."))
            self.login_window.show()

    def shutdown(self) -> None:
        """Before the process exits: end the session, let running operations finish."""
        if self.main_window is not None:
            _end_session(self.main_window.login_result())
        self.runner.wait_for_done(10_000)

    # --- connections ----------------------------------------------------------------------

    def _start_embedded(self) -> None:
        self.login_window.set_starting()
        self.runner.run(_EMBEDDED_KEY, lambda: _prepare_embedded(self._home),
                        self._on_embedded_ready, self._on_embedded_failed)

    def _use_office(self, address: Any) -> None:
        self.runner.cancel(_EMBEDDED_KEY)
        self.login_window.set_address(address)

    def _on_embedded_ready(self, setup: Any) -> None:
        from app.services.demo_accounts import DEMO_ACCOUNTS

        self.embedded_setup = setup
        _log.info("embedded database ready at %s (first run: %s)", setup.address.host,
                  setup.first_run)
        self.login_window.set_address(setup.address, setup.role_exists, DEMO_ACCOUNTS)
        self._close_splash()

    def _on_embedded_failed(self, error: BaseException) -> None:
        _log.error("embedded database failed", exc_info=(type(error), error,
                                                         error.__traceback__))
        text = QCoreApplication.translate(
            "AppController", "The database on this computer could not be started: {detail}"
        ).format(detail=str(error) or type(error).__name__)
        self.login_window.set_unavailable(text + "\n\n" + bug_message())
        self._close_splash()

    def _close_splash(self) -> None:
        self.login_window.show()
        self.login_window.raise_()
        self.login_window.activateWindow()
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None

    def _on_connection_changed(self, choice: ConnectionChoice) -> None:
        self._choice, self._office_address = choice, None
        if not choice.embedded:
            self._use_office(choice.address())
        elif self.embedded_setup is not None:
            from app.services.demo_accounts import DEMO_ACCOUNTS

            setup = self.embedded_setup
            self.login_window.set_address(setup.address, setup.role_exists, DEMO_ACCOUNTS)
        else:
            self._start_embedded()

    # --- sessions -------------------------------------------------------------------------

    def _on_logged_in(self, login: Any) -> None:
        from app.ui.shell.main_window import MainWindow

        _log.info("logged in as %s on %s", login.session.login, login.session.server_label)
        self.main_window = MainWindow(login, self.runner)
        self.main_window.logged_out.connect(self._on_logged_out)
        self.main_window.show()
        self.login_window.hide()

    def _on_logged_out(self) -> None:
        window, self.main_window = self.main_window, None
        if window is None:
            return
        _log.info("logged out: %s", window.login_result().session.login)
        self.login_window.reset()
        self.login_window.show()
        window.close()
        window.deleteLater()
        login = window.login_result()
        # off the GUI thread: with the server gone this waits for the connect timeout
        self.runner.run(f"logout-{id(login)}", lambda: _end_session(login), lambda _: None)
