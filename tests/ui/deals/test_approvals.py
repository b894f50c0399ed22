"""审批 on the deals screen: a manager approves a discount waiting for approval, rejects a
change request with a reason (a rejection without one is refused by the database), sees
what each change does, and is refused deciding their own request. Only managers and
administrators get the tab."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.services import deal_changes, deals
from app.ui.deals.approval_models import ChangeRequestModel, DiscountApprovalModel
from tests.ui.deals.conftest import idle


def _approvals(open_deals, qtbot, key: str = "manager"):
    screen = open_deals(key)
    tab = screen.approvals
    screen.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
    return screen, tab


def test_a_manager_approves_a_discount_waiting_for_approval(world, open_deals, qtbot):
    deal = world.subscribe(codes=("full97", "launch99"))
    screen, tab = _approvals(open_deals, qtbot)
    assert [d.id for d in tab.discounts.rows()] == [deal]
    assert screen.tabs.tabText(screen.tabs.indexOf(tab)) == QCoreApplication.translate(
        "DealsScreen", "Approvals ({n})").format(n=1)
    assert tab.discounts.index(0, 5).data() == "−3.97%"
    tab.discount_view.selectRow(0)
    assert world.units[0].code in tab.what.text()
    tab.approve_discount_button.click()
    box = tab.decisions.confirm_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: world.detail(deal).deal.approval == "approved", timeout=10_000)
    qtbot.waitUntil(lambda: tab.discounts.rowCount() == 0, timeout=10_000)
    assert tab.banner.isVisibleTo(tab)
    idle(qtbot, screen.runner)


def test_a_manager_rejects_a_change_with_a_reason(world, open_deals, qtbot):
    deal = world.contract()
    change = deal_changes.request_cancel(world.engines("sales1"), deal, Decimal("40000.00"),
                                         Decimal("10000.00"), "客户资金问题")
    screen, tab = _approvals(open_deals, qtbot)
    assert [c.id for c in tab.changes.rows()] == [change]
    tab.change_view.selectRow(0)
    what = tab.what.text()
    assert "客户资金问题" in what and "¥40,000.00" in what and "¥10,000.00" in what
    tab.reject_change_button.click()
    dialog = tab.decisions.reject_dialog
    qtbot.addWidget(dialog)
    dialog.ok_button().click()                       # no reason: the database refuses
    qtbot.waitUntil(lambda: dialog.banner.isVisibleTo(dialog), timeout=10_000)
    assert dialog.isVisible()
    assert deal_changes.changes_of(world.engines("manager"), deal)[0].status == "pending"
    dialog.reason.setPlainText("请先与客户协商")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    kept = deal_changes.changes_of(world.engines("manager"), deal)[0]
    assert (kept.status, kept.decision_note, kept.decided_by) == ("rejected", "请先与客户协商",
                                                                  "edt_manager")
    qtbot.waitUntil(lambda: tab.changes.rowCount() == 0, timeout=10_000)
    assert world.detail(deal).deal.stage == "contracted"
    idle(qtbot, screen.runner)


def test_a_managers_own_request_is_refused_with_the_databases_reason(world, open_deals, qtbot):
    deal = world.subscribe(who="manager")
    deal_changes.request_cancel(world.engines("manager"), deal, Decimal("50000.00"),
                                Decimal(0), "客户放弃")
    screen, tab = _approvals(open_deals, qtbot)
    tab.change_view.selectRow(0)
    tab.approve_change_button.click()
    tab.decisions.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.banner.isVisibleTo(tab) and tab.banner.property("banner")
                    == "error", timeout=10_000)
    from app.services.messages import RULE_MESSAGES

    assert tab.banner.text() == QCoreApplication.translate("Messages",
                                                           RULE_MESSAGES["change_own"])
    assert world.detail(deal).deal.stage == "subscribed"
    idle(qtbot, screen.runner)


def test_the_detail_panel_offers_the_same_decision(world, open_deals, qtbot):
    deal = world.subscribe(codes=("full97", "launch99"))
    screen = open_deals("manager")
    screen.select_deal(deal)
    qtbot.waitUntil(lambda: screen.detail.detail is not None, timeout=10_000)
    actions = screen.detail.actions
    actions.reject_button.click()
    dialog = actions.decisions.reject_dialog
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("折扣过大")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: world.detail(deal).deal.approval == "rejected", timeout=10_000)
    qtbot.waitUntil(lambda: screen.detail.detail.deal.approval == "rejected", timeout=10_000)
    assert actions.approve_button.isHidden()
    idle(qtbot, screen.runner)


def test_only_managers_and_admins_get_the_tab(world, open_deals):
    for key in ("sales1", "finance", "executive"):
        screen = open_deals(key)
        assert screen.approvals is None and screen.tabs.count() in (1, 2)
    assert open_deals("admin").approvals is not None


def test_approval_models_pass_the_model_tester(world, qtmodeltester, open_deals, qtbot):
    world.subscribe(codes=("full97", "launch99"))
    deal = world.contract(unit=1)
    deal_changes.request_area_settlement(world.engines("sales1"), deal, Decimal("104.50"),
                                         "实测")
    screen, tab = _approvals(open_deals, qtbot)
    assert tab.discounts.rowCount() == 1 and tab.changes.rowCount() == 1
    qtmodeltester.check(tab.discounts)
    qtmodeltester.check(tab.changes)
    qtmodeltester.check(DiscountApprovalModel())
    qtmodeltester.check(ChangeRequestModel())
    summary = tab.changes.index(0, 6).data()
    assert "104.50 m²" in summary and "+4.50%" in summary
    tab.change_view.selectRow(0)
    assert "¥59,400.00" in tab.what.text()       # +3 m² at 19,800/m² paid by the buyer
    assert "¥29,700.00" in tab.what.text()       # the 1.5 m² above +3% the developer bears
    assert deals.deal_detail(world.engines("manager"), deal).measured_area is None
