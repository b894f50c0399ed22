"""The flow between windows: splash while the embedded database starts, login with the demo
accounts, main window, log out and back; a failed start is explained, not a crash.
The embedded start itself is replaced by the test database (it has its own tests)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from app.services.demo_accounts import DEMO_ACCOUNTS
from app.ui.login.connection_settings import ConnectionChoice, Mode
from app.ui.shell import controller as controller_module
from app.ui.shell.controller import AppController
from tests.helpers.staff import TEST_PASSWORD

WAIT_MS = 15_000


@dataclass(frozen=True)
class FakeSetup:
    address: Any
    first_run: bool = True
    role_exists: Any = None
    server: Any = None


@pytest.fixture
def make_controller(qtbot):
    made = []

    def _make(choice=ConnectionChoice(), office_address=None):  # noqa: B008
        controller = AppController(choice, office_address)
        made.append(controller)
        return controller

    yield _make
    for controller in made:
        controller.shutdown()
        for window in (controller.login_window, controller.main_window, controller.splash):
            if window is not None:
                window.close()


def test_embedded_start_login_and_logout(qtbot, make_controller, clone, monkeypatch):
    calls = []
    monkeypatch.setattr(controller_module, "_prepare_embedded",
                        lambda home: calls.append(home) or FakeSetup(clone.address))
    app = make_controller()
    app.start()
    assert app.splash is not None and app.splash.isVisible()
    login = app.login_window
    qtbot.waitUntil(lambda: login.isVisible() and app.splash is None, timeout=WAIT_MS)
    assert login.demo_model.rowCount() == len(DEMO_ACCOUNTS)
    assert login.login_button.isEnabled()

    login.user_edit.setText("edt_admin")
    login.password_edit.setText(TEST_PASSWORD)
    login.login()
    qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible(),
                    timeout=WAIT_MS)
    assert not login.isVisible()
    assert app.main_window.nav_keys()[-1] == "admin"

    app.main_window.logout_action.trigger()
    assert app.main_window is None
    assert login.isVisible()
    assert login.user_edit.text() == "edt_admin" and login.password_edit.text() == ""

    # switching to an office server and back reuses the running embedded database
    login.connection_changed.emit(ConnectionChoice(Mode.OFFICE, "db.office.local", "crm"))
    assert login.server_label.text() == "数据库：db.office.local:5432/crm"
    assert not login.demo_box.isVisibleTo(login)
    login.connection_changed.emit(ConnectionChoice(Mode.EMBEDDED))
    assert login.address() == clone.address
    assert calls == [None]


def test_failed_embedded_start_is_explained(qtbot, make_controller, monkeypatch):
    def broken(home):
        raise RuntimeError("initdb failed: No space left on device")

    monkeypatch.setattr(controller_module, "_prepare_embedded", broken)
    app = make_controller()
    app.start()
    login = app.login_window
    qtbot.waitUntil(lambda: login.isVisible() and login.error_label.isVisibleTo(login),
                    timeout=WAIT_MS)
    text = login.error_label.text()
    assert text.startswith("本机数据库无法启动：initdb failed: No space left on device")
    assert "estatedesk.log" in text
    assert not login.login_button.isEnabled()
    assert login.connection_button.isEnabled()


def test_office_mode_shows_login_at_once(qtbot, make_controller):
    app = make_controller(ConnectionChoice(Mode.OFFICE, "10.1.2.3:6000", "sales"))
    app.start()
    assert app.splash is None
    assert app.login_window.isVisible()
    assert app.login_window.server_label.text() == "数据库：10.1.2.3:6000/sales"


def test_a_broken_saved_address_is_explained(qtbot, make_controller):
    app = make_controller(ConnectionChoice(Mode.OFFICE, "db:notaport", "sales"))
    app.start()
    assert app.login_window.isVisible()
    assert "连接设置" in app.login_window.error_label.text()
