"""What the reports screen tests share: opening the screen as a role (waiting until the
projects, the pickers' choices and the first report are loaded), waiting for it to settle,
and showing a report of a project over all time."""

from __future__ import annotations

import pytest

from tests.ui.deals.conftest import context_for, idle, world  # noqa: F401 — fixtures

TIMEOUT = 10_000


@pytest.fixture
def open_reports(qtbot, context_for):  # noqa: F811 — the imported fixture
    from app.ui.reports.screen import ReportsScreen

    def _open(key: str) -> ReportsScreen:
        context = context_for(key)
        screen = ReportsScreen(context)
        screen.runner = context.runner
        qtbot.addWidget(screen)
        screen.resize(1400, 900)
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.waitUntil(lambda: screen.is_ready() and screen.report is not None,
                        timeout=TIMEOUT)
        return screen

    return _open


def settle(qtbot, screen) -> None:
    idle(qtbot, screen.runner, TIMEOUT)
    qtbot.waitUntil(screen.is_ready, timeout=TIMEOUT)


def show(qtbot, screen, key: str, project: int) -> None:
    screen.set_project(project)
    screen.set_period(None, None)
    screen.choose(key)
    settle(qtbot, screen)
    assert screen.report.key == key
