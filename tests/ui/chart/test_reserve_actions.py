"""The chart's sale actions: 认购… and 小定… on an available unit or one pencilled in by me
(for its customer), 查看交易 on reserved, contracted and filed units — offered to
salespeople and managers, not to finance; the dialogs save through the deal functions and
the chart shows the reserved unit."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint

from app.domain.statuses import Role, UnitStatus
from app.services import deals, unit_actions
from app.services.auth import SessionInfo
from app.ui.chart.actions import SALE_SPEC_BY_KIND, ActionKind, SaleKind, SalePolicy
from app.ui.chart.unit_deals_dialog import UnitDealsDialog
from app.ui.chart.unit_deals_model import CUSTOMER, STAGE, UnitDealsModel
from app.ui.deals import labels
from app.ui.deals.small_deposit_dialog import SmallDepositDialog
from app.ui.deals.subscribe_dialog import SubscribeDialog
from tests.helpers.deals import terms
from tests.ui.chart.fake_units import fake_units
from tests.ui.chart.seed import seed_chart, status_of

S = UnitStatus
SUBSCRIBE, SMALL, VIEW = (SALE_SPEC_BY_KIND[k] for k in SaleKind)


def session(role: Role, login: str = "edt_x") -> SessionInfo:
    return SessionInfo(1, login, "测试", frozenset({role}), "test")


def unit_in(status: UnitStatus, by: str | None = None):
    return [replace(fake_units(floors=1)[0], status=status, status_changed_by=by)]


def test_sale_policy_by_role_and_status():
    sales = SalePolicy(session(Role.SALES, "edt_sales1"))
    assert [s.kind for s in sales.offered()] == list(SaleKind)
    assert sales.applicable(SUBSCRIBE, unit_in(S.AVAILABLE))
    assert not sales.applicable(SUBSCRIBE, unit_in(S.AVAILABLE) * 2)    # one at a time
    assert sales.applicable(SMALL, unit_in(S.PENCILLED, "edt_sales1"))
    assert not sales.applicable(SUBSCRIBE, unit_in(S.PENCILLED, "edt_sales2"))
    assert not sales.applicable(SUBSCRIBE, unit_in(S.HELD))
    assert not sales.applicable(SUBSCRIBE, unit_in(S.RESERVED))
    assert sales.applicable(VIEW, unit_in(S.CONTRACTED))
    assert not sales.applicable(VIEW, unit_in(S.AVAILABLE))
    manager = SalePolicy(session(Role.SALES_MANAGER))
    assert manager.applicable(SUBSCRIBE, unit_in(S.HELD))
    assert manager.applicable(SUBSCRIBE, unit_in(S.PENCILLED, "edt_sales2"))
    finance = SalePolicy(session(Role.FINANCE))
    assert [s.kind for s in finance.offered()] == [SaleKind.VIEW_DEALS]
    assert not finance.applicable(SUBSCRIBE, unit_in(S.AVAILABLE))
    assert SalePolicy(session(Role.RECEPTIONIST)).offered() == []


@pytest.fixture
def seeded(clone):
    engine = clone.superuser_engine()
    yield seed_chart(engine), engine
    engine.dispose()


def menu_entries(screen, unit_id):
    screen.show_menu([unit_id], QPoint(50, 50))
    sales = [a.property("sale_kind") for a in screen.menu.actions() if a.property("sale_kind")]
    kinds = [ActionKind(a.data()) for a in screen.menu.actions() if a.data()]
    screen.menu.close()
    return sales, kinds


def test_salesperson_is_offered_subscribe_and_finance_is_not(open_chart, seeded):
    data, _engine = seeded
    unit_id = data.unit_ids["1-1-101"]
    screen = open_chart("sales1", data.project_id, data.building_ids["1"], live=False)
    sales, kinds = menu_entries(screen, unit_id)
    assert sales == ["subscribe", "small_deposit"]
    assert kinds == [ActionKind.PENCIL, ActionKind.HISTORY]
    assert list(screen.action_bar.sale_buttons) == list(SaleKind)
    screen.view.set_selection([unit_id], unit_id)
    assert screen.action_bar.sale_buttons[SaleKind.SUBSCRIBE].isEnabled()
    assert not screen.action_bar.sale_buttons[SaleKind.VIEW_DEALS].isEnabled()

    finance = open_chart("finance", data.project_id, data.building_ids["1"], live=False)
    sales, kinds = menu_entries(finance, unit_id)
    assert sales == [] and kinds == [ActionKind.HISTORY]
    assert list(finance.action_bar.sale_buttons) == [SaleKind.VIEW_DEALS]


def test_subscribing_from_the_chart_reserves_the_unit(open_chart, seeded, qtbot):
    data, engine = seeded
    unit_id = data.unit_ids["1-1-201"]
    screen = open_chart("sales1", data.project_id, data.building_ids["1"], live=False)
    screen.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(screen.actions.dialog_opened, timeout=3000) as opened:
        screen.action_bar.sale_buttons[SaleKind.SUBSCRIBE].click()
    dialog = opened.args[0]
    assert isinstance(dialog, SubscribeDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    assert dialog.unit().id == unit_id and "1-1-201" in dialog.unit_picker.heading.text()
    assert dialog.customer.choose(data.customers["sales1"][0])
    dialog.deposit.setText("30000")
    qtbot.waitUntil(lambda: dialog.quote_panel.quote is not None, timeout=5000)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status is S.RESERVED,
                    timeout=5000)
    assert status_of(engine, unit_id) == "reserved"
    assert "1-1-201" in screen.status.message.text()
    dialog.close()


def test_a_unit_pencilled_by_me_is_sold_to_its_customer(open_chart, seeded, qtbot, clone):
    data, engine = seeded
    unit_id = data.unit_ids["1-1-301"]
    customer_id = data.customers["sales1"][0]
    sales1 = clone.engine_as("edt_sales1")
    try:
        unit_actions.pencil(sales1, unit_id, customer_id)
    finally:
        sales1.dispose()
    screen = open_chart("sales1", data.project_id, data.building_ids["1"], live=False)
    assert menu_entries(screen, unit_id)[0] == ["subscribe", "small_deposit"]
    other = open_chart("sales2", data.project_id, data.building_ids["1"], live=False)
    assert menu_entries(other, unit_id)[0] == []
    screen.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(screen.actions.dialog_opened, timeout=3000) as opened:
        screen.trigger(SaleKind.SMALL_DEPOSIT)
    dialog = opened.args[0]
    assert isinstance(dialog, SmallDepositDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    assert dialog.customer.customer_id() == customer_id    # the pencil's customer
    dialog.deposit.setText("10000")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: screen.model.unit_by_id(unit_id).status is S.RESERVED,
                    timeout=5000)
    assert status_of(engine, unit_id) == "reserved"


def test_view_deals_shows_who_reserved_the_unit(open_chart, seeded, qtbot, clone,
                                                qtmodeltester):
    data, _engine = seeded
    unit_id = data.unit_ids["1-1-401"]
    sales1 = clone.engine_as("edt_sales1")
    try:
        deal_id = deals.subscribe(sales1, unit_id, data.customers["sales1"][0],
                                  terms("30000.00", codes=()))
    finally:
        sales1.dispose()
    screen = open_chart("sales1", data.project_id, data.building_ids["1"], live=False)
    assert menu_entries(screen, unit_id)[0] == ["view_deals"]
    screen.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(screen.actions.dialog_opened, timeout=3000) as opened:
        screen.trigger(SaleKind.VIEW_DEALS)
    dialog = opened.args[0]
    assert isinstance(dialog, UnitDealsDialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, STAGE).data() == labels.stage_name("subscribed")
    assert model.index(0, CUSTOMER).data() == data.customers["sales1"][1]
    assert model.row(0).deal_total == Decimal("2000000.00")
    assert dialog.contract_button.isEnabled() and dialog.print_button.isEnabled()
    assert not dialog.subscribe_button.isEnabled()
    with qtbot.waitSignal(dialog.sale_opened, timeout=3000) as sale:
        dialog.contract_button.click()
    contract = sale.args[0]
    qtbot.waitUntil(lambda: contract.ready, timeout=5000)
    assert contract.deal.id == deal_id
    contract.close()
    dialog.close()

    finance = open_chart("finance", data.project_id, data.building_ids["1"], live=False)
    finance.view.set_selection([unit_id], unit_id)
    with qtbot.waitSignal(finance.actions.dialog_opened, timeout=3000) as opened:
        finance.trigger(SaleKind.VIEW_DEALS)
    read_only = opened.args[0]
    assert read_only.model.rowCount() == 1 and not read_only.contract_button.isVisible()
    read_only.close()


def test_unit_deals_model_empty(qtmodeltester):
    model = UnitDealsModel([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.columnCount() > 0
