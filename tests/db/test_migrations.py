"""Migrations: an empty database comes up at head; a database holding data is upgraded in
place without losing it; the mapped models agree with the migrated tables."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

import server_schema
from app.db.connection import make_engine
from app.db.models import Base
from tests.conftest import PgServer, _admin_exec


@pytest.fixture
def empty_db(pg: PgServer) -> Iterator[sa.Engine]:
    name = "edt_empty_migrations"
    _admin_exec(pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    engine = make_engine(pg.url(name), pool_size=1)
    yield engine
    engine.dispose()
    _admin_exec(pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_empty_database_comes_up_at_head(empty_db):
    with empty_db.connect() as conn:
        assert server_schema.status(conn).revision is None
    assert server_schema.upgrade(empty_db) == server_schema.head_revision()
    with empty_db.connect() as conn:
        state = server_schema.status(conn)
        assert state.up_to_date
        owners = conn.execute(sa.text(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'estatedesk'")).scalars()
        assert set(owners) == {"estatedesk_owner"}
        encoding = conn.execute(sa.text("SHOW server_encoding")).scalar_one()
        assert encoding == "UTF8"


def test_upgrade_keeps_data_and_is_repeatable(empty_db):
    assert server_schema.upgrade(empty_db, "0001") == "0001"
    with empty_db.begin() as conn:
        conn.execute(sa.text("""
            WITH p AS (INSERT INTO estatedesk.projects (code, name) VALUES ('OLD', '老项目')
                       RETURNING id),
                 b AS (INSERT INTO estatedesk.buildings (project_id, code, name)
                       SELECT id, '1', '1号楼' FROM p RETURNING id, project_id),
                 e AS (INSERT INTO estatedesk.entrances (building_id, code, name)
                       SELECT id, '1', '1单元' FROM b RETURNING id, building_id),
                 f AS (INSERT INTO estatedesk.floors (building_id, number, label)
                       SELECT id, 5, '5F' FROM b RETURNING id)
            INSERT INTO estatedesk.units (project_id, building_id, entrance_id, floor_id,
                                          room_no, code, gross_area, list_total)
            SELECT b.project_id, b.id, e.id, f.id, '501', '1-1-501', 98.76, 2000000
            FROM b, e, f"""))
    with empty_db.connect() as conn:
        assert not server_schema.status(conn).up_to_date

    assert server_schema.upgrade(empty_db) == server_schema.head_revision()
    assert server_schema.upgrade(empty_db) == server_schema.head_revision()  # idempotent
    with empty_db.connect() as conn:
        unit = conn.execute(sa.text(
            "SELECT code, gross_area, shared_area FROM estatedesk.units")).one()
        assert unit.code == "1-1-501"
        assert str(unit.gross_area) == "98.76"
        assert conn.execute(sa.text(
            "SELECT count(*) FROM estatedesk.customers")).scalar_one() == 0
        assert server_schema.status(conn).up_to_date


def test_models_match_the_migrated_tables(shared_engine):
    inspector = sa.inspect(shared_engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name, schema="estatedesk")}
        assert columns == {c.name for c in table.columns}, table.name


def test_database_is_newer_than_client_is_detected(shared_engine):
    with shared_engine.connect() as conn:
        conn.execute(sa.text("UPDATE estatedesk.alembic_version SET version_num = '9999'"))
        state = server_schema.status(conn)
        conn.rollback()
    assert state.database_is_newer and not state.up_to_date
