"""Intake, rotation, follow-ups, lost customers, reassignment, merge, duplicates and masking,
enforced by the database functions and row-level security."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from tests.helpers.db import error_of, rows, sqlstate
from tests.helpers.factories import create_customer
from tests.helpers.staff import as_login, staff_id

REGISTER = ("SELECT * FROM register_visit(:phone, :name, 'visit', '', NULL, NULL, NULL, NULL, "
            "NULL, NULL, NULL, 2, :assign)")


def _register(db, phone, name="新访客", assign=None):
    return db.execute(sa.text(REGISTER), {"phone": phone, "name": name, "assign": assign}).one()


def _roster(db, *keys):
    with as_login(db, "manager"):
        db.execute(sa.text("SELECT duty_roster_set(current_date, :ids)"),
                   {"ids": [staff_id(db, k) for k in keys]})


def test_walk_ins_go_round_the_rotation(db):
    _roster(db, "sales1", "sales2")
    with as_login(db, "reception"):
        got = [_register(db, f"+861380000000{i}", f"访客{'甲乙丙'[i]}") for i in range(3)]
    assert [g.staff_name for g in got] == ["顾问甲", "顾问乙", "顾问甲"]
    assert all(g.is_new for g in got)
    visits = rows(db, "SELECT by_rotation, registered_by, party_size FROM estatedesk.visits "
                      "WHERE customer_id = :c", {"c": got[0].customer_id})
    assert visits == [(True, "edt_reception", 2)]


def test_a_returning_phone_logs_a_visit_for_the_same_customer(db):
    known = create_customer(db, "sales2", phone="+8613911112222")
    _roster(db, "sales1")
    with as_login(db, "reception"):
        again = _register(db, "+8613911112222", "随便写的名字")
    assert (again.customer_id, again.is_new, again.staff_name) == (known.id, False, "顾问乙")
    assert rows(db, "SELECT name FROM estatedesk.customers WHERE id = :c",
                {"c": known.id})[0][0] == known.name  # not overwritten


def test_no_rotation_no_walk_in(db):
    with as_login(db, "reception"):
        error = error_of(db, REGISTER, {"phone": "+8613800000009", "name": "甲", "assign": None})
    assert json.loads(error.orig.diag.message_detail)["key"] == "no_one_on_duty"


def test_only_a_manager_overrides_the_rotation(db):
    _roster(db, "sales1")
    with as_login(db, "reception"):
        error = error_of(db, REGISTER, {"phone": "+8613800000010", "name": "甲",
                                        "assign": staff_id(db, "sales2")})
        assert "assign_needs_manager" in error.orig.diag.message_detail
    with as_login(db, "manager"):
        chosen = _register(db, "+8613800000010", "甲", staff_id(db, "sales2"))
        assert chosen.staff_name == "顾问乙"
        error = error_of(db, REGISTER, {"phone": "+8613800000011", "name": "乙",
                                        "assign": staff_id(db, "finance")})
        assert "not_a_salesperson" in error.orig.diag.message_detail


def test_a_salesperson_keeps_a_walk_in_they_register(db):
    with as_login(db, "sales2"):
        assert _register(db, "+8613800000012").staff_name == "顾问乙"


def test_bad_phone_is_refused_by_the_database(db):
    _roster(db, "sales1")
    with as_login(db, "reception"):
        error = error_of(db, REGISTER, {"phone": "13800000000", "name": "甲", "assign": None})
    assert error.orig.diag.constraint_name == "customers_phone_format"


def test_followups_move_the_next_contact_date(db):
    mine = create_customer(db, "sales1")
    theirs = create_customer(db, "sales2")
    call = ("SELECT record_followup(:c, 'call', '电话回访，客户想看三房', '约周末看房', "
            "current_date + 3)")
    with as_login(db, "sales1"):
        db.execute(sa.text(call), {"c": mine.id})
        error = error_of(db, call, {"c": theirs.id})
        assert "customer_not_yours" in error.orig.diag.message_detail
        error = error_of(db, "SELECT record_followup(:c, 'call', 'x', NULL, current_date - 1)",
                         {"c": mine.id})
        assert "next_contact_past" in error.orig.diag.message_detail
        assert sqlstate(db, "INSERT INTO followups (customer_id, staff_id, method, content) "
                            "VALUES (:c, 1, 'call', 'x')", {"c": mine.id}) == "42501"
        customer = rows(db, "SELECT next_contact_on - current_date AS days, last_contact_at "
                            "FROM customers WHERE id = :c", {"c": mine.id})[0]
    assert customer.days == 3 and customer.last_contact_at is not None


def test_lost_needs_a_reason_from_the_list(db):
    mine = create_customer(db, "sales1")
    with as_login(db, "sales1"):
        error = error_of(db, "SELECT customer_mark_lost(:c, -1)", {"c": mine.id})
        assert "lost_reason_required" in error.orig.diag.message_detail
        reason = rows(db, "SELECT id FROM lost_reasons WHERE name = '已购竞品'")[0][0]
        db.execute(sa.text("SELECT customer_mark_lost(:c, :r, '买了隔壁盘')"),
                   {"c": mine.id, "r": reason})
        got = rows(db, "SELECT status::text, lost_reason FROM customers WHERE id = :c",
                   {"c": mine.id})[0]
    assert got == ("lost", "已购竞品：买了隔壁盘")


def test_reassignment_keeps_history_with_the_customer(db):
    customers = [create_customer(db, "sales1") for _ in range(3)]
    with as_login(db, "sales1"):
        db.execute(sa.text("SELECT record_followup(:c, 'wechat', '发了户型图')"),
                   {"c": customers[0].id})
        assert sqlstate(db, "SELECT customers_reassign(ARRAY[:c]::bigint[], :s)",
                        {"c": customers[0].id, "s": staff_id(db, "sales2")}) == "42501"
    with as_login(db, "manager"):
        moved = db.execute(sa.text("SELECT customers_reassign(:ids, :s, '顾问离职')"),
                           {"ids": [c.id for c in customers], "s": staff_id(db, "sales2")})
        assert moved.scalar_one() == 3
    with as_login(db, "sales2"):
        assert len(rows(db, "SELECT id FROM followups WHERE customer_id = :c",
                        {"c": customers[0].id})) == 1
        history = rows(db, "SELECT from_staff_id, to_staff_id, reason, by_login "
                           "FROM customer_assignments WHERE customer_id = :c",
                       {"c": customers[0].id})
    assert history == [(staff_id(db, "sales1"), staff_id(db, "sales2"), "顾问离职",
                        "edt_manager")]
    with as_login(db, "sales1"):
        assert rows(db, "SELECT count(*) FROM customers")[0][0] == 0


def test_merge_moves_history_and_fills_gaps(db):
    keep = create_customer(db, "sales1", name="王小明", phone="+8613800001111")
    dup = create_customer(db, "sales2", name="王小明", phone="+8613800002222")
    db.execute(sa.text("UPDATE estatedesk.customers SET id_type = NULL, id_number = NULL, "
                       "occupation = NULL WHERE id = :k"), {"k": keep.id})
    db.execute(sa.text("UPDATE estatedesk.customers SET occupation = '医生' WHERE id = :d"),
               {"d": dup.id})
    with as_login(db, "sales2"):
        db.execute(sa.text("SELECT record_followup(:c, 'call', '问价格')"), {"c": dup.id})
        assert sqlstate(db, "SELECT customer_merge(:k, :d)",
                        {"k": keep.id, "d": dup.id}) == "42501"
    with as_login(db, "manager"):
        db.execute(sa.text("SELECT customer_merge(:k, :d)"), {"k": keep.id, "d": dup.id})
        kept = rows(db, "SELECT id_number, phone2, occupation FROM customers WHERE id = :k",
                    {"k": keep.id})[0]
        assert kept == (dup.id_number, "+8613800002222", "医生")
        assert rows(db, "SELECT count(*) FROM followups WHERE customer_id = :k",
                    {"k": keep.id})[0][0] == 1
        assert rows(db, "SELECT merged_into_id FROM customers WHERE id = :d",
                    {"d": dup.id})[0][0] == keep.id
        error = error_of(db, "SELECT customer_merge(:k, :d)", {"k": keep.id, "d": dup.id})
        assert "customer_not_found" in error.orig.diag.message_detail


def test_merge_refuses_different_people(db):
    a, b = create_customer(db, "sales1"), create_customer(db, "sales1")
    with as_login(db, "manager"):
        error = error_of(db, "SELECT customer_merge(:a, :b)", {"a": a.id, "b": b.id})
    assert "merge_ids_differ" in error.orig.diag.message_detail


def test_duplicates_are_found_across_salespeople(db):
    theirs = create_customer(db, "sales2", name="李雷", phone="+8613812340000")
    with as_login(db, "sales1"):
        hits = rows(db, "SELECT * FROM customer_find_duplicates('+8613812340000')")
        by_id = rows(db, "SELECT * FROM customer_find_duplicates(NULL, 'resident_id', :n)",
                     {"n": theirs.id_number})
    assert [(h.customer_id, h.masked_name, h.matched_on, h.assigned_staff_name)
            for h in hits] == [(theirs.id, "李*", "phone", "顾问乙")]
    assert by_id[0].matched_on == "id_number"


def test_executives_see_contact_details_masked(db):
    customer = create_customer(db, "sales1", phone="+8613812345678")
    with as_login(db, "executive"):
        assert sqlstate(db, "SELECT phone FROM customers") == "42501"
        assert sqlstate(db, "SELECT id_number FROM customers") == "42501"
        masked = rows(db, "SELECT phone, id_number FROM customers_masked WHERE id = :c",
                      {"c": customer.id})[0]
    assert masked.phone == "138****5678"
    assert masked.id_number == customer.id_number[:6] + "********" + customer.id_number[-4:]


@pytest.mark.parametrize("table", ["visits", "followups", "customer_assignments"])
def test_new_tables_follow_the_customer(db, table):
    _roster(db, "sales1", "sales2")
    with as_login(db, "reception"):
        first = _register(db, "+8613800003333")
        second = _register(db, "+8613800004444")
    with as_login(db, "sales1"):
        db.execute(sa.text("SELECT record_followup(:c, 'call', '首次回访')"),
                   {"c": first.customer_id})
    seen = {}
    for key in ("sales1", "sales2", "manager", "reception", "property"):
        with as_login(db, key):
            state = sqlstate(db, f"SELECT customer_id FROM {table}")
            seen[key] = state or {r[0] for r in rows(db, f"SELECT customer_id FROM {table}")}
    both = {first.customer_id} if table == "followups" else {first.customer_id,
                                                              second.customer_id}
    assert seen["sales1"] == {first.customer_id}
    assert seen["sales2"] == both - {first.customer_id}
    assert seen["manager"] >= both
    assert seen["reception"] == "42501"
    assert seen["property"] == set()  # owners only: none here
