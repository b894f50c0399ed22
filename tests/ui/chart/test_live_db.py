"""Live updates between desks: a change made on one chart (or in psql) shows on another
within a second through LISTEN/NOTIFY; the chart recovers by itself when its listening
connection is killed; overdue pencils lapse on every chart."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.domain.statuses import UnitStatus
from app.services import unit_actions
from app.ui.chart.actions import ActionKind
from tests.ui.chart.seed import seed_chart


@pytest.fixture
def seeded(clone):
    engine = clone.superuser_engine()
    yield seed_chart(engine), engine
    engine.dispose()


def test_a_hold_on_one_desk_shows_on_another_within_a_second(open_chart, seeded, qtbot):
    data, _engine = seeded
    manager = open_chart("manager", data.project_id, data.building_ids["1"])
    sales = open_chart("sales1", data.project_id, data.building_ids["1"])
    unit_id = data.unit_ids["1-1-202"]
    manager.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(manager.actions.dialog_opened, timeout=3000) as opened:
        manager.trigger(ActionKind.HOLD)
    opened.args[0].set_reason("领导关系户")
    opened.args[0].ok_button().click()
    qtbot.waitUntil(lambda: manager.model.unit_by_id(unit_id).status is UnitStatus.HELD,
                    timeout=3000)
    qtbot.waitUntil(lambda: sales.model.unit_by_id(unit_id).status is UnitStatus.HELD,
                    timeout=1000)
    assert sales.legend.cards[UnitStatus.HELD].count.text() == "1"


def test_a_change_in_psql_shows_within_a_second(open_chart, seeded, qtbot):
    data, engine = seeded
    screen = open_chart("executive", data.project_id, 0)
    unit_id = data.unit_ids["2-1-101"]
    before = screen.model.unit_by_id(unit_id).status
    target = "filed" if before is not UnitStatus.FILED else "contracted"
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = "
                             "CAST(:s AS estatedesk.unit_status), version = version + 1 "
                             "WHERE id = :u"), {"s": target, "u": unit_id})
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status.value == target,
                    timeout=1000)


def _kill_listener(engine: sa.Engine, login: str) -> int:
    with engine.connect() as conn:
        killed = conn.execute(sa.text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%' AND usename = :login "
            "AND datname = current_database()"), {"login": login}).scalar_one()
        conn.commit()
    return killed


def test_the_chart_reconnects_and_reloads_after_the_listener_is_killed(open_chart, seeded,
                                                                       qtbot):
    data, engine = seeded
    screen = open_chart("finance", data.project_id, data.building_ids["2"])
    assert _kill_listener(engine, "edt_finance") == 1
    qtbot.waitUntil(lambda: screen.feed.state == "lost", timeout=3000)
    assert screen.status.live_text() == "实时更新中断，正在重连…"
    # a change while away: its notification is lost, the full reload must show it
    unit_id = data.unit_ids["2-1-201"]
    target = "filed" if screen.model.unit_by_id(unit_id).status is not UnitStatus.FILED \
        else "contracted"
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = "
                             "CAST(:s AS estatedesk.unit_status) WHERE id = :u"),
                     {"s": target, "u": unit_id})
    with qtbot.waitSignal(screen.loader.loaded, timeout=5000):
        pass  # reconnect after ~1 s, then a full reload
    assert screen.feed.is_live()
    assert screen.status.live_text() == "实时更新中"
    assert screen.model.unit_by_id(unit_id).status.value == target
    # and it listens again
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = 'held' WHERE id = :u"),
                     {"u": unit_id})
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status is UnitStatus.HELD,
                    timeout=1000)


def test_an_overdue_pencil_lapses_on_every_chart(open_chart, seeded, qtbot, clone):
    data, engine = seeded
    unit_id = data.unit_ids["1-1-102"]
    sales = clone.engine_as("edt_sales1")
    try:
        unit_actions.pencil(sales, unit_id, data.customers["sales1"][0])
    finally:
        sales.dispose()
    screen = open_chart("manager", data.project_id, data.building_ids["1"])
    assert screen.model.unit_by_id(unit_id).status is UnitStatus.PENCILLED
    with engine.begin() as conn:  # let it run out (superuser: skips the rules)
        conn.execute(sa.text("UPDATE estatedesk.units SET pencil_expires_at = now() - "
                             "interval '1 minute' WHERE id = :u"), {"u": unit_id})
    screen.expire_pencils()  # what the 60-second timer does
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status is UnitStatus.AVAILABLE,
                    timeout=2000)
    assert screen.expiry_timer.isActive()
    assert screen.expiry_timer.interval() == 60_000


def test_the_expiry_tick_reloads_a_chart_that_is_not_listening(open_chart, seeded, qtbot,
                                                               clone):
    data, engine = seeded
    unit_id = data.unit_ids["1-1-201"]
    sales = clone.engine_as("edt_sales2")
    try:
        unit_actions.pencil(sales, unit_id, data.customers["sales2"][0])
    finally:
        sales.dispose()
    screen = open_chart("reception", data.project_id, data.building_ids["1"], live=False)
    assert screen.model.unit_by_id(unit_id).status is UnitStatus.PENCILLED
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET pencil_expires_at = now() - "
                             "interval '1 minute' WHERE id = :u"), {"u": unit_id})
    assert screen.model.unit_by_id(unit_id).status is UnitStatus.PENCILLED
    screen.expiry_timer.timeout.emit()
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status is UnitStatus.AVAILABLE,
                    timeout=3000)
