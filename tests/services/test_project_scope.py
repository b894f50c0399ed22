"""Managers see their projects: a sales manager an administrator names for some projects
reads only those projects' deals, queue numbers, money, units and campaigns — in psql-level
SELECTs, in every report and in the project lists — while an unnamed manager, finance and
executives read every project; only administrators name managers, and only sales managers
can be named."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from app.services import chart, reports, staff
from app.services.errors import ErrorKind, UserError
from app.services.reports import ReportFilter
from tests.helpers.staff import TEST_STAFF
from tests.services.test_reports import office  # noqa: F401 — the seeded sales office

MANAGER = TEST_STAFF["manager"][0]
TABLES = ("deals", "queue_tickets", "payments", "receipts", "deal_buyers", "payment_schedule",
          "campaigns")


def _counts(engine: sa.Engine, project: int) -> dict[str, int]:
    """Rows of the project each table shows this login (as psql would)."""
    via = {"deals": "project_id = :p", "queue_tickets": "project_id = :p",
           "campaigns": "project_id = :p",
           "receipts": "payment_id IN (SELECT p.id FROM estatedesk.payments p JOIN "
                       "estatedesk.deals d ON d.id = p.deal_id WHERE d.project_id = :p)"}
    out = {}
    with engine.connect() as conn:
        for t in TABLES:
            where = via.get(t, "deal_id IN (SELECT id FROM estatedesk.deals "
                               "WHERE project_id = :p)")
            out[t] = conn.execute(sa.text(f"SELECT count(*) FROM estatedesk.{t} WHERE {where}"),
                                  {"p": project}).scalar_one()
    return out


@contextmanager
def named(o, *projects: int):
    admin = o.as_("admin")
    codes = [o.sql("SELECT code FROM estatedesk.projects WHERE id = :p", p=p).code
             for p in projects]
    try:
        for code in codes:
            staff.set_project_manager(admin, MANAGER, code, True)
        yield
    finally:
        for code in codes:
            staff.set_project_manager(admin, MANAGER, code, False)


def test_a_named_manager_reads_only_their_projects(office):  # noqa: F811
    o = office
    manager = o.as_("manager")
    everything = _counts(o.superuser, o.project)
    assert all(everything[t] > 0 for t in TABLES), everything
    assert _counts(manager, o.project) == everything        # not named: every project
    ledger = reports.run(manager, "sales_ledger", ReportFilter(project_id=o.project))
    units = reports.run(manager, "inventory", ReportFilter(project_id=o.project))
    audit = reports.run(manager, "sensitive_actions", ReportFilter(project_id=o.project))
    assert ledger.rows and units.rows and audit.rows
    with named(o, o.other_project):
        assert reports.run(manager, "sensitive_actions",
                           ReportFilter(project_id=o.project)).rows == ()
        assert _counts(manager, o.project) == dict.fromkeys(TABLES, 0)
        assert [p.id for p in chart.list_projects(manager)] == [o.other_project]
        for key in ("sales_ledger", "sales_by_building", "receivables", "collections",
                    "queue_numbers", "inventory", "sell_through_by_building", "price_history"):
            r = reports.run(manager, key, ReportFilter(project_id=o.project))
            assert not [row for row in r.rows if any(v for v in row[1:] if v)], key
        roi = reports.run(manager, "channel_roi", ReportFilter(project_id=o.project))
        assert (roi.total("cost"), roi.total("subscriptions"), roi.total("contracts")) == (
            0, 0, 0)       # visitors belong to no project: they stay
        # the executive, finance and an administrator are not narrowed
        for who in ("executive", "finance", "admin"):
            assert _counts(o.as_(who), o.project)["deals"] == everything["deals"], who
            assert {o.project, o.other_project} <= {p.id for p in
                                                    chart.list_projects(o.as_(who))}
    with named(o, o.other_project, o.project):
        assert _counts(manager, o.project) == everything
        again = reports.run(manager, "sales_ledger", ReportFilter(project_id=o.project))
        assert again.rows == ledger.rows
        assert reports.run(manager, "sensitive_actions",
                           ReportFilter(project_id=o.project)).rows == audit.rows
    assert staff.project_managers(o.as_("admin")) == []


def test_only_admins_name_and_only_managers_are_named(office):  # noqa: F811
    o = office
    code = o.sql("SELECT code FROM estatedesk.projects WHERE id = :p", p=o.project).code
    with pytest.raises(UserError) as refused:
        staff.set_project_manager(o.as_("manager"), MANAGER, code, True)
    assert refused.value.kind is ErrorKind.NOT_ALLOWED
    with pytest.raises(UserError) as refused:
        staff.set_project_manager(o.as_("admin"), TEST_STAFF["sales1"][0], code, True)
    assert refused.value.kind is ErrorKind.RULE
    with pytest.raises(UserError) as refused:
        staff.set_project_manager(o.as_("admin"), MANAGER, "NO-SUCH-PROJECT", True)
    assert refused.value.kind is ErrorKind.VALIDATION
    assert o.sql("SELECT count(*) AS n FROM estatedesk.project_managers").n == 0
    with named(o, o.project):
        rows = staff.project_managers(o.as_("admin"))
        assert [(m.login, m.project_id) for m in rows] == [(MANAGER, o.project)]
        audit = o.sql("SELECT count(*) AS n FROM estatedesk.audit_log "
                      "WHERE table_name = 'project_managers'").n
        assert audit >= 1
