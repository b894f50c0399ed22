"""Who sees what: managers and administrators get the editors and decide; an executive sees
only the list of plans, without decision buttons. The main window builds the screen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.pricing import PricePlan
from app.services import price_plans
from app.ui.pricing.screen import PricingScreen
from app.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("key", ["manager", "admin"])
def test_managers_and_admins_edit_and_decide(open_pricing, priced, key):
    screen = open_pricing(key)
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == \
        ["价格方案", "调价", "审批", "优惠设置"]
    assert screen.tabs.tabBar().isVisible()
    plans = screen.plans_tab
    assert not plans.approve_button.isHidden() and not plans.reject_button.isHidden()
    editor = screen.plan_tab.editor
    assert [editor.base_prices.label_of(r) for r in range(editor.base_prices.rowCount())] == \
        ["其他户型", "两室两厅一卫", "三室两厅两卫"]
    assert [editor.building.itemText(i) for i in range(editor.building.count())] == \
        ["全部楼栋", "1号楼（6 套）", "2号楼（4 套）"]


def test_the_executive_sees_only_the_plans(open_pricing, priced, engines):
    plan = PricePlan(base_prices={"default": Decimal("25000")})
    changes = price_plans.trial_plan(engines("manager"), priced.project_id, plan)
    price_plans.submit(engines("manager"), priced.project_id, "开盘价格方案", plan, changes)
    screen = open_pricing("executive")
    assert screen.plan_tab is None and screen.adjustment_tab is None
    assert screen.tabs.count() == 1 and screen.tabs.currentWidget() is screen.plans_tab
    assert not screen.tabs.tabBar().isVisible()
    plans = screen.plans_tab
    assert plans.isVisible()
    assert plans.approve_button.isHidden() and plans.reject_button.isHidden()
    assert plans.model.rowCount() == 1
    assert plans.model.index(0, 2).data() == "待审批"
    plans.select_plan(plans.model.plans()[0].id)
    plans.approve_selected()                       # nothing offers it; nothing happens either
    assert plans.confirm_box is None or not plans.confirm_box.isVisible()


def test_the_main_window_builds_the_pricing_screen(qtbot, login_as, priced):
    window = MainWindow(login_as("manager"))
    qtbot.addWidget(window)
    assert "pricing" in window.nav_keys()
    page = window.show_screen("pricing")
    assert isinstance(page, PricingScreen)
    qtbot.waitUntil(page.is_ready, timeout=10_000)
    window.ping_timer.stop()
