"""Pencilling in (预留), its expiry, the race for one unit, unit history and change
notifications, enforced by the database."""

from __future__ import annotations

import json
import select
import threading

import pytest
import sqlalchemy as sa

from tests.helpers.db import error_of, rows, sqlstate
from tests.helpers.factories import (
    create_customer,
    create_project,
    create_units,
    seed_committed,
)
from tests.helpers.staff import as_login


@pytest.fixture
def setup(db):
    project = create_project(db)
    units = create_units(db, project)
    return project, units, create_customer(db, "sales1"), create_customer(db, "sales2")


def _pencil(db, unit_id, customer_id):
    return db.execute(sa.text("SELECT unit_pencil(:u, :c)"), {"u": unit_id, "c": customer_id})


def test_salesperson_pencils_for_own_customer_until_the_project_deadline(db, setup):
    project, units, mine, _ = setup
    with as_login(db, "sales1"):
        expires = _pencil(db, units[0].id, mine.id).scalar_one()
        row = rows(db, "SELECT status::text, pencil_customer_id, now() AS now "
                       "FROM units WHERE id = :u", {"u": units[0].id})[0]
    assert row.status == "pencilled" and row.pencil_customer_id == mine.id
    minutes = (expires - row.now).total_seconds() / 60
    assert minutes == pytest.approx(project.pencil_hold_minutes or 120, abs=0.1)


def test_not_for_someone_elses_customer(db, setup):
    _, units, _, theirs = setup
    with as_login(db, "sales1"):
        error = error_of(db, "SELECT unit_pencil(:u, :c)", {"u": units[0].id, "c": theirs.id})
    assert "not_your_customer" in error.orig.diag.message_detail


def test_a_taken_unit_says_who_has_it(db, setup):
    _, units, mine, theirs = setup
    with as_login(db, "sales2"):
        _pencil(db, units[0].id, theirs.id)
    with as_login(db, "sales1"):
        error = error_of(db, "SELECT unit_pencil(:u, :c)", {"u": units[0].id, "c": mine.id})
    detail = json.loads(error.orig.diag.message_detail)
    assert detail["key"] == "unit_taken" and detail["by"] == "顾问乙"
    assert detail["status"] == "pencilled"


@pytest.mark.parametrize("who", ["manager", "reception", "finance"])
def test_only_salespeople_pencil(db, setup, who):
    _, units, mine, _ = setup
    with as_login(db, who):
        assert sqlstate(db, "SELECT unit_pencil(:u, :c)",
                        {"u": units[0].id, "c": mine.id}) == "42501"


def test_release_early_by_owner_or_manager_only(db, setup):
    _, units, mine, _ = setup
    with as_login(db, "sales1"):
        _pencil(db, units[0].id, mine.id)
        _pencil(db, units[1].id, mine.id)
    with as_login(db, "sales2"):
        error = error_of(db, "SELECT unit_change_status(ARRAY[:u]::bigint[], 'available')",
                         {"u": units[0].id})
        assert "pencil_not_yours" in error.orig.diag.message_detail
    with as_login(db, "sales1"):
        db.execute(sa.text("SELECT unit_change_status(ARRAY[:u]::bigint[], 'available')"),
                   {"u": units[0].id})
    with as_login(db, "manager"):
        db.execute(sa.text("SELECT unit_change_status(ARRAY[:u]::bigint[], 'available', "
                           "'客户放弃')"), {"u": units[1].id})
    left = rows(db, "SELECT status::text, pencil_staff_id FROM estatedesk.units "
                    "WHERE id = ANY(:u)", {"u": [units[0].id, units[1].id]})
    assert {(r.status, r.pencil_staff_id) for r in left} == {("available", None)}


def test_pencilled_is_reached_only_through_unit_pencil(db, setup):
    _, units, _, _ = setup
    with as_login(db, "sales1"):
        error = error_of(db, "SELECT unit_change_status(ARRAY[:u]::bigint[], 'pencilled')",
                         {"u": units[0].id})
    assert "use_pencil" in error.orig.diag.message_detail


