"""Staff accounts: each staff member is a PostgreSQL login role in one or more EstateDesk
groups. All changes go through the database's staff_* functions, which check that the
caller is an administrator."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries.staff import (
    PROJECT_BY_CODE_OR_NAME,
    PROJECT_MANAGERS,
    SET_PROJECT_MANAGER,
    STAFF_ACCOUNTS,
)
from app.domain.errors import ValidationError
from app.domain.passwords import check_strength, scram_verifier
from app.domain.phones import normalize_phone
from app.domain.statuses import Role
from app.services import transactions
from app.services.errors import ErrorKind, UserError, from_validation


@dataclass(frozen=True)
class StaffAccount:
    id: int
    login: str
    full_name: str
    active: bool
    can_login: bool
    roles: tuple[str, ...]


def _validation(error: ValidationError) -> UserError:
    return from_validation(error)


def parse_roles(names: list[str]) -> list[Role]:
    roles = []
    for name in names:
        try:
            roles.append(Role(name.strip()))
        except ValueError:
            raise UserError(ErrorKind.VALIDATION, "Unknown role \"{role}\"; the roles are {known}.",
                            {"role": name, "known": ", ".join(r.value for r in Role)},
                            key="unknown_role") from None
    if not roles:
        raise UserError(ErrorKind.VALIDATION, "At least one role is needed.", key="role_missing")
    return roles


def add_staff(engine: sa.Engine, login: str, full_name: str, password: str,
              roles: list[Role], phone: str | None = None) -> int:
    try:
        check_strength(password)
        phone_e164 = normalize_phone(phone) if phone else None
    except ValidationError as error:
        raise _validation(error) from None
    verifier = scram_verifier(password)

    def action(session: Session) -> int:
        return session.execute(
            sa.text("SELECT estatedesk.staff_create(:l, :n, :p, :r, :ph)"),
            {"l": login, "n": full_name, "p": verifier, "r": [r.value for r in roles],
             "ph": phone_e164}).scalar_one()

    return transactions.run(engine, action)


def set_active(engine: sa.Engine, login: str, active: bool) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.staff_set_active(:l, :a)"), {"l": login, "a": active}))


def set_roles(engine: sa.Engine, login: str, roles: list[Role]) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.staff_set_roles(:l, :r)"),
        {"l": login, "r": [r.value for r in roles]}))


def set_password(engine: sa.Engine, login: str, password: str) -> None:
    try:
        check_strength(password)
    except ValidationError as error:
        raise _validation(error) from None
    verifier = scram_verifier(password)
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.staff_set_password(:l, :p)"), {"l": login, "p": verifier}))


def list_staff(engine: sa.Engine) -> list[StaffAccount]:
    def action(session: Session) -> list[StaffAccount]:
        return [StaffAccount(r.id, r.login, r.full_name, r.active, r.can_login, tuple(r.roles))
                for r in session.execute(STAFF_ACCOUNTS)]

    return transactions.run(engine, action)


@dataclass(frozen=True)
class ProjectManager:
    login: str
    full_name: str
    project_id: int
    project_code: str
    project_name: str


def project_managers(engine: sa.Engine) -> list[ProjectManager]:
    """Which sales manager is named for which project (a manager named for none reads
    every project; once named, only those)."""
    return transactions.run(engine, lambda s: [ProjectManager(*r)
                                               for r in s.execute(PROJECT_MANAGERS)])


def set_project_manager(engine: sa.Engine, login: str, project: str, on: bool) -> None:
    """Name (on) or un-name the sales manager `login` for `project` (its code or name).
    Administrators only: the database refuses anyone else."""
    def action(session: Session) -> None:
        found = session.execute(PROJECT_BY_CODE_OR_NAME, {"p": project}).scalar()
        if found is None:
            raise UserError(ErrorKind.VALIDATION, "There is no project \"{project}\".",
                            {"project": project}, key="project:unknown")
        session.execute(SET_PROJECT_MANAGER, {"l": login, "p": found, "on": on})

    transactions.run(engine, action)
