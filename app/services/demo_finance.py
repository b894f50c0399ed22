"""Money for the demo project, taken through the cashier's own functions: receipt books
issued by the administrator to the demo cashier, deposits, down payments, instalments and
disbursed loans with their receipts, some down payments late (so receivables, ageing and the
collection list have something to show), then moved back to the days they were paid and
those days closed. Only the demo does the moving back: it runs as a superuser with triggers
off for that one step, which no staff login can do."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.services.demo_accounts import DEMO_ACCOUNTS
from app.services.demo_deals import act_as

CASHIER = next(a.login for a in DEMO_ACCOUNTS if a.role.value == "finance")
ADMIN = next(a.login for a in DEMO_ACCOUNTS if a.role.value == "admin")
BOOK_SIZE = 5000
METHODS = ("transfer", "transfer", "transfer", "card", "cash", "cheque")


@dataclass(frozen=True)
class Money:
    deal_id: int
    line_no: int | None
    kind: str
    amount: object
    day: date


def _plan(session: Session, rng: random.Random, project_id: int) -> list[Money]:
    """What was paid on each deal and when: the deposit on subscription, then each line due
    by today — all but about one in eight down payments, which are late or part-paid."""
    today = date.today()
    deals = session.execute(sa.text(
        """SELECT id, stage, deposit, subscribed_at::date AS day FROM estatedesk.deals
           WHERE project_id = :p AND stage IN ('subscribed', 'contracted')
             AND approval IN ('not_needed', 'approved') ORDER BY subscribed_at, id"""),
        {"p": project_id}).all()
    lines = session.execute(sa.text(
        """SELECT s.deal_id, s.line_no, s.kind, s.due_date, s.amount, m.stage AS mortgage
           FROM estatedesk.payment_schedule s JOIN estatedesk.deals d ON d.id = s.deal_id
           LEFT JOIN estatedesk.mortgages m ON m.deal_id = s.deal_id
           WHERE d.project_id = :p ORDER BY s.deal_id, s.line_no"""), {"p": project_id}).all()
    by_deal: dict[int, list] = {}
    for line in lines:
        by_deal.setdefault(line.deal_id, []).append(line)
    plan = []
    for deal in deals:
        if deal.stage == "subscribed":
            plan.append(Money(deal.id, None, "deposit", deal.deposit, deal.day))
            continue
        for line in by_deal.get(deal.id, []):
            if line.kind == "deposit":
                plan.append(Money(deal.id, line.line_no, "deposit", line.amount, deal.day))
            elif line.kind.endswith("loan"):
                if line.due_date <= today and rng.random() < 0.85:   # the bank paid out
                    plan.append(Money(deal.id, line.line_no, "loan", line.amount, line.due_date))
            elif line.due_date <= today:
                late = rng.random() < 0.125
                if late and rng.random() < 0.5:
                    continue
                amount = (line.amount / 2).quantize(line.amount) if late else line.amount
                plan.append(Money(deal.id, line.line_no, line.kind, amount, line.due_date))
    return sorted(plan, key=lambda m: (m.day, m.deal_id))


def _books(session: Session, project_id: int, count: int) -> None:
    cashier = session.execute(sa.text("SELECT id FROM estatedesk.staff WHERE login = :l"),
                              {"l": CASHIER}).scalar_one()
    act_as(session, ADMIN)
    for n in range(count // BOOK_SIZE + 1):
        book = session.execute(sa.text(
            "SELECT estatedesk.receipt_book_register(:p, 'SJ', :f, :l)"),
            {"p": project_id, "f": n * BOOK_SIZE + 1, "l": (n + 1) * BOOK_SIZE}).scalar_one()
        session.execute(sa.text("SELECT estatedesk.receipt_book_issue(:b, :c)"),
                        {"b": book, "c": cashier})
    act_as(session, None)


def take_payments(session: Session, rng: random.Random, project_id: int) -> int:
    """Records the demo's money and returns how many receipts it issued."""
    plan = _plan(session, rng, project_id)
    _books(session, project_id, len(plan))
    receipts = []
    act_as(session, CASHIER)
    for money in plan:
        receipt = session.execute(sa.text(
            """SELECT estatedesk.payment_record(:d, CAST(:l AS smallint),
                   CAST(:k AS estatedesk.payment_kind), :a, CAST(:m AS estatedesk.money_method),
                   NULL, current_date)"""),
            {"d": money.deal_id, "l": money.line_no, "k": money.kind, "a": money.amount,
             "m": rng.choice(METHODS)}).scalar_one()
        receipts.append((receipt, money.day))
    act_as(session, None)
    _backdate(session, receipts)
    return len(receipts)


def _backdate(session: Session, receipts: list[tuple[int, date]]) -> None:
    """Moves each payment and receipt to the day it was paid and closes every past day."""
    session.execute(sa.text("SET LOCAL session_replication_role = replica"))
    session.execute(sa.text(
        """UPDATE estatedesk.payments p SET paid_on = x.day, business_day = x.day
           FROM estatedesk.receipts r, unnest(CAST(:ids AS bigint[]), CAST(:days AS date[])) x (id, day)
           WHERE r.id = x.id AND p.id = r.payment_id"""),
        {"ids": [r for r, _ in receipts], "days": [d for _, d in receipts]})
    session.execute(sa.text(
        """UPDATE estatedesk.receipts r SET issued_on = x.day, issued_at = x.day + time '10:00'
           FROM unnest(CAST(:ids AS bigint[]), CAST(:days AS date[])) x (id, day)
           WHERE r.id = x.id"""),
        {"ids": [r for r, _ in receipts], "days": [d for _, d in receipts]})
    session.execute(sa.text("SET LOCAL session_replication_role = origin"))
    session.execute(sa.text(     # a loan that came in was disbursed by its bank that day
        """UPDATE estatedesk.mortgages m SET stage = 'disbursed', submitted_on = p.paid_on - 60,
                  approved_on = p.paid_on - 20, disbursed_on = p.paid_on
           FROM estatedesk.payments p WHERE p.deal_id = m.deal_id AND p.kind = 'loan'"""))
    session.execute(sa.text(
        """INSERT INTO estatedesk.daily_closes (cashier_id, business_day, totals, closed_at,
                                                closed_by)
           SELECT DISTINCT p.cashier_id, p.business_day,
                  estatedesk.day_totals(p.cashier_id, p.business_day),
                  p.business_day + time '18:00', :login
           FROM estatedesk.payments p WHERE p.business_day < current_date
           ON CONFLICT DO NOTHING"""), {"login": CASHIER})
