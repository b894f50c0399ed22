"""The daily close against PostgreSQL: the close tab's totals by method equal the day's
receipts, closing (after the confirmation) freezes the day — shown read-only, and the
database refuses money on it — and the Excel export opens with openpyxl with the same
numbers and SUM formulas. The day's receipts tab lists them, voided ones struck through."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
from PySide6.QtWidgets import QMessageBox

from app.exports.daily_close_excel import RECEIPTS_SHEET, SUMMARY_SHEET
from app.services import finance
from app.ui.finance import close_tab, labels
from tests.helpers.deals import refusal
from tests.ui.deals.conftest import idle
from tests.ui.finance.conftest import TIMEOUT, settle


def day_with_money(desk) -> None:
    """cash 50,000 voided and taken again by transfer; 300,000 transfer; 200,000 card."""
    first = desk.pay("deposit", "50000.00", line=1, method="cash")
    desk.pay("down_payment", "300000.00", line=2, method="transfer")
    desk.pay("down_payment", "200000.00", line=2, method="card")
    finance.void_receipt(desk.world.engines("finance"), first, "重开")
    desk.pay("deposit", "50000.00", line=1, method="transfer")


def test_the_close_adds_up_the_receipts_and_freezes_the_day(qtbot, desk, open_finance):
    day_with_money(desk)
    screen = open_finance("finance")
    tab = screen.close_tab
    screen.tabs.setCurrentWidget(tab)
    assert tab.cashiers.currentData() == desk.cashier
    assert tab.data is not None and not tab.data.totals.closed
    shown = {row[0]: row[1] for row in tab.methods.texts()}
    assert shown == {labels.method_name("cash"): "¥0.00",
                     labels.method_name("card"): "¥200,000.00",
                     labels.method_name("transfer"): "¥350,000.00",
                     labels.method_name("cheque"): "¥0.00",
                     "合计": "¥550,000.00"}
    receipts = tab.receipts.rows()
    assert [r.receipt_no for r in receipts] == [f"SJ-000000{i}" for i in range(1, 5)]
    valid = sum(r.amount for r in receipts if r.voided_at is None)
    assert valid == tab.data.totals.total == Decimal("550000.00")
    assert "开具收据 4 张，作废 1 张" in tab.entries.text()
    assert tab.close_button.isEnabled()

    tab.close_button.click()
    box = tab.confirm_box
    assert "¥550,000.00" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.totals.closed, timeout=TIMEOUT)
    assert not tab.close_button.isEnabled()
    assert tab.state.text() == "已日结 — 只读"
    assert tab.methods.texts()[-1][1] == "¥550,000.00"
    assert refusal(lambda: desk.pay("loan", "1.00", line=3)) == "day_closed"

    # the cashier's desk says so too: the database's sentence in the dialog's banner
    cashier = screen.cashier_tab
    screen.tabs.setCurrentWidget(cashier)
    cashier.find("HT-0")
    qtbot.waitUntil(lambda: cashier.ledger.data is not None and not cashier.is_loading(),
                    timeout=TIMEOUT)
    cashier.pay_button.click()
    dialog = cashier.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("loan"))
    dialog.amount.setText("1")
    dialog.ok_button().click()
    idle(qtbot, dialog.runner, TIMEOUT)
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert dt.date.today().isoformat() in dialog.banner.text()
    dialog.close()


def test_the_excel_export_has_the_numbers_and_formula_totals(qtbot, desk, open_finance,
                                                            tmp_path, monkeypatch):
    day_with_money(desk)
    target = tmp_path / "close.xlsx"
    monkeypatch.setattr(close_tab, "choose_path", lambda _p, suggested: (
        suggested.endswith(f"{dt.date.today().isoformat()}.xlsx") and str(target)) or "")
    screen = open_finance("finance")
    tab = screen.close_tab
    screen.tabs.setCurrentWidget(tab)
    tab.export_button.click()
    settle(qtbot, screen)
    assert tab.exported_to == str(target) and str(target) in tab.banner.text()

    book = openpyxl.load_workbook(target)
    summary = book[SUMMARY_SHEET]
    methods = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(5, 9)}
    assert methods == {"现金": 0, "刷卡": 200000, "转账": 350000, "支票": 0}
    assert summary["A9"].value == "合计" and summary["B9"].value == "=SUM(B5:B8)"
    assert summary["B5"].number_format.startswith("¥")
    assert summary.freeze_panes == "A5"
    assert "财务测试" in summary["A2"].value and dt.date.today().isoformat() in summary["A2"].value
    detail = book[RECEIPTS_SHEET]
    assert detail.freeze_panes == "A3"
    rows = [[c.value for c in row] for row in detail.iter_rows(min_row=3, max_row=6)]
    assert [(r[0], r[5], r[8]) for r in rows] == [
        ("SJ-0000001", 50000, "作废"), ("SJ-0000002", 300000, "有效"),
        ("SJ-0000003", 200000, "有效"), ("SJ-0000004", 50000, "有效")]
    assert detail["F7"].value == '=SUMIF(I3:I6,"有效",F3:F6)'
    cached = openpyxl.load_workbook(target, data_only=True)   # the totals the file carries
    assert cached[SUMMARY_SHEET]["B9"].value == 550000
    assert cached[RECEIPTS_SHEET]["F7"].value == 550000


def test_the_receipts_tab_lists_the_day_by_cashier(qtbot, desk, open_finance):
    day_with_money(desk)
    screen = open_finance("finance")
    tab = screen.receipts_tab
    screen.tabs.setCurrentWidget(tab)
    assert len(tab.model.rows()) == 4
    assert "550,000.00" in tab.summary.text()
    voided = next(r for r in tab.model.rows() if r.voided_at is not None)
    assert voided.void_reason == "重开"
    tab.cashiers.setCurrentIndex(tab.cashiers.findData(desk.cashier))
    tab.reload()
    settle(qtbot, screen)
    assert len(tab.model.rows()) == 4
    assert [tab.cashiers.itemData(i) for i in range(tab.cashiers.count())] == [
        None, desk.cashier]                                  # everyone, then each cashier
