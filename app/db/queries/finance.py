"""Reads for the cashier window and the receivables: finding a deal, its ledger (schedule
lines with paid and outstanding, every money entry with its receipt), a day's receipts and
totals, receipt books, receivables per deal, ageing, the collection list, and the mortgage
money expected by bank. Row-level security decides what the caller sees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

ZERO = Decimal("0.00")
AGE_BUCKETS = ((1, 30), (31, 60), (61, 90), (91, None))


@dataclass(frozen=True)
class DealHit:
    deal_id: int
    unit_code: str
    customer_name: str
    phone: str | None
    contract_no: str | None
    stage: str
    deal_total: Decimal | None


@dataclass(frozen=True)
class LineRow:
    line_no: int
    kind: str
    due_date: dt.date
    amount: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid


@dataclass(frozen=True)
class EntryRow:
    payment_id: int
    entry: str
    kind: str
    line_no: int | None
    amount: Decimal
    method: str
    reference: str | None
    paid_on: dt.date
    business_day: dt.date
    receipt_id: int | None
    receipt_no: str | None
    document_no: str | None
    voided: bool
    note: str | None


@dataclass(frozen=True)
class DealLedger:
    deal_id: int
    unit_code: str
    customer_name: str
    stage: str
    deal_total: Decimal | None
    deposit: Decimal
    lines: tuple[LineRow, ...]
    entries: tuple[EntryRow, ...]

    @property
    def paid(self) -> Decimal:
        return sum((e.amount for e in self.entries
                    if e.entry != "refund" and e.kind not in ("maintenance_fund", "fee")), ZERO)


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    receipt_no: str
    number: int
    book_id: int
    payment_id: int | None
    deal_id: int | None
    project_name: str | None
    payer: str | None
    unit_code: str | None
    kind: str | None
    amount: Decimal | None
    method: str | None
    reference: str | None
    cashier_name: str | None
    issued_on: dt.date | None
    print_count: int
    voided_at: dt.datetime | None
    void_reason: str | None


@dataclass(frozen=True)
class BookRow:
    id: int
    series: str
    first_no: int
    last_no: int
    next_no: int
    status: str
    cashier_id: int | None
    cashier_name: str | None
    used: int
    voided: int

    @property
    def left(self) -> int:
        return self.last_no - self.next_no + 1


@dataclass(frozen=True)
class DayTotals:
    day: dt.date
    by_method: dict[str, Decimal]
    by_entry: dict[str, tuple[int, Decimal]]
    receipts_issued: int
    receipts_voided: int
    total: Decimal
    closed: bool

    @classmethod
    def of(cls, day: dt.date, data: dict[str, Any], closed: bool) -> DayTotals:
        def money(value: Any) -> Decimal:
            return Decimal(str(value)).quantize(Decimal("0.01"))

        return cls(day, {k: money(v) for k, v in data["by_method"].items()},
                   {k: (int(v["count"]), money(v["total"])) for k, v in data["by_entry"].items()},
                   int(data["receipts_issued"]), int(data["receipts_voided"]),
                   money(data["total"]), closed)


@dataclass(frozen=True)
class ReceivableRow:
    deal_id: int
    unit_code: str
    customer_name: str
    staff_name: str
    contract_no: str | None
    due: Decimal            # due up to today
    paid: Decimal
    outstanding: Decimal    # of the whole schedule
    overdue: Decimal        # due and not paid
    max_days_overdue: int


@dataclass(frozen=True)
class Ageing:
    buckets: tuple[tuple[str, Decimal, int], ...]   # (label "1-30", amount, deals)
    total: Decimal


@dataclass(frozen=True)
class CollectionRow:
    deal_id: int
    unit_code: str
    customer_name: str
    phone: str | None
    staff_name: str
    overdue: Decimal
    days_overdue: int
    last_note: str | None
    last_note_at: dt.datetime | None
    next_action_on: dt.date | None


@dataclass(frozen=True)
class BankRow:
    bank: str
    stage: str
    deals: int
    amount: Decimal
    expected_by: dt.date | None


def _contacts(session: Session) -> str:
    """Where the caller reads customers' phones: the table, or for readers who may not reach
    customers (executives) the masked view."""
    full = session.execute(sa.text(
        "SELECT has_column_privilege('estatedesk.customers', 'phone', 'SELECT')")).scalar()
    return "estatedesk.customers" if full else "estatedesk.customers_masked"


def find_deals(session: Session, project_id: int, text: str, limit: int = 50) -> list[DealHit]:
    """By customer name, phone digits, unit code or contract number (live deals and
    cancelled ones, which may still have refunds to pay)."""
    rows = session.execute(sa.text(
        f"""SELECT l.id AS deal_id, l.unit_code, l.customer_name, c.phone, l.contract_no,
                  l.stage, l.deal_total
           FROM estatedesk.deal_list l JOIN {_contacts(session)} c ON c.id = l.customer_id
           WHERE l.project_id = :p AND l.stage IN ('small_deposit', 'subscribed', 'contracted',
                                                   'cancelled')
             AND (:t = '' OR l.unit_code ILIKE :like OR l.customer_name ILIKE :like
                  OR l.contract_no ILIKE :like OR c.phone LIKE :digits)
           ORDER BY l.stage = 'cancelled', l.unit_code LIMIT :n"""),
        {"p": project_id, "t": text.strip(), "like": f"%{text.strip()}%",
         "digits": f"%{''.join(ch for ch in text if ch.isdigit()) or '-'}%", "n": limit})
    return [DealHit(**r._mapping) for r in rows]


def ledger(session: Session, deal_id: int) -> DealLedger:
    head = session.execute(sa.text(
        """SELECT l.id AS deal_id, l.unit_code, l.customer_name, l.stage, l.deal_total, l.deposit
           FROM estatedesk.deal_list l WHERE l.id = :d"""), {"d": deal_id}).one()
    lines = tuple(LineRow(**r._mapping) for r in session.execute(sa.text(
        "SELECT line_no, kind, due_date, amount, paid FROM estatedesk.deal_line_paid(:d) "
        "ORDER BY line_no"), {"d": deal_id}))
    entries = tuple(EntryRow(**r._mapping) for r in session.execute(sa.text(
        """SELECT p.id AS payment_id, p.entry, p.kind::text AS kind, p.line_no, p.amount,
                  p.method::text AS method, p.reference, p.paid_on, p.business_day,
                  r.id AS receipt_id, r.receipt_no, p.document_no,
                  (r.voided_at IS NOT NULL) AS voided, p.note
           FROM estatedesk.payments p LEFT JOIN estatedesk.receipts r ON r.payment_id = p.id
           WHERE p.deal_id = :d ORDER BY p.created_at, p.id"""), {"d": deal_id}))
    return DealLedger(head.deal_id, head.unit_code, head.customer_name, head.stage,
                      head.deal_total, head.deposit, lines, entries)


_RECEIPTS = """
    SELECT r.id, r.receipt_no, r.number, r.book_id, r.payment_id, p.deal_id, r.project_name,
           r.payer, r.unit_code, r.kind::text AS kind, r.amount, r.method::text AS method,
           r.reference, r.cashier_name, r.issued_on, r.print_count, r.voided_at, r.void_reason
    FROM estatedesk.receipts r
    JOIN estatedesk.receipt_books b ON b.id = r.book_id
    LEFT JOIN estatedesk.payments p ON p.id = r.payment_id"""


def receipts(session: Session, project_id: int, day: dt.date,
             cashier_id: int | None = None) -> list[ReceiptRow]:
    rows = session.execute(sa.text(
        _RECEIPTS + """ WHERE b.project_id = :p AND r.issued_on = :day
                          AND (CAST(:c AS bigint) IS NULL OR p.cashier_id = :c)
                        ORDER BY r.book_id, r.number"""),
        {"p": project_id, "day": day, "c": cashier_id})
    return [ReceiptRow(**r._mapping) for r in rows]


def receipt(session: Session, receipt_id: int) -> ReceiptRow:
    return ReceiptRow(**session.execute(sa.text(_RECEIPTS + " WHERE r.id = :r"),
                                        {"r": receipt_id}).one()._mapping)


def books(session: Session, project_id: int) -> list[BookRow]:
    rows = session.execute(sa.text(
        """SELECT b.id, b.series, b.first_no, b.last_no, b.next_no, b.status, b.cashier_id,
                  s.full_name AS cashier_name,
                  (SELECT count(*) FROM estatedesk.receipts r
                   WHERE r.book_id = b.id AND r.payment_id IS NOT NULL) AS used,
                  (SELECT count(*) FROM estatedesk.receipts r
                   WHERE r.book_id = b.id AND r.voided_at IS NOT NULL) AS voided
           FROM estatedesk.receipt_books b LEFT JOIN estatedesk.staff s ON s.id = b.cashier_id
           WHERE b.project_id = :p ORDER BY b.series, b.first_no"""), {"p": project_id})
    return [BookRow(**r._mapping) for r in rows]


def day_totals(session: Session, day: dt.date, cashier_id: int | None = None) -> DayTotals:
    cashier = cashier_id or session.execute(
        sa.text("SELECT estatedesk.current_staff_id()")).scalar()
    closed = session.execute(sa.text(
        "SELECT totals FROM estatedesk.daily_closes WHERE cashier_id = :c AND business_day = :d"),
        {"c": cashier, "d": day}).scalar()
    if closed is not None:
        return DayTotals.of(day, closed, closed=True)
    data = session.execute(sa.text("SELECT estatedesk.day_totals(:c, :d)"),
                           {"c": cashier, "d": day}).scalar_one()
    return DayTotals.of(day, data, closed=False)


def receivables(session: Session, project_id: int) -> list[ReceivableRow]:
    rows = session.execute(sa.text(
        """SELECT deal_id, unit_code, customer_name, staff_name, contract_no,
                  sum(amount) FILTER (WHERE due_date <= current_date) AS due,
                  sum(paid) AS paid, sum(outstanding) AS outstanding,
                  sum(outstanding) FILTER (WHERE days_overdue > 0) AS overdue,
                  max(days_overdue) AS max_days_overdue
           FROM estatedesk.receivable_lines WHERE project_id = :p
           GROUP BY deal_id, unit_code, customer_name, staff_name, contract_no
           ORDER BY max(days_overdue) DESC, unit_code"""), {"p": project_id})
    return [ReceivableRow(**{k: (ZERO if v is None and k in ("due", "overdue") else v)
                             for k, v in r._mapping.items()}) for r in rows]


def ageing(session: Session, project_id: int) -> Ageing:
    rows = session.execute(sa.text(
        """SELECT CASE WHEN days_overdue <= 30 THEN 0 WHEN days_overdue <= 60 THEN 1
                       WHEN days_overdue <= 90 THEN 2 ELSE 3 END AS bucket,
                  sum(outstanding) AS amount, count(DISTINCT deal_id) AS deals
           FROM estatedesk.receivable_lines
           WHERE project_id = :p AND days_overdue > 0 GROUP BY 1"""), {"p": project_id}).all()
    found = {r.bucket: (r.amount, r.deals) for r in rows}
    labels = [f"{low}-{high}" if high else f">{low - 1}" for low, high in AGE_BUCKETS]
    buckets = tuple((label, *found.get(i, (ZERO, 0))) for i, label in enumerate(labels))
    return Ageing(buckets, sum((b[1] for b in buckets), ZERO))


def collection_list(session: Session, project_id: int) -> list[CollectionRow]:
    rows = session.execute(sa.text(
        f"""SELECT r.deal_id, r.unit_code, r.customer_name, c.phone, r.staff_name,
                  sum(r.outstanding) AS overdue, max(r.days_overdue) AS days_overdue,
                  n.note AS last_note, n.created_at AS last_note_at, n.next_action_on
           FROM estatedesk.receivable_lines r
           JOIN estatedesk.deals d ON d.id = r.deal_id
           JOIN {_contacts(session)} c ON c.id = d.customer_id
           LEFT JOIN LATERAL (SELECT x.note, x.created_at, x.next_action_on
                              FROM estatedesk.collection_notes x WHERE x.deal_id = r.deal_id
                              ORDER BY x.created_at DESC, x.id DESC LIMIT 1) n ON true
           WHERE r.project_id = :p AND r.days_overdue > 0
           GROUP BY r.deal_id, r.unit_code, r.customer_name, c.phone, r.staff_name, n.note,
                    n.created_at, n.next_action_on
           ORDER BY max(r.days_overdue) DESC, r.unit_code"""), {"p": project_id})
    return [CollectionRow(**r._mapping) for r in rows]


def expected_disbursements(session: Session, project_id: int) -> list[BankRow]:
    """Mortgage money not yet in, by bank and stage: loan lines left to pay."""
    rows = session.execute(sa.text(
        """SELECT m.bank, m.stage, count(DISTINCT m.deal_id) AS deals,
                  sum(r.outstanding) AS amount, min(r.due_date) AS expected_by
           FROM estatedesk.mortgages m
           JOIN estatedesk.receivable_lines r ON r.deal_id = m.deal_id AND r.kind LIKE '%loan'
           WHERE r.project_id = :p AND r.outstanding > 0
           GROUP BY m.bank, m.stage ORDER BY m.bank, m.stage"""), {"p": project_id})
    return [BankRow(**r._mapping) for r in rows]
