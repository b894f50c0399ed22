"""The reports on the demo project (~150 deals spread over a year, payments, closed days,
walk-ins, queue numbers, discount approvals): totals that must agree with each other agree,
for the whole project and for narrower filters; the cashier's own receivables and the
closed days' totals say the same as the reports; every report runs for every role that
reads it; the dashboard equals the reports behind its figures."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.services import dashboard, demo, finance, reports
from app.services.demo_accounts import DEMO_PASSWORD
from app.services.errors import ErrorKind, UserError
from app.services.reports import REPORTS, ReportFilter
from tests.conftest import ClonedDb, _admin_exec

ZERO = Decimal("0.00")
LOGINS = {"executive": "juece", "manager": "jingli", "finance": "caiwu", "sales": "guwen1",
          "admin": "xitong", "reception": "qiantai"}


@pytest.fixture(scope="module")
def office(pg, template_db):
    name = f"edt_report_demo_{os.getpid()}"
    _admin_exec(pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
    db = ClonedDb(pg, name)
    superuser = db.superuser_engine()
    project = demo.seed(superuser).project_id
    engines = {k: db.engine_as(login, DEMO_PASSWORD) for k, login in LOGINS.items()}
    with superuser.connect() as conn:
        today = conn.execute(sa.text("SELECT current_date")).scalar_one()
    yield project, engines, superuser, today
    for engine in engines.values():
        engine.dispose()
    superuser.dispose()
    _admin_exec(pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _filters(project: int, today: dt.date, superuser: sa.Engine) -> list[ReportFilter]:
    with superuser.connect() as conn:
        building = conn.execute(sa.text("SELECT min(id) FROM estatedesk.buildings "
                                        "WHERE project_id = :p"), {"p": project}).scalar_one()
        staff = conn.execute(sa.text("SELECT id FROM estatedesk.staff WHERE login = 'guwen2'"))\
            .scalar_one()
        channel = conn.execute(sa.text("SELECT id FROM estatedesk.channels WHERE name = '老带新'"))\
            .scalar_one()
    ninety = today - dt.timedelta(days=90)
    return [ReportFilter(project_id=project),
            ReportFilter(project_id=project, date_from=ninety, date_to=today, grain="week"),
            ReportFilter(project_id=project, building_id=building),
            ReportFilter(project_id=project, staff_id=staff, date_from=ninety, date_to=today),
            ReportFilter(project_id=project, channel_id=channel)]


SALES_TOTALS = ("subscriptions", "subscription_area", "subscription_value", "contracts",
                "contract_area", "contract_value")


def test_totals_agree_across_reports(office):
    project, engines, superuser, today = office
    ex = engines["executive"]
    for f in _filters(project, today, superuser):
        def run(key: str, f: ReportFilter = f) -> reports.Report:
            return reports.run(ex, key, f)

        subs, cons, ledger = run("subscription_ledger"), run("contract_ledger"), run("sales_ledger")
        want = [len(subs.rows), subs.total("area"), subs.total("deal_total"), len(cons.rows),
                cons.total("area"), cons.total("deal_total")]
        assert [ledger.total("subscription_value"), ledger.total("contract_value")] == [
            want[2], want[5]]
        for key in ("sales_by_period", "sales_by_building", "sales_by_layout", "sales_by_staff"):
            assert [run(key).total(k) or 0 for k in SALES_TOTALS] == [w or 0 for w in want], (
                key, f)
        funnel = [run(k) for k in ("visitors_by_staff", "visitors_by_channel")]
        if f.channel_id is None:     # staff performance has no channel filter
            funnel.append(run("staff_performance"))
        for r in funnel:
            assert (r.total("subscriptions"), r.total("contracts"),
                    r.total("contract_value") or ZERO) == (want[0], want[3], want[5] or ZERO)
            assert r.total("visitors") == funnel[0].total("visitors")
        if f.building_id is None and f.staff_id is None:   # channel costs have neither
            roi = run("channel_roi")
            assert (roi.total("visitors"), roi.total("subscriptions"),
                    roi.total("contracts")) == (funnel[1].total("visitors"),
                                                funnel[1].total("subscriptions"),
                                                funnel[1].total("contracts"))
        assert run("collections").total("received") == run("collection_detail").total("received")
        if f.staff_id is None and f.channel_id is None:
            sell = run("sell_through_by_building")
            assert (sell.total("sold"), sell.total("sold_value"), sell.total("sold_area")) == (
                want[0], want[2], want[1]), f
            assert run("sell_through_by_layout").totals[1:] == sell.totals[1:]
            if f.date_from is None:
                assert run("inventory").total("units") + sell.total("sold") == sell.total("units")


def test_the_reports_say_what_the_cashier_window_and_the_closed_days_say(office):
    project, engines, superuser, today = office
    fin = engines["finance"]
    owed = finance.receivables(fin, project)
    r = reports.run(fin, "receivables", ReportFilter(project_id=project))
    assert r.total("outstanding") == sum((x.outstanding for x in owed), ZERO)
    assert len(r.rows) == len([x for x in owed if x.outstanding])
    assert r.total("overdue") == finance.ageing(fin, project).total
    with superuser.connect() as conn:
        closed = conn.execute(sa.text(
            """SELECT min(business_day), max(business_day), sum((totals ->> 'total')::numeric)
               FROM estatedesk.daily_closes""")).one()
    c = reports.run(fin, "collections", ReportFilter(project_id=project, date_from=closed[0],
                                                     date_to=closed[1]))
    assert c.total("net") == closed[2]
    sold = reports.run(engines["manager"], "sell_through_by_building",
                       ReportFilter(project_id=project))
    with superuser.connect() as conn:
        statuses = conn.execute(sa.text(
            """SELECT count(*) FILTER (WHERE status IN ('reserved', 'contracted', 'filed')),
                      count(*) FILTER (WHERE status = 'reserved' AND EXISTS (
                          SELECT 1 FROM estatedesk.deals d WHERE d.unit_id = u.id
                          AND d.stage = 'small_deposit'))
               FROM estatedesk.units u WHERE project_id = :p"""), {"p": project}).one()
    assert sold.total("sold") == statuses[0] - statuses[1]


@pytest.mark.parametrize("who", ["executive", "manager", "admin", "finance", "sales"])
def test_every_report_runs_for_every_role_that_reads_it(office, who):
    project, engines, superuser, today = office
    not_for = {"finance": {"sensitive_actions"},
               "sales": {"sell_through_by_building", "sell_through_by_layout", "inventory",
                         "channel_roi", "price_history", "sensitive_actions"}}.get(who, set())
    f = ReportFilter(project_id=project, date_from=today - dt.timedelta(days=365), date_to=today)
    for key in REPORTS:
        if key in not_for:
            with pytest.raises(UserError) as caught:
                reports.run(engines[who], key, f)
            assert caught.value.kind == ErrorKind.NOT_ALLOWED, key
        else:
            assert reports.run(engines[who], key, f).key == key


def test_a_salesperson_sees_their_own_deals_only(office):
    project, engines, superuser, today = office
    mine = reports.run(engines["sales"], "sales_ledger", ReportFilter(project_id=project))
    with superuser.connect() as conn:
        want = conn.execute(sa.text(
            """SELECT count(*), sum(d.deal_total) FROM estatedesk.deals d
               JOIN estatedesk.customers c ON c.id = d.customer_id
               JOIN estatedesk.staff s ON s.id = c.assigned_staff_id
               WHERE d.project_id = :p AND s.login = 'guwen1'
                 AND d.stage IN ('subscribed', 'contracted')"""), {"p": project}).one()
    assert (len(mine.rows), mine.total("subscription_value")) == tuple(want)
    everyone = reports.run(engines["executive"], "sales_ledger", ReportFilter(project_id=project))
    assert len(everyone.rows) > len(mine.rows)


def test_the_dashboard_on_the_demo_equals_its_reports(office):
    project, engines, superuser, today = office
    ex = engines["executive"]
    board = dashboard.load(ex, project)

    def behind(drill: dashboard.DrillDown) -> reports.Report:
        return reports.run(ex, drill.report_key, drill.filter)

    for p in board.periods:
        subs, cons = behind(p.subscriptions.rows), behind(p.contracts.rows)
        assert (p.subscriptions.count, p.subscriptions.value) == (
            len(subs.rows), subs.total("deal_total") or ZERO)
        assert (p.contracts.count, p.contracts.area) == (len(cons.rows),
                                                         cons.total("area") or ZERO)
        assert p.visitors == behind(p.visitors_rows).total("visitors")
        assert p.collections == behind(p.collections_rows).total("received")
    year = board.period("year")
    assert year.subscriptions.count > 0 and year.collections > 0
    sell = behind(dashboard.DrillDown("sell_through_by_building", ReportFilter(project_id=project)))
    assert sum(b.sold for b in board.sell_through) == sell.total("sold")
    assert sum(b.units for b in board.sell_through) == sell.total("units")
    months = behind(dashboard.DrillDown("sales_by_period", ReportFilter(
        project_id=project, date_from=board.trend[0].period, date_to=today)))
    assert [t.contract_value for t in board.trend] == months.values("contract_value")
    assert [t.subscriptions for t in board.trend] == months.values("subscriptions")
    money = behind(dashboard.DrillDown("collections", ReportFilter(
        project_id=project, date_from=board.trend[0].period, date_to=today)))
    assert [t.received for t in board.trend] == money.values("received")
    assert board.top_staff and all(a.value >= b.value for a, b in zip(
        board.top_staff, board.top_staff[1:], strict=False))
