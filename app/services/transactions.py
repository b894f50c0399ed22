"""One session per user action: commit on success, roll back on any error, retry the
serialization failures and deadlocks PostgreSQL asks us to retry, translate the rest."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.services.errors import UserError, is_retryable, translate

T = TypeVar("T")
RETRIES = 3


def run(engine: sa.Engine, action: Callable[[Session], T], *, retries: int = RETRIES) -> T:
    """Run `action(session)` in one transaction; raise UserError for known refusals."""
    attempt = 0
    while True:
        try:
            with Session(engine, expire_on_commit=False) as session, session.begin():
                return action(session)
        except UserError:
            raise
        except sa.exc.DBAPIError as error:
            if is_retryable(error) and attempt < retries:
                attempt += 1
                time.sleep(0.05 * 2 ** attempt)
                continue
            known = translate(error)
            if known is None:
                raise
            raise known from error
