"""The dashboard screen against PostgreSQL (the deal screens' project with two contracts and
a subscription): for an executive its KPI cards show `dashboard.load(...)`'s figures,
formatted (Decimal money as 万 / ¥); the period switch changes them; a click on a card or a
bar asks for the figure's DrillDown, and in the main window opens that report."""

from __future__ import annotations

import pytest

from app.domain.money import format_wan
from app.services import dashboard
from app.ui.dashboard.screen import PERIODS, area_text
from tests.ui.deals.conftest import context_for, idle, world  # noqa: F401 — fixtures

TIMEOUT = 10_000


@pytest.fixture
def sold(world):  # noqa: F811 — the imported fixture
    world.contract(0, 0)
    world.contract(1, 1, who="sales2")
    world.subscribe(2, 0)
    return world


@pytest.fixture
def open_dashboard(qtbot, context_for):  # noqa: F811 — the imported fixture
    from app.ui.dashboard.screen import DashboardScreen

    screens = []

    def _open(key: str, project_id: int) -> DashboardScreen:
        screen = DashboardScreen(context_for(key))
        screens.append(screen)
        qtbot.addWidget(screen)
        screen.resize(1500, 950)
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.waitUntil(screen.is_ready, timeout=TIMEOUT)
        screen.set_project(project_id)
        settle(qtbot, screen)
        assert screen.dashboard is not None and screen.dashboard.project_id == project_id
        return screen

    yield _open
    for screen in screens:
        screen.shutdown()


def settle(qtbot, screen) -> None:
    idle(qtbot, screen.runner, TIMEOUT)
    qtbot.waitUntil(screen.is_ready, timeout=TIMEOUT)


def expected_texts(period: dashboard.PeriodFigures) -> dict[str, str]:
    return {"visitors": f"{period.visitors:,}",
            "subscriptions": f"{period.subscriptions.count:,}",
            "contracts": f"{period.contracts.count:,}",
            "contract_area": area_text(period.contracts.area),
            "contract_value": format_wan(period.contracts.value),
            "collections": format_wan(period.collections)}


def test_cards_show_the_services_figures_and_follow_the_period(qtbot, sold, open_dashboard):
    screen = open_dashboard("executive", sold.project.id)
    board = dashboard.load(sold.engines("executive"), sold.project.id)
    assert screen.period == "month"
    assert screen.card_texts() == expected_texts(board.period("month"))
    assert board.period("month").contracts.count == 2    # the world's deals are this month's
    assert screen.cards["contracts"].drill == board.period("month").contracts.rows
    assert screen.title.text() in ("决策看板", "Dashboard")   # the lead adds the translation
    for name in PERIODS:
        screen.period_buttons.button(PERIODS.index(name)).click()
        settle(qtbot, screen)
        assert screen.period == name and screen.dashboard.focus == name
        assert screen.card_texts() == expected_texts(board.period(name)), name
        assert screen.cards["visitors"].drill == board.period(name).visitors_rows


def test_period_switch_changes_the_figures(qtbot, sold, open_dashboard):
    """One contract moved to the first day of the year: 'today' shows one contract, 'year'
    two — the cards change with the switch, and the funnel chart follows."""
    import datetime as dt

    import sqlalchemy as sa

    with sold.superuser.begin() as conn:
        day = conn.execute(sa.text("SELECT current_date")).scalar_one()
        if day.timetuple().tm_yday == 1:
            pytest.skip("no earlier day of this year to move a contract to")
        first = dt.date(day.year, 1, 1)
        conn.execute(sa.text(
            "UPDATE estatedesk.deals SET signed_on = :d, subscribed_at = :d "
            "WHERE id = (SELECT min(id) FROM estatedesk.deals WHERE signed_on IS NOT NULL "
            "AND unit_id = :u)"), {"d": first, "u": sold.units[1].id})
    screen = open_dashboard("executive", sold.project.id)
    board = dashboard.load(sold.engines("executive"), sold.project.id)
    texts = {}
    for name in PERIODS:
        screen.set_period(name)
        settle(qtbot, screen)
        texts[name] = screen.card_texts()
        assert texts[name] == expected_texts(board.period(name)), name
    assert texts["today"]["contracts"] == "1" and texts["year"]["contracts"] == "2"
    assert texts["today"]["contract_value"] != texts["year"]["contract_value"]
    funnel = screen.funnel_view.chart().series()[0].barSets()[0]
    shown = [int(funnel.at(i)) for i in range(funnel.count())]
    assert shown == [s.count for s in reversed(board.period("year").funnel)]


def test_clicking_a_card_or_a_bar_asks_for_its_drill_down(qtbot, sold, open_dashboard):
    screen = open_dashboard("executive", sold.project.id)
    month = screen.dashboard.period("month")
    with qtbot.waitSignal(screen.drill_requested, timeout=1000) as blocker:
        screen.cards["contract_value"].click()
    assert blocker.args == [month.contracts.rows.report_key, month.contracts.rows.filter]
    assert blocker.args[0] == "contract_ledger"
    with qtbot.waitSignal(screen.drill_requested, timeout=1000) as blocker:
        screen.cards["collections"].click()
    assert blocker.args == ["collections", month.collections_rows.filter]
    # a bar of the sell-through chart: that building's sold deals
    building = screen.dashboard.sell_through[0]
    bars = screen.sell_view.chart().series()[0].barSets()[0]
    with qtbot.waitSignal(screen.drill_requested, timeout=1000) as blocker:
        bars.clicked.emit(0)
    assert blocker.args == [building.rows.report_key, building.rows.filter]


def test_drill_down_opens_the_report_in_the_main_window(qtbot, sold, login_as):
    from app.ui.reports.screen import ReportsScreen
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(login_as("executive"))
    qtbot.addWidget(window)
    window.show()
    screen = window.show_screen("dashboard")
    try:
        qtbot.waitUntil(screen.is_ready, timeout=TIMEOUT)
        screen.set_project(sold.project.id)
        settle(qtbot, screen)
        drill = screen.dashboard.period("month").contracts.rows
        screen.cards["contracts"].click()
        assert window.current_key() == "reports"
        reports = window.page("reports")
        assert isinstance(reports, ReportsScreen)
        qtbot.waitUntil(lambda: reports.report is not None
                        and reports.report.key == drill.report_key and reports.is_ready(),
                        timeout=TIMEOUT)
        assert reports.report.filter.project_id == sold.project.id
        assert reports.report.filter.date_from == drill.filter.date_from
        assert len(reports.report.rows) == 2
    finally:
        screen.shutdown()
        screen.runner.wait_for_done(TIMEOUT)
        qtbot.waitUntil(lambda: not screen.runner.is_busy(), timeout=TIMEOUT)
