"""The chart screen opens for every role that sees it, with the actions that role has, and
remembers the last project and building."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.ui.chart.actions import ActionKind
from app.ui.chart.screen import ChartScreen
from app.ui.shell.main_window import MainWindow
from tests.ui.chart.seed import seed_chart

A = ActionKind
BUTTONS = {
    "reception": [A.HISTORY],
    "sales1": [A.PENCIL, A.RELEASE_PENCIL, A.HISTORY],
    "manager": [A.RELEASE_PENCIL, A.HOLD, A.RELEASE_HOLD, A.PUT_ON_SALE, A.WITHDRAW,
                A.HISTORY],
    "finance": [A.HISTORY],
    "executive": [A.HISTORY],
    "admin": [A.HISTORY],
}


@pytest.fixture
def seeded(clone):
    engine = clone.superuser_engine()
    yield seed_chart(engine)
    engine.dispose()


@pytest.mark.parametrize("key", sorted(BUTTONS))
def test_chart_opens_for_every_role_that_sees_it(open_chart, seeded, key):
    screen = open_chart(key, live=key in ("sales1", "manager"))
    assert screen.loader.project_id == seeded.project_id
    assert screen.toolbar.building_combo.itemText(0) == "全部楼栋（总览）"
    assert screen.legend.total_card.count.text() == str(len(screen.model))
    assert list(screen.action_bar.buttons) == BUTTONS[key]
    assert screen.status.updated.text().startswith("上次更新")


def test_main_window_builds_the_chart_screen(qtbot, login_as, seeded):
    window = MainWindow(login_as("sales2"))
    qtbot.addWidget(window)
    page = window.show_screen("sales_chart")
    assert isinstance(page, ChartScreen)
    qtbot.waitUntil(lambda: len(page.model) > 0, timeout=5000)
    page.shutdown()
    window.ping_timer.stop()


def test_last_project_and_building_are_remembered(open_chart, seeded, qtbot):
    building = seeded.building_ids["2"]
    screen = open_chart("manager", seeded.project_id, building, live=False)
    assert QSettings().value("chart/building") in (building, str(building))
    again = open_chart("manager", live=False)
    assert again.loader.building_id == building
    assert again.toolbar.building_id() == building
    again.toolbar.choose_building(None)
    qtbot.waitUntil(lambda: again.loader.building_id is None and not again.loader.loading,
                    timeout=3000)
    assert int(QSettings().value("chart/building")) == 0
    del screen
