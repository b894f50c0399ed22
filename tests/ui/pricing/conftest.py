"""Pricing UI fixtures: a small priced project in the clone (two buildings, two layouts, one
unit contracted and one reserved), and the pricing screen for a login, shown and loaded."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.ui.common.operations import OperationRunner
from app.ui.pricing.screen import PricingScreen
from app.ui.shell.screens import ScreenContext
from tests.helpers.factories import create_project, create_units

SMALL_LAYOUT = "两室两厅一卫"


@dataclass(frozen=True)
class PricedProject:
    project_id: int
    units: dict[str, int]          # unit code (1-1-301) → id
    sold: dict[str, int]           # the contracted and the reserved unit


def seed_pricing(engine: sa.Engine) -> PricedProject:
    """Building 1: floors 1–3 × 2 units (三室两厅两卫, 南, 20,000 ¥/m², 100 m²); building 2:
    floors 1–2 × 2 units (两室两厅一卫, 东南). 1-1-101 is contracted, 2-1-201 reserved."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        project = create_project(session, name="滨江壹号")
        create_units(session, project, building="1", floors=3, per_floor=2)
        create_units(session, project, building="2", floors=2, per_floor=2)
        session.execute(sa.text(
            "UPDATE estatedesk.units u SET layout = :layout, orientation = '东南' "
            "FROM estatedesk.buildings b WHERE b.id = u.building_id AND b.code = '2' "
            "AND u.project_id = :p"), {"layout": SMALL_LAYOUT, "p": project.id})
        units = dict(session.execute(sa.text(
            "SELECT code, id FROM estatedesk.units WHERE project_id = :p"),
            {"p": project.id}).all())
        sold = {"1-1-101": "contracted", "2-1-201": "reserved"}
        for code, status in sold.items():
            session.execute(sa.text("UPDATE estatedesk.units SET status = "
                                    "CAST(:s AS estatedesk.unit_status) WHERE id = :u"),
                            {"s": status, "u": units[code]})
    return PricedProject(project.id, units, {code: units[code] for code in sold})


@pytest.fixture
def superuser(clone):
    engine = clone.superuser_engine()
    yield engine
    engine.dispose()


@pytest.fixture
def priced(superuser) -> PricedProject:
    return seed_pricing(superuser)


def list_prices(engine: sa.Engine, ids) -> dict[int, tuple]:
    with engine.connect() as conn:
        return {r.id: (r.list_unit_price, r.list_total) for r in conn.execute(sa.text(
            "SELECT id, list_unit_price, list_total FROM estatedesk.units "
            "WHERE id = ANY(:i)"), {"i": list(ids)})}


@pytest.fixture
def open_pricing(qtbot, login_as):
    """open_pricing(key) -> a PricingScreen with its project loaded (own runner)."""
    screens = []

    def _open(key: str) -> PricingScreen:
        runner = OperationRunner()
        screen = PricingScreen(ScreenContext(login_as(key), runner))
        screen.test_runner = runner
        qtbot.addWidget(screen)
        screen.resize(1280, 860)
        screen.show()
        qtbot.waitExposed(screen)
        screens.append(screen)
        qtbot.waitUntil(screen.is_ready, timeout=10_000)
        idle(qtbot, screen)
        return screen

    yield _open
    for screen in screens:
        screen.test_runner.wait_for_done(10_000)


def idle(qtbot, screen: PricingScreen, timeout: int = 10_000) -> None:
    """Wait until every background operation of the screen has delivered."""
    qtbot.waitUntil(lambda: not screen.test_runner.is_busy(), timeout=timeout)
