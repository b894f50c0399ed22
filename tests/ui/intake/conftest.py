"""Intake fixtures: the manager's engine for setting the rotation, and the screen as a real
login sees it."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.services import intake
from app.ui.common.operations import OperationRunner
from app.ui.intake.intake_screen import IntakeScreen
from app.ui.shell.screens import ScreenContext


@pytest.fixture
def manager_engine(clone):
    engine = clone.engine_as("edt_manager")
    yield engine
    engine.dispose()


@pytest.fixture
def roster(manager_engine) -> dict[str, int]:
    """Today's rotation, set as the manager: 顾问甲 first, then 顾问乙."""
    ids = {c.name: c.id for c in intake.salespeople(manager_engine)}
    intake.set_duty_roster(manager_engine, dt.date.today(), [ids["顾问甲"], ids["顾问乙"]])
    return ids


@pytest.fixture
def open_intake(qtbot, login_as):
    """Build the intake screen for a test login, shown and active, choices loaded."""
    runners = []

    def _open(key: str) -> IntakeScreen:
        runner = OperationRunner()
        runners.append(runner)
        screen = IntakeScreen(ScreenContext(login_as(key), runner))
        qtbot.addWidget(screen)
        screen.resize(1100, 760)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
        screen.phone.setFocus()
        return screen

    yield _open
    for runner in runners:
        runner.wait_for_done(10_000)


@pytest.fixture
def count_customers(clone):
    """How many customers the database holds (as the superuser: all of them)."""
    engine = clone.superuser_engine()

    def _count() -> int:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM estatedesk.customers")).scalar()

    yield _count
    engine.dispose()
