"""Everything the database enforces: migrations (tables), then the replaceable objects
(functions, triggers, row-level security policies, grants) kept one per .sql file.

`upgrade()` is the one command that brings any database — empty, or holding data — to the
schema this client expects, in a single transaction: the bootstrap (roles, schema,
extensions), the Alembic migrations as the table owner, then every replaceable file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

SCHEMA = "estatedesk"
OWNER = "estatedesk_owner"
REPLACEABLE_DIRS = ("functions", "views", "triggers", "policies", "grants")
_HERE = Path(str(resources.files(__name__)))


def run_script(conn: sa.Connection, sql: str) -> None:
    """Run a whole SQL file as written: no bind-parameter parsing of ':' or '%'."""
    with conn.connection.driver_connection.cursor() as cur:
        cur.execute(sql)


def sql_text(relative: str) -> str:
    return (_HERE / "sql" / relative).read_text(encoding="utf-8")


def replaceable_files() -> list[Path]:
    files: list[Path] = []
    for folder in REPLACEABLE_DIRS:
        files.extend(sorted((_HERE / "sql" / folder).glob("*.sql")))
    return files


def replaceables_checksum() -> str:
    digest = hashlib.sha256()
    for path in replaceable_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def alembic_config(connection: sa.Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade(engine: sa.Engine, revision: str = "head") -> str:
    """Apply bootstrap, migrations up to `revision` and (at head) the replaceables.

    The connection must be a superuser's (it creates roles and extensions). Returns the
    revision the database is at afterwards.
    """
    with engine.begin() as conn:
        run_script(conn, sql_text("roles.sql"))
        run_script(conn, sql_text("bootstrap.sql"))
        conn.exec_driver_sql(f"SET LOCAL ROLE {OWNER}")
        command.upgrade(alembic_config(conn), revision)
        at_head = _current_revision(conn) == head_revision()
        if at_head:
            run_script(conn, DROP_VIEWS)   # so a view may change its columns
            for path in replaceable_files():
                _run_replaceable(conn, path.read_text(encoding="utf-8"))
            conn.execute(sa.text(
                "INSERT INTO estatedesk.schema_info (key, value) VALUES ('replaceables', :v) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
                {"v": replaceables_checksum()})
        return _current_revision(conn) or "base"


# Views are recreated from sql/views on every upgrade (their grants from sql/grants); nothing
# depends on them but other views (recreated in file order), so dropping them first lets a
# view change a column's type.
DROP_VIEWS = """
DO $$
DECLARE
    v text;
BEGIN
    FOR v IN SELECT viewname FROM pg_views WHERE schemaname = 'estatedesk' LOOP
        EXECUTE format('DROP VIEW IF EXISTS estatedesk.%I CASCADE', v);
    END LOOP;
END
$$"""


def _run_replaceable(conn: sa.Connection, sql: str) -> None:
    """Run a function/policy/grant file as the table owner, or as the role its first line
    names (`-- run-as: estatedesk_useradmin`) for objects another role must own."""
    first = sql.split("\n", 1)[0]
    role = first.removeprefix("-- run-as:").strip() if first.startswith("-- run-as:") else OWNER
    if role not in (OWNER, "estatedesk_useradmin"):
        raise ValueError(f"unexpected run-as role {role!r}")
    conn.exec_driver_sql(f"SET LOCAL ROLE {role}")
    try:
        run_script(conn, sql)
    finally:
        conn.exec_driver_sql(f"SET LOCAL ROLE {OWNER}")


def _current_revision(conn: sa.Connection) -> str | None:
    ctx = MigrationContext.configure(conn, opts={"version_table_schema": SCHEMA})
    return ctx.get_current_revision()


@dataclass(frozen=True)
class SchemaStatus:
    revision: str | None          # None: EstateDesk was never installed here
    head: str
    replaceables_in_sync: bool

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head and self.replaceables_in_sync

    @property
    def database_is_newer(self) -> bool:
        return self.revision is not None and self.revision not in known_revisions()


def status(conn: sa.Connection) -> SchemaStatus:
    """Read-only check any logged-in role can run (the client does, before showing anything)."""
    has_table = conn.execute(sa.text(
        "SELECT to_regclass('estatedesk.alembic_version') IS NOT NULL")).scalar_one()
    if not has_table:
        return SchemaStatus(None, head_revision(), False)
    revision = conn.execute(sa.text(
        "SELECT version_num FROM estatedesk.alembic_version")).scalar_one_or_none()
    checksum = conn.execute(sa.text(
        "SELECT value FROM estatedesk.schema_info WHERE key = 'replaceables'")).scalar_one_or_none()
    return SchemaStatus(revision, head_revision(), checksum == replaceables_checksum())
