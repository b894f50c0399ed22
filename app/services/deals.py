"""The deal flow (domain.md "The deal"): price quote (报价), queue number (排号/认筹), small
deposit (小定), subscription (认购) with discount approval, contract (签约) with buyers and
payment schedule, mortgage (按揭), filing (网签备案), handover (交房) and title (产权登记).

Each step is one database function that checks the unit, the customer, the price and the
caller's role and refuses with a reason (translated by app.services.errors); these functions
only pass plain values in and out.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from app.db.queries import deals as queries
from app.domain.payment_plans import PaymentMethod, ScheduleLine
from app.services import transactions


@dataclass(frozen=True)
class QuoteStep:
    code: str          # a discount rule's code, or "extra" for the extra amount off
    name: str
    kind: str          # percent, fixed, per_m2
    value: Decimal
    before: Decimal
    after: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Quote:
    """A unit's price with chosen discounts, as the database computes and freezes it."""

    unit_code: str
    basis: str
    area: Decimal
    list_unit_price: Decimal | None
    list_total: Decimal
    steps: tuple[QuoteStep, ...]
    deal_total: Decimal
    deal_unit_price: Decimal
    payment_method: str
    approval_level: str | None = None   # None: the seller may grant it

    @classmethod
    def of(cls, data: dict[str, Any]) -> Quote:
        def money(key: str) -> Decimal | None:
            value = data.get(key)
            return None if value is None else Decimal(str(value))

        steps = tuple(QuoteStep(s["code"], s["name"], s["kind"], Decimal(str(s["value"])),
                                Decimal(str(s["before"])), Decimal(str(s["after"])),
                                Decimal(str(s["amount"]))) for s in data.get("steps", []))
        return cls(data["unit"], data["basis"], Decimal(str(data["area"])),
                   money("list_unit_price"), Decimal(str(data["list_total"])), steps,
                   Decimal(str(data["deal_total"])), Decimal(str(data["deal_unit_price"])),
                   data["payment_method"], data.get("approval_level"))


@dataclass(frozen=True)
class Buyer:
    name: str
    id_type: str
    id_number: str
    phone: str | None = None
    share: Decimal | None = None   # 产权份额, percent


def _scalar(engine: sa.Engine, sql: str, params: dict[str, Any]) -> Any:
    return transactions.run(engine, lambda s: s.execute(sa.text(sql), params).scalar_one())


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def quote(engine: sa.Engine, unit_id: int, discount_codes: Sequence[str],
          method: PaymentMethod | str, extra_discount: Decimal = Decimal(0)) -> Quote:
    data = _scalar(engine, "SELECT estatedesk.deal_quote(:u, :c, CAST(:x AS numeric), "
                           "CAST(:m AS estatedesk.payment_method))",
                   {"u": unit_id, "c": list(discount_codes), "x": _money(extra_discount),
                    "m": str(method)})
    return Quote.of(data)


def issue_queue_ticket(engine: sa.Engine, project_id: int, customer_id: int,
                       intention_fee: Decimal) -> int:
    """排号/认筹: returns the queue number."""
    return _scalar(engine, "SELECT estatedesk.queue_ticket_issue(:p, :c, CAST(:f AS numeric))",
                   {"p": project_id, "c": customer_id, "f": _money(intention_fee)})


def refund_queue_ticket(engine: sa.Engine, ticket_id: int, reason: str) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.queue_ticket_refund(:t, :r)"), {"t": ticket_id, "r": reason}))


def small_deposit(engine: sa.Engine, unit_id: int, customer_id: int, deposit: Decimal,
                  queue_ticket_id: int | None = None) -> int:
    """小定: returns the new deal's id."""
    return _scalar(engine, "SELECT estatedesk.deal_small_deposit(:u, :c, CAST(:d AS numeric), :t)",
                   {"u": unit_id, "c": customer_id, "d": _money(deposit), "t": queue_ticket_id})


@dataclass(frozen=True)
class Terms:
    """What a subscription agrees: deposit (定金), discounts, payment method, deadline."""

    deposit: Decimal
    discount_codes: tuple[str, ...]
    method: PaymentMethod | str
    extra_discount: Decimal = Decimal(0)
    sign_deadline: dt.date | None = None
    queue_ticket_id: int | None = None


