"""The lists an administrator maintains: where visitors heard of the project (来源渠道) and
why customers are lost (流失原因). Entries are disabled, never deleted: old customers keep
pointing at them."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from app.domain import customer_rules as rules
from app.domain.errors import ValidationError
from app.services import transactions
from app.services.errors import ErrorKind, UserError, from_validation
from app.services.messages import tr_noop

TABLES = {"channels": "estatedesk.channels", "lost_reasons": "estatedesk.lost_reasons"}


@dataclass(frozen=True)
class ListEntry:
    id: int
    name: str
    active: bool
    sort_order: int


def _table(kind: str) -> str:
    if kind not in TABLES:
        raise UserError(ErrorKind.VALIDATION, tr_noop("Unknown list."))
    return TABLES[kind]


def entries(engine: sa.Engine, kind: str) -> list[ListEntry]:
    table = _table(kind)
    return transactions.run(engine, lambda s: [
        ListEntry(r.id, r.name, r.active, r.sort_order) for r in s.execute(sa.text(
            f"SELECT id, name, active, sort_order FROM {table} ORDER BY sort_order, name"))])


def add_entry(engine: sa.Engine, kind: str, name: str, sort_order: int = 50) -> int:
    table = _table(kind)
    try:
        text = rules.clean_text(name, "name", 30)
    except ValidationError as error:
        raise from_validation(error) from None
    if not text:
        raise UserError(ErrorKind.VALIDATION, tr_noop("Please enter the name."))
    return transactions.run(engine, lambda s: s.execute(sa.text(
        f"INSERT INTO {table} (name, sort_order) VALUES (:n, :o) RETURNING id"),
        {"n": text, "o": sort_order}).scalar_one())


def set_active(engine: sa.Engine, kind: str, name: str, active: bool) -> None:
    table = _table(kind)

    def action(session: sa.orm.Session) -> None:
        done = session.execute(sa.text(f"UPDATE {table} SET active = :a WHERE name = :n"),
                               {"a": active, "n": name})
        if done.rowcount != 1:
            raise UserError(ErrorKind.VALIDATION, tr_noop("There is no entry \"{name}\"."),
                            {"name": name})

    transactions.run(engine, action)
