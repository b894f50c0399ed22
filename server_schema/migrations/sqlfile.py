"""Migrations keep their DDL in a .sql file of the same name, so a schema change is a
readable SQL diff."""

from pathlib import Path

from alembic import op


def run_sql_file(migration_py: str) -> None:
    from server_schema import run_script

    run_script(op.get_bind(), Path(migration_py).with_suffix(".sql").read_text(encoding="utf-8"))
