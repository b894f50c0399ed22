"""The deal detail: the price breakdown and the payment schedule exactly as the database
froze them, the terms and buyers, the actions each stage and role allows, the mortgage and
milestone dialogs (saved, and refused at the field), the change history with before and
after, the predecessor of an exchanged deal, and the printed settlement notice."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.domain.payment_plans import LoanAmounts, generate_schedule
from app.services import deal_changes, deals
from tests.helpers.deals import TODAY
from tests.ui.deals.conftest import wait_saved

LOANS = LoanAmounts(commercial=Decimal("1000000.00"))


def t(text: str, context: str = "DealDetail") -> str:
    return QCoreApplication.translate(context, text)


def test_breakdown_and_schedule_are_shown_exactly(world, open_panel):
    deal = world.subscribe(codes=("full97", "launch99", "gift5000"))
    deals.decide_discount(world.engines("manager"), deal, True, "老客户")
    total = world.detail(deal).deal.deal_total
    assert total == Decimal("1915600.00")       # 2,000,000 × .97 × .99 − 5,000
    deals.sign_contract(world.engines("sales1"), deal, "HT-7", TODAY, [
        deals.Buyer("张三", "resident_id", world.customers[0].id_number, "+8613800000001")],
        generate_schedule("instalments", total, TODAY, Decimal("50000.00")))
    panel = open_panel("sales1", deal)
    assert panel.price.rows() == [
        (t("List total"), t("{area} × {price}/m²").format(area="100.00 m²",
                                                          price="¥20,000.00"),
         "¥2,000,000.00"),
        ("一次性付款97折", t("× {percent}%").format(percent="97"), "−¥60,000.00"),
        ("开盘优惠99折", t("× {percent}%").format(percent="99"), "−¥19,400.00"),
        ("老带新立减5000", "", "−¥5,000.00"),
        (t("Deal total"), t("{price}/m²").format(price="¥19,156.00"), "¥1,915,600.00"),
    ]
    schedule = panel.schedule.rows()
    lines = world.detail(deal).schedule
    assert schedule[:-1] == [(str(s.line_no), panel_kind(s.kind), s.due_date.isoformat(),
                              f"¥{s.amount:,.2f}") for s in lines]
    assert [r[3] for r in schedule] == ["¥50,000.00", "¥524,680.00", "¥446,973.33",
                                        "¥446,973.33", "¥446,973.34", "¥1,915,600.00"]
    assert schedule[-1][1] == t("Total")
    assert panel.buyers.rows()[0][:3] == ("张三", QCoreApplication.translate(
        "CustomerLabels", "Resident ID card"), world.customers[0].id_number)
    assert (t("Contract"), t("{number}, signed {date}").format(
        number="HT-7", date=TODAY.isoformat())) in panel.terms.rows()
    assert panel.title.text().startswith(world.units[0].code)


def panel_kind(kind: str) -> str:
    from app.ui.deals.labels import schedule_kind_name

    return schedule_kind_name(kind)


def test_a_small_deposit_has_no_price_yet(world, open_panel):
    deal = deals.small_deposit(world.engines("sales1"), world.units[0].id,
                               world.customers[0].id, Decimal("5000.00"))
    panel = open_panel("sales1", deal)
    assert panel.price.rows() == []
    assert panel.price.empty.isVisibleTo(panel)
    assert panel.actions.visible_buttons() in (["change_action"],
                                               ["subscribe_action", "change_action"])
    visible = [k for k, a in panel.actions.menu_actions.items() if a.isVisible()]
    assert visible == ["cancel"]


def test_actions_follow_the_stage_and_the_role(world, open_panel):
    deal = world.contract(method="commercial_loan", loans=LOANS)
    sales = open_panel("sales1", deal)
    shown = sales.actions.visible_buttons()
    assert {"mortgage_action", "milestone_action", "change_action"} <= set(shown)
    assert "contract_action" not in shown and "approve_discount_action" not in shown
    assert [k for k, a in sales.actions.menu_actions.items() if a.isVisible()] == [
        "cancel", "exchange", "rename", "price", "area_settlement"]
    assert open_panel("finance", deal).actions.visible_buttons() == []
    assert open_panel("executive", deal).actions.visible_buttons() == []


def test_mortgage_dialog_saves_and_refuses_at_the_field(world, open_panel, qtbot):
    deal = world.contract(method="commercial_loan", loans=LOANS)
    panel = open_panel("sales1", deal)
    dialog = panel.actions.open_mortgage()
    qtbot.addWidget(dialog)
    dialog.bank.setText("建设银行")
    dialog.amount.setText("1960000")            # more than the total less the deposit
    dialog.stage.setCurrentIndex(dialog.stage.findData("submitted"))
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert "1930000" in dialog.errors.text_at("amount")
    assert world.detail(deal).mortgage is None
    dialog.amount.setText("1000000")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: panel.detail.mortgage is not None, timeout=10_000)
    assert (t("Stage"), QCoreApplication.translate("DealLabels", "Submitted")) in \
        panel.mortgage.rows()


def test_milestone_dialog_records_the_filing_and_refuses_a_bad_number(world, open_panel,
                                                                      qtbot):
    deal = world.contract()
    panel = open_panel("sales1", deal)
    dialog = panel.actions.open_milestone()
    qtbot.addWidget(dialog)
    assert dialog.milestone.currentData() == "filing"
    dialog.number.setText("备案 1")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    assert dialog.errors.text_at("number")
    assert world.detail(deal).filing_no is None
    dialog.number.setText("BA-2026-1")
    dialog.ok_button().click()
    wait_saved(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.detail.filing_no == "BA-2026-1", timeout=10_000)
    assert panel.milestones.rows()[0][0] == QCoreApplication.translate("DealLabels", "Filing")


def test_history_shows_before_and_after_and_the_exchange_predecessor(world, open_panel, qtbot):
    deal = world.subscribe()
    sales, manager = world.engines("sales1"), world.engines("manager")
    change = deal_changes.request_exchange(sales, deal, world.units[5].id, ["launch99"],
                                           "换到高层")
    new_deal = deal_changes.decide(manager, change, True, "同意")
    old = open_panel("sales1", deal)
    text = old.history.texts()[0]
    assert "换到高层" in text and "同意" in text
    assert f"{world.units[0].code} → {world.units[5].code}" in text
    new = open_panel("sales1", new_deal)
    assert new.predecessor.isVisibleTo(new)
    new.predecessor.linkActivated.emit(str(deal))
    qtbot.waitUntil(lambda: new.detail is not None and new.detail.deal.id == deal,
                    timeout=10_000)


def test_settlement_notice_prints_from_the_history(world, open_panel, qtbot, tmp_path):
    deal = world.contract()
    change = deal_changes.request_area_settlement(world.engines("sales1"), deal,
                                                  Decimal("97.00"), "实测报告")
    deal_changes.decide(world.engines("manager"), change, True)
    panel = open_panel("sales1", deal)
    assert change in panel.history.print_buttons
    target = tmp_path / "notice.pdf"
    panel.print_settlement(panel.history.changes[0], target)
    qtbot.waitUntil(lambda: panel.banner.isVisibleTo(panel), timeout=10_000)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert str(target) in panel.banner.text()
