"""Deals for the demo project, made through the same database functions a salesperson uses
(acting as the demo salespeople), then spread over the past year so reports and dashboards
have history: queue numbers, subscriptions (a few still waiting for approval), contracts with
buyers and schedules, mortgages, filings, handovers and a cancellation."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain.payment_plans import LoanAmounts, PaymentMethod, generate_schedule
from app.services.deals import schedule_json
from app.services.demo_accounts import DEMO_ACCOUNTS

RULES = (  # code, name, kind, value, order, payment method
    ("full97", "一次性付款97折", "percent", "0.97", 1, "full"),
    ("launch99", "开盘优惠99折", "percent", "0.99", 2, None),
    ("referral5k", "老带新立减5000元", "fixed", "5000", 3, None),
)
METHODS = ((PaymentMethod.COMMERCIAL_LOAN, 50), (PaymentMethod.FULL, 20),
           (PaymentMethod.COMBINED_LOAN, 15), (PaymentMethod.PROVIDENT_LOAN, 10),
           (PaymentMethod.INSTALMENTS, 5))
MANAGER = next(a.login for a in DEMO_ACCOUNTS if a.role.value == "sales_manager")
BANKS = ("中国工商银行", "中国建设银行", "招商银行", "杭州银行", "中国农业银行")


@dataclass(frozen=True)
class SoldUnit:
    unit_id: int
    status: str          # reserved, contracted or filed: how far its deal has gone
    customer_id: int
    seller_login: str


def add_rules(session: Session, project_id: int) -> None:
    for code, name, kind, value, order, method in RULES:
        session.execute(sa.text(
            """INSERT INTO estatedesk.discount_rules
               (project_id, code, name, kind, value, sort_order, payment_method)
               VALUES (:p, :c, :n, :k, :v, :o, CAST(:m AS estatedesk.payment_method))"""),
            {"p": project_id, "c": code, "n": name, "k": kind, "v": value, "o": order, "m": method})


def act_as(session: Session, login: str | None) -> None:
    """The demo seed (a superuser) acts as a demo login, so the deal and finance functions
    see that person as session_user; None returns to the superuser."""
    if login is None:
        session.execute(sa.text("RESET SESSION AUTHORIZATION"))
    else:
        session.execute(sa.text(f'SET SESSION AUTHORIZATION "{login}"'))


def _codes(rng: random.Random, method: PaymentMethod) -> list[str]:
    codes = ["launch99"] if rng.random() < 0.8 else []
    if method == PaymentMethod.FULL and rng.random() < 0.5:
        codes.insert(0, "full97")
    if rng.random() < 0.15:
        codes.append("referral5k")
    return codes


def _schedule(method: PaymentMethod, total: Decimal, deposit: Decimal, on: date) -> str:
    loan = (total * Decimal("0.6")).quantize(Decimal("10000"))
    loans = {PaymentMethod.COMMERCIAL_LOAN: LoanAmounts(commercial=loan),
             PaymentMethod.PROVIDENT_LOAN: LoanAmounts(provident=min(loan, Decimal("1200000"))),
             PaymentMethod.COMBINED_LOAN: LoanAmounts(loan - Decimal("600000"), Decimal("600000")),
             }.get(method)
    return schedule_json(generate_schedule(method, total, on, deposit, loan_amounts=loans))


def _deal(session: Session, rng: random.Random, sold: SoldUnit, buyer: dict) -> int:
    method = rng.choices([m for m, _ in METHODS], [w for _, w in METHODS])[0]
    deposit = Decimal(rng.choice((20000, 50000, 100000)))
    deal = session.execute(sa.text(
        """SELECT estatedesk.deal_subscribe(:u, :c, :d, :codes, 0,
                  CAST(:m AS estatedesk.payment_method))"""),
        {"u": sold.unit_id, "c": sold.customer_id, "d": deposit, "codes": _codes(rng, method),
         "m": method.value}).scalar_one()
    if sold.status == "reserved":
        return deal
    total, approval = session.execute(sa.text(
        "SELECT deal_total, approval FROM estatedesk.deals WHERE id = :d"), {"d": deal}).one()
    if approval == "pending":   # the manager approved the discount before signing
        act_as(session, MANAGER)
        session.execute(sa.text("SELECT estatedesk.deal_decide_discount(:d, true, '开盘活动')"),
                        {"d": deal})
        act_as(session, sold.seller_login)
    session.execute(sa.text(
        """SELECT estatedesk.deal_sign_contract(:d, :no, current_date, CAST(:b AS jsonb),
                                                CAST(:s AS jsonb))"""),
        {"d": deal, "no": f"JX{deal:06d}", "b": json.dumps([buyer]),
         "s": _schedule(method, total, deposit, date.today())})
    if method not in (PaymentMethod.FULL, PaymentMethod.INSTALMENTS):
        loans = session.execute(sa.text(
            """SELECT coalesce(sum(amount), 0) FROM estatedesk.payment_schedule
               WHERE deal_id = :d AND kind LIKE '%loan'"""), {"d": deal}).scalar_one()
        stage = rng.choice(("collecting", "submitted", "approved", "disbursed"))
        on = date.today() if stage != "collecting" else None
        session.execute(sa.text(
            """SELECT estatedesk.deal_mortgage_set(:d, :bank, :amount, 360, :stage, :on,
                   CASE WHEN :stage IN ('approved', 'disbursed') THEN CAST(:on AS date) END,
                   CASE WHEN :stage = 'disbursed' THEN CAST(:on AS date) END)"""),
            {"d": deal, "bank": rng.choice(BANKS), "amount": loans, "stage": stage, "on": on})
    if sold.status == "filed":
        session.execute(sa.text("SELECT estatedesk.deal_record_milestone(:d, 'filing', "
                                "current_date, :no)"), {"d": deal, "no": f"BA{deal:06d}"})
        if rng.random() < 0.4:
            session.execute(sa.text("SELECT estatedesk.deal_record_milestone(:d, 'handover', "
                                    "current_date)"), {"d": deal})
    return deal


def _spread(session: Session, rng: random.Random, deal: int, status: str) -> None:
    """Moves a deal's dates back: reservations into the last few days (so they are still
    within their signing deadline), contracts over the past year."""
    days = rng.randrange(0, 5) if status == "reserved" else rng.randrange(10, 360)
    signed_after = rng.randrange(2, 7)
    session.execute(sa.text(
        """UPDATE estatedesk.deals SET
               created_at = now() - make_interval(days => :days),
               subscribed_at = now() - make_interval(days => :days),
               sign_deadline = current_date - :days + 7,
               signed_on = CASE WHEN signed_on IS NOT NULL THEN current_date - :days + :after END,
               filed_on = CASE WHEN filed_on IS NOT NULL
                               THEN least(current_date, current_date - :days + :after + 20) END,
               handover_on = CASE WHEN handover_on IS NOT NULL THEN current_date END
           WHERE id = :d"""), {"d": deal, "days": days, "after": signed_after})
    session.execute(sa.text(
        """UPDATE estatedesk.payment_schedule s SET due_date = s.due_date - :days + :after
           WHERE deal_id = :d AND kind <> 'deposit'"""),
        {"d": deal, "days": days, "after": signed_after})
    session.execute(sa.text(
        """UPDATE estatedesk.payment_schedule s SET due_date = current_date - :days
           WHERE deal_id = :d AND kind = 'deposit'"""), {"d": deal, "days": days})


def make_deals(session: Session, rng: random.Random, sold: list[SoldUnit],
               buyers: dict[int, dict]) -> int:
    """One deal per sold unit through the deal functions, as its salesperson; returns the
    number of deals. The caller is a superuser (the demo seed)."""
    made = 0
    for item in sold:
        act_as(session, item.seller_login)
        deal = _deal(session, rng, item, buyers[item.customer_id])
        act_as(session, None)
        _spread(session, rng, deal, item.status)
        made += 1
    return made


def add_pending_work(session: Session, project_id: int, customers: list[tuple[int, str]]) -> None:
    """Work waiting for the manager: two deep discounts to approve, a cancellation to
    decide, and queue numbers for the next launch. `customers`: (id, seller login)."""
    free = session.execute(sa.text(
        """SELECT id FROM estatedesk.units WHERE project_id = :p AND status = 'available'
           ORDER BY id LIMIT 2"""), {"p": project_id}).scalars().all()
    for (customer, login), unit in zip(customers[:2], free, strict=False):
        act_as(session, login)
        session.execute(sa.text(
            """SELECT estatedesk.deal_subscribe(:u, :c, 50000, ARRAY['full97', 'launch99'], 0,
                                                'full')"""), {"u": unit, "c": customer})
        act_as(session, None)
    for customer, login in customers[2:6]:
        act_as(session, login)
        session.execute(sa.text("SELECT estatedesk.queue_ticket_issue(:p, :c, 20000)"),
                        {"p": project_id, "c": customer})
        act_as(session, None)
    contracted = session.execute(sa.text(
        """SELECT d.id, d.deposit, s.login FROM estatedesk.deals d
           JOIN estatedesk.staff s ON s.id = d.staff_id
           WHERE d.project_id = :p AND d.stage = 'contracted' ORDER BY d.id LIMIT 1"""),
        {"p": project_id}).first()
    if contracted:
        act_as(session, contracted.login)
        session.execute(sa.text(
            """SELECT estatedesk.deal_change_request(:d, 'cancel', CAST(:r AS jsonb), :why)"""),
            {"d": contracted.id, "why": "客户家庭变故，申请退房",
             "r": json.dumps({"refund": str(contracted.deposit - 10000), "forfeit": "10000"})})
        act_as(session, None)


# (channel, name, days ago it started, days it ran, cost in yuan)
CAMPAIGNS = (
    ("户外广告", "地铁站灯箱广告", 300, 90, "186000.00"),
    ("网络媒体", "房产网站首页推广", 240, 60, "98000.00"),
    ("老带新", "老带新购房奖励", 200, 180, "45000.00"),
    ("展会活动", "秋季房展会", 70, 4, "62000.00"),
    ("中介渠道", "中介分销带看奖励", 120, 100, "120000.00"),
    ("电话营销", "外呼团队", 30, 30, "18500.00"),
)


def add_campaigns(session: Session, project_id: int) -> None:
    """Marketing campaigns with their cost, entered by the demo manager, so the channel cost
    and result report (渠道费用与效果) has costs to set against visitors and sales."""
    channels = dict(session.execute(sa.text("SELECT name, id FROM estatedesk.channels")).all())
    act_as(session, MANAGER)
    for channel, name, ago, days, cost in CAMPAIGNS:
        if channel not in channels:
            continue
        session.execute(sa.text(
            """SELECT estatedesk.campaign_save(NULL, :p, :c, :n, current_date - :ago,
                                               current_date - :ago + :days, CAST(:cost AS numeric))"""),
            {"p": project_id, "c": channels[channel], "n": name, "ago": ago, "days": days - 1,
             "cost": cost})
    act_as(session, None)
