"""Administrator commands: `python -m app.cli …` or `estatedesk-admin …`.

Every command takes --url (else $ESTATEDESK_DB_URL, else the embedded database as its
superuser). Exit codes: 0 done, 1 refused (bad input, a rule), 2 usage, 3 cannot connect.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

EXIT_REFUSED, EXIT_USAGE, EXIT_CONNECT = 1, 2, 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.code = code


def resolve_url(arg: str | None) -> sa.URL:
    text = arg or os.environ.get("ESTATEDESK_DB_URL")
    if text:
        try:
            url = sa.make_url(text)
        except sa.exc.ArgumentError as exc:
            raise CliError(f"not a database URL: {text!r}", EXIT_USAGE) from exc
        return url.set(drivername="postgresql+psycopg2")
    from app.db import embedded

    try:
        return sa.make_url(embedded.start().url())
    except embedded.EmbeddedServerError as exc:
        raise CliError(f"cannot start the embedded database: {exc}", EXIT_CONNECT) from exc


def _engine(args: argparse.Namespace, *, check_schema: bool = True) -> sa.Engine:
    """An engine for the command; refuses early if the schema does not match this client."""
    from app.db.connection import make_engine
    from app.services.auth import check_schema as check

    engine = make_engine(resolve_url(args.url), pool_size=1)
    if check_schema:
        try:
            with engine.connect() as conn:
                check(conn)
        except BaseException:
            engine.dispose()
            raise
    return engine


def _print(text: str = "") -> None:
    print(text, flush=True)


# --- db -------------------------------------------------------------------------------

def cmd_db_upgrade(args: argparse.Namespace) -> None:
    import server_schema

    engine = _engine(args, check_schema=False)
    try:
        revision = server_schema.upgrade(engine)
    finally:
        engine.dispose()
    _print(f"schema at revision {revision} (head {server_schema.head_revision()})")


def cmd_db_status(args: argparse.Namespace) -> None:
    import server_schema

    engine = _engine(args, check_schema=False)
    try:
        with engine.connect() as conn:
            state = server_schema.status(conn)
    finally:
        engine.dispose()
    _print(f"database revision: {state.revision or 'not installed'}")
    _print(f"client revision:   {state.head}")
    _print(f"functions/policies/grants in sync: {'yes' if state.replaceables_in_sync else 'no'}")
    if not state.up_to_date:
        raise CliError("the database needs `db upgrade`" if not state.database_is_newer
                       else "the database is newer than this client")


# --- users ----------------------------------------------------------------------------

def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise CliError("no password on standard input")
        return line.rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise CliError("the passwords differ")
    return first


def cmd_user_add(args: argparse.Namespace) -> None:
    from app.services import staff

    roles = staff.parse_roles([r for item in args.role for r in item.split(",") if r.strip()])
    password = _read_password(args)
    engine = _engine(args)
    try:
        staff_id = staff.add_staff(engine, args.login, args.name, password, roles, args.phone)
    finally:
        engine.dispose()
    _print(f"created {args.login} (staff #{staff_id}) with role(s) "
           f"{', '.join(r.value for r in roles)}")


def _set_active(args: argparse.Namespace, active: bool) -> None:
    from app.services import staff

    engine = _engine(args)
    try:
        staff.set_active(engine, args.login, active)
    finally:
        engine.dispose()
    _print(f"{args.login} {'enabled' if active else 'disabled'}")


def cmd_user_password(args: argparse.Namespace) -> None:
    from app.services import staff

    password = _read_password(args)
    engine = _engine(args)
    try:
        staff.set_password(engine, args.login, password)
    finally:
        engine.dispose()
    _print(f"password of {args.login} changed")


def cmd_user_list(args: argparse.Namespace) -> None:
    from app.services import staff

    engine = _engine(args)
    try:
        accounts = staff.list_staff(engine)
    finally:
        engine.dispose()
    _print(f"{'login':<20} {'name':<12} {'state':<9} roles")
    for a in accounts:
        state = "active" if a.active and a.can_login else "disabled"
        _print(f"{a.login:<20} {a.full_name:<12} {state:<9} {', '.join(a.roles)}")


def cmd_user_projects(args: argparse.Namespace) -> None:
    from app.services import staff

    engine = _engine(args)
    try:
        for project in args.add or []:
            staff.set_project_manager(engine, args.login, project, True)
        for project in args.remove or []:
            staff.set_project_manager(engine, args.login, project, False)
        named = [m for m in staff.project_managers(engine) if m.login == args.login]
    finally:
        engine.dispose()
    if named:
        _print(f"{args.login} manages: " + ", ".join(f"{m.project_name} ({m.project_code})"
                                                    for m in named))
    else:
        _print(f"{args.login} is named for no project (a sales manager then sees every "
               "project)")


# --- demo, units ----------------------------------------------------------------------

def cmd_demo_seed(args: argparse.Namespace) -> None:
    from app.services import demo

    engine = _engine(args)
    try:
        report = demo.seed(engine, args.units)
    finally:
        engine.dispose()
    _print(f"project {report.project_name} (#{report.project_id}): {report.units} units in "
           f"{report.buildings} buildings, {report.customers} customers")


def cmd_units_template(args: argparse.Namespace) -> None:
    from app.services.unit_sheet import write_template

    target = Path(args.file)
    if not target.parent.is_dir():
        raise CliError(f"the folder {target.parent} does not exist")
    write_template(target)
    _print(f"template written to {target}")


def cmd_units_import(args: argparse.Namespace) -> None:
    from app.services.unit_import import import_units
    from app.services.unit_sheet import SheetError

    path = Path(args.file)
    if not path.is_file() or not os.access(path, os.R_OK):
        raise CliError(f"cannot read {path}")
    engine = _engine(args)
    try:
        report = import_units(engine, path, args.project)
    except SheetError as exc:
        raise CliError(str(exc)) from exc
    finally:
        engine.dispose()
    if not report.ok:
        for error in report.errors:
            print(str(error), file=sys.stderr)
        raise CliError(f"{len(report.errors)} problem(s) found; nothing was imported")
    created = " (new project)" if report.project_created else ""
    _print(f"imported {report.units_imported} units into {report.project_name}{created}")


# --- lists ----------------------------------------------------------------------------

def cmd_list_show(args: argparse.Namespace) -> None:
    from app.services import lists

    engine = _engine(args)
    try:
        for entry in lists.entries(engine, args.kind):
            _print(f"{entry.name:<16} {'active' if entry.active else 'disabled'}")
    finally:
        engine.dispose()


def cmd_list_change(args: argparse.Namespace) -> None:
    from app.services import lists

    engine = _engine(args)
    try:
        if args.action == "add":
            lists.add_entry(engine, args.kind, args.name)
        else:
            lists.set_active(engine, args.kind, args.name, args.action == "enable")
    finally:
        engine.dispose()
    _print(f"{args.kind}: {args.name} {args.action}d".replace("dd", "d"))


# --- backup ---------------------------------------------------------------------------

def cmd_backup(args: argparse.Namespace) -> None:
    from app.services.backup import backup

    counts = backup(resolve_url(args.url), Path(args.file))
    _print(f"backup written to {args.file}: {sum(counts.values())} rows in {len(counts)} tables")


def cmd_restore(args: argparse.Namespace) -> None:
    from app.services.backup import restore

    database = args.database or f"estatedesk_restore_{datetime.now():%Y%m%d_%H%M%S}"
    report = restore(resolve_url(args.url), Path(args.file), database)
    _print(f"restored into database {report.database}")
    _print(f"{'table':<28} {'backup':>10} {'restored':>10}")
    for table, (before, after) in report.counts.items():
        mark = "" if before == after else "  MISMATCH"
        _print(f"{table:<28} {before:>10} {after:>10}{mark}")
    if not report.matches:
        raise CliError("row counts differ from the backup")
    _print("all row counts match")


# --- parser ---------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--url", help="database URL of an admin or superuser "
                        "(default: $ESTATEDESK_DB_URL, else the embedded database)")
    parser = argparse.ArgumentParser(prog="estatedesk-admin", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="group", required=True)

    def add(parent: argparse._SubParsersAction, name: str, func: Callable, help_: str):
        p = parent.add_parser(name, parents=[common], help=help_)
        p.set_defaults(func=func)
        return p

    db = sub.add_parser("db", help="schema").add_subparsers(dest="action", required=True)
    add(db, "upgrade", cmd_db_upgrade, "create or upgrade the schema (superuser URL)")
    add(db, "status", cmd_db_status, "compare the database schema with this client")

    user = sub.add_parser("user", help="staff logins").add_subparsers(dest="action", required=True)
    p = add(user, "add", cmd_user_add, "create a staff login")
    p.add_argument("login")
    p.add_argument("--name", required=True, help="full name, e.g. 李明")
    p.add_argument("--role", action="append", required=True,
                   help="receptionist, sales, sales_manager, finance, executive, property, admin "
                        "(repeat or comma-separate for several)")
    p.add_argument("--phone")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    for name, active in (("disable", False), ("enable", True)):
        p = add(user, name, lambda a, _active=active: _set_active(a, _active), f"{name} a login")
        p.add_argument("login")
    p = add(user, "password", cmd_user_password, "set a staff member's password")
    p.add_argument("login")
    p.add_argument("--password-stdin", action="store_true")
    add(user, "list", cmd_user_list, "list staff logins and roles")
    p = add(user, "projects", cmd_user_projects,
            "name a sales manager for projects (they then see only those); show them")
    p.add_argument("login")
    p.add_argument("--add", action="append", metavar="PROJECT", help="project code or name")
    p.add_argument("--remove", action="append", metavar="PROJECT")

    demo = sub.add_parser("demo", help="demo data").add_subparsers(dest="action", required=True)
    p = add(demo, "seed", cmd_demo_seed, "create a demo project")
    p.add_argument("--units", type=int, help="make a large project of this many units")

    units = sub.add_parser("units", help="unit sheets").add_subparsers(dest="action", required=True)
    p = add(units, "import", cmd_units_import, "import a unit sheet (all rows or none)")
    p.add_argument("file")
    p.add_argument("--project", required=True, help="project name or code (created if new)")
    p = add(units, "template", cmd_units_template, "write the unit sheet template")
    p.add_argument("file")

    for kind, label in (("channels", "visitor channels (来源渠道)"),
                        ("lost_reasons", "reasons customers are lost (流失原因)")):
        group = sub.add_parser(kind.replace("_", "-"), help=label)
        actions = group.add_subparsers(dest="action", required=True)
        p = add(actions, "list", cmd_list_show, f"show the {label}")
        p.set_defaults(kind=kind)
        for action in ("add", "disable", "enable"):
            p = add(actions, action, cmd_list_change, f"{action} an entry")
            p.add_argument("name")
            p.set_defaults(kind=kind)

    p = add(sub, "backup", cmd_backup, "pg_dump the database (with a row-count manifest)")
    p.add_argument("file")
    p = add(sub, "restore", cmd_restore, "restore a backup into a new database and check it")
    p.add_argument("file")
    p.add_argument("--database", help="name of the new database (default: timestamped)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.services.errors import ErrorKind, UserError, translate

    try:
        args.func(args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except UserError as exc:
        print(f"error: {exc.english()}", file=sys.stderr)
        return EXIT_CONNECT if exc.kind in (ErrorKind.UNREACHABLE, ErrorKind.BAD_PASSWORD,
                                           ErrorKind.NO_DATABASE) else EXIT_REFUSED
    except sa.exc.DBAPIError as exc:
        known = translate(exc)
        if known is None:
            raise
        print(f"error: {known.english()}", file=sys.stderr)
        return EXIT_CONNECT if known.kind is ErrorKind.UNREACHABLE else EXIT_REFUSED
    return 0


if __name__ == "__main__":
    sys.exit(main())
