"""The main window opens for every role and offers exactly the screens that role may use;
the status bar says who and where; log out and the language switch work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale

from app.domain.statuses import Role
from app.ui.common import i18n
from app.ui.shell.home_screen import HomeScreen
from app.ui.shell.main_window import MainWindow
from app.ui.shell.placeholder_screen import PlaceholderScreen
from app.ui.shell.screens import SCREENS
from tests.helpers.staff import TEST_STAFF

ALL = ["home", "dashboard", "sales_chart", "intake", "customers", "deals", "pricing", "finance",
       "reports", "service", "admin"]
EXPECTED_SCREENS = {
    "reception": ["home", "sales_chart", "intake"],
    "sales1": ["home", "sales_chart", "intake", "customers", "deals"],
    "sales2": ["home", "sales_chart", "intake", "customers", "deals"],
    "manager": ["home", "dashboard", "sales_chart", "intake", "customers", "deals", "pricing",
                "reports", "service"],
    "finance": ["home", "sales_chart", "deals", "finance", "reports"],
    "executive": ["home", "dashboard", "sales_chart", "customers", "deals", "pricing",
                  "finance", "reports", "service"],
    "property": ["home", "service"],
    "admin": ALL,
}
ROLE_ZH = {"reception": "前台接待", "sales1": "置业顾问", "sales2": "置业顾问",
           "manager": "销售经理", "finance": "财务", "executive": "决策层",
           "property": "物业客服", "admin": "系统管理员"}


def open_window(qtbot, login_as, key: str) -> MainWindow:
    window = MainWindow(login_as(key))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("key", sorted(TEST_STAFF))
def test_main_window_opens_for_every_role_with_exactly_its_screens(qtbot, login_as, clone,
                                                                   key):
    window = open_window(qtbot, login_as, key)
    login, full_name, _roles = TEST_STAFF[key]
    assert window.nav_keys() == EXPECTED_SCREENS[key]
    assert window.current_key() == "home"
    assert isinstance(window.page("home"), HomeScreen)
    assert window.user_label.text() == f"{full_name}（{login}）"
    assert window.roles_label.text() == ROLE_ZH[key]
    assert window.server_label.text() == f"数据库：{clone.address.label()}"
    assert window.connection.text.text() == "已连接"
    for screen in window.nav_keys()[1:]:
        page = window.show_screen(screen)
        if screen == "sales_chart":  # a real screen since issue 4 (tests/ui/chart)
            from app.ui.chart.screen import ChartScreen

            assert isinstance(page, ChartScreen)
            page.shutdown()
            continue
        if screen == "dashboard":  # a real screen now (tests/ui/dashboard)
            from app.ui.dashboard.screen import DashboardScreen

            assert isinstance(page, DashboardScreen)
            page.shutdown()
            continue
        if screen == "pricing":  # a real screen since issue 6 (tests/ui/pricing)
            from app.ui.pricing.screen import PricingScreen

            assert isinstance(page, PricingScreen)
            continue
        if screen == "deals":  # a real screen since issue 6 (tests/ui/deals)
            from app.ui.deals.screen import DealsScreen

            assert isinstance(page, DealsScreen)
            continue
        if screen == "finance":  # a real screen now (tests/ui/finance)
            from app.ui.finance.screen import FinanceScreen

            assert isinstance(page, FinanceScreen)
            continue
        if screen == "reports":  # a real screen now (tests/ui/reports)
            from app.ui.reports.screen import ReportsScreen

            assert isinstance(page, ReportsScreen)
            continue
        if screen in ("intake", "customers"):  # real screens since issue 5 (tests/ui/intake,
            from app.ui.customers.list_screen import CustomerListScreen  # tests/ui/customers)
            from app.ui.intake.intake_screen import IntakeScreen

            assert isinstance(page, IntakeScreen if screen == "intake" else CustomerListScreen)
            continue
        assert isinstance(page, PlaceholderScreen)
        assert "后续版本" in page.notice.text()


def test_screen_table_keys_are_unique_and_in_order():
    assert [spec.key for spec in SCREENS] == ALL


def test_home_screen_says_who_where_and_when(qtbot, login_as, clone):
    window = open_window(qtbot, login_as, "manager")
    home = window.page("home")
    assert home.welcome.text() == "欢迎您，经理测试"
    assert home.login_value.text() == "edt_manager"
    assert home.roles_value.text() == "销售经理"
    assert home.server_value.text() == clone.address.label()
    today = QLocale("zh_CN").toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    assert home.date_value.text() == today


def test_nav_titles_are_chinese(qtbot, login_as):
    window = open_window(qtbot, login_as, "admin")
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[1] in ("决策看板", "Dashboard")   # the lead adds the translation
    assert titles[:1] + titles[2:] == ["工作台", "销控图", "来访登记", "客户", "交易", "价格方案",
                                       "财务", "报表", "客服物业", "系统管理"]


def test_log_out_emits_logged_out(qtbot, login_as):
    window = open_window(qtbot, login_as, "sales1")
    with qtbot.waitSignal(window.logged_out, timeout=1000):
        window.logout_action.trigger()


def test_set_connected_changes_dot_and_text(qtbot, login_as):
    window = open_window(qtbot, login_as, "reception")
    window.set_connected(False)
    assert window.connection.text.text() == "连接中断"
    assert not window.connection.is_connected()
    assert "#c62828" in window.connection.dot.styleSheet()
    window.set_connected(True)
    assert window.connection.text.text() == "已连接"
    assert "#2e7d32" in window.connection.dot.styleSheet()


def test_language_switch_changes_visible_texts_immediately(qtbot, login_as):
    window = open_window(qtbot, login_as, "finance")
    window.show_screen("finance")
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    assert i18n.current_language() == "en"
    assert window.nav.item(0).text() == "Home"
    assert window.roles_label.text() == "Finance"
    assert window.connection.text.text() == "Connected"
    assert window.logout_action.text() == "Log &out"
    assert window.page("home").welcome.text() == "Welcome, 财务测试"
    assert window.page("finance").title.text() == "Finance"
    assert english.isChecked()
    chinese = next(a for a in window.language_actions.actions() if a.data() == "zh_CN")
    chinese.trigger()
    assert window.nav.item(0).text() == "工作台"
    assert window.logout_action.text() == "退出登录(&O)"
    assert i18n.saved_language() == "zh_CN"


def test_connection_loss_and_recovery_show_in_the_status_bar(qtbot, clone):
    """A real loss: the login is refused (NOLOGIN) and its sessions cut; then allowed again."""
    import sqlalchemy as sa

    from app.services import auth, staff

    admin = clone.engine_as("edt_admin")
    staff.add_staff(admin, "edt_flaky", "断线测试", "Flaky2026pw", [Role.SALES])
    result = auth.login(clone.address, "edt_flaky", "Flaky2026pw")
    window = MainWindow(result)
    qtbot.addWidget(window)
    superuser = clone.superuser_engine()
    try:
        staff.set_active(admin, "edt_flaky", False)
        with superuser.connect() as conn:
            conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE usename = 'edt_flaky'"))
        window.check_connection()
        qtbot.waitUntil(lambda: not window.connection.is_connected(), timeout=10_000)
        assert "连接" in window.statusBar().currentMessage()

        staff.set_active(admin, "edt_flaky", True)
        window.check_connection()
        qtbot.waitUntil(window.connection.is_connected, timeout=10_000)
        assert window.statusBar().currentMessage() == "已重新连接数据库。"
    finally:
        window.ping_timer.stop()
        staff.set_active(admin, "edt_flaky", True)
        result.engine.dispose()
        admin.dispose()
        superuser.dispose()
