"""Shared fixtures: one real PostgreSQL per test session (embedded, or the server named by
ESTATEDESK_TEST_DB_URL, a superuser URL), a template database migrated once, and per test
either a rolled-back transaction (`db`, ~3 ms) or a cloned database (`clone`, ~100 ms) for
tests that need real logins or several connections."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import itertools  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import server_schema  # noqa: E402
from app.db.connection import ServerAddress, make_engine  # noqa: E402
from tests.helpers.staff import TEST_PASSWORD, TEST_STAFF, create_test_staff  # noqa: E402

TEMPLATE = "edt_template"
SHARED = "edt_shared"


@dataclass(frozen=True)
class PgServer:
    """A PostgreSQL cluster the tests may create databases and roles in."""

    superuser_url: sa.URL

    def url(self, database: str) -> sa.URL:
        return self.superuser_url.set(database=database)

    def address(self, database: str) -> ServerAddress:
        u = self.superuser_url
        host = u.host or u.query.get("host") or "localhost"
        return ServerAddress(host=str(host), port=u.port or 5432, database=database)

    def login_url(self, database: str, login: str, password: str = TEST_PASSWORD) -> sa.URL:
        return self.url(database).set(username=login, password=password)


def _start_server() -> tuple[PgServer, Path | None]:
    env_url = os.environ.get("ESTATEDESK_TEST_DB_URL")
    if env_url:
        return PgServer(sa.make_url(env_url).set(drivername="postgresql+psycopg2")), None
    from app.db import embedded

    home = Path(tempfile.mkdtemp(prefix="edt-pg-"))
    server = embedded.start(home)
    return PgServer(sa.make_url(server.url(database="postgres"))), home


def _admin_exec(pg: PgServer, *statements: str) -> None:
    engine = sa.create_engine(pg.url("postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    server, home = _start_server()
    engine = sa.create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        for (name,) in conn.execute(sa.text(
                "SELECT datname FROM pg_database WHERE datname LIKE 'edt\\_%'")):
            conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        for (name,) in conn.execute(sa.text(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'edt\\_%'")):
            conn.exec_driver_sql(f'DROP ROLE "{name}"')
    engine.dispose()
    yield server
    if home is not None:
        from app.db import embedded

        embedded.stop(home)
        import shutil

        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def template_db(pg: PgServer) -> str:
    """The migrated template: schema at head, one staff login per role, no business data."""
    _admin_exec(pg, f'CREATE DATABASE "{TEMPLATE}" ENCODING \'UTF8\' TEMPLATE template0')
    engine = make_engine(pg.url(TEMPLATE), pool_size=1)
    try:
        server_schema.upgrade(engine)
        with engine.begin() as conn:
            create_test_staff(conn)
    finally:
        engine.dispose()
    return TEMPLATE


@pytest.fixture(scope="session")
def shared_engine(pg: PgServer, template_db: str) -> Iterator[sa.Engine]:
    """A copy of the template for the rolled-back tests; nobody connects to the template
    itself, so it can be cloned at any time."""
    _admin_exec(pg, f'CREATE DATABASE "{SHARED}" TEMPLATE "{template_db}"')
    engine = make_engine(pg.url(SHARED), pool_size=2)
    yield engine
    engine.dispose()


@pytest.fixture
def db(shared_engine: sa.Engine) -> Iterator[Session]:
    """A superuser session in a transaction rolled back after the test. Use `as_login` to
    act as a staff member (SET SESSION AUTHORIZATION: session_user changes, as on login)."""
    conn = shared_engine.connect()
    outer = conn.begin()
    session = Session(bind=conn, join_transaction_mode="create_savepoint")
    try:
        yield session
    finally:
        session.close()
        outer.rollback()
        conn.close()


_clone_ids = itertools.count(1)


@dataclass(frozen=True)
class ClonedDb:
    pg: PgServer
    name: str

    @property
    def superuser_url(self) -> sa.URL:
        return self.pg.url(self.name)

    @property
    def address(self) -> ServerAddress:
        return self.pg.address(self.name)

    def engine_as(self, login: str, password: str = TEST_PASSWORD) -> sa.Engine:
        return make_engine(self.pg.login_url(self.name, login, password), pool_size=2)

    def superuser_engine(self) -> sa.Engine:
        return make_engine(self.superuser_url, pool_size=2)


@pytest.fixture
def clone(pg: PgServer, template_db: str) -> Iterator[ClonedDb]:
    """A database of its own, copied from the template: real logins, many connections."""
    name = f"edt_clone_{os.getpid()}_{next(_clone_ids)}"
    _admin_exec(pg, f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
    yield ClonedDb(pg, name)
    _admin_exec(pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def engines(clone: ClonedDb) -> Iterator:
    """engines("sales1") → an engine logged in as that test staff member of the clone
    (made once per test, disposed after it)."""
    made: dict[str, sa.Engine] = {}

    def get(key: str) -> sa.Engine:
        if key not in made:
            made[key] = clone.engine_as(TEST_STAFF[key][0])
        return made[key]

    yield get
    for engine in made.values():
        engine.dispose()


@pytest.fixture
def staff() -> dict[str, str]:
    """Test login names by key: reception, sales1, sales2, manager, finance, executive,
    property, admin."""
    return {key: login for key, (login, _name, _roles) in TEST_STAFF.items()}