def subscribe(engine: sa.Engine, unit_id: int, customer_id: int, terms: Terms) -> int:
    """认购 (converting the customer's small deposit on the unit if any): the deal's id."""
    return _scalar(engine, """SELECT estatedesk.deal_subscribe(:u, :c, CAST(:d AS numeric), :codes,
                                  CAST(:x AS numeric), CAST(:m AS estatedesk.payment_method),
                                  :deadline, :t)""",
                   {"u": unit_id, "c": customer_id, "d": _money(terms.deposit),
                    "codes": list(terms.discount_codes), "x": _money(terms.extra_discount),
                    "m": str(terms.method), "deadline": terms.sign_deadline,
                    "t": terms.queue_ticket_id})


def decide_discount(engine: sa.Engine, deal_id: int, approve: bool, note: str | None = None) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.deal_decide_discount(:d, :a, :n)"),
        {"d": deal_id, "a": approve, "n": note}))


def reprice(engine: sa.Engine, deal_id: int, discount_codes: Sequence[str],
            method: PaymentMethod | str, extra_discount: Decimal = Decimal(0)) -> str | None:
    """A new price before signing, while the old one waits or was rejected: the level that
    must approve it now (None: nobody)."""
    return _scalar(engine, """SELECT estatedesk.deal_reprice(:d, :codes, CAST(:x AS numeric),
                                  CAST(:m AS estatedesk.payment_method))""",
                   {"d": deal_id, "codes": list(discount_codes), "x": _money(extra_discount),
                    "m": str(method)})


def buyers_json(buyers: Sequence[Buyer]) -> str:
    return json.dumps([{"name": b.name, "id_type": b.id_type, "id_number": b.id_number,
                        "phone": b.phone, "share": _money(b.share)} for b in buyers])


def schedule_json(lines: Sequence[ScheduleLine]) -> str:
    return json.dumps([{"kind": str(line.kind), "due_date": line.due_date.isoformat(),
                        "amount": str(line.amount)} for line in lines])


def sign_contract(engine: sa.Engine, deal_id: int, contract_no: str, signed_on: dt.date,
                  buyers: Sequence[Buyer], schedule: Sequence[ScheduleLine]) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("""SELECT estatedesk.deal_sign_contract(:d, :no, :on, CAST(:b AS jsonb),
                                                        CAST(:s AS jsonb))"""),
        {"d": deal_id, "no": contract_no, "on": signed_on, "b": buyers_json(buyers),
         "s": schedule_json(schedule)}))


@dataclass(frozen=True)
class MortgageInput:
    bank: str
    amount: Decimal
    term_months: int
    stage: str = "collecting"     # collecting, submitted, approved, disbursed
    submitted_on: dt.date | None = None
    approved_on: dt.date | None = None
    disbursed_on: dt.date | None = None
    note: str | None = None


def set_mortgage(engine: sa.Engine, deal_id: int, mortgage: MortgageInput) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("""SELECT estatedesk.deal_mortgage_set(:d, :bank, CAST(:amount AS numeric),
                       :term, :stage, :sub, :appr, :disb, :note)"""),
        {"d": deal_id, "bank": mortgage.bank, "amount": _money(mortgage.amount),
         "term": mortgage.term_months, "stage": mortgage.stage, "sub": mortgage.submitted_on,
         "appr": mortgage.approved_on, "disb": mortgage.disbursed_on, "note": mortgage.note}))


def record_milestone(engine: sa.Engine, deal_id: int, milestone: str, on_date: dt.date,
                     number: str | None = None) -> None:
    """milestone: filing (with the filing number), handover or title."""
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.deal_record_milestone(:d, :m, :on, :no)"),
        {"d": deal_id, "m": milestone, "on": on_date, "no": number}))


def expire(engine: sa.Engine) -> int:
    """Releases (or flags) every small deposit and subscription past its deadline."""
    return _scalar(engine, "SELECT estatedesk.expire_deals()", {})


def deal_list(engine: sa.Engine, query: queries.DealQuery) -> list[queries.DealRow]:
    return transactions.run(engine, lambda s: queries.deals(s, query))


def deal_detail(engine: sa.Engine, deal_id: int) -> queries.DealDetail | None:
    return transactions.run(engine, lambda s: queries.deal_detail(s, deal_id))


def queue_list(engine: sa.Engine, project_id: int, active_only: bool = True) -> list[queries.QueueRow]:
    return transactions.run(engine, lambda s: queries.queue(s, project_id, active_only))


def discount_rules(engine: sa.Engine, project_id: int) -> list[queries.DiscountRuleRow]:
    return transactions.run(engine, lambda s: queries.discount_rules(s, project_id))
