"""The cashier's desk against PostgreSQL: find a deal, take a payment through the dialog (the
database records it and the receipt number shows), over-payment refused at the amount with
the database's words and nothing saved, a receipt voided with a reason (struck through),
a refund after an approved cancellation, and executives without any money button."""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox

from app.services import deal_changes
from app.ui.finance import labels
from app.ui.finance.table import ROW_ROLE
from tests.ui.deals.conftest import idle
from tests.ui.finance.conftest import TIMEOUT, settle


def find(qtbot, screen, text: str, deal: int):
    tab = screen.cashier_tab
    tab.find(text)
    qtbot.waitUntil(lambda: tab.ledger.data is not None
                    and tab.ledger.data.ledger.deal_id == deal and not tab.is_loading(),
                    timeout=TIMEOUT)
    return tab


def pay_dialog(qtbot, tab):
    tab.pay_button.click()
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=TIMEOUT)
    return dialog


def submit(qtbot, dialog) -> None:
    """OK, then wait for the answer and what it triggers."""
    runner = dialog.runner
    dialog.ok_button().click()
    idle(qtbot, runner, TIMEOUT)


def shown(widget) -> bool:
    """Not hidden on purpose (visible once its tab is)."""
    return not widget.isHidden()


def still_open(dialog) -> bool:
    return shiboken6.isValid(dialog) and dialog.isVisible()


def test_find_a_deal_and_take_a_payment(qtbot, desk, open_finance, printed_to):
    screen = open_finance("finance")
    tab = find(qtbot, screen, "HT-0", desk.deal)
    assert tab.hits.texts()[0][:2] == [desk.world.units[0].code, "张三"]
    ledger = tab.ledger
    assert [row[:6] for row in ledger.lines.texts()] == [
        ["1", "定金", ledger.lines.rows()[0].due_date.isoformat(), "¥50,000.00", "¥0.00",
         "¥50,000.00"],
        ["2", "首付款", ledger.lines.rows()[1].due_date.isoformat(), "¥730,000.00", "¥0.00",
         "¥730,000.00"],
        ["3", labels.line_kind_name("commercial_loan"), ledger.lines.rows()[2].due_date.isoformat(), "¥1,200,000.00",
         "¥0.00", "¥1,200,000.00"]]
    assert shown(tab.pay_button) and tab.pay_button.isEnabled()
    assert all(shown(b) for b in tab.money_buttons)              # finance has them all
    assert shown(screen.receipts_tab.void_button) and shown(screen.close_tab.close_button)

    dialog = pay_dialog(qtbot, tab)
    # the first line with money outstanding, its kind and its outstanding are proposed
    assert dialog.kind.currentData() == "deposit" and dialog.line.currentData() == 1
    assert dialog.amount.text() == "50000"
    assert dialog.capital.text() == "人民币伍万元整"
    dialog.kind.setCurrentIndex(dialog.kind.findData("down_payment"))
    assert dialog.line.currentData() == 2 and dialog.amount.text() == "730000"
    dialog.amount.setText("12345.6")
    assert dialog.capital.text() == "人民币壹万贰仟叁佰肆拾伍元陆角整"
    dialog.method.setCurrentIndex(dialog.method.findData("card"))
    dialog.reference.setText("POS 0042")
    submit(qtbot, dialog)
    assert not still_open(dialog)
    assert "SJ-0000001" in tab.banner.text() and "¥12,345.60" in tab.banner.text()
    # …and offers to print it: the receipt comes out on the printer chosen, counted
    offer = tab.print_offer
    assert "SJ-0000001" in offer.text()
    offer.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, screen)
    [paper] = printed_to
    assert paper.exists() and paper.read_bytes().startswith(b"%PDF")
    assert desk.sql("SELECT print_count FROM estatedesk.receipts")[0][0] == 1
    assert "SJ-0000001" in tab.banner.text()

    [entry] = desk.ledger().entries
    assert (entry.kind, entry.line_no, entry.amount, entry.method, entry.reference,
            entry.receipt_no) == ("down_payment", 2, Decimal("12345.60"), "card", "POS 0042",
                                  "SJ-0000001")
    qtbot.waitUntil(lambda: len(tab.ledger.entries.rows()) == 1, timeout=TIMEOUT)
    assert tab.ledger.entries.texts()[0][4:7] == ["¥12,345.60", labels.method_name("card"), "SJ-0000001"]
    assert tab.ledger.lines.texts()[1][4:6] == ["¥12,345.60", "¥717,654.40"]


