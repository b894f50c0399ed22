"""Database errors become messages by SQLSTATE and constraint name; serialization failures
are retried; nothing is half-saved."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.services import transactions
from app.services.errors import ErrorKind, UserError, translate
from app.services.messages import CONSTRAINT_MESSAGES, RULE_MESSAGES
from tests.helpers.db import error_of
from tests.helpers.factories import create_project, create_units
from tests.helpers.staff import as_login


def test_duplicate_names_the_constraint(db):
    create_project(db, name="同名项目")
    error = translate(error_of(db, "INSERT INTO estatedesk.projects (code, name) "
                                   "VALUES ('DUP', '同名项目')"))
    assert error.kind is ErrorKind.DUPLICATE
    assert error.text == CONSTRAINT_MESSAGES["projects_name_key"]


def test_check_violation_names_the_rule(db):
    unit = create_units(db, create_project(db))[0]
    error = translate(error_of(db, "UPDATE estatedesk.units SET inner_area = 120 WHERE id = :i",
                               {"i": unit.id}))
    assert error.kind is ErrorKind.RULE
    assert "inner area cannot be larger" in error.english()


def test_function_refusal_carries_key_and_params(db):
    unit = create_units(db, create_project(db), status="contracted")[0]
    with as_login(db, "manager"):
        raw = error_of(db, "SELECT unit_change_status(ARRAY[:i]::bigint[], 'held', 'x')",
                       {"i": unit.id})
    error = translate(raw)
    assert error.kind is ErrorKind.RULE and error.key == "unit_status_transition"
    assert error.text == RULE_MESSAGES["unit_status_transition"]
    assert error.params["unit"] == unit.code
    assert unit.code in error.english() and "contracted" in error.english()


def test_permission_denied(db):
    with as_login(db, "sales1"):
        error = translate(error_of(db, "SELECT base_price FROM units"))
    assert error.kind is ErrorKind.NOT_ALLOWED


def test_role_refusal_from_a_function_names_the_roles(db):
    unit = create_units(db, create_project(db))[0]
    with as_login(db, "sales1"):
        error = translate(error_of(db, "SELECT unit_change_status(ARRAY[:i]::bigint[], "
                                       "'held', 'x')", {"i": unit.id}))
    assert error.kind is ErrorKind.NOT_ALLOWED
    assert "sales_manager" in error.english()


def test_over_long_text_is_refused_with_the_rule(db):
    error = translate(error_of(db, "INSERT INTO estatedesk.customers (name, phone) "
                                   "VALUES (repeat('长', 101), '+8613800000000')"))
    assert error.kind is ErrorKind.RULE
    assert error.text == CONSTRAINT_MESSAGES["customers_name_length"]
    db.execute(sa.text("CREATE TEMP TABLE short_text (v varchar(2))"))
    error = translate(error_of(db, "INSERT INTO short_text VALUES ('abc')"))
    assert error.kind is ErrorKind.VALIDATION


def test_unknown_errors_are_bugs_not_messages(db):
    assert translate(error_of(db, "SELECT * FROM no_such_table")) is None


def test_serialization_failures_are_retried_then_succeed(shared_engine):
    attempts = []

    def flaky(session: Session) -> str:
        attempts.append(1)
        if len(attempts) < 3:
            session.execute(sa.text(
                "DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40001', "
                "MESSAGE = 'could not serialize'; END $$"))
        return "saved"

    assert transactions.run(shared_engine, flaky) == "saved"
    assert len(attempts) == 3


def test_persistent_deadlock_becomes_a_message(shared_engine):
    def always(session: Session) -> None:
        session.execute(sa.text("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '40P01'; END $$"))

    with pytest.raises(UserError) as caught:
        transactions.run(shared_engine, always, retries=1)
    assert caught.value.kind is ErrorKind.RETRY_EXHAUSTED


def test_locked_row_says_someone_else_is_working(clone):
    engine = clone.superuser_engine()
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO estatedesk.projects (code, name) VALUES ('L', '锁')"))
    locked, release = threading.Event(), threading.Event()

    def holder() -> None:
        with engine.begin() as conn:
            conn.execute(sa.text("SELECT * FROM estatedesk.projects FOR UPDATE"))
            locked.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    locked.wait(10)
    try:
        with pytest.raises(UserError) as caught:
            transactions.run(engine, lambda s: s.execute(sa.text(
                "SELECT * FROM estatedesk.projects FOR UPDATE NOWAIT")))
        assert caught.value.kind is ErrorKind.BUSY
    finally:
        release.set()
        thread.join()
        engine.dispose()


def test_failed_action_saves_nothing(shared_engine):
    def half(session: Session) -> None:
        session.execute(sa.text("INSERT INTO estatedesk.projects (code, name) "
                                "VALUES ('HALF', '半截')"))
        session.execute(sa.text("INSERT INTO estatedesk.projects (code, name) "
                                "VALUES ('HALF', '另一个')"))

    with pytest.raises(UserError):
        transactions.run(shared_engine, half)
    with shared_engine.connect() as conn:
        assert conn.execute(sa.text(
            "SELECT count(*) FROM estatedesk.projects WHERE code = 'HALF'")).scalar_one() == 0


def test_lost_connection_is_reported_as_such(clone):
    engine = clone.superuser_engine()
    killer = clone.superuser_engine()

    def action(session: Session) -> None:
        pid = session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
        with killer.connect() as conn:
            conn.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        session.execute(sa.text("SELECT 1"))

    with pytest.raises(UserError) as caught:
        transactions.run(engine, action)
    assert caught.value.kind is ErrorKind.CONNECTION_LOST
    engine.dispose()
    killer.dispose()


def test_statement_timeout_is_reported_as_cancelled(shared_engine):
    def slow(session: Session) -> None:
        session.execute(sa.text("SET LOCAL statement_timeout = '50ms'"))
        session.execute(sa.text("SELECT pg_sleep(2)"))

    with pytest.raises(UserError) as caught:
        transactions.run(shared_engine, slow)
    assert caught.value.kind is ErrorKind.CANCELLED
