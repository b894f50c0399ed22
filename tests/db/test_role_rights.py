"""For every role: what it can and cannot read and write, enforced by PostgreSQL itself
(session_user is the staff login, as after a real login)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.helpers.db import error_of, rows, sqlstate
from tests.helpers.factories import create_customer, create_project, create_units
from tests.helpers.staff import as_login, staff_id

ALL_ROLES = ["reception", "sales1", "manager", "finance", "executive", "property", "admin"]
DENIED = "42501"


@pytest.fixture
def units(db):
    project = create_project(db)
    return create_units(db, project)


@pytest.mark.parametrize("who", ALL_ROLES)
def test_everyone_reads_the_inventory_without_base_price(db, units, who):
    with as_login(db, who):
        got = rows(db, "SELECT code, gross_area, list_total, status FROM units WHERE id = :i",
                   {"i": units[0].id})
        assert got and got[0].code == units[0].code
        assert rows(db, "SELECT count(*) FROM buildings")[0][0] >= 1


@pytest.mark.parametrize("who,allowed", [
    ("reception", False), ("sales1", False), ("property", False),
    ("manager", True), ("finance", True), ("executive", True), ("admin", True)])
def test_base_price_is_confidential(db, units, who, allowed):
    with as_login(db, who):
        state = sqlstate(db, "SELECT base_price FROM units WHERE id = :i", {"i": units[0].id})
        assert state == (None if allowed else DENIED)
        assert sqlstate(db, "SELECT * FROM units LIMIT 1") == (None if allowed else DENIED)


@pytest.mark.parametrize("who", ["reception", "sales1", "manager", "finance", "executive",
                                 "property"])
def test_direct_status_update_fails_for_non_admin(db, units, who):
    with as_login(db, who):
        assert sqlstate(db, "UPDATE units SET status = 'held' WHERE id = :i",
                        {"i": units[0].id}) == DENIED
    assert db.execute(sa.text("SELECT status FROM estatedesk.units WHERE id = :i"),
                      {"i": units[0].id}).scalar_one() == "available"


def test_admin_may_correct_units_directly(db, units):
    with as_login(db, "admin"):
        assert sqlstate(db, "UPDATE units SET layout = '两室两厅一卫' WHERE id = :i",
                        {"i": units[0].id}) is None


def test_manager_holds_and_releases_through_the_function(db, units):
    ids = [u.id for u in units[:3]]
    with as_login(db, "manager"):
        assert db.execute(sa.text("SELECT unit_change_status(:ids, 'held', 'VIP 客户预留')"),
                          {"ids": ids}).scalar_one() == 3
        statuses = rows(db, "SELECT DISTINCT status::text, status_changed_by FROM units "
                            "WHERE id = ANY(:ids)", {"ids": ids})
        assert statuses == [("held", "edt_manager")]
        assert db.execute(sa.text("SELECT unit_change_status(:ids, 'available')"),
                          {"ids": ids}).scalar_one() == 3


def test_hold_needs_a_reason_and_changes_nothing_without(db, units):
    with as_login(db, "manager"):
        error = error_of(db, "SELECT unit_change_status(ARRAY[:a, :b]::bigint[], 'held', '  ')",
                         {"a": units[0].id, "b": units[1].id})
        assert error.orig.pgcode == "P0001"
        assert '"key": "reason_required"' in error.orig.diag.message_detail
        assert rows(db, "SELECT count(*) FROM units WHERE status = 'held'")[0][0] == 0


def test_a_batch_with_one_bad_unit_changes_none(db, units):
    with as_login(db, "manager"):
        db.execute(sa.text("SELECT unit_change_status(ARRAY[:a]::bigint[], 'held', 'x')"),
                   {"a": units[1].id})
        error = error_of(db, "SELECT unit_change_status(ARRAY[:a, :b]::bigint[], 'held', 'y')",
                         {"a": units[0].id, "b": units[1].id})
        assert '"key": "unit_status_transition"' in error.orig.diag.message_detail
        assert "edt_manager" in error.orig.diag.message_primary
        assert rows(db, "SELECT status::text FROM units WHERE id = :a",
                    {"a": units[0].id})[0][0] == "available"


@pytest.mark.parametrize("who", ["sales1", "admin"])
def test_hold_is_a_managers_decision(db, units, who):
    with as_login(db, who):
        error = error_of(db, "SELECT unit_change_status(ARRAY[:a]::bigint[], 'held', 'x')",
                         {"a": units[0].id})
        assert error.orig.pgcode == DENIED


@pytest.mark.parametrize("who", ["reception", "finance", "executive", "property"])
def test_roles_without_unit_actions_cannot_call_the_function(db, units, who):
    with as_login(db, who):
        assert sqlstate(db, "SELECT unit_change_status(ARRAY[:a]::bigint[], 'held', 'x')",
                        {"a": units[0].id}) == DENIED


def test_salesperson_sees_and_edits_only_own_customers(db):
    mine = create_customer(db, "sales1", name="李四")
    theirs = create_customer(db, "sales2", name="王五")
    with as_login(db, "sales1"):
        assert [r.id for r in rows(db, "SELECT id FROM customers")] == [mine.id]
        assert db.execute(sa.text("UPDATE customers SET grade = 'A' WHERE id = :i"),
                          {"i": theirs.id}).rowcount == 0
        assert db.execute(sa.text("UPDATE customers SET grade = 'A' WHERE id = :i"),
                          {"i": mine.id}).rowcount == 1
        # may not hand a customer to another salesperson, nor create one for them
        assert sqlstate(db, "UPDATE customers SET assigned_staff_id = :o WHERE id = :i",
                        {"o": staff_id(db, "sales2"), "i": mine.id}) == DENIED
        assert sqlstate(db, "INSERT INTO customers (name, phone, assigned_staff_id) "
                            "VALUES ('赵六', '+8613900000001', :o)",
                        {"o": staff_id(db, "sales2")}) == DENIED
        assert sqlstate(db, "INSERT INTO customers (name, phone, assigned_staff_id) "
                            "VALUES ('赵六', '+8613900000001', :o)",
                        {"o": staff_id(db, "sales1")}) is None


@pytest.mark.parametrize("who", ["manager", "admin", "executive", "finance"])
def test_managers_and_readers_see_every_customer(db, who):
    ids = {create_customer(db, "sales1").id, create_customer(db, "sales2").id}
    with as_login(db, who):
        assert ids <= {r.id for r in rows(db, "SELECT id FROM customers")}


@pytest.mark.parametrize("who", ["executive", "finance", "property"])
def test_read_only_roles_cannot_change_customers(db, who):
    customer = create_customer(db, "sales1", status="owner")
    with as_login(db, who):
        assert sqlstate(db, "UPDATE customers SET grade = 'B' WHERE id = :i",
                        {"i": customer.id}) == DENIED


def test_property_staff_see_owners_only(db):
    owner = create_customer(db, "sales1", status="owner")
    create_customer(db, "sales1", status="visitor")
    with as_login(db, "property"):
        assert [r.id for r in rows(db, "SELECT id FROM customers")] == [owner.id]


def test_receptionist_reads_only_the_masked_lookup(db):
    """The front desk registers through register_visit() (tests/db/test_intake.py), never
    by writing or reading the table."""
    known = create_customer(db, "sales1", name="欧阳娜娜", phone="+8613812345678")
    with as_login(db, "reception"):
        assert sqlstate(db, "SELECT id FROM customers") == DENIED
        assert sqlstate(db, "INSERT INTO customers (name, phone) "
                            "VALUES ('新访客', '+8613700000000')") == DENIED
        hit = rows(db, "SELECT * FROM customer_lookup_by_phone('+8613812345678')")
        assert len(hit) == 1
        assert hit[0].customer_id == known.id
        assert hit[0].masked_name == "欧***"
        assert hit[0].masked_phone == "138****5678"
        assert hit[0].assigned_staff_name == "顾问甲"


@pytest.mark.parametrize("who", ["finance", "executive", "property"])
def test_lookup_is_for_the_sales_floor(db, who):
    with as_login(db, who):
        assert sqlstate(db, "SELECT * FROM customer_lookup_by_phone('+8613812345678')") == DENIED


@pytest.mark.parametrize("table,sql", [
    ("projects", "INSERT INTO projects (code, name) VALUES ('X1', '执行')"),
    ("units", "UPDATE units SET list_total = 1"),
    ("customers", "INSERT INTO customers (name, phone) VALUES ('甲', '+8613800000009')"),
    ("staff", "UPDATE staff SET full_name = 'x'"),
    ("audit_log", "DELETE FROM audit_log"),
])
def test_executive_changes_nothing(db, units, table, sql):
    with as_login(db, "executive"):
        assert sqlstate(db, sql) == DENIED, table


def test_staff_names_are_public_but_phones_are_not(db):
    with as_login(db, "sales1"):
        assert len(rows(db, "SELECT login, full_name FROM staff")) >= 8
        assert sqlstate(db, "SELECT phone FROM staff") == DENIED
    with as_login(db, "manager"):
        assert sqlstate(db, "SELECT phone FROM staff") is None


@pytest.mark.parametrize("who", ["reception", "sales1", "manager", "finance", "property"])
def test_audit_log_is_not_for_everyone(db, who):
    with as_login(db, who):
        assert sqlstate(db, "SELECT * FROM audit_log") == DENIED
        assert sqlstate(db, "INSERT INTO audit_log (action) VALUES ('FAKE')") == DENIED


def test_only_admin_creates_staff(db):
    with as_login(db, "manager"):
        assert sqlstate(db, "SELECT staff_create('edt_new1', '新人', 'pw123456x', "
                            "ARRAY['sales'])") == DENIED
    with as_login(db, "admin"):
        assert sqlstate(db, "SELECT staff_create('edt_new1', '新人', 'pw123456x', "
                            "ARRAY['sales'])") is None
        roles = rows(db, "SELECT r.rolname FROM pg_auth_members m "
                         "JOIN pg_roles r ON r.oid = m.roleid "
                         "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'edt_new1'")
        assert [r[0] for r in roles] == ["estatedesk_sales"]


def test_invalid_id_number_is_refused_by_the_database(db):
    error = error_of(db, "INSERT INTO estatedesk.customers (name, id_type, id_number) "
                         "VALUES ('张三', 'resident_id', '110105194912310021')")
    assert error.orig.pgcode == "23514"
    assert error.orig.diag.constraint_name == "customers_id_number_valid"
    assert sqlstate(db, "INSERT INTO estatedesk.customers (name, id_type, id_number) "
                        "VALUES ('张三', 'resident_id', '11010519491231002X')") is None


def test_a_second_database_takes_on_existing_staff_logins(db):
    """Logins are server-wide; a training copy adopts an EstateDesk login (keeping its
    password) but never an unrelated role."""
    db.execute(sa.text("DELETE FROM estatedesk.staff WHERE login = 'edt_sales2'"))
    with as_login(db, "admin"):
        assert sqlstate(db, "SELECT staff_create('edt_sales2', '顾问乙', 'ignored', "
                            "ARRAY['sales'])") is None
        error = error_of(db, "SELECT staff_create('estatedesk_owner', 'x', 'pw', "
                             "ARRAY['sales'])")
        assert "login_reserved" in error.orig.diag.message_detail
    db.execute(sa.text("CREATE ROLE edt_outsider LOGIN"))
    with as_login(db, "admin"):
        error = error_of(db, "SELECT staff_create('edt_outsider', 'x', 'pw', ARRAY['sales'])")
        assert "login_exists" in error.orig.diag.message_detail
