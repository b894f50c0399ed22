"""Each change dialog submits a request that waits for a manager; a refusal shows the
database's own message (at its field where it names one) and saves nothing. The area
settlement dialog computes the ±3% settlement live, as the database will."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from app.domain.payment_plans import LoanAmounts
from app.domain.settlement import settle
from app.services import deal_changes
from app.services.errors import ErrorKind, UserError
from app.services.messages import RULE_MESSAGES
from app.ui.common.errors import user_message
from app.ui.deals.settlement_dialog import AreaSettlementDialog
from tests.ui.deals.conftest import wait_saved


def _rule(key: str, **params) -> str:
    return user_message(UserError(ErrorKind.RULE, RULE_MESSAGES[key], params, key=key))


def _open(panel, qtbot, kind: str):
    dialog = panel.actions.open_change(kind)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ok_button().isEnabled, timeout=10_000)
    return dialog


def _changes(world, deal) -> list:
    return deal_changes.changes_of(world.engines("manager"), deal)


def test_cancellation_refused_unless_refund_and_forfeit_make_the_money_received(
        world, open_panel, qtbot):
    deal = world.contract()
    panel = open_panel("sales1", deal)
    dialog = _open(panel, qtbot, "cancel")
    assert dialog.refund.text() == "50000"
    dialog.refund.setText("40000")
    dialog.forfeit.setText("5000")
    dialog.reason.setPlainText("客户资金问题")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert dialog.errors.text_at("refund") == _rule("cancel_split",
                                                    received=Decimal("50000.00"))
    assert dialog.isVisible() and _changes(world, deal) == []
    dialog.forfeit.setText("10000")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert not dialog.isVisible()
    [change] = _changes(world, deal)
    assert (change.kind, change.status, change.request["refund"]) == ("cancel", "pending",
                                                                      "40000.00")
    qtbot.waitUntil(lambda: len(panel.changes) == 1, timeout=10_000)
    assert not panel.actions.menu_actions["cancel"].isEnabled()   # one pending at a time


def test_exchange_asks_for_another_unit_at_its_price(world, open_panel, qtbot):
    deal = world.subscribe()
    panel = open_panel("sales1", deal)
    dialog = _open(panel, qtbot, "exchange")
    codes = [dialog.unit.units.itemData(i) for i in range(dialog.unit.units.count())]
    assert world.units[0].id not in codes and world.units[5].id in codes
    assert dialog.discounts.codes() == ("launch99",)
    assert dialog.unit.choose(world.units[5].id)
    dialog.ok_button().click()                               # no reason
    wait_saved(qtbot, dialog)
    assert dialog.errors.text_at("reason") == "请填写原因。"       # the database's refusal, translated
    assert _changes(world, deal) == []
    qtbot.waitUntil(lambda: dialog.quote.quote is not None, timeout=10_000)
    assert dialog.quote.quote.deal_total == Decimal("1980000.00")
    dialog.reason.setPlainText("换到高层")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    [change] = _changes(world, deal)
    assert (change.kind, change.request["unit_id"]) == ("exchange", world.units[5].id)


def test_rename_requests_the_new_buyers(world, open_panel, qtbot):
    from tests.helpers.factories import resident_id

    deal = world.contract()
    panel = open_panel("sales1", deal)
    dialog = _open(panel, qtbot, "rename")
    assert [r.name.text() for r in dialog.buyers.rows] == ["张三"]
    dialog.buyers.rows[0].share.setText("50")
    second = dialog.buyers.add_row()
    second.fill("李梅", "resident_id", resident_id(902), None, Decimal("50"))
    dialog.reason.setPlainText(" ")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert dialog.errors.text_at("reason") == "请填写原因。"       # the database's refusal, translated
    assert _changes(world, deal) == []
    dialog.reason.setPlainText("加配偶名")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    [change] = _changes(world, deal)
    assert [b["name"] for b in change.request["buyers"]] == ["张三", "李梅"]


def test_terms_change_of_a_contract_brings_its_new_schedule(world, open_panel, qtbot):
    deal = world.contract()
    panel = open_panel("sales1", deal)
    dialog = _open(panel, qtbot, "price")
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("commercial_loan"))
    dialog.schedule.commercial.setText("1500000")       # above 70% of the total
    dialog.reason.setPlainText("改按揭")
    qtbot.waitUntil(lambda: dialog.quote.quote is not None
                    and dialog.quote.quote.payment_method == "commercial_loan", timeout=10_000)
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert dialog.errors.text_at("schedule")
    assert _changes(world, deal) == []
    dialog.schedule.commercial.setText("1000000")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    [change] = _changes(world, deal)
    assert change.kind == "payment_method"
    assert [s["kind"] for s in change.request["schedule"]] == [
        "deposit", "down_payment", "commercial_loan"]


def test_price_change_before_signing_is_refused_by_the_database_when_too_deep(
        world, open_panel, qtbot):
    deal = world.subscribe()
    panel = open_panel("sales1", deal)
    dialog = _open(panel, qtbot, "price")
    assert dialog.schedule is None
    dialog.extra.setText("300000")
    dialog.reason.setPlainText("大客户")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert dialog.errors.text_at("discounts")          # discount_too_deep, at the discounts
    assert dialog.isVisible() and _changes(world, deal) == []
    dialog.extra.setText("")
    dialog.discounts.set_codes(("launch99", "gift5000"))
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    [change] = _changes(world, deal)
    assert change.kind == "price" and change.request["discount_codes"] == ["launch99",
                                                                            "gift5000"]


@pytest.mark.parametrize("percent", ["-5", "4.5"])
def test_settlement_figures_are_live_and_as_the_rule_says(world, open_panel, qtbot, percent):
    deal = world.contract()
    panel = open_panel("sales1", deal)
    dialog = _open(panel, qtbot, "area_settlement")
    assert isinstance(dialog, AreaSettlementDialog)
    measured = Decimal("100.00") * (1 + Decimal(percent) / 100)
    dialog.measured.setText(str(measured))
    expected = settle(Decimal("100.00"), measured, Decimal("19800.00"))
    figures = dict(dialog.figure_rows())
    tr = dialog.tr
    assert figures[tr("Buyer pays")] == f"¥{expected.buyer_pays:,.2f}"
    assert figures[tr("Developer refunds")] == f"¥{expected.developer_refunds:,.2f}"
    assert figures[tr("of which double")] == f"¥{expected.double_refund_part:,.2f}"
    assert figures[tr("Developer bears")] == f"¥{expected.developer_bears:,.2f}"
    if percent == "-5":
        # 3 m² refunded once (59,400) and 2 m² beyond −3% twice (79,200)
        assert (expected.developer_refunds, expected.double_refund_part) == (
            Decimal("138600.00"), Decimal("79200.00"))
        assert figures[tr("Difference")] == "-5.00 m² (-5.00%)"
    else:
        assert (expected.buyer_pays, expected.developer_bears) == (
            Decimal("59400.00"), Decimal("29700.00"))
        assert figures[tr("Difference")] == "4.50 m² (+4.50%)"
    explanation = dialog.explanation.text().splitlines()
    assert explanation == [QCoreApplication.translate("Messages", line.template).format(
        **line.params) for line in expected.explanation]
    assert explanation[0].startswith("合同面积")              # the domain's text, translated
    dialog.reason.setPlainText("实测报告 2026-118")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    [change] = _changes(world, deal)
    assert Decimal(str(change.request["settlement"]["net"])) == \
        expected.buyer_pays - expected.developer_refunds


def test_settlement_of_an_unsigned_deal_is_refused(world, open_panel, qtbot, context_for):
    deal = world.subscribe()
    panel = open_panel("sales1", deal)
    dialog = AreaSettlementDialog(context_for("sales1"), panel.detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.measured.setText("99.001")
    dialog.reason.setPlainText("实测")
    dialog.ok_button().click()
    assert dialog.errors.text_at("measured_area")               # refused before the database
    dialog.measured.setText("99")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert dialog.banner.isVisibleTo(dialog)
    assert "contract" in dialog.banner.text() or "合同" in dialog.banner.text()
    assert _changes(world, deal) == []


def test_a_loan_field_appears_only_for_mortgages(world, open_panel, qtbot):
    deal = world.contract(method="commercial_loan", loans=LoanAmounts(Decimal("1000000.00")))
    panel = open_panel("sales1", deal)
    dialog = _open(panel, qtbot, "price")
    assert dialog.schedule.commercial.text() == "1000000"
    assert dialog.schedule.commercial.isVisibleTo(dialog)
    assert not dialog.schedule.provident.isVisibleTo(dialog)
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("full"))
    assert not dialog.schedule.commercial.isVisibleTo(dialog)
