"""Reads for the printed money papers that app/db/queries/finance.py does not have: the head
of a payment reminder (催款函) — project and seller, contract number, the buyers as the
contract names them, who writes the letter, and the database's today (the day overdue days
are counted to, as receivable_lines counts them). Row-level security decides what the
caller sees: a deal they may not see reads as None."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class LetterHead:
    deal_id: int
    stage: str
    project_name: str
    developer: str              # "" when the project has none recorded
    project_address: str        # ""
    contract_no: str | None
    unit_code: str
    buyer_names: tuple[str, ...]   # the contract's buyers in order, else the customer
    writer_name: str | None     # the staff member asking (the cashier)
    today: dt.date


def letter_head(session: Session, deal_id: int) -> LetterHead | None:
    row = session.execute(sa.text(
        """SELECT l.id, l.stage, p.name AS project_name, coalesce(p.developer, '') AS developer,
                  coalesce(p.address, '') AS address, l.contract_no, l.unit_code,
                  l.customer_name,
                  (SELECT s.full_name FROM estatedesk.staff s
                   WHERE s.id = estatedesk.current_staff_id()) AS writer,
                  current_date AS today
           FROM estatedesk.deal_list l JOIN estatedesk.projects p ON p.id = l.project_id
           WHERE l.id = :d"""), {"d": deal_id}).first()
    if row is None:
        return None
    buyers = tuple(session.execute(sa.text(
        "SELECT name FROM estatedesk.deal_buyers WHERE deal_id = :d ORDER BY position"),
        {"d": deal_id}).scalars())
    return LetterHead(row.id, row.stage, row.project_name, row.developer, row.address,
                      row.contract_no, row.unit_code, buyers or (row.customer_name,),
                      row.writer, row.today)
