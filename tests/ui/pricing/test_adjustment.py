"""调价 from the manager's desk: +2% on floors 2–3 of building 1 tries exactly what the
service computes, leaves the other units out and the sold one greyed; an amount per m²
works the same way; submitted as an adjustment."""

from __future__ import annotations

from decimal import Decimal

from app.domain.pricing import Adjustment
from app.services import price_plans
from app.ui.pricing.change_model import VALUE_ROLE
from tests.ui.pricing.conftest import SMALL_LAYOUT
from tests.ui.pricing.test_plan_flow import column, submit, try_prices


def test_percent_on_floors_of_one_building(qtbot, open_pricing, priced, engines):
    screen = open_pricing("manager")
    screen.tabs.setCurrentWidget(screen.adjustment_tab)
    tab = screen.adjustment_tab
    editor = tab.editor
    assert editor.buildings.options() == ["1", "2"]
    assert editor.layouts.options() == [SMALL_LAYOUT, "三室两厅两卫"]
    editor.amount.setText("2")
    editor.floor_from.setText("1")
    editor.floor_to.setText("3")
    editor.buildings.set_checked("1", True)
    try_prices(qtbot, screen, tab)
    wanted = Adjustment(percent=Decimal("2"), floors=range(1, 4), buildings={"1"})
    assert tab.tried == wanted
    expected = {c.unit_id: c for c in price_plans.trial_adjustment(
        engines("manager"), priced.project_id, wanted)}
    codes = {code: unit_id for code, unit_id in priced.units.items() if code.startswith("1-")}
    assert column(tab.model, "new_total", VALUE_ROLE) == {
        code: expected[unit_id].new_total for code, unit_id in codes.items()}
    assert column(tab.model, "new_unit_price")["1-1-201"] == "20,400.00"
    assert column(tab.model, "change")["1-1-101"] == "已售：保持原价"
    assert column(tab.model, "change")["1-1-201"] == "+40,000.00 (+2.00%)"
    plan_id = submit(qtbot, screen, tab, suggested="调价 +2% 1–3层 1号楼")
    summary = screen.plans_tab.model.plans()[0]
    assert (summary.id, summary.kind, summary.units) == (plan_id, "adjustment", 5)
    assert screen.plans_tab.model.index(0, 0).data() == "调价"


def test_amount_per_m2_on_one_layout(qtbot, open_pricing, priced, engines):
    screen = open_pricing("admin")
    tab = screen.adjustment_tab
    editor = tab.editor
    editor.per_m2_radio.click()
    assert editor.amount_unit.text() == "元/㎡"
    editor.amount.setText("-500")
    editor.layouts.set_checked(SMALL_LAYOUT, True)
    try_prices(qtbot, screen, tab)
    wanted = Adjustment(per_m2=Decimal("-500"), layouts={SMALL_LAYOUT})
    expected = {c.unit_id: c for c in price_plans.trial_adjustment(
        engines("admin"), priced.project_id, wanted)}
    totals = column(tab.model, "new_total", VALUE_ROLE)
    assert set(totals) == {"2-1-101", "2-1-102", "2-1-201", "2-1-202"}
    assert totals["2-1-101"] == expected[priced.units["2-1-101"]].new_total \
        == Decimal("1950000.00")
    assert column(tab.model, "change")["2-1-101"] == "−50,000.00 (−2.50%)"
    assert column(tab.model, "change")["2-1-201"] == "已售：保持原价"
