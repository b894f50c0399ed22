"""Acting from the chart, by role, against the database: the manager holds and releases
through the menu and the buttons (with a reason), a salesperson pencils in through the
PencilDialog and releases their own pencil; actions a role may not take are absent, and the
database refuses them anyway; a refusal is shown in Chinese and says who has the unit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from app.domain.statuses import UnitStatus
from app.services import unit_actions
from app.services.errors import UserError
from app.ui.chart.actions import ActionKind
from app.ui.chart.history_dialog import UnitHistoryDialog
from app.ui.chart.pencil_dialog import PencilDialog
from app.ui.chart.reason_dialog import ReasonDialog
from tests.ui.chart.seed import seed_chart, status_of


@pytest.fixture
def seeded(clone):
    engine = clone.superuser_engine()
    yield seed_chart(engine), engine
    engine.dispose()


def menu_kinds(screen, unit_ids):
    screen.show_menu(unit_ids, QPoint(50, 50))
    kinds = [ActionKind(a.data()) for a in screen.menu.actions() if a.data()]
    texts = [a.text() for a in screen.menu.actions() if a.data()]
    screen.menu.close()
    return kinds, texts


def test_manager_holds_with_a_reason_and_releases(open_chart, seeded, qtbot):
    data, engine = seeded
    screen = open_chart("manager", data.project_id, data.building_ids["1"])
    ids = [data.unit_ids["1-1-101"], data.unit_ids["1-1-102"]]
    screen.view.set_selection(ids, ids[0])
    kinds, texts = menu_kinds(screen, ids)
    assert kinds == [ActionKind.HOLD, ActionKind.WITHDRAW]
    assert texts == ["销控…", "撤回…"]
    assert screen.action_bar.buttons[ActionKind.HOLD].isEnabled()
    assert not screen.action_bar.buttons[ActionKind.RELEASE_HOLD].isEnabled()

    screen.show_menu(ids, QPoint(50, 50))
    hold = next(a for a in screen.menu.actions() if a.data() == ActionKind.HOLD.value)
    with qtbot.waitSignal(screen.actions.dialog_opened, timeout=3000) as opened:
        hold.trigger()
    dialog = opened.args[0]
    assert isinstance(dialog, ReasonDialog)
    assert not dialog.ok_button().isEnabled()  # a reason is required
    dialog.set_reason("为重要客户保留")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: all(screen.model.unit_by_id(i).status is UnitStatus.HELD
                                for i in ids), timeout=3000)
    assert status_of(engine, ids[0]) == "held"
    assert screen.model.unit_by_id(ids[0]).status_reason == "为重要客户保留"
    assert "销控" in screen.status.message.text()

    qtbot.waitUntil(lambda: screen.action_bar.buttons[ActionKind.RELEASE_HOLD].isEnabled(),
                    timeout=2000)
    screen.action_bar.buttons[ActionKind.RELEASE_HOLD].click()  # no reason needed
    qtbot.waitUntil(lambda: all(screen.model.unit_by_id(i).status is UnitStatus.AVAILABLE
                                for i in ids), timeout=3000)
    assert status_of(engine, ids[1]) == "available"


def test_manager_puts_on_sale(open_chart, seeded, qtbot):
    data, engine = seeded
    screen = open_chart("manager", data.project_id, data.building_ids["2"])
    unit = next(u for u in screen.model.units if u.status is UnitStatus.NOT_RELEASED)
    screen.view.set_selection([unit.id], unit.id)
    screen.trigger(ActionKind.PUT_ON_SALE)
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit.id).status is UnitStatus.AVAILABLE,
                    timeout=3000)
    assert status_of(engine, unit.id) == "available"


def test_salesperson_cannot_hold_and_the_database_refuses(open_chart, seeded, clone):
    data, _engine = seeded
    screen = open_chart("sales1", data.project_id, data.building_ids["1"])
    unit_id = data.unit_ids["1-1-201"]
    kinds, _texts = menu_kinds(screen, [unit_id])
    assert ActionKind.HOLD not in kinds and ActionKind.RELEASE_HOLD not in kinds
    assert kinds == [ActionKind.PENCIL, ActionKind.HISTORY]
    assert ActionKind.HOLD not in screen.action_bar.buttons
    sales = clone.engine_as("edt_sales1")
    try:
        with pytest.raises(UserError):
            unit_actions.hold(sales, [unit_id], "想留给朋友")
    finally:
        sales.dispose()


def test_salesperson_pencils_in_through_the_dialog_and_releases(open_chart, seeded, qtbot,
                                                                clone):
    data, engine = seeded
    screen = open_chart("sales1", data.project_id, data.building_ids["1"])
    unit_id = data.unit_ids["1-1-301"]
    customer_id, name = data.customers["sales1"]
    screen.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(screen.actions.dialog_opened, timeout=3000) as opened:
        screen.action_bar.buttons[ActionKind.PENCIL].click()
    dialog = opened.args[0]
    assert isinstance(dialog, PencilDialog)
    qtmodel = dialog.proxy
    assert qtmodel.rowCount() == 1  # only this salesperson's own customers
    assert "2 小时" in dialog.deadline.text() or "120" in dialog.deadline.text()
    qtbot.keyClicks(dialog.search, "zs")
    assert dialog.customer_id() == customer_id
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status is UnitStatus.PENCILLED,
                    timeout=3000)
    unit = screen.model.unit_by_id(unit_id)
    assert unit.customer == name and unit.pencil_expires_at is not None
    assert status_of(engine, unit_id) == "pencilled"
    assert name in screen.status.message.text()

    qtbot.waitUntil(lambda: screen.action_bar.buttons[ActionKind.RELEASE_PENCIL].isEnabled(),
                    timeout=2000)
    screen.action_bar.buttons[ActionKind.RELEASE_PENCIL].click()
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status is UnitStatus.AVAILABLE,
                    timeout=3000)


def test_a_taken_unit_is_refused_saying_who_has_it(open_chart, seeded, qtbot, clone):
    data, _engine = seeded
    unit_id = data.unit_ids["1-1-401"]
    screen = open_chart("sales2", data.project_id, data.building_ids["1"], live=False)
    sales1 = clone.engine_as("edt_sales1")
    try:
        unit_actions.pencil(sales1, unit_id, data.customers["sales1"][0])
    finally:
        sales1.dispose()
    assert screen.model.unit_by_id(unit_id).status is UnitStatus.AVAILABLE  # not live: stale
    screen.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(screen.actions.dialog_opened, timeout=3000) as opened:
        screen.trigger(ActionKind.PENCIL)
    dialog = opened.args[0]
    assert dialog.choose(data.customers["sales2"][0])
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: bool(screen.last_error), timeout=3000)
    assert screen.last_error == "房源 1-1-401 已不可售：当前为「预留」（顾问甲）。"
    screen.error_box.close()


def test_history_dialog_lists_changes_in_chinese(open_chart, seeded, qtbot, clone):
    data, _engine = seeded
    unit_id = data.unit_ids["1-1-101"]
    manager = clone.engine_as("edt_manager")
    try:
        unit_actions.hold(manager, [unit_id], "价格调整")
        unit_actions.release(manager, [unit_id])
    finally:
        manager.dispose()
    screen = open_chart("reception", data.project_id, data.building_ids["1"], live=False)
    assert [s.kind for s in screen.actions.offered()] == [ActionKind.HISTORY]
    screen.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(screen.actions.dialog_opened, timeout=3000) as opened:
        screen.trigger(ActionKind.HISTORY)
    dialog = opened.args[0]
    assert isinstance(dialog, UnitHistoryDialog)
    changes = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert "待售 → 销控" in changes and "销控 → 待售" in changes
    reasons = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert "价格调整" in reasons
    people = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "经理测试" in people
    dialog.close()
