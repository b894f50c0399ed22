"""Printing from the receipts tab against PostgreSQL, onto a printer that writes PDF files:
a reprint is counted (and the next one is a 副本), the day's receipts print as one batch with
a progress bar, and a batch cancelled half-way prints nothing and counts nothing."""

from __future__ import annotations

import datetime as dt
import threading

from app.services import finance
from tests.ui.finance.conftest import TIMEOUT, settle


def counts(desk) -> list[int]:
    return [r.print_count for r in finance.receipts_of_day(
        desk.world.engines("finance"), desk.project.id, dt.date.today())]


def test_receipts_print_and_reprint_as_copies(qtbot, desk, open_finance, printed_to):
    desk.pay("deposit", "50000.00", line=1)
    desk.pay("down_payment", "1000.00", line=2)
    screen = open_finance("finance")
    tab = screen.receipts_tab
    screen.tabs.setCurrentWidget(tab)
    tab.view.selectRow(0)
    tab.reprint_button.click()
    settle(qtbot, screen)
    assert counts(desk) == [1, 0]
    assert "SJ-0000001" in tab.banner.text() and "副本" not in tab.banner.text()
    tab.reprint_button.click()
    settle(qtbot, screen)
    assert "副本" in tab.banner.text() and counts(desk) == [2, 0]

    tab.print_day_button.click()
    assert tab.progress.isVisible() and tab.cancel_button.isVisible()
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=TIMEOUT)
    assert "共 2 页" in tab.banner.text()
    assert [p.exists() and p.stat().st_size > 1000 for p in printed_to] == [True] * 3
    assert counts(desk) == [3, 1]
    qtbot.waitUntil(lambda: [r.print_count for r in tab.model.rows()] == [3, 1],
                    timeout=TIMEOUT)


def test_a_cancelled_batch_prints_and_counts_nothing(qtbot, desk, open_finance, printed_to,
                                                      monkeypatch):
    desk.pay("deposit", "50000.00", line=1)
    screen = open_finance("finance")
    tab = screen.receipts_tab
    screen.tabs.setCurrentWidget(tab)
    gate = threading.Event()
    real = finance.receipts_of_day

    def held(*args, **kwargs):          # the batch waits until the test has cancelled
        gate.wait(TIMEOUT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(finance, "receipts_of_day", held)
    tab.print_day_button.click()
    assert tab.cancel_button.isVisible() and not tab.print_day_button.isEnabled()
    tab.cancel_button.click()
    gate.set()
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: not tab.progress.isVisible(), timeout=TIMEOUT)
    assert tab.print_day_button.isEnabled()
    assert tab.banner.text() == "已取消打印，未打印任何内容。"
    [path] = printed_to
    assert not path.exists()
    monkeypatch.setattr(finance, "receipts_of_day", real)
    assert counts(desk) == [0]
