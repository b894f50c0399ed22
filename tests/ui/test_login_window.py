"""The login window against a real database: success emits `logged_in`; refusals appear
translated in the red label and emit nothing."""

from __future__ import annotations

import pytest

from app.db.connection import ServerAddress
from app.domain.statuses import Role
from app.services.demo_accounts import DEMO_ACCOUNTS, DemoAccount
from app.ui.common import i18n
from app.ui.login.demo_accounts_model import DemoAccountsModel
from app.ui.login.login_window import LoginWindow
from tests.helpers.staff import TEST_PASSWORD, TEST_STAFF

WAIT_MS = 15_000


@pytest.fixture
def window(qtbot):
    window = LoginWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window._runner.wait_for_done(WAIT_MS)


def fill(window: LoginWindow, user: str, password: str) -> None:
    window.user_edit.setText(user)
    window.password_edit.setText(password)


def wait_for_error(qtbot, window: LoginWindow) -> str:
    qtbot.waitUntil(lambda: window.error_label.isVisibleTo(window) and
                    window.login_button.isEnabled(), timeout=WAIT_MS)
    return window.error_label.text()


def test_good_login_emits_logged_in(qtbot, window, clone):
    window.set_address(clone.address)
    fill(window, TEST_STAFF["sales1"][0], TEST_PASSWORD)
    with qtbot.waitSignal(window.logged_in, timeout=WAIT_MS) as blocker:
        window.password_edit.returnPressed.emit()  # Enter logs in
        assert window.busy_bar.isVisibleTo(window)
        assert not window.login_button.isEnabled()
    result = blocker.args[0]
    try:
        assert result.session.login == "edt_sales1"
        assert result.session.full_name == "顾问甲"
        assert window.password_edit.text() == ""
        assert not window.busy_bar.isVisibleTo(window)
        assert not window.error_label.isVisibleTo(window)
    finally:
        result.engine.dispose()


def test_wrong_password_shows_the_translated_message_and_emits_nothing(qtbot, window, clone):
    window.set_address(clone.address)
    fill(window, TEST_STAFF["sales1"][0], "not-the-password")
    with qtbot.assertNotEmitted(window.logged_in, wait=100):
        window.login()
        assert wait_for_error(qtbot, window) == "用户名或密码错误。"
    assert "color: #c0392b" in window.error_label.styleSheet()
    assert window.password_edit.hasFocus() or not window.isActiveWindow()


def test_unknown_user_is_told_apart_when_the_server_can_say(qtbot, window, clone):
    window.set_address(clone.address, role_exists=lambda login: False)
    fill(window, "edt_nobody", "whatever")
    window.login()
    assert wait_for_error(qtbot, window) == "没有这个用户名的账号。"


def test_unreachable_server_shows_the_unreachable_message(qtbot, window):
    window.set_address(ServerAddress("127.0.0.1", port=1))
    fill(window, "edt_sales1", TEST_PASSWORD)
    with qtbot.assertNotEmitted(window.logged_in, wait=100):
        window.login()
        text = wait_for_error(qtbot, window)
    assert text.startswith("无法连接数据库服务器。")


@pytest.fixture
def finance_disabled(clone):
    """Roles are shared by every database of the cluster: disable, then always re-enable."""
    def alter(option: str) -> None:
        engine = clone.superuser_engine()
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f'ALTER ROLE "edt_finance" {option}')
        finally:
            engine.dispose()

    alter("NOLOGIN")
    yield "edt_finance"
    alter("LOGIN")


def test_disabled_account_is_refused(qtbot, window, clone, finance_disabled):
    window.set_address(clone.address)
    fill(window, finance_disabled, TEST_PASSWORD)
    window.login()
    assert wait_for_error(qtbot, window) == "该账号已被停用，请联系系统管理员。"


def test_empty_password_is_refused_before_connecting(qtbot, window):
    window.set_address(ServerAddress("127.0.0.1", port=1))
    fill(window, "edt_sales1", "")
    window.login()
    assert wait_for_error(qtbot, window) == "请输入密码。"


def test_error_follows_the_language_switch(qtbot, window):
    window.set_address(ServerAddress("127.0.0.1", port=1))
    fill(window, "edt_sales1", "")
    window.login()
    wait_for_error(qtbot, window)
    i18n.install_language("en")
    assert window.error_label.text() == "Please enter your password."
    assert window.login_button.text() == "Log in"


def test_no_address_means_no_login(window):
    window.set_address(None)
    assert not window.login_button.isEnabled()
    assert window.server_label.text() == "数据库：不可用"
    window.login()
    assert not window._runner.is_busy()


def test_server_label_names_the_database(window):
    window.set_address(ServerAddress("db.office.local", 6543, "sales"))
    assert window.server_label.text() == "数据库：db.office.local:6543/sales"
    window.set_address(ServerAddress("/tmp/sock", database="estatedesk", embedded=True))
    assert window.server_label.text() == "数据库：本机（内置数据库）"


def test_demo_accounts_fill_the_fields(qtbot, window):
    window.set_address(ServerAddress("127.0.0.1", port=1), demo_accounts=DEMO_ACCOUNTS)
    assert window.demo_box.isVisibleTo(window)
    model = window.demo_model
    assert model.rowCount() == len(DEMO_ACCOUNTS)
    roles = [model.index(r, model.ROLE).data() for r in range(model.rowCount())]
    assert roles[:2] == ["前台接待", "置业顾问"] and roles[-1] == "系统管理员"
    window.demo_view.clicked.emit(model.index(3, model.LOGIN))
    assert window.user_edit.text() == DEMO_ACCOUNTS[3].login == "jingli"
    assert window.password_edit.text() == DEMO_ACCOUNTS[3].password


def test_demo_accounts_are_hidden_on_an_office_server(window):
    window.set_address(ServerAddress("db.office.local"))
    assert not window.demo_box.isVisibleTo(window)


def test_demo_accounts_double_click_logs_in(qtbot, window, clone):
    accounts = (DemoAccount("edt_reception", "前台测试", Role.RECEPTIONIST, "wrong-password"),
                DemoAccount("edt_sales1", "顾问甲", Role.SALES, TEST_PASSWORD))
    window.set_address(clone.address, demo_accounts=accounts)
    with qtbot.waitSignal(window.logged_in, timeout=WAIT_MS) as blocker:
        window.demo_view.doubleClicked.emit(window.demo_model.index(1, 0))
    blocker.args[0].engine.dispose()
    assert blocker.args[0].session.login == "edt_sales1"


def test_demo_accounts_model(qtmodeltester):
    model = DemoAccountsModel(DEMO_ACCOUNTS)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(DEMO_ACCOUNTS) > 0
    model.set_accounts(())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_language_combo_switches_and_remembers(qtbot, window, temp_settings):
    combo = window.language_combo
    assert combo.currentData() == "zh_CN"
    assert window.login_button.text() == "登录"
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert window.login_button.text() == "Log in"
    assert window.windowTitle() == "EstateDesk — Log in"
    assert i18n.saved_language() == "en"


def test_connection_dialog_opens_and_reports_the_choice(qtbot, window):
    dialog = window.open_connection_dialog()
    dialog.office_radio.setChecked(True)
    dialog.server_edit.setText("db.office.local:6543")
    with qtbot.waitSignal(window.connection_changed) as blocker:
        dialog.accept()
    assert blocker.args[0].server == "db.office.local:6543"
