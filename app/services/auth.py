"""Logging in: a staff member connects as their own PostgreSQL login role, and the client
checks who they are and that the schema matches before it shows anything."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

import server_schema
from app.db.connection import ServerAddress, engine_for
from app.domain.statuses import Role
from app.services.errors import ErrorKind, UserError, translate
from app.services.messages import tr_noop


@dataclass(frozen=True)
class SessionInfo:
    """Who is logged in, where. Roles decide which screens are offered; the database still
    checks every action itself."""

    staff_id: int
    login: str
    full_name: str
    roles: frozenset[Role]
    server_label: str

    def has(self, *roles: Role) -> bool:
        return any(r in self.roles for r in roles)


@dataclass(frozen=True)
class LoginResult:
    engine: sa.Engine
    session: SessionInfo


def login(address: ServerAddress, user: str, password: str,
          role_exists: Callable[[str], bool] | None = None) -> LoginResult:
    """Connect as `user`; raise UserError with a specific kind for every known failure.

    PostgreSQL answers a wrong password and an unknown user with the same message (so
    nobody can probe for logins). Where the client may ask — the embedded server, whose
    superuser password it holds — `role_exists` tells the two apart.
    """
    user = user.strip()
    if not user:
        raise UserError(ErrorKind.VALIDATION, tr_noop("Please enter your user name."))
    if not password:
        raise UserError(ErrorKind.VALIDATION, tr_noop("Please enter your password."))
    engine = engine_for(address, user, password)
    try:
        info = _identify(engine, address)
    except UserError as error:
        engine.dispose()
        if error.kind is ErrorKind.BAD_PASSWORD and role_exists and not role_exists(user):
            raise UserError(ErrorKind.UNKNOWN_USER,
                            tr_noop("There is no account with this user name.")) from None
        raise
    return LoginResult(engine, info)


def _identify(engine: sa.Engine, address: ServerAddress) -> SessionInfo:
    try:
        with engine.connect() as conn:
            check_schema(conn)
            row = conn.execute(sa.text(
                "SELECT staff_id, login, full_name, roles, is_superuser, owns_tables "
                "FROM estatedesk.my_session()")).one()
            if row.is_superuser or row.owns_tables:
                raise UserError(ErrorKind.PRIVILEGED_LOGIN, tr_noop(
                    "EstateDesk does not let a database superuser or the table owner log in: "
                    "they bypass the access rules. Log in with your staff account."))
            if row.staff_id is None:
                raise UserError(ErrorKind.NOT_STAFF, tr_noop(
                    "This database login is not an EstateDesk staff account."))
            conn.execute(sa.text("SELECT estatedesk.log_event('LOGIN')"))
            conn.commit()
    except sa.exc.DBAPIError as error:
        known = translate(error)
        if known is None:
            raise
        raise known from error
    roles = frozenset(Role(r) for r in row.roles)
    return SessionInfo(row.staff_id, row.login, row.full_name, roles, address.label())


def check_schema(conn: sa.Connection) -> None:
    """Refuse to work against a schema older or newer than this client."""
    try:
        state = server_schema.status(conn)
    except sa.exc.ProgrammingError:
        conn.rollback()
        state = None
    if state is None or state.revision is None:
        raise UserError(ErrorKind.NOT_INSTALLED, tr_noop(
            "EstateDesk is not installed in this database. The administrator runs "
            "'estatedesk-admin db upgrade' on the server first."))
    if state.database_is_newer:
        raise UserError(ErrorKind.SCHEMA_NEWER, tr_noop(
            "The database ({revision}) is newer than this EstateDesk client ({head}). "
            "Please install the current client."),
            {"revision": state.revision, "head": state.head})
    if not state.up_to_date:
        raise UserError(ErrorKind.SCHEMA_OLDER, tr_noop(
            "The database ({revision}) is older than this EstateDesk client ({head}). "
            "The administrator runs 'estatedesk-admin db upgrade' on the server."),
            {"revision": state.revision, "head": state.head})


def logout(result: LoginResult) -> None:
    """Record the logout (best effort: the connection may already be gone) and close the
    session's pooled connections."""
    try:
        with result.engine.connect() as conn:
            conn.execute(sa.text("SELECT estatedesk.log_event('LOGOUT')"))
            conn.commit()
    except sa.exc.DBAPIError:
        pass
    finally:
        result.engine.dispose()


def ping(engine: sa.Engine) -> bool:
    """Does the database answer? A dropped connection is replaced by the pool (pre-ping), so
    True again after a failure means the client has reconnected."""
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return True
    except sa.exc.DBAPIError:
        return False
