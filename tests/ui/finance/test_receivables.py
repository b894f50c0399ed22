"""Receivables against PostgreSQL: ageing buckets that add up to the overdue total and to
the per-deal overdue amounts, the collection list with a note added through the dialog, a
reminder letter printed for a deal, and the mortgage money expected by bank."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import shiboken6

from app.services import deals, finance
from tests.ui.deals.conftest import idle
from tests.ui.finance.conftest import LOAN, TIMEOUT, settle


def overdue_world(desk) -> int:
    """Deal 1: down payment 45 days overdue, 30,000 of it paid. Deal 2 (full payment):
    its house payment line 100 days overdue. Returns deal 2."""
    world = desk.world
    desk.pay("deposit", "50000.00", line=1)
    desk.sql("UPDATE estatedesk.payment_schedule SET due_date = current_date - 45 "
             "WHERE deal_id = :d AND line_no = 2", d=desk.deal)
    desk.pay("down_payment", "30000.00", line=2)
    other = world.contract(1, 0, method="instalments")
    desk.sql("UPDATE estatedesk.payment_schedule SET due_date = current_date - 100 "
             "WHERE deal_id = :d AND line_no = 2", d=other)
    return other


def test_ageing_buckets_add_up_to_the_overdue_total(qtbot, desk, open_finance,
                                                     qtmodeltester):
    overdue_world(desk)
    screen = open_finance("finance")
    tab = screen.receivables_tab
    screen.tabs.setCurrentWidget(tab)
    data = tab.data
    buckets = [amount for _label, amount, _n in data.ageing.buckets]
    assert buckets[1] == Decimal("700000.00") and buckets[3] > 0
    assert sum(buckets) == data.ageing.total == sum(r.overdue for r in data.rows)
    shown = [card.amount.text() for card in tab.cards]
    assert shown[1] == "¥700,000.00"
    assert shown[4] == f"¥{data.ageing.total:,.2f}"
    assert [row[8] for row in tab.rows.texts()] == ["100", "45"]    # most overdue first
    assert len(tab.collection.rows()) == 2
    qtbot.waitUntil(lambda: tab.rows_total.text() != "", timeout=TIMEOUT)
    assert f"{data.ageing.total:,.2f}" in tab.rows_total.text()
    for model in (tab.rows, tab.collection, tab.rows_view.model(), tab.collection_view.model()):
        qtmodeltester.check(model)


def test_a_collection_note_with_its_next_action(qtbot, desk, open_finance):
    overdue_world(desk)
    screen = open_finance("finance")
    tab = screen.receivables_tab
    screen.tabs.setCurrentWidget(tab)
    tab.tabs.setCurrentIndex(1)
    row = next(i for i, c in enumerate(tab.collection.rows()) if c.deal_id == desk.deal)
    tab.collection_view.selectRow(row)
    assert tab.note_button.isEnabled()
    tab.note_button.click()
    dialog = tab.dialog
    dialog.ok_button().click()                                  # no note: refused here
    assert dialog.errors.current == "note"
    dialog.note.setPlainText("电话催缴首付，客户承诺月底前付清")
    dialog.ok_button().click()
    idle(qtbot, dialog.runner, TIMEOUT)
    assert not (shiboken6.isValid(dialog) and dialog.isVisible())
    settle(qtbot, screen)
    entry = next(c for c in finance.collection_list(desk.world.engines("finance"),
                                                    desk.project.id) if c.deal_id == desk.deal)
    assert entry.last_note.startswith("电话催缴")
    assert entry.next_action_on == dt.date.today() + dt.timedelta(days=7)
    shown = next(c for c in tab.collection.rows() if c.deal_id == desk.deal)
    assert shown.last_note == entry.last_note


def test_a_reminder_letter_prints(qtbot, desk, open_finance, printed_to):
    overdue_world(desk)
    screen = open_finance("finance")
    tab = screen.receivables_tab
    screen.tabs.setCurrentWidget(tab)
    tab.tabs.setCurrentIndex(1)
    tab.collection_view.selectRow(0)
    assert not tab.letter_button.isHidden()
    tab.letter_button.click()
    settle(qtbot, screen)
    [path] = printed_to
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
    assert tab.banner.text().endswith("的催款函已打印。")


def test_mortgage_money_expected_by_bank(qtbot, desk, open_finance):
    deals.set_mortgage(desk.world.engines("sales1"), desk.deal, deals.MortgageInput(
        "招商银行", LOAN, 240, "approved", dt.date.today(), dt.date.today()))
    screen = open_finance("executive")
    tab = screen.receivables_tab
    assert [(b.bank, b.amount) for b in tab.banks.rows()] == [("招商银行", LOAN)]
    assert tab.banks.texts()[0][3] == "¥1,200,000.00"
    assert "1,200,000.00" in tab.banks_total.text()
