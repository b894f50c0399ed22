"""Chart screen fixtures: a screen per login with its own runner, waited for until its first
load is painted, and stopped (listener closed, pool drained) after the test."""

from __future__ import annotations

import pytest

from app.ui.chart.screen import ChartScreen
from app.ui.common.operations import OperationRunner
from app.ui.shell.screens import ScreenContext


@pytest.fixture
def open_chart(qtbot, login_as):
    """open_chart(key, project_id=None, building_id=None, live=True) -> a loaded ChartScreen.
    building_id 0 is the whole-project overview."""
    screens = []

    def _open(key: str, project_id: int | None = None, building_id: int | None = None,
              live: bool = True) -> ChartScreen:
        login = login_as(key)
        runner = OperationRunner()
        screen = ChartScreen(ScreenContext(login, runner), live=live)
        screen.test_runner = runner
        qtbot.addWidget(screen)
        screen.resize(1400, 900)
        screen.show()
        screens.append(screen)
        def loaded() -> bool:
            return (screen.loader.project_id is not None and not screen.loader.loading
                    and len(screen.model) > 0)

        qtbot.waitUntil(loaded, timeout=5000)
        if project_id is not None:
            wanted = None if building_id == 0 else building_id
            if (screen.loader.project_id, screen.loader.building_id) != (project_id, wanted) \
                    or building_id is None:
                screen.chooser.choose_project(project_id, building_id)
                qtbot.waitUntil(lambda: screen.loader.project_id == project_id
                                and (building_id is None
                                     or screen.loader.building_id == wanted)
                                and loaded(), timeout=5000)
        qtbot.waitUntil(lambda: screen.actions.policy is not None, timeout=5000)
        if live:
            qtbot.waitUntil(screen.feed.is_live, timeout=5000)
        return screen

    yield _open
    for screen in screens:
        screen.shutdown()
        screen.test_runner.wait_for_done(5000)
        screen.close()
