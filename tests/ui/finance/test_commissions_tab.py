"""The 佣金 tab: its table models pass Qt's model tester; finance sees every payee of the
month and one's statement lines, exports the month to Excel off the GUI thread (the file
holds the database's numbers; Cancel leaves no file); a salesperson sees only their own row;
a manager keeps the rules (a refusal shows under the form)."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from types import SimpleNamespace

import openpyxl
import pytest
import sqlalchemy as sa

from app.domain.commissions import (
    AGENCY,
    STAFF,
    CommissionLine,
    CommissionRule,
    CommissionStatement,
    Payee,
    RuleInput,
    add_up,
)
from app.domain.payment_plans import generate_schedule
from app.services import commissions, deals, finance
from app.services.finance import PaymentInput
from app.ui.commissions.models import LineModel, PayeeModel, RuleModel, percent
from app.ui.common.operations import OperationRunner
from app.ui.finance.commissions_tab import CommissionsTab
from app.ui.shell.screens import ScreenContext
from tests.helpers.deals import BUYER, TODAY, terms
from tests.helpers.factories import seed_committed
from tests.helpers.staff import TEST_STAFF

TOTAL, DEPOSIT = Decimal("2000000.00"), Decimal("50000.00")
MONTH = TODAY.replace(day=1)


def _line(n: int, received: str) -> CommissionLine:
    r = Decimal(received)
    return CommissionLine(n, f"1-1-{n}01", "张三", f"HT-{n}", TODAY, "contracted",
                          Decimal("0.0150"), TOTAL, Decimal("30000.00"), r,
                          (r * Decimal("0.015")).quantize(Decimal("0.01")), r, Decimal("1.00"))


def test_the_models_pass_the_model_tester(qtmodeltester):
    lines = [_line(1, "350000.33"), _line(2, "-1000.00")]
    statement = CommissionStatement(1, "滨江壹号", MONTH, Payee(STAFF, 1, None, "顾问甲"),
                                    tuple(lines), add_up(lines))
    rule = CommissionRule(1, 1, Payee(AGENCY, None, 2, "链家地产"), Decimal("0.0200"),
                          dt.date(2025, 1, 1), None, False)
    for model, rows in ((PayeeModel(), [statement]), (LineModel(), lines),
                        (RuleModel(), [rule])):
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
    lm = LineModel()
    lm.set_rows(lines)
    assert lm.index(0, 4).data() == "1.50%" == percent(Decimal("0.015"))
    assert lm.index(0, 6).data() == "¥5,250.00"
    assert lm.index(1, 6).data().startswith("-¥")


@pytest.fixture
def office(clone):
    """A project with a contracted deal of sales1 brought by 链家地产, 350,000 paid this month
    (sales1 at 1.5%: 5,250; the agency at 2%: 7,000) and one of sales2 (1%, 50,000 paid)."""
    superuser = clone.superuser_engine()
    project, units, customers = seed_committed(superuser, per_floor=2)
    with superuser.connect() as conn:
        ids = dict(conn.execute(sa.text("SELECT login, id FROM estatedesk.staff")).all())
    made = {key: clone.engine_as(TEST_STAFF[key][0])
            for key in ("admin", "manager", "sales1", "sales2", "finance")}
    book = finance.register_book(made["admin"], project.id, "SJ", 1, 50)
    finance.issue_book(made["admin"], book, ids["edt_finance"])
    for key, rate in (("sales1", "0.0150"), ("sales2", "0.0100")):
        commissions.set_rule(made["manager"], RuleInput(project.id, Decimal(rate),
                                                        staff_id=ids[TEST_STAFF[key][0]]))
    commissions.set_rule(made["manager"], RuleInput(project.id, Decimal("0.02"), agency="链家地产"))
    for n, key in enumerate(("sales1", "sales2")):
        deal = deals.subscribe(made[key], units[n].id, customers[n].id, terms(codes=()))
        deals.sign_contract(made[key], deal, f"HT-{n + 1}", TODAY, [BUYER],
                            generate_schedule("full", TOTAL, TODAY, DEPOSIT))
        finance.record_payment(made["finance"], PaymentInput(
            deal, "deposit", DEPOSIT, "transfer", TODAY, 1))
        if key == "sales1":
            commissions.set_deal_agency(made["manager"], deal, "链家地产")
            finance.record_payment(made["finance"], PaymentInput(
                deal, "instalment", Decimal("300000.00"), "transfer", TODAY, 2))
    yield SimpleNamespace(project=project, ids=ids)
    for engine in (superuser, *made.values()):
        engine.dispose()


@pytest.fixture
def open_tab(qtbot, login_as, office):
    tabs = []

    def _open(key: str) -> CommissionsTab:
        runner = OperationRunner()
        tab = CommissionsTab(ScreenContext(login_as(key), runner))
        tab.test_runner = runner
        qtbot.addWidget(tab)
        tab.resize(1280, 820)
        tab.show()
        qtbot.waitExposed(tab)
        tab.set_project(office.project.id)
        idle(qtbot, tab)
        tabs.append(tab)
        return tab

    yield _open
    for tab in tabs:
        tab.test_runner.wait_for_done(10_000)


def idle(qtbot, tab: CommissionsTab) -> None:
    qtbot.waitUntil(lambda: not tab.test_runner.is_busy(), timeout=10_000)


def test_finance_sees_everyone_and_exports_the_month(qtbot, open_tab, tmp_path):
    tab = open_tab("finance")
    assert tab.rules is None                                   # rules are the managers'
    assert [s.payee.kind for s in tab.statements] == [STAFF, STAFF, AGENCY]
    assert {s.payee.name for s in tab.statements} == {"顾问甲", "顾问乙", "链家地产"}
    names = [tab.payees.index(r, 0).data() for r in range(tab.payees.rowCount())]
    row = names.index("链家地产")
    tab.payee_table.selectRow(row)
    assert tab.lines.rowCount() == 1
    assert tab.lines.index(0, 6).data() == "¥7,000.00"
    assert "链家地产" in tab.detail_title.text()
    assert "¥7,000.00" in tab.detail_totals.text()
    target = tmp_path / "佣金"
    tab.ask_path = lambda *_args: str(target)
    with qtbot.waitSignal(tab.exporter.finished, timeout=10_000):
        tab.export()
    book = openpyxl.load_workbook(tmp_path / "佣金.xlsx", data_only=True)
    commission = {book[n]["A1"].value: book[n]["I6"].value for n in book.sheetnames[1:]}
    assert commission == {"佣金结算单 — 顾问甲": 5250, "佣金结算单 — 顾问乙": 500,
                          "佣金结算单 — 链家地产": 7000}
    assert "佣金.xlsx" in tab.banner.text()


def test_cancelling_the_export_leaves_no_file(qtbot, open_tab, tmp_path, monkeypatch):
    import app.exports.commission_excel as excel

    real = excel.write_commission_statements
    asked = threading.Event()

    def slow(statements, path, progress=None, cancelled=None):  # noqa: ANN001, ANN202
        asked.set()
        for _ in range(500):                   # until the user cancels (at most 5 s)
            if cancelled():
                break
            threading.Event().wait(0.01)
        return real(statements, path, progress, cancelled)

    monkeypatch.setattr(excel, "write_commission_statements", slow)
    tab = open_tab("finance")
    tab.ask_path = lambda *_args: str(tmp_path / "x.xlsx")
    tab.export()
    assert asked.wait(5)
    with qtbot.waitSignal(tab.exporter.cancelled, timeout=10_000):
        tab.exporter.progress.canceled.emit()      # the Cancel button
    assert list(tmp_path.iterdir()) == []
    assert "cancel" in tab.banner.text().lower() or "取消" in tab.banner.text()


def test_a_salesperson_sees_only_their_own_row(open_tab, office):
    tab = open_tab("sales1")
    assert tab.rules is None
    assert [(s.payee.kind, s.payee.staff_id) for s in tab.statements] == [
        (STAFF, office.ids["edt_sales1"])]
    assert tab.lines.rowCount() == 1 and tab.lines.index(0, 6).data() == "¥5,250.00"


def test_a_manager_keeps_the_rules(qtbot, open_tab, office):
    tab = open_tab("manager")
    panel = tab.rules
    assert panel is not None and panel.model.rowCount() == 3
    panel.new_rule()
    panel.kind.setCurrentIndex(panel.kind.findData(AGENCY))
    panel.agency.setEditText("我爱我家")
    panel.rate.setValue(1.25)
    panel.save()
    idle(qtbot, tab)
    rules = {r.payee.name: r for r in panel.model.rows()}
    assert rules["我爱我家"].rate == Decimal("0.0125")
    assert panel.rule_id == rules["我爱我家"].rule_id          # the saved rule is selected
    panel.new_rule()                                            # the same agency again: overlap
    panel.kind.setCurrentIndex(panel.kind.findData(AGENCY))
    panel.agency.setEditText("我爱我家")
    panel.save()
    idle(qtbot, tab)
    assert panel.message.property("error") is True and panel.message.text()
    assert panel.model.rowCount() == 4
    # changing sales1's rate changes the month's statement
    row = next(i for i, r in enumerate(panel.model.rows())
               if r.payee.staff_id == office.ids["edt_sales1"])
    panel.table.selectRow(row)
    assert not panel.kind.isEnabled()
    panel.rate.setValue(2.0)
    panel.save()
    idle(qtbot, tab)
    mine = next(s for s in tab.statements if s.payee.staff_id == office.ids["edt_sales1"])
    assert mine.totals.commission == Decimal("7000.00")
