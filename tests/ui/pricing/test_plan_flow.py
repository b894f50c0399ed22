"""A price plan from the manager's desk to the database: fill it in, try it (the table shows
the service's own trial, sold units greyed), submit it; the manager cannot approve their own
plan; an administrator approves it in 审批 and the list prices change — but not those of the
sold units; a rejection needs a reason."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.pricing import FloorRule, PricePlan
from app.services import price_plans
from app.ui.pricing.change_model import COLUMNS, VALUE_ROLE
from tests.ui.pricing.conftest import idle, list_prices

PLAN = PricePlan(base_prices={"default": Decimal("25000")},
                 floor_coefficients=FloorRule(start_floor=1, step=Decimal("0.01")),
                 orientation_coefficients={"南": Decimal("1.02")})


def fill_plan(tab) -> None:  # noqa: ANN001 — a TrialTab with a PlanEditor
    editor = tab.editor
    editor.base_prices.set_value("default", "25,000")
    editor.floor_step.setText("0.01")
    editor.orientations.set_value("南", "1.02")


def try_prices(qtbot, screen, tab) -> None:  # noqa: ANN001
    tab.trial_button.click()
    qtbot.waitUntil(lambda: not tab.is_running() and tab.tried is not None, timeout=10_000)
    idle(qtbot, screen)


def submit(qtbot, screen, tab, name: str | None = None,  # noqa: ANN001
           suggested: str = "价格方案") -> int:
    """提交审批 through the name dialog (None: keep the suggested name); the plan id."""
    tab.submit_button.click()
    dialog = tab.name_dialog
    assert dialog.isVisible() and dialog.plan_name().startswith(suggested)
    if name is not None:
        dialog.name.setText(name)
    with qtbot.waitSignal(tab.submitted, timeout=10_000) as signal:
        dialog.ok_button().click()
    assert not dialog.isVisible()
    idle(qtbot, screen)
    return signal.args[0]


def column(model, name: str, role=Qt.ItemDataRole.DisplayRole) -> dict:  # noqa: ANN001
    index = COLUMNS.index(name)
    return {model.index(r, COLUMNS.index("code")).data(): model.index(r, index).data(role)
            for r in range(model.rowCount())}


def approve(qtbot, screen, plan_id: int) -> None:  # noqa: ANN001
    plans = screen.plans_tab
    screen.tabs.setCurrentWidget(plans)
    plans.select_plan(plan_id)
    assert plans.approve_button.isEnabled()
    plans.approve_button.click()
    box = plans.confirm_box
    assert box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: plans.banner.isVisible(), timeout=10_000)
    idle(qtbot, screen)


def test_manager_tries_and_submits_and_an_admin_approves(qtbot, open_pricing, priced,
                                                         engines, superuser):
    screen = open_pricing("manager")
    tab = screen.plan_tab
    assert screen.tabs.count() == 4 and screen.tabs.currentWidget() is tab
    assert screen.settings_chip.text() == "按建筑面积计价 · 单价取整到元（四舍五入）"
    fill_plan(tab)
    try_prices(qtbot, screen, tab)
    assert tab.tried == PLAN
    expected = {c.unit_id: c for c in price_plans.trial_plan(engines("manager"),
                                                             priced.project_id, PLAN)}
    ids = {code: unit_id for code, unit_id in priced.units.items()}
    new_totals = column(tab.model, "new_total", VALUE_ROLE)
    assert new_totals == {code: expected[i].new_total for code, i in ids.items()}
    assert column(tab.model, "new_unit_price")["1-1-201"] == "25,755.00"   # 25000×1.01×1.02
    changes = column(tab.model, "change")
    assert changes["1-1-101"] == changes["2-1-201"] == "已售：保持原价"
    assert changes["1-1-201"] == "+575,500.00 (+28.78%)"
    assert "调整 <b>8</b> 套" in tab.summary.text() and "跳过 2 套（已售，保持原价）" in \
        tab.summary.text()
    assert tab.submit_button.isEnabled()

    plan_id = submit(qtbot, screen, tab, "开盘价格方案")
    assert "已提交“开盘价格方案”（8 套）" in tab.banner.text()
    assert not tab.submit_button.isEnabled()        # submitted once; try again to resubmit
    plans = screen.plans_tab
    assert plans.model.plans()[0].name == "开盘价格方案"
    assert plans.selected_plan().id == plan_id
    before = list_prices(superuser, priced.units.values())

    # the author cannot approve their own plan: the refusal is shown, nothing changes
    approve(qtbot, screen, plan_id)
    assert plans.banner.text() == "价格方案须由提交人以外的销售经理或系统管理员审批。"
    assert list_prices(superuser, priced.units.values()) == before

    admin = open_pricing("admin")
    approve(qtbot, admin, plan_id)
    assert admin.plans_tab.banner.text() == "已批准“开盘价格方案”：已调整 8 套。"
    after = list_prices(superuser, priced.units.values())
    for code, unit_id in priced.units.items():
        if code in priced.sold:
            assert after[unit_id] == before[unit_id]
        else:
            assert after[unit_id] == (expected[unit_id].new_unit_price,
                                      expected[unit_id].new_total)
    row = admin.plans_tab.model.plans()[0]
    assert (row.status, row.applied_units, row.skipped_units) == ("approved", 8, 0)
    assert not admin.plans_tab.approve_button.isEnabled()    # decided: no second decision


def test_units_sold_after_submission_keep_their_price(qtbot, open_pricing, priced, engines,
                                                      superuser):
    import sqlalchemy as sa

    changes = price_plans.trial_plan(engines("manager"), priced.project_id, PLAN)
    plan_id = price_plans.submit(engines("manager"), priced.project_id, "二期", PLAN, changes)
    sold_late = priced.units["1-1-302"]
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = 'reserved' WHERE id = :u"),
                     {"u": sold_late})
    before = list_prices(superuser, [sold_late])
    admin = open_pricing("admin")
    approve(qtbot, admin, plan_id)
    assert admin.plans_tab.banner.text() == \
        "已批准“二期”：已调整 7 套，1 套已售保持原价。"
    assert list_prices(superuser, [sold_late]) == before
    assert admin.plans_tab.model.index(0, 6).data() == "已调整 7 套，1 套已售保持原价"


def test_a_rejection_needs_a_reason(qtbot, open_pricing, priced, engines, superuser):
    changes = price_plans.trial_plan(engines("manager"), priced.project_id, PLAN)
    plan_id = price_plans.submit(engines("manager"), priced.project_id, "试探性调价", PLAN,
                                 changes)
    before = list_prices(superuser, priced.units.values())
    admin = open_pricing("admin")
    plans = admin.plans_tab
    admin.tabs.setCurrentWidget(plans)
    plans.select_plan(plan_id)
    plans.reject_button.click()
    dialog = plans.reject_dialog
    assert dialog.isVisible()
    dialog.ok_button().click()                      # no reason
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=10_000)
    assert dialog.banner.text() == "驳回需要填写原因。"
    assert dialog.isVisible()
    assert plans.model.plans()[0].status == "submitted"
    dialog.reason.setPlainText("涨幅过大")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    idle(qtbot, admin)
    assert plans.banner.text() == "已驳回“试探性调价”，表价保持不变。"
    row = plans.model.plans()[0]
    assert (row.status, row.decision_note) == ("rejected", "涨幅过大")
    assert plans.model.index(0, 2).data() == "已驳回"
    assert list_prices(superuser, priced.units.values()) == before


def test_editing_after_a_trial_asks_for_a_new_one(qtbot, open_pricing, priced):
    screen = open_pricing("manager")
    tab = screen.plan_tab
    fill_plan(tab)
    try_prices(qtbot, screen, tab)
    assert tab.submit_button.isEnabled()
    tab.editor.floor_step.textEdited.emit("0.02")
    assert tab.tried is None and not tab.submit_button.isEnabled()
    assert "请重新试算" in tab.summary.text()
