"""The reports screen against PostgreSQL (the deal screens' project with two contracts and a
subscription): it opens for a manager and an executive, lists the registry's reports by
family, shows a report whose rows and totals are `reports.run(...)`'s (money as ¥, Decimal
kept), exports it to Excel off the GUI thread — exact values, a SUM total, formats, a frozen
header — and puts the export in the audit log; a cancelled export leaves no file."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.domain.money import format_yuan
from app.exports.report_excel import FIRST_ROW, HEADER_ROW, MONEY_FORMAT
from app.services import reports
from app.services.reports import REPORTS, ReportFilter
from app.ui.reports import screen as screen_module
from tests.ui.deals.conftest import context_for, idle, world  # noqa: F401 — fixtures
from tests.ui.reports.conftest import TIMEOUT, settle, show


@pytest.fixture
def sold(world):  # noqa: F811 — the imported fixture
    world.contract(0, 0)
    world.contract(1, 1, who="sales2")
    world.subscribe(2, 0)
    return world


@pytest.mark.parametrize("who", ["manager", "executive"])
def test_screen_shows_a_report_whose_totals_are_the_services(qtbot, sold, open_reports, who):
    screen = open_reports(who)
    assert sorted(screen.report_keys()) == sorted(REPORTS)
    assert screen.title.text() in ("报表", "Reports")   # the lead adds the translation
    show(qtbot, screen, "sales_ledger", sold.project.id)
    expected = reports.run(sold.engines(who), "sales_ledger",
                           ReportFilter(project_id=sold.project.id))
    assert screen.report.totals == expected.totals
    assert screen.report.rows == expected.rows
    assert screen.model.rowCount() == len(expected.rows) == 3
    value = expected.index("subscription_value") if any(
        c.key == "subscription_value" for c in expected.columns) else next(
        i for i, c in enumerate(expected.columns) if c.type == "money")
    total = expected.totals[value]
    assert isinstance(total, Decimal)
    assert screen.totals_texts()[value] == format_yuan(total)
    # sorting by a money column sorts by the Decimals
    screen.view.sortByColumn(value, Qt.SortOrder.DescendingOrder)
    shown = [screen.proxy.index(r, value).data(screen.proxy.sortRole())
             for r in range(screen.proxy.rowCount())]
    assert shown == sorted(shown, key=lambda v: (v is not None, v), reverse=True)
    assert all(isinstance(v, Decimal) for v in shown if v is not None)
    # a summary by building: the same totals as the service
    show(qtbot, screen, "sales_by_building", sold.project.id)
    summary = reports.run(sold.engines(who), "sales_by_building",
                          ReportFilter(project_id=sold.project.id))
    assert screen.report.totals == summary.totals


def test_export_writes_exact_excel_and_is_audited(qtbot, sold, open_reports, tmp_path,
                                                  monkeypatch):
    target = tmp_path / "ledger.xlsx"
    monkeypatch.setattr(screen_module, "ask_path", lambda *_a: str(target))
    screen = open_reports("manager")
    show(qtbot, screen, "sales_ledger", sold.project.id)
    report = screen.report
    with qtbot.waitSignal(screen.exporter.finished, timeout=TIMEOUT):
        screen.export_button.click()
    settle(qtbot, screen)
    assert target.exists() and screen.banner.isVisible()
    ws = load_workbook(target).active
    assert ws.freeze_panes == f"A{FIRST_ROW}"
    assert ws.cell(HEADER_ROW, 1).value  # translated header
    money = next(i for i, c in enumerate(report.columns) if c.total == "sum"
                 and c.type == "money")
    letter = chr(ord("A") + money)
    last = FIRST_ROW + len(report.rows) - 1
    assert ws.cell(last + 1, money + 1).value == f"=SUM({letter}{FIRST_ROW}:{letter}{last})"
    assert ws.cell(FIRST_ROW, money + 1).number_format == MONEY_FORMAT
    values = [ws.cell(r, money + 1).value for r in range(FIRST_ROW, last + 1)]
    assert [Decimal(str(v)) if v is not None else None for v in values] == \
        list(report.values(report.columns[money].key))
    cached = load_workbook(target, data_only=True).active
    assert Decimal(str(cached.cell(last + 1, money + 1).value)) == report.totals[money]
    with sold.superuser.connect() as conn:
        import sqlalchemy as sa

        row = conn.execute(sa.text(
            "SELECT login, detail FROM estatedesk.audit_log WHERE action = 'EXPORT' "
            "AND table_name = 'reports' ORDER BY id DESC LIMIT 1")).one()
    detail = row.detail if isinstance(row.detail, dict) else json.loads(row.detail)
    assert row.login == "edt_manager"
    assert detail["report"] == "sales_ledger" and detail["rows"] == len(report.rows)
    assert detail["filters"]["project_id"] == sold.project.id


def test_cancelled_export_leaves_no_file_and_no_audit(qtbot, sold, open_reports, tmp_path,
                                                      monkeypatch):
    import sqlalchemy as sa

    target = tmp_path / "cancelled.xlsx"
    monkeypatch.setattr(screen_module, "ask_path", lambda *_a: str(target))
    screen = open_reports("executive")
    show(qtbot, screen, "sales_ledger", sold.project.id)

    def count() -> int:
        with sold.superuser.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM estatedesk.audit_log "
                                        "WHERE action = 'EXPORT'")).scalar_one()

    before = count()
    screen.exporter.cancel()
    monkeypatch.setattr(screen.exporter._stop, "clear", lambda: None)  # stays cancelled
    with qtbot.waitSignal(screen.exporter.cancelled, timeout=TIMEOUT):
        screen.export_button.click()
    settle(qtbot, screen)
    assert not target.exists()
    assert list(Path(tmp_path).glob("cancelled*")) == []
    assert count() == before
    assert screen.banner.isVisible()


def test_every_report_shows_for_an_executive(qtbot, sold, open_reports):
    screen = open_reports("executive")
    for key in screen.report_keys():
        show(qtbot, screen, key, sold.project.id)
        assert not screen.banner.isVisible(), (key, screen.banner.text())
        assert screen.model.columnCount() == len(screen.report.columns)
        assert len(screen.totals_texts()) == len(screen.report.columns)
        assert screen.grain.isVisibleTo(screen) == ("grain" in REPORTS[key].filters)
