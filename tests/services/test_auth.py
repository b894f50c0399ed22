"""Logging in with real connections: each failure has its own clear kind and message."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.db.connection import ServerAddress
from app.domain.statuses import Role
from app.services import auth, staff
from app.services.errors import ErrorKind, UserError
from tests.helpers.staff import TEST_PASSWORD, TEST_STAFF


def _login(clone, login, password=TEST_PASSWORD, **kw):
    result = auth.login(clone.address, login, password, **kw)
    result.engine.dispose()
    return result.session


@pytest.mark.parametrize("key", list(TEST_STAFF))
def test_every_role_logs_in_as_itself(clone, key):
    login, name, roles = TEST_STAFF[key]
    session = _login(clone, login)
    assert (session.login, session.full_name) == (login, name)
    assert session.roles == frozenset(Role(r) for r in roles)
    assert clone.name in session.server_label


def test_login_is_audited(clone):
    _login(clone, "edt_sales1")
    engine = clone.superuser_engine()
    with engine.connect() as conn:
        logins = conn.execute(sa.text(
            "SELECT login FROM estatedesk.audit_log WHERE action = 'LOGIN'")).scalars().all()
    engine.dispose()
    assert logins == ["edt_sales1"]


def _refusal(clone, login, password=TEST_PASSWORD, address=None, **kw) -> UserError:
    with pytest.raises(UserError) as caught:
        auth.login(address or clone.address, login, password, **kw)
    return caught.value


def test_wrong_password(clone):
    assert _refusal(clone, "edt_sales1", "wrong-password1").kind is ErrorKind.BAD_PASSWORD


def test_unknown_user_is_told_apart_where_the_client_may_ask(clone):
    # Without a way to ask, PostgreSQL's answer is the same as for a wrong password.
    assert _refusal(clone, "edt_nobody").kind is ErrorKind.BAD_PASSWORD
    engine = clone.superuser_engine()

    def role_exists(name: str) -> bool:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                {"n": name}).first() is not None

    error = _refusal(clone, "edt_nobody", role_exists=role_exists)
    assert error.kind is ErrorKind.UNKNOWN_USER
    assert _refusal(clone, "edt_sales1", "wrong-password1",
                    role_exists=role_exists).kind is ErrorKind.BAD_PASSWORD
    engine.dispose()


def test_disabled_account(clone):
    admin = clone.engine_as("edt_admin")
    staff.set_active(admin, "edt_sales2", False)
    try:
        assert _refusal(clone, "edt_sales2").kind is ErrorKind.ACCOUNT_DISABLED
        # the wrong password still says only that
        assert _refusal(clone, "edt_sales2", "nope-nope1").kind is ErrorKind.BAD_PASSWORD
    finally:
        staff.set_active(admin, "edt_sales2", True)
        admin.dispose()
    assert _login(clone, "edt_sales2").login == "edt_sales2"


def test_unreachable_server(clone):
    error = _refusal(clone, "edt_sales1", address=ServerAddress("127.0.0.1", port=1))
    assert error.kind is ErrorKind.UNREACHABLE


def test_missing_database(clone):
    address = ServerAddress(clone.address.host, clone.address.port, "edt_no_such_db")
    assert _refusal(clone, "edt_sales1", address=address).kind is ErrorKind.NO_DATABASE


def test_schema_older_than_client(clone):
    engine = clone.superuser_engine()
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.alembic_version SET version_num = '0001'"))
    engine.dispose()
    error = _refusal(clone, "edt_sales1")
    assert error.kind is ErrorKind.SCHEMA_OLDER
    assert error.params["revision"] == "0001"


def test_schema_newer_than_client(clone):
    engine = clone.superuser_engine()
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.alembic_version SET version_num = 'f00d'"))
    engine.dispose()
    assert _refusal(clone, "edt_sales1").kind is ErrorKind.SCHEMA_NEWER


def test_superuser_is_refused(clone, pg):
    url = pg.superuser_url
    error = _refusal(clone, url.username, url.password or "")
    assert error.kind is ErrorKind.PRIVILEGED_LOGIN


def test_empty_fields(clone):
    assert _refusal(clone, "  ").kind is ErrorKind.VALIDATION
    assert _refusal(clone, "edt_sales1", "").kind is ErrorKind.VALIDATION


def test_server_address_parsing():
    assert ServerAddress.parse("db.office:6543", "training") == ServerAddress(
        "db.office", 6543, "training")
    assert ServerAddress.parse("[::1]:5433").port == 5433
    assert ServerAddress.parse("10.0.0.5").port == 5432
    for bad in ("", "host:abc", "host:70000", "[::1"):
        with pytest.raises(ValueError):
            ServerAddress.parse(bad)
