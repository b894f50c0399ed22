"""The audit trail: every business table has the trigger, rows record the login (not the
function owner), and the log is append-only for all but an administrator."""

from __future__ import annotations

import sqlalchemy as sa

from tests.helpers.db import error_of, rows, sqlstate
from tests.helpers.factories import create_customer, create_project, create_units
from tests.helpers.staff import as_login

NOT_AUDITED = {"audit_log", "schema_info", "alembic_version"}


def test_every_business_table_has_the_audit_trigger(db):
    tables = {r[0] for r in rows(db, "SELECT tablename FROM pg_tables "
                                     "WHERE schemaname = 'estatedesk'")}
    audited = {r[0] for r in rows(db, """
        SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'estatedesk' AND t.tgname = 'audit'""")}
    assert tables - NOT_AUDITED == audited
    assert {"units", "customers", "staff", "projects"} <= audited


def test_status_change_through_a_function_is_logged_as_the_login(db):
    unit = create_units(db, create_project(db))[0]
    with as_login(db, "manager"):
        db.execute(sa.text("SELECT unit_change_status(ARRAY[:u]::bigint[], 'held', '领导预留')"),
                   {"u": unit.id})
    entry = db.execute(sa.text(
        "SELECT login, action, old_values, new_values FROM estatedesk.audit_log "
        "WHERE table_name = 'units' AND row_key = :k AND action = 'UPDATE' "
        "ORDER BY id DESC LIMIT 1"), {"k": str(unit.id)}).one()
    assert entry.login == "edt_manager"
    assert entry.old_values["status"] == "available"
    assert entry.new_values["status"] == "held"
    assert entry.new_values["status_reason"] == "领导预留"
    assert "list_total" not in entry.new_values  # only what changed


def test_insert_and_delete_are_logged_with_full_rows(db):
    customer = create_customer(db, "sales1", name="钱七")
    with as_login(db, "admin"):
        db.execute(sa.text("DELETE FROM customers WHERE id = :i"), {"i": customer.id})
    actions = rows(db, "SELECT action, login, coalesce(new_values, old_values) ->> 'name' "
                       "FROM estatedesk.audit_log WHERE table_name = 'customers' "
                       "AND row_key = :k ORDER BY id", {"k": str(customer.id)})
    assert [(a[0], a[2]) for a in actions] == [("INSERT", "钱七"), ("DELETE", "钱七")]
    assert actions[1][1] == "edt_admin"


def test_log_event_records_actions_that_change_no_row(db):
    with as_login(db, "manager"):
        db.execute(sa.text("SELECT log_event('export', 'customers', NULL, '{\"rows\": 12}')"))
    entry = rows(db, "SELECT login, action, detail FROM estatedesk.audit_log "
                     "ORDER BY id DESC LIMIT 1")[0]
    assert (entry.login, entry.action, entry.detail) == ("edt_manager", "EXPORT", {"rows": 12})


def test_audit_log_is_append_only_even_for_its_owner(db):
    create_project(db)
    with as_login(db, "admin"):
        assert rows(db, "SELECT count(*) FROM audit_log")[0][0] > 0
    with as_login(db, "executive"):
        assert sqlstate(db, "UPDATE audit_log SET login = 'nobody'") == "42501"
    # The owner (as SECURITY DEFINER code runs) is stopped by the trigger.
    db.execute(sa.text("SET SESSION AUTHORIZATION estatedesk_owner"))
    error = error_of(db, "UPDATE estatedesk.audit_log SET login = 'nobody'")
    db.execute(sa.text("RESET SESSION AUTHORIZATION"))
    assert error.orig.pgcode == "42501"
    assert "audit_append_only" in error.orig.diag.message_detail


def test_admin_may_trim_the_log(db):
    create_project(db)
    with as_login(db, "admin"):
        assert sqlstate(db, "DELETE FROM audit_log WHERE at < now() + interval '1 day'") is None


def test_executives_read_the_trail_without_customers_personal_values(db):
    customer = create_customer(db, "sales1", phone="+8613812345678")
    create_project(db)
    with as_login(db, "executive"):
        assert sqlstate(db, "SELECT * FROM audit_log") == "42501"
        events = rows(db, "SELECT table_name, new_values FROM audit_events "
                          "WHERE action = 'INSERT' AND table_name IN ('customers', 'projects')")
    by_table = {t: v for t, v in events}
    assert by_table["customers"] is None
    assert by_table["projects"]["name"].startswith("测试项目")
    assert str(customer.id) and "+8613812345678" not in str(events)
