"""The one place where database errors become errors a salesperson understands.

A `UserError` is a known, expected refusal (shown as a message); anything else that escapes
a service is a bug (shown with the log file's path). The UI translates `UserError.text`
(English, marked for translation) and fills in `params`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import exc as sa_exc

from app.domain.errors import ValidationError
from app.services.messages import CONSTRAINT_MESSAGES, RULE_MESSAGES, tr_noop


class ErrorKind(StrEnum):
    VALIDATION = "validation"          # bad input caught before the database
    DUPLICATE = "duplicate"            # 23505
    CONFLICT = "conflict"              # 23P01 exclusion (double booking)
    RULE = "rule"                      # 23514 check, 23502 not null, 23503 FK, P0001 our functions
    NOT_ALLOWED = "not_allowed"        # 42501
    BUSY = "busy"                      # 55P03 lock not available
    RETRY_EXHAUSTED = "retry"          # 40001/40P01 after retries
    CANCELLED = "cancelled"            # 57014
    CONNECTION_LOST = "connection_lost"
    BAD_PASSWORD = "bad_password"
    UNKNOWN_USER = "unknown_user"
    ACCOUNT_DISABLED = "account_disabled"
    UNREACHABLE = "unreachable"
    NO_DATABASE = "no_database"
    SCHEMA_OLDER = "schema_older"
    SCHEMA_NEWER = "schema_newer"
    NOT_INSTALLED = "not_installed"
    PRIVILEGED_LOGIN = "privileged_login"
    NOT_STAFF = "not_staff"


@dataclass
class UserError(Exception):
    """A refusal to show the user: `text` is English (translated by the UI), with {params}."""

    kind: ErrorKind
    text: str
    params: dict[str, Any] = field(default_factory=dict)
    key: str = ""

    def __post_init__(self) -> None:
        super().__init__(self.english())

    def english(self) -> str:
        params = {k: ", ".join(map(str, v)) if isinstance(v, list) else v
                  for k, v in self.params.items()}
        try:
            return self.text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text

    def __str__(self) -> str:
        return self.english()


def from_validation(error: ValidationError) -> UserError:
    """A domain validation failure as the UserError the UI translates (template + params),
    naming the field so a form can highlight it."""
    return UserError(ErrorKind.VALIDATION, error.template, dict(error.params),
                     key=f"{error.field}:{error.code}")


RETRYABLE = {"40001", "40P01"}

_GENERIC = {
    "23505": (ErrorKind.DUPLICATE, tr_noop("This record already exists.")),
    "23P01": (ErrorKind.CONFLICT, tr_noop("This clashes with an existing record.")),
    "23514": (ErrorKind.RULE, tr_noop("A value breaks a rule of the system.")),
    "23502": (ErrorKind.RULE, tr_noop("A required value is missing.")),
    "23503": (ErrorKind.RULE, tr_noop("This refers to a record that does not exist, "
                                      "or is still in use elsewhere.")),
    "42501": (ErrorKind.NOT_ALLOWED, tr_noop("Your role is not allowed to do this.")),
    "55P03": (ErrorKind.BUSY, tr_noop("Someone else is working on this record right now. "
                                      "Try again in a moment.")),
    "57014": (ErrorKind.CANCELLED, tr_noop("The operation was cancelled or took too long.")),
    "40001": (ErrorKind.RETRY_EXHAUSTED, tr_noop("The database was too busy to save this; "
                                                 "nothing was saved. Please try again.")),
    "40P01": (ErrorKind.RETRY_EXHAUSTED, tr_noop("The database was too busy to save this; "
                                                 "nothing was saved. Please try again.")),
    "22001": (ErrorKind.VALIDATION, tr_noop("A text is longer than allowed.")),
    "22003": (ErrorKind.VALIDATION, tr_noop("A number is out of range.")),
    "22P02": (ErrorKind.VALIDATION, tr_noop("A value has the wrong format.")),
}


def translate(error: BaseException) -> UserError | None:
    """Map a SQLAlchemy/psycopg2 error to a UserError, or None when it is a bug."""
    if isinstance(error, UserError):
        return error
    orig = getattr(error, "orig", error)
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return UserError(ErrorKind.CONNECTION_LOST, tr_noop(
            "The connection to the database was lost; nothing was saved. "
            "EstateDesk is reconnecting — please try again."))
    pgcode = getattr(orig, "pgcode", None)
    if pgcode is None:
        return _translate_connect_error(str(orig))
    diag = getattr(orig, "diag", None)
    constraint = getattr(diag, "constraint_name", None) or ""
    detail = getattr(diag, "message_detail", None) or ""
    primary = getattr(diag, "message_primary", None) or str(orig)
    if pgcode == "P0001" or (pgcode == "42501" and detail.startswith("{")):
        return _translate_raised(pgcode, primary, detail)
    kind, text = _GENERIC.get(pgcode, (None, None))
    if kind is None:
        if pgcode.startswith("08") or pgcode in ("57P01", "57P02", "57P03"):
            return UserError(ErrorKind.CONNECTION_LOST, tr_noop(
                "The connection to the database was lost; nothing was saved."))
        return None
    if constraint in CONSTRAINT_MESSAGES:
        text = CONSTRAINT_MESSAGES[constraint]
    return UserError(kind, text, {"constraint": constraint}, key=constraint or pgcode)


def _translate_raised(pgcode: str, primary: str, detail: str) -> UserError:
    """Errors raised by our own functions carry a JSON DETAIL with a key and parameters."""
    try:
        params = json.loads(detail, parse_float=Decimal) if detail else {}
    except json.JSONDecodeError:
        params = {}
    key = str(params.pop("key", ""))
    kind = ErrorKind.NOT_ALLOWED if pgcode == "42501" else ErrorKind.RULE
    text = RULE_MESSAGES.get(key, primary)
    if text is primary:
        params = {}
    return UserError(kind, text, params, key=key)


_CONNECT_PATTERNS: list[tuple[str, ErrorKind, str]] = [
    (r"password authentication failed|no password supplied|password is empty",
     ErrorKind.BAD_PASSWORD, tr_noop("Wrong user name or password.")),
    (r"is not permitted to log in", ErrorKind.ACCOUNT_DISABLED,
     tr_noop("This account has been disabled. Ask your administrator.")),
    (r'database "[^"]*" does not exist', ErrorKind.NO_DATABASE,
     tr_noop("The server has no database of that name. Check the database name in the "
             "connection settings.")),
    (r"role \"[^\"]*\" does not exist", ErrorKind.UNKNOWN_USER,
     tr_noop("There is no account with this user name.")),
    (r"could not connect|could not translate host name|Connection refused|timeout expired|"
     r"No route to host|Network is unreachable|server closed the connection|"
     r"could not send|connection to server .* failed",
     ErrorKind.UNREACHABLE,
     tr_noop("The database server cannot be reached. Check the server address and the "
             "network, or ask your administrator whether the server is running.")),
]


def _translate_connect_error(message: str) -> UserError | None:
    for pattern, kind, text in _CONNECT_PATTERNS:
        if re.search(pattern, message):
            return UserError(kind, text, key=kind.value)
    return None


def is_retryable(error: BaseException) -> bool:
    return getattr(getattr(error, "orig", None), "pgcode", None) in RETRYABLE
