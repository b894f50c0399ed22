"""What the finance tabs read in one go, off the GUI thread: the cashiers (active finance
staff), deals found by the cashier's search, a cashier's day (totals and every receipt,
across projects), the receivables (per deal, ageing, collection list, mortgage money by
bank).

Executives may not read customers' phone numbers, which the finance search and the
collection list show: for them (`masked`) the search goes through the deal list (unit,
customer or contract number) and the collection list is made from the receivables,
without phones and notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Cashier:
    id: int
    name: str
    login: str


def load_cashiers(engine: Any) -> list[Cashier]:
    from app.services.staff import list_staff

    return [Cashier(s.id, s.full_name, s.login) for s in list_staff(engine)
            if s.active and "finance" in s.roles]


FIND_STAGES = ("small_deposit", "subscribed", "contracted", "cancelled")


def find_deals(engine: Any, project_id: int, text: str, masked: bool) -> list[Any]:
    from app.services import finance

    if not masked:
        return finance.find_deals(engine, project_id, text)
    from app.db.queries.deals import DealQuery
    from app.db.queries.finance import DealHit
    from app.services.deals import deal_list

    rows = deal_list(engine, DealQuery(project_id, stages=FIND_STAGES, text=text.strip()))
    hits = [DealHit(r.id, r.unit_code, r.customer_name, None, r.contract_no, r.stage,
                    r.deal_total) for r in rows]
    return sorted(hits, key=lambda h: (h.stage == "cancelled", h.unit_code))[:50]


@dataclass(frozen=True)
class CashierDay:
    cashier_id: int
    cashier_name: str
    day: dt.date
    totals: Any              # app.db.queries.finance.DayTotals
    receipts: tuple          # ReceiptRow of that cashier and day, every project


def load_day(engine: Any, cashier_id: int, cashier_name: str, day: dt.date) -> CashierDay:
    from app.services import chart, finance

    totals = finance.day_totals(engine, day, cashier_id)
    receipts: list[Any] = []
    for project in chart.list_projects(engine):
        receipts += finance.receipts_of_day(engine, project.id, day, cashier_id)
    return CashierDay(cashier_id, cashier_name, day, totals, tuple(receipts))


@dataclass(frozen=True)
class Receivables:
    rows: tuple              # ReceivableRow
    ageing: Any              # Ageing
    collection: tuple        # CollectionRow
    banks: tuple             # BankRow


def load_receivables(engine: Any, project_id: int, masked: bool) -> Receivables:
    from app.db.queries.finance import CollectionRow
    from app.services import finance

    rows = tuple(finance.receivables(engine, project_id))
    if masked:
        collection = tuple(CollectionRow(r.deal_id, r.unit_code, r.customer_name, None,
                                         r.staff_name, r.overdue, r.max_days_overdue, None,
                                         None, None) for r in rows if r.overdue > 0)
    else:
        collection = tuple(finance.collection_list(engine, project_id))
    return Receivables(rows, finance.ageing(engine, project_id), collection,
                       tuple(finance.expected_disbursements(engine, project_id)))
