"""Asserting what the database allows: run a statement in a savepoint and report the
SQLSTATE it failed with (None if it worked), leaving the test's transaction usable."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session


def sqlstate(session: Session, sql: str, params: dict[str, Any] | None = None) -> str | None:
    try:
        with session.begin_nested():
            session.execute(sa.text(sql), params or {})
    except sa.exc.DBAPIError as error:
        return getattr(error.orig, "pgcode", "?")
    return None


def error_of(session: Session, sql: str, params: dict[str, Any] | None = None) -> sa.exc.DBAPIError:
    try:
        with session.begin_nested():
            session.execute(sa.text(sql), params or {})
    except sa.exc.DBAPIError as error:
        return error
    raise AssertionError(f"expected {sql!r} to fail")


def rows(session: Session, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
    return list(session.execute(sa.text(sql), params or {}))