def test_expired_pencils_become_available(db, setup):
    _, units, mine, theirs = setup
    with as_login(db, "sales1"):
        _pencil(db, units[0].id, mine.id)
    db.execute(sa.text("UPDATE estatedesk.units SET pencil_expires_at = now() - interval '1 s' "
                       "WHERE id = :u"), {"u": units[0].id})
    with as_login(db, "sales2"):  # the next person finds it free
        _pencil(db, units[0].id, theirs.id)
    assert rows(db, "SELECT pencil_customer_id FROM estatedesk.units WHERE id = :u",
                {"u": units[0].id})[0][0] == theirs.id
    db.execute(sa.text("UPDATE estatedesk.units SET pencil_expires_at = now() - interval '1 s' "
                       "WHERE id = :u"), {"u": units[0].id})
    with as_login(db, "executive"):
        assert db.execute(sa.text("SELECT expire_pencils()")).scalar_one() == 1
    history = rows(db, "SELECT new_status, reason FROM estatedesk.unit_history(:u)",
                   {"u": units[0].id})
    assert history[-1] == ("available", "pencil expired")


def test_unit_history_for_the_sales_floor(db, setup):
    _, units, mine, _ = setup
    with as_login(db, "sales1"):
        _pencil(db, units[0].id, mine.id)
    with as_login(db, "manager"):
        db.execute(sa.text("SELECT unit_change_status(ARRAY[:u]::bigint[], 'held', '领导')"),
                   {"u": units[0].id})
    with as_login(db, "reception"):
        history = rows(db, "SELECT full_name, old_status, new_status, reason "
                           "FROM unit_history(:u)", {"u": units[0].id})
    assert [(h.full_name, h.old_status, h.new_status) for h in history[-2:]] == [
        ("顾问甲", "available", "pencilled"), ("经理测试", "pencilled", "held")]
    assert history[-1].reason == "领导"


def test_two_salespeople_race_for_one_unit(clone):
    """Real concurrent connections: exactly one wins, the other is told who has it."""
    setup_engine = clone.superuser_engine()
    _, (unit,), customers = seed_committed(setup_engine)
    ids = [c.id for c in customers]
    setup_engine.dispose()
    engines = [clone.engine_as("edt_sales1"), clone.engine_as("edt_sales2")]
    barrier = threading.Barrier(2)
    outcome: dict[int, str] = {}

    def attempt(i: int) -> None:
        with engines[i].connect() as conn:
            barrier.wait()
            try:
                conn.execute(sa.text("SELECT unit_pencil(:u, :c)"), {"u": unit.id, "c": ids[i]})
                conn.commit()
                outcome[i] = "won"
            except sa.exc.DBAPIError as error:
                outcome[i] = json.loads(error.orig.diag.message_detail)["by"]

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for e in engines:
        e.dispose()
    assert sorted(outcome.values()) in (["won", "顾问甲"], ["won", "顾问乙"])
    loser = next(i for i, v in outcome.items() if v != "won")
    assert outcome[loser] == ("顾问乙" if loser == 0 else "顾问甲")


def test_changes_are_announced_with_keys_not_rows(clone):
    listener_engine = clone.engine_as("edt_executive")
    raw = listener_engine.raw_connection()
    conn = raw.driver_connection
    raw.detach()
    conn.autocommit = True
    conn.cursor().execute("LISTEN estatedesk_units")
    writer = clone.superuser_engine()
    # 600 units in one statement: too many to list, so only the building is named
    project, units, _ = seed_committed(writer, floors=30, per_floor=20, customers_for=())
    with writer.begin() as w:
        w.execute(sa.text("UPDATE estatedesk.units SET layout = 'x' WHERE id = :u"),
                  {"u": units[5].id})
    payloads = []
    while len(payloads) < 2 and select.select([conn], [], [], 5)[0]:
        conn.poll()
        payloads += [json.loads(n.payload) for n in conn.notifies]
        conn.notifies.clear()
    conn.close()
    writer.dispose()
    listener_engine.dispose()
    assert payloads[0] == {"p": project.id, "b": [units[0].building_id], "u": None}
    assert payloads[1] == {"p": project.id, "b": [units[0].building_id], "u": [units[5].id]}