def test_overpayment_shows_the_databases_words_at_the_amount_and_saves_nothing(
        qtbot, desk, open_finance):
    screen = open_finance("finance")
    tab = find(qtbot, screen, "张三", desk.deal)
    dialog = pay_dialog(qtbot, tab)
    assert dialog.line.currentData() == 1
    dialog.amount.setText("50000.01")
    submit(qtbot, dialog)
    assert still_open(dialog)                                  # stays open to correct
    assert dialog.errors.current == "amount"
    text = dialog.errors.text_at("amount")
    assert "50000" in text and "50000.01" in text, text        # "only … left, not …"
    assert desk.ledger().entries == ()
    assert desk.sql("SELECT count(*) FROM estatedesk.receipts")[0][0] == 0
    dialog.amount.setText("12.345")
    submit(qtbot, dialog)
    assert dialog.errors.current == "amount" and still_open(dialog)
    dialog.close()


def test_void_with_a_reason_strikes_the_receipt_through(qtbot, desk, open_finance):
    desk.pay("deposit", "50000.00", line=1, method="cash")
    screen = open_finance("finance")
    tab = find(qtbot, screen, desk.world.units[0].code, desk.deal)
    tab.ledger.entries_view.selectRow(0)
    assert tab.void_button.isEnabled()
    tab.void_button.click()
    dialog = tab.dialog
    assert "SJ-0000001" in dialog.headline.text()
    submit(qtbot, dialog)                                     # no reason: refused here
    assert dialog.errors.current == "reason" and still_open(dialog)
    dialog.reason.setPlainText("金额开错")
    submit(qtbot, dialog)
    assert not still_open(dialog)
    entries = desk.ledger().entries
    assert [(e.entry, e.amount, e.voided) for e in entries] == [
        ("payment", Decimal("50000.00"), True), ("void", Decimal("-50000.00"), False)]
    qtbot.waitUntil(lambda: len(tab.ledger.entries.rows()) == 2, timeout=TIMEOUT)
    model = tab.ledger.entries
    font = model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "SJ-0000001" in tab.banner.text()
    assert tab.ledger.lines.texts()[0][4] == "¥0.00"


def test_refund_after_an_approved_cancellation(qtbot, desk, open_finance):
    world = desk.world
    desk.pay("deposit", "50000.00", line=1)
    desk.pay("down_payment", "100000.00", line=2)
    change = deal_changes.request_cancel(world.engines("sales1"), desk.deal,
                                         Decimal("140000.00"), Decimal("10000.00"), "客户退房")
    deal_changes.decide(world.engines("manager"), change, True)
    screen = open_finance("finance")
    tab = find(qtbot, screen, "HT-0", desk.deal)
    assert not tab.pay_button.isEnabled() and tab.refund_button.isEnabled()
    assert "¥140,000.00" in tab.ledger.summary.text()
    tab.refund_button.click()
    dialog = tab.dialog
    assert dialog.amount.text() == "140000"
    dialog.amount.setText("140000.01")
    submit(qtbot, dialog)
    assert dialog.errors.current == "amount" and "140000" in dialog.errors.text_at("amount")
    dialog.amount.setText("100000")
    submit(qtbot, dialog)
    assert not still_open(dialog) and "TK-000001" in tab.banner.text()
    qtbot.waitUntil(lambda: tab.ledger.data.refund_left == Decimal("40000.00"),
                    timeout=TIMEOUT)
    assert tab.refund_button.isEnabled()


def test_executives_and_administrators_see_no_money_buttons(qtbot, desk, open_finance):
    desk.pay("deposit", "50000.00", line=1)
    for key in ("executive", "admin"):
        screen = open_finance(key)
        tab = find(qtbot, screen, "HT-0", desk.deal)
        assert len(tab.ledger.entries.rows()) == 1               # they read the money
        assert not any(shown(b) for b in tab.money_buttons)
        receipts = screen.receipts_tab
        assert not shown(receipts.void_button) and not shown(receipts.print_day_button)
        assert not shown(screen.close_tab.close_button)
        assert not shown(screen.receivables_tab.note_button)
        assert shown(screen.read_only)
        books = [shown(b) for b in screen.books_tab.buttons.values()]
        assert all(books) if key == "admin" else not any(books)


def test_the_models_pass_the_model_tester(qtbot, desk, open_finance, qtmodeltester):
    desk.pay("deposit", "50000.00", line=1)
    screen = open_finance("finance")
    tab = find(qtbot, screen, "HT-0", desk.deal)
    for model in (tab.hits, tab.ledger.lines, tab.ledger.entries, screen.receipts_tab.model,
                  screen.books_tab.model, screen.close_tab.methods, screen.close_tab.receipts,
                  screen.receivables_tab.rows, screen.receivables_tab.collection,
                  screen.receivables_tab.banks):
        assert model.rowCount() >= 0
        qtmodeltester.check(model)
    proxy = screen.receipts_tab.view.model()
    qtmodeltester.check(proxy)
    assert proxy.index(0, 0).data(ROW_ROLE).receipt_no == "SJ-0000001"
