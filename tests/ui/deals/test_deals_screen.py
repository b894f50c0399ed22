"""The deals screen: who sees which deals (a salesperson only their own customers'), the
filters (stage, ended deals, search, needs approval), sorting, the actions each role gets
(finance and executives read only), refreshing on deals_changed, and the main window."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.services import deal_changes
from app.ui.deals.events import deals_changed
from app.ui.deals.list_model import COLUMNS, DealListModel
from app.ui.shell.main_window import MainWindow
from tests.ui.deals.conftest import idle


def _rows(screen) -> list[tuple[str, str]]:
    proxy = screen.proxy
    return [(proxy.index(r, COLUMNS.index("unit")).data(),
             proxy.index(r, COLUMNS.index("customer")).data()) for r in range(proxy.rowCount())]


def _stage(code: str) -> str:
    from app.ui.deals.labels import stage_name

    return stage_name(code)


def test_a_salesperson_sees_only_the_deals_of_their_own_customers(world, open_deals):
    mine = world.subscribe(unit=0, customer=0)
    world.subscribe(unit=1, customer=1, who="sales2")
    sales = open_deals("sales1")
    assert [d.id for d in sales.model.deals()] == [mine]
    assert sales.count_label.text() == QCoreApplication.translate(
        "DealsScreen", "{n} deals").format(n=1)
    manager = open_deals("manager")
    assert len(manager.model.deals()) == 2
    for key in ("finance", "executive", "admin"):
        assert len(open_deals(key).model.deals()) == 2


def test_the_list_shows_each_deal_as_the_columns_say(world, open_deals):
    deal = world.subscribe(unit=0, codes=("full97", "launch99"))
    screen = open_deals("manager")
    model = screen.model
    row = model.row_of(deal)
    shown = {name: model.index(row, c).data() for c, name in enumerate(COLUMNS)}
    detail = world.detail(deal)
    assert shown["unit"] == world.units[0].code
    assert shown["customer"] == detail.deal.customer_name
    assert shown["salesperson"] == "顾问甲"
    assert shown["stage"] == _stage("subscribed")
    assert shown["deal_total"] == "¥1,920,600.00"
    assert shown["deadline"] == detail.deal.sign_deadline.isoformat()
    assert shown["approval"] == QCoreApplication.translate("DealLabels", "Pending approval")
    assert model.index(row, COLUMNS.index("deal_total")).data(
        Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_stage_filter_search_and_needs_approval(world, open_deals, qtbot):
    subscribed = world.subscribe(unit=0)
    pending = world.subscribe(unit=1, customer=1, codes=("full97", "launch99"), who="sales2")
    cancelled = world.subscribe(unit=2)
    change = deal_changes.request_cancel(world.engines("sales1"), cancelled, Decimal("50000.00"),
                                         Decimal(0), "客户放弃")
    deal_changes.decide(world.engines("manager"), change, True, "同意")
    screen = open_deals("manager")
    assert {d.id for d in screen.model.deals()} == {subscribed, pending}
    screen.filters.set_stage_set("ended")
    qtbot.waitUntil(lambda: [d.id for d in screen.model.deals()] == [cancelled], timeout=10_000)
    screen.filters.set_stage_set("all")
    qtbot.waitUntil(lambda: len(screen.model.deals()) == 3, timeout=10_000)
    screen.filters.needs_approval.setChecked(True)
    qtbot.waitUntil(lambda: [d.id for d in screen.model.deals()] == [pending], timeout=10_000)
    screen.filters.needs_approval.setChecked(False)
    screen.filters.search.setText(world.units[0].code)
    qtbot.waitUntil(lambda: [d.id for d in screen.model.deals()] == [subscribed],
                    timeout=10_000)


def test_sorting_by_total_sorts_money_as_money(world, open_deals):
    world.subscribe(unit=0, codes=())
    screen = open_deals("manager")
    real = screen.model.deals()[0]
    totals = (Decimal("2000000.00"), Decimal("980000.00"), Decimal("12500000.00"), None)
    screen.model.set_deals([replace(real, id=n, deal_total=t) for n, t in enumerate(totals)])
    column = COLUMNS.index("deal_total")
    screen.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [screen.proxy.index(r, column).data() for r in range(screen.proxy.rowCount())]
    assert shown == ["—", "¥980,000.00", "¥2,000,000.00", "¥12,500,000.00"]
    stage = COLUMNS.index("stage")
    screen.view.sortByColumn(stage, Qt.SortOrder.DescendingOrder)
    assert screen.proxy.deal_at(0) is not None


@pytest.mark.parametrize("key", ["sales1", "manager", "finance", "executive", "admin"])
def test_the_screen_opens_for_every_role_with_only_its_actions(world, open_deals, qtbot, key):
    deal = world.subscribe(unit=0, codes=("full97", "launch99"))
    screen = open_deals(key)
    assert screen.select_deal(deal)
    qtbot.waitUntil(lambda: screen.detail.detail is not None and screen.is_ready(),
                    timeout=10_000)
    assert (screen.approvals is not None) == (key in ("manager", "admin"))
    assert screen.filters.needs_approval.isHidden() == (key not in ("manager", "admin"))
    if screen.queue is not None:                 # the launch-day numbers, for everyone
        screen.tabs.setCurrentWidget(screen.queue)
        assert screen.filters.search.isHidden()  # the list's filters only on the list
        screen.tabs.setCurrentIndex(0)
        assert not screen.filters.search.isHidden()
    actions = screen.detail.actions.visible_buttons()
    if key in ("finance", "executive"):
        assert actions == []
        assert all(b.isHidden() for b in (screen.queue_button, screen.deposit_button,
                                          screen.subscribe_button))
    if key in ("manager", "admin"):
        assert {"approve_discount_action", "reject_discount_action"} <= set(actions)
    if key == "sales1":
        assert "approve_discount_action" not in actions
        assert "change_action" in actions
    if key == "admin":
        assert "change_action" not in actions


def test_the_list_refreshes_when_a_deal_changes_elsewhere(world, open_deals, qtbot):
    screen = open_deals("sales1")
    assert screen.model.rowCount() == 0
    world.subscribe(unit=0)
    deals_changed()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    idle(qtbot, screen.runner)


def test_list_model_passes_the_model_tester(world, qtmodeltester, open_deals):
    world.subscribe(unit=0, codes=("full97",))
    world.subscribe(unit=1, customer=1, who="sales2")
    screen = open_deals("manager")
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)
    assert screen.model.rowCount() == screen.proxy.rowCount() == 2
    empty = DealListModel()
    qtmodeltester.check(empty)
    assert empty.rowCount() == 0


def test_the_main_window_builds_the_deals_screen(qtbot, login_as, world):
    from app.ui.deals.screen import DealsScreen

    window = MainWindow(login_as("finance"))
    qtbot.addWidget(window)
    assert "deals" in window.nav_keys()
    page = window.show_screen("deals")
    assert isinstance(page, DealsScreen)
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    window.ping_timer.stop()
