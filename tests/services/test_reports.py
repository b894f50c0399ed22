"""The reports against PostgreSQL on a sales office seeded through the services — visitors
registered, queue numbers, subscriptions (one with a discount a manager approved),
contracts, a small deposit, a cancellation with its refund, payments with a void and a fee,
follow-ups on time and late, campaign costs, a price adjustment — each report's totals
checked against an independent SQL sum over the tables themselves; what each role may read;
the export's audit entry; and the dashboard's figures against the reports behind them."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from app.domain.payment_plans import generate_schedule
from app.domain.pricing import Adjustment
from app.services import dashboard, deal_changes, deals, finance, intake, price_plans, reports
from app.services.errors import UserError
from app.services.finance import PaymentInput
from app.services.intake import VisitForm
from app.services.messages import RULE_MESSAGES
from app.services.report_campaigns import CampaignInput, campaigns, delete_campaign, save_campaign
from app.services.report_model import FILTER_FIELDS, periods_between
from app.services.reports import REPORTS, ReportFilter
from tests.conftest import ClonedDb, _admin_exec
from tests.helpers.deals import BUYER, RULES, refusal, terms
from tests.helpers.factories import create_customer, create_project, create_units
from tests.helpers.staff import TEST_STAFF

ZERO = Decimal("0.00")


@dataclass
class Office:
    db: ClonedDb
    superuser: sa.Engine
    engines: dict[str, sa.Engine]
    project: int
    other_project: int
    today: dt.date
    month: tuple[dt.date, dt.date]
    staff: dict[str, int]
    channels: dict[str, int]
    deals: dict[str, int]

    def as_(self, key: str) -> sa.Engine:
        if key not in self.engines:
            self.engines[key] = self.db.engine_as(TEST_STAFF[key][0])
        return self.engines[key]

    def sql(self, query: str, **params: Any) -> Any:
        with self.superuser.connect() as conn:
            return conn.execute(sa.text(query), params).one()

    def sql_all(self, query: str, **params: Any) -> list[Any]:
        with self.superuser.connect() as conn:
            return conn.execute(sa.text(query), params).all()

    def run(self, key: str, who: str = "executive", **f: Any) -> reports.Report:
        return reports.run(self.as_(who), key, ReportFilter(**{"project_id": self.project, **f}))

    def f_month(self, **more: Any) -> dict[str, Any]:
        return {"date_from": self.month[0], "date_to": self.month[1], **more}


def _seed_inventory(superuser: sa.Engine) -> tuple[int, int, list[int], list[int]]:
    from sqlalchemy.orm import Session

    with Session(superuser, expire_on_commit=False) as session, session.begin():
        project = create_project(session)
        one = create_units(session, project, building="1", floors=2, per_floor=4)
        known = {u.id for u in one}    # create_units returns all the project's units
        two = [u for u in create_units(session, project, building="2", floors=2, per_floor=2)
               if u.id not in known]
        session.execute(sa.text("UPDATE estatedesk.units SET layout = '两室两厅一卫', "
                                "gross_area = 90, inner_area = 72, list_total = 1800000, "
                                "base_price = 1700000 WHERE id = ANY(:ids)"),
                        {"ids": [u.id for u in two]})
        session.execute(sa.text("UPDATE estatedesk.units SET status = 'not_released' "
                                "WHERE id = :u"), {"u": two[-1].id})
        other = create_project(session)
        create_units(session, other, floors=1, per_floor=2)
        for code, name, kind, value, order, method in RULES:
            session.execute(sa.text(
                """INSERT INTO estatedesk.discount_rules
                   (project_id, code, name, kind, value, sort_order, payment_method)
                   VALUES (:p, :c, :n, :k, :v, :o, CAST(:m AS estatedesk.payment_method))"""),
                {"p": project.id, "c": code, "n": name, "k": kind, "v": value, "o": order,
                 "m": method})
        for key in ("sales1", "sales2"):
            create_customer(session, key, name=f"{key}的老客户")
        return project.id, other.id, [u.id for u in one], [u.id for u in two]


def _visitors(o: Office) -> dict[str, int]:
    """Walk-ins registered by the salespeople themselves (each keeps the customer)."""
    ch = o.channels
    made = {}
    for key, who, phone, name, kind, channel in (
            ("a", "sales1", "13900000101", "甲客户", "visit", "自然来访"),
            ("b", "sales1", "13900000102", "乙客户", "visit", "老带新"),
            ("c", "sales1", "13900000103", "丙客户", "call", "网络媒体"),
            ("d", "sales2", "13900000104", "丁客户", "visit", "老带新"),
            ("e", "sales2", "13900000105", "戊客户", "visit", "户外广告"),
            ("a2", "sales1", "13900000101", "甲客户", "revisit", "自然来访")):
        made[key] = intake.register_visit(o.as_(who), VisitForm(
            phone=phone, name=name, visit_type=kind, channel_id=ch[channel])).customer_id
    with o.superuser.begin() as conn:   # ages and districts for the profile
        for key, born, district, occupation, grade in (
                ("a", "1990-05-01", "滨江区", "教师", "A"), ("b", "1975-03-02", "西湖区", "医生", "B"),
                ("d", "1962-11-30", "滨江区", "教师", "A")):
            conn.execute(sa.text("UPDATE estatedesk.customers SET birthday = :b, district = :d, "
                                 "occupation = :o, grade = :g WHERE id = :c"),
                         {"b": born, "d": district, "o": occupation, "g": grade, "c": made[key]})
    return made


def _deals(o: Office, units: list[int], b2: list[int], who: dict[str, int]) -> dict[str, int]:
    s1, s2, today = o.as_("sales1"), o.as_("sales2"), o.today
    ticket = deals.issue_queue_ticket(s1, o.project, who["a"], Decimal("20000.00"))
    ticket_id = o.sql("SELECT id FROM estatedesk.queue_tickets WHERE number = :n "
                      "AND project_id = :p", n=ticket, p=o.project).id
    d = {}
    d["a"] = deals.subscribe(s1, units[0], who["a"], terms(queue_ticket_id=ticket_id))
    deals.sign_contract(s1, d["a"], "HT-A", today, [BUYER], generate_schedule(
        "full", Decimal("1980000.00"), today, Decimal("50000.00")))
    d["b"] = deals.subscribe(s1, units[1], who["b"], terms())
    d["d"] = deals.subscribe(s2, units[2], who["d"], terms(codes=("full97", "launch99")))
    deals.decide_discount(o.as_("manager"), d["d"], True, "老客户")
    deals.sign_contract(s2, d["d"], "HT-D", today, [BUYER], generate_schedule(
        "full", Decimal("1920600.00"), today, Decimal("50000.00")))
    d["small"] = deals.small_deposit(s1, units[3], who["old_sales1"], Decimal("10000.00"))
    d["cancel"] = deals.subscribe(s2, units[4], who["old_sales2"], terms())
    d["old"] = deals.subscribe(s1, b2[0], who["old_sales1"], terms())
    deals.sign_contract(s1, d["old"], "HT-OLD", today, [BUYER], generate_schedule(
        "full", Decimal("1782000.00"), today, Decimal("50000.00")))
    with o.superuser.begin() as conn:   # the old deal was made five weeks ago
        conn.execute(sa.text(
            """UPDATE estatedesk.deals SET subscribed_at = now() - interval '40 days',
                      created_at = now() - interval '40 days', signed_on = current_date - 35
               WHERE id = :d"""), {"d": d["old"]})
        conn.execute(sa.text("UPDATE estatedesk.payment_schedule SET due_date = due_date - 35 "
                             "WHERE deal_id = :d"), {"d": d["old"]})
    return d


def _money(o: Office, d: dict[str, int]) -> None:
    admin, fin = o.as_("admin"), o.as_("finance")
    book = finance.register_book(admin, o.project, "SJ", 1, 100)
    finance.issue_book(admin, book, o.staff["finance"])

    def pay(deal: str, kind: str, amount: str, line: int | None = None, method: str = "transfer",
            days_ago: int = 0) -> int:
        return finance.record_payment(fin, PaymentInput(
            d[deal], kind, Decimal(amount), method, o.today - dt.timedelta(days=days_ago), line))

    pay("a", "deposit", "50000.00", 1, "card")
    pay("a", "instalment", "1000000.00", 2)
    pay("a", "maintenance_fund", "6000.00", method="cash")
    wrong = pay("b", "deposit", "30000.00", method="cash")
    finance.void_receipt(fin, wrong, "金额开错")
    pay("b", "deposit", "50000.00", method="cheque")
    pay("d", "deposit", "50000.00", 1)
    pay("old", "deposit", "50000.00", 1, days_ago=38)
    pay("cancel", "deposit", "50000.00")
    change = deal_changes.request_cancel(o.as_("sales2"), d["cancel"], Decimal("40000.00"),
                                         Decimal("10000.00"), "客户退房")
    deal_changes.decide(o.as_("manager"), change, True, "同意")
    finance.refund(fin, d["cancel"], Decimal("40000.00"), "transfer", "退款")


def _followups(o: Office, who: dict[str, int]) -> None:
    """A's second follow-up keeps the date the first set (on time); B's comes after it (late)."""
    from app.services import followups

    s1 = o.as_("sales1")
    first_a = followups.record_followup(s1, who["a"], "call", "首次回访", None,
                                        o.today + dt.timedelta(days=3))
    followups.record_followup(s1, who["a"], "visit", "再次来访", None, None)
    first_b = followups.record_followup(s1, who["b"], "call", "首次回访", None, o.today)
    followups.record_followup(s1, who["b"], "wechat", "微信沟通", None, None)
    with o.superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.followups SET contacted_at = now() - interval "
                             "'2 days' WHERE id = :f"), {"f": first_a})
        conn.execute(sa.text("UPDATE estatedesk.followups SET contacted_at = now() - interval "
                             "'6 days', next_contact_on = current_date - 4 WHERE id = :f"),
                     {"f": first_b})


@pytest.fixture(scope="module")
def office(pg, template_db):
    name = f"edt_reports_{os.getpid()}"
    _admin_exec(pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
    db = ClonedDb(pg, name)
    superuser = db.superuser_engine()
    project, other, units, b2 = _seed_inventory(superuser)
    with superuser.connect() as conn:
        staff = dict(conn.execute(sa.text("SELECT login, id FROM estatedesk.staff")).all())
        channels = dict(conn.execute(sa.text("SELECT name, id FROM estatedesk.channels")).all())
        today = conn.execute(sa.text("SELECT current_date")).scalar_one()
        old = dict(conn.execute(sa.text(
            "SELECT s.login, c.id FROM estatedesk.customers c "
            "JOIN estatedesk.staff s ON s.id = c.assigned_staff_id")).all())
    o = Office(db, superuser, {}, project, other, today, (today.replace(day=1), today),
               {k: staff[login] for k, (login, _n, _r) in TEST_STAFF.items()}, channels, {})
    who = _visitors(o)
    who.update(old_sales1=old[TEST_STAFF["sales1"][0]], old_sales2=old[TEST_STAFF["sales2"][0]])
    o.deals = _deals(o, units, b2, who)
    _money(o, o.deals)
    _followups(o, who)
    manager = o.as_("manager")
    save_campaign(manager, CampaignInput(project, channels["老带新"], "老带新奖励", today.replace(day=1),
                                         today, Decimal("12000.00")))
    save_campaign(manager, CampaignInput(project, channels["户外广告"], "地铁广告",
                                         today - dt.timedelta(days=60),
                                         today - dt.timedelta(days=31), Decimal("80000.50")))
    adjustment = Adjustment(percent=Decimal("2"), buildings={"2"})
    plan = price_plans.submit(manager, project, "二号楼调价", adjustment,
                              price_plans.trial_adjustment(manager, project, adjustment))
    price_plans.decide(o.as_("admin"), plan, True, "同意")
    yield o
    for engine in o.engines.values():
        engine.dispose()
    superuser.dispose()
    _admin_exec(pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- independent sums ----------------------------------------------------------------------

LIVE = "d.stage IN ('subscribed', 'contracted')"


def _sales_sql(o: Office, start: dt.date | None, end: dt.date | None, extra: str = "TRUE",
               **params: Any) -> Any:
    """Subscriptions and contracts of the project straight from deals and units."""
    period = "(CAST(:s AS date) IS NULL OR {c} BETWEEN :s AND :e)"
    return o.sql(f"""
        SELECT count(*) FILTER (WHERE {period.format(c='d.subscribed_at::date')}) AS sub_n,
               coalesce(sum(u.gross_area) FILTER (WHERE {period.format(c='d.subscribed_at::date')}), 0) AS sub_area,
               coalesce(sum(d.deal_total) FILTER (WHERE {period.format(c='d.subscribed_at::date')}), 0) AS sub_value,
               count(*) FILTER (WHERE d.stage = 'contracted' AND {period.format(c='d.signed_on')}) AS con_n,
               coalesce(sum(u.gross_area) FILTER (WHERE d.stage = 'contracted' AND {period.format(c='d.signed_on')}), 0) AS con_area,
               coalesce(sum(d.deal_total) FILTER (WHERE d.stage = 'contracted' AND {period.format(c='d.signed_on')}), 0) AS con_value
        FROM estatedesk.deals d JOIN estatedesk.units u ON u.id = d.unit_id
        JOIN estatedesk.customers c ON c.id = d.customer_id
        WHERE d.project_id = :p AND {LIVE} AND {extra}""", p=o.project, s=start, e=end, **params)


def test_sales_ledger_and_summaries_agree_with_the_deals(office):
    o = office
    for f, (start, end) in (({}, (None, None)), (o.f_month(), o.month)):
        want = _sales_sql(o, start, end)
        ledger = o.run("sales_ledger", **f)
        assert (ledger.total("subscription_value"), ledger.total("contract_value")) == (
            want.sub_value, want.con_value)
        subs = o.run("subscription_ledger", **f)
        assert (len(subs.rows), subs.total("area"), subs.total("deal_total")) == (
            want.sub_n, want.sub_area, want.sub_value)
        cons = o.run("contract_ledger", **f)
        assert (len(cons.rows), cons.total("area"), cons.total("deal_total")) == (
            want.con_n, want.con_area, want.con_value)
        for key in ("sales_by_period", "sales_by_building", "sales_by_layout", "sales_by_staff"):
            r = o.run(key, **f)
            assert [r.total(k) for k in ("subscriptions", "subscription_area",
                                         "subscription_value", "contracts", "contract_area",
                                         "contract_value")] == list(want), key
    assert _sales_sql(o, None, None).sub_n == 4 and _sales_sql(o, *o.month).sub_n == 3
    # the cancelled deal and the small deposit are no sales; the old deal is last month's
    month = o.run("subscription_ledger", **o.f_month())
    assert sorted(month.values("deal_id")) == sorted(o.deals[k] for k in ("a", "b", "d"))
    assert set(o.run("contract_ledger").values("contract_no")) == {"HT-A", "HT-D", "HT-OLD"}
    # per salesperson and per building, each row against its own sum
    by_staff = o.run("sales_by_staff")
    for name, value in zip(by_staff.values("salesperson"), by_staff.values("contract_value"),
                           strict=True):
        assert value == _sales_sql(o, None, None, "d.staff_id = (SELECT id FROM "
                                   "estatedesk.staff WHERE full_name = :n)", n=name).con_value
    by_building = o.run("sales_by_building", **o.f_month())
    assert by_building.values("building") == ["1号楼"]
    assert by_building.values("subscriptions") == [3]
    # the period summary shows every period of the filter, empty ones too
    weeks = o.run("sales_by_period", date_from=o.today - dt.timedelta(days=48),
                  date_to=o.today, grain="week")
    assert len(weeks.rows) in (7, 8) and weeks.total("subscriptions") == 4
    assert weeks.values("period") == sorted(weeks.values("period"))
    # a channel and a salesperson narrow it the same way as a WHERE on the tables
    ch = o.channels["老带新"]
    narrow = o.run("sales_ledger", channel_id=ch, staff_id=o.staff["sales1"])
    assert narrow.total("subscription_value") == _sales_sql(
        o, None, None, "c.channel_id = :ch AND d.staff_id = :st", ch=ch,
        st=o.staff["sales1"]).sub_value


def test_sell_through_and_inventory_account_for_every_unit(office):
    o = office
    counts = o.sql("""
        SELECT count(*) AS units,
               count(*) FILTER (WHERE u.status = 'not_released') AS not_released,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM estatedesk.deals d WHERE
                   d.unit_id = u.id AND d.stage IN ('subscribed', 'contracted'))) AS sold,
               sum(u.list_total) FILTER (WHERE u.status NOT IN ('not_released') AND NOT EXISTS (
                   SELECT 1 FROM estatedesk.deals d WHERE d.unit_id = u.id
                   AND d.stage IN ('subscribed', 'contracted'))) AS unsold_value
        FROM estatedesk.units u WHERE u.project_id = :p""", p=o.project)
    sell = o.run("sell_through_by_building")
    subs = o.run("subscription_ledger")
    assert (sell.total("units"), sell.total("not_released"), sell.total("sold")) == (
        counts.units, counts.not_released, counts.sold)
    assert sell.total("sold") == len(subs.rows) == 4
    assert sell.total("sold_value") == subs.total("subscription_value")
    assert sell.total("sold_area") == subs.total("area")
    assert sell.total("unsold_value") == counts.unsold_value
    assert sell.total("rate_count") == (Decimal(4) / (4 + sell.total("unsold"))).quantize(
        Decimal("0.0001"))
    inventory = o.run("inventory")
    assert inventory.total("units") + sell.total("sold") == counts.units
    states = dict(zip(inventory.values("state"), inventory.values("units"), strict=True))
    assert states == {"not_released": 1, "available": 6, "small_deposit": 1}
    by_layout = o.run("sell_through_by_layout")
    assert by_layout.totals[1:] == sell.totals[1:]
    # with a period: the units sold in it against the stock
    month = o.run("sell_through_by_building", **o.f_month())
    assert month.total("sold") == 3
    assert month.total("sold_value") == o.run("subscription_ledger", **o.f_month()).total(
        "subscription_value")
    one = o.run("sell_through_by_building", building_id=o.sql(
        "SELECT id FROM estatedesk.buildings WHERE project_id = :p AND code = '2'",
        p=o.project).id)
    assert one.values("building") == ["2号楼"] and one.total("sold") == 1


def test_receivables_and_collections_agree_with_the_money(office):
    o = office
    owed = o.sql("""
        SELECT sum(s.amount) AS scheduled,
               sum(s.amount) - (SELECT coalesce(sum(p.amount), 0) FROM estatedesk.payments p
                                JOIN estatedesk.deals d ON d.id = p.deal_id
                                WHERE d.project_id = :p AND d.stage = 'contracted'
                                  AND p.entry IN ('payment', 'void')
                                  AND p.kind NOT IN ('maintenance_fund', 'fee')) AS outstanding,
               sum(s.amount) FILTER (WHERE s.due_date < current_date) AS due_before_today
        FROM estatedesk.payment_schedule s JOIN estatedesk.deals d ON d.id = s.deal_id
        WHERE d.project_id = :p AND d.stage = 'contracted'""", p=o.project)
    r = o.run("receivables")
    assert r.total("scheduled") == owed.scheduled
    assert r.total("outstanding") == owed.outstanding
    # the old deal's balance fell due 28 days ago: overdue, in the first bucket
    assert r.total("overdue") == r.total("overdue_1_30") == Decimal("1732000.00")
    assert r.total("days_overdue") == 28
    assert r.total("overdue") == sum(r.total(k) for k in (
        "overdue_1_30", "overdue_31_60", "overdue_61_90", "overdue_over_90"))
    money = o.sql_all("""
        SELECT p.method::text AS method,
               sum(p.amount) FILTER (WHERE p.entry <> 'refund') AS received,
               -sum(p.amount) FILTER (WHERE p.entry = 'refund') AS refunded
        FROM estatedesk.payments p WHERE p.project_id = :p AND p.paid_on BETWEEN :s AND :e
        GROUP BY 1""", p=o.project, s=o.month[0], e=o.month[1])
    c = o.run("collections", **o.f_month())
    for row in money:
        assert c.total(row.method) == (row.received or ZERO), row.method
    assert c.total("received") == sum((m.received or ZERO for m in money), ZERO)
    assert c.total("refunds") == Decimal("40000.00")
    assert c.total("fees") == Decimal("6000.00")
    assert c.total("house_money") == c.total("received") - Decimal("6000.00")
    assert c.total("net") == c.total("received") - c.total("refunds")
    assert (c.total("receipts"), c.total("voids")) == (7, 1)
    assert c.total("cash") == Decimal("6000.00")   # 30,000 in cash, voided the same day
    detail = o.run("collection_detail", **o.f_month())
    assert detail.total("received") == c.total("received")
    assert detail.total("refunded") == c.total("refunds")
    assert sorted(detail.values("entry")) == ["payment"] * 7 + ["refund", "void"]
    everything = o.run("collections", grain="day")
    assert everything.total("received") == c.total("received") + Decimal("50000.00")


def test_visitor_funnel_by_salesperson_and_channel(office):
    o = office
    seen = o.sql("""
        SELECT count(*) FILTER (WHERE visit_type <> 'call') AS visits,
               count(*) FILTER (WHERE visit_type = 'call') AS calls,
               count(DISTINCT customer_id) FILTER (WHERE visit_type <> 'call') AS visitors
        FROM estatedesk.visits WHERE visited_at::date BETWEEN :s AND :e""",
                 s=o.month[0], e=o.month[1])
    sales = _sales_sql(o, *o.month)
    for key in ("visitors_by_staff", "visitors_by_channel"):
        r = o.run(key, **o.f_month())
        assert [r.total(k) for k in ("visits", "calls", "visitors", "new_visitors", "queued",
                                     "subscriptions", "contracts", "contract_value")] == [
            seen.visits, seen.calls, seen.visitors, 4, 1, sales.sub_n, sales.con_n,
            sales.con_value], key
        assert r.total("subscription_rate") == (Decimal(sales.sub_n) / seen.visitors).quantize(
            Decimal("0.0001"))
    by_staff = o.run("visitors_by_staff", **o.f_month())
    row = by_staff.rows[by_staff.values("salesperson").index("顾问甲")]
    assert row[by_staff.index("visits")] == 3 and row[by_staff.index("calls")] == 1
    assert row[by_staff.index("visitors")] == 2 and row[by_staff.index("queued")] == 1
    by_channel = o.run("visitors_by_channel", **o.f_month())
    referral = by_channel.rows[by_channel.values("channel").index("老带新")]
    assert referral[by_channel.index("visitors")] == 2
    assert referral[by_channel.index("subscriptions")] == 2
    assert referral[by_channel.index("contracts")] == 1
    assert None in o.run("visitors_by_channel").values("channel")   # old customers: none
    visits = o.run("visit_list", **o.f_month())
    assert len(visits.rows) == seen.visits + seen.calls
    assert visits.total("first_visit") == 4
    queue = o.run("queue_numbers", **o.f_month())
    assert (len(queue.rows), queue.values("status"), queue.total("intention_fee")) == (
        1, ["used"], Decimal("20000.00"))


def test_channel_cost_against_result(office):
    o = office
    cost = o.sql("SELECT sum(cost) AS cost, count(*) AS n FROM estatedesk.campaigns "
                 "WHERE project_id = :p AND starts_on BETWEEN :s AND :e",
                 p=o.project, s=o.month[0], e=o.month[1])
    r = o.run("channel_roi", **o.f_month())
    assert (r.total("campaigns"), r.total("cost")) == (cost.n, cost.cost)
    referral = r.rows[r.values("channel").index("老带新")]
    assert referral[r.index("cost")] == Decimal("12000.00")
    assert referral[r.index("cost_per_visitor")] == Decimal("6000.00")
    assert referral[r.index("cost_per_subscription")] == Decimal("6000.00")
    value = referral[r.index("contract_value")]
    assert value == Decimal("1920600.00")
    assert referral[r.index("cost_rate")] == (Decimal("12000") / value).quantize(Decimal("0.0001"))
    whole = o.run("channel_roi")
    assert whole.total("cost") == Decimal("92000.50")
    assert whole.total("visitors") == o.run("visitors_by_channel").total("visitors")
    assert whole.total("contract_value") == o.run("contract_ledger").total("deal_total")


def test_customer_profile(office):
    o = office
    customers = o.sql("SELECT count(*) AS n FROM estatedesk.customers WHERE merged_into_id IS NULL").n
    buyers = o.sql(f"SELECT count(DISTINCT d.customer_id) AS n FROM estatedesk.deals d "
                   f"WHERE d.project_id = :p AND {LIVE}", p=o.project).n
    for key in ("profile_age", "profile_district", "profile_occupation", "profile_grade",
                "profile_purpose"):
        r = o.run(key)
        assert (r.total("customers"), r.total("buyers")) == (customers, buyers), key
        assert r.total("share") == Decimal("1.0000")
    ages = o.run("profile_age")
    born = o.sql_all("SELECT birthday FROM estatedesk.customers WHERE birthday IS NOT NULL")

    def band(day: dt.date) -> str:
        years = o.today.year - day.year - ((o.today.month, o.today.day) < (day.month, day.day))
        for top, name in ((25, "under_25"), (35, "25_34"), (45, "35_44"), (55, "45_54")):
            if years < top:
                return name
        return "55_plus"

    want: dict[str, int] = {}
    for (day,) in born:
        want[band(day)] = want.get(band(day), 0) + 1
    want["unknown"] = customers - len(born)
    assert dict(zip(ages.values("value"), ages.values("customers"), strict=True)) == want
    district = o.run("profile_district")
    assert district.rows[0][:2] == ("滨江区", 2)


def test_staff_performance(office):
    o = office
    timely = o.sql("""
        SELECT count(*) AS n, count(*) FILTER (WHERE contacted_at::date <= due) AS on_time,
               count(*) FILTER (WHERE contacted_at::date > due) AS late
        FROM (SELECT contacted_at, lag(next_contact_on) OVER (
                  PARTITION BY customer_id ORDER BY contacted_at, id) AS due
              FROM estatedesk.followups) f""")
    r = o.run("staff_performance")
    assert (r.total("followups"), r.total("on_time"), r.total("late")) == (
        timely.n, timely.on_time, timely.late) == (4, 1, 1)
    assert r.total("on_time_rate") == Decimal("0.5000")
    assert r.total("complaints") == 0
    assert r.total("handled") == o.sql("SELECT count(*) AS n FROM estatedesk.visits").n
    sales = _sales_sql(o, None, None)
    assert (r.total("subscriptions"), r.total("contracts"), r.total("contract_value")) == (
        sales.sub_n, sales.con_n, sales.con_value)
    assert r.total("visitors") == o.run("visitors_by_staff").total("visitors")
    mine = o.run("staff_performance", staff_id=o.staff["sales1"])
    assert mine.values("salesperson") == ["顾问甲"]


def test_price_history_and_the_audit_of_sensitive_actions(office):
    o = office
    changes = o.sql("""SELECT count(*) AS n, sum(h.new_total - h.old_total) AS change
                       FROM estatedesk.price_history h JOIN estatedesk.units u ON u.id = h.unit_id
                       WHERE u.project_id = :p""", p=o.project)
    prices = o.run("price_history", **o.f_month())
    assert (len(prices.rows), prices.total("change")) == (changes.n, changes.change)
    assert changes.n == 3      # building 2 but its sold unit: frozen at the agreed price
    assert prices.total("change_rate") == Decimal("0.0200")
    audit = o.run("sensitive_actions", **o.f_month())
    actions = audit.values("action")
    assert actions.count("discount_decision") == 1
    assert actions.count("price_plan_decision") == 1
    assert actions.count("receipt_void") == 1 and actions.count("refund") == 1
    assert actions.count("change_decision") == 1
    void = audit.rows[actions.index("receipt_void")]
    assert (void[audit.index("amount")], void[audit.index("note")],
            void[audit.index("staff_name")]) == (Decimal("30000.00"), "金额开错", "财务测试")
    change = audit.rows[actions.index("change_decision")]
    assert (change[audit.index("kind")], change[audit.index("outcome")]) == ("cancel", "approved")
    logged = o.sql("""SELECT count(*) AS n FROM estatedesk.audit_log
                      WHERE (table_name = 'receipts' AND action = 'UPDATE'
                             AND new_values ? 'voided_at')
                         OR (table_name = 'price_plans' AND new_values ->> 'status' = 'approved')
                         OR (table_name = 'deals' AND new_values ->> 'approval' = 'approved')
                         OR (table_name = 'deal_changes' AND new_values ->> 'status' = 'approved')
                         OR (table_name = 'payments' AND new_values ->> 'entry' = 'refund')
                         OR action = 'EXPORT'""").n
    assert len(o.run("sensitive_actions").rows) == logged
    # another project's actions stay out (exports, tied to no project, stay in); the manager
    # reads it, a salesperson does not
    assert set(o.run("sensitive_actions", project_id=o.other_project).values("action")) <= {
        "export"}
    assert len(o.run("sensitive_actions", "manager").rows) == logged
    assert refusal(lambda: o.run("sensitive_actions", "sales1")) == "permission"


def test_export_is_recorded_in_the_audit_log(office):
    o = office
    f = ReportFilter(project_id=o.project, date_from=o.month[0], date_to=o.month[1],
                     staff_id=o.staff["sales1"])
    entry = reports.record_export(o.as_("executive"), "sales_ledger", f, 3)
    row = o.sql("SELECT login, action, table_name, row_key, detail FROM estatedesk.audit_log "
                "WHERE id = :i", i=entry)
    assert (row.login, row.action, row.table_name, row.row_key) == (
        TEST_STAFF["executive"][0], "EXPORT", "reports", "sales_ledger")
    assert row.detail["rows"] == 3 and row.detail["report"] == "sales_ledger"
    assert row.detail["filters"] == {"project_id": o.project, "date_from": o.month[0].isoformat(),
                                     "date_to": o.month[1].isoformat(),
                                     "staff_id": o.staff["sales1"], "grain": "month"}
    audit = o.run("sensitive_actions", **o.f_month())
    export = audit.rows[audit.values("action").index("export")]
    assert (export[audit.index("subject")], export[audit.index("rows")],
            export[audit.index("staff_name")]) == ("sales_ledger", 3, "决策测试")
    # a salesperson's export is recorded too; an unknown report is refused
    reports.record_export(o.as_("sales1"), "visit_list", {"date_from": o.today}, 0)
    with pytest.raises(UserError):
        reports.record_export(o.as_("sales1"), "no_such_report", f, 1)
    assert refusal(lambda: reports.record_export(o.as_("reception"), "no_such_report", f, 1)) \
        == "report:unknown"


# --- who reads what ------------------------------------------------------------------------

SALES_READS = ("sales_ledger", "subscription_ledger", "contract_ledger", "sales_by_period",
               "sales_by_building", "sales_by_layout", "sales_by_staff", "receivables",
               "collections", "collection_detail", "visitors_by_staff", "visitors_by_channel",
               "visit_list", "queue_numbers", "profile_age", "profile_district",
               "profile_occupation", "profile_grade", "profile_purpose", "staff_performance")


@pytest.mark.parametrize("who", ["reception", "property"])
def test_the_front_desk_and_property_staff_read_no_report(office, who):
    for key in REPORTS:
        assert refusal(lambda key=key: office.run(key, who)) == "permission", key
    assert refusal(lambda: dashboard.load(office.as_(who), office.project)) == "permission"


VIEWS = ("report_sales", "report_units", "report_payments", "report_visits", "report_followups",
         "report_queue", "report_customers", "report_price_history", "report_sensitive_actions",
         "campaigns")


@pytest.mark.parametrize("who,readable", [
    ("reception", ()), ("property", ()),
    ("sales1", ("report_sales", "report_payments", "report_visits", "report_followups",
                "report_queue", "report_customers")),
    ("finance", tuple(v for v in VIEWS if v != "report_sensitive_actions")),
    ("manager", VIEWS), ("executive", VIEWS), ("admin", VIEWS)])
def test_the_report_views_are_granted_by_role(office, who, readable):
    with office.as_(who).connect() as conn:
        for view in VIEWS:
            try:
                with conn.begin():
                    conn.execute(sa.text(f"SELECT count(*) FROM estatedesk.{view}"))
                allowed = True
            except sa.exc.DBAPIError as error:
                assert error.orig.pgcode == "42501", view
                allowed = False
            assert allowed == (view in readable), view


def test_a_salesperson_reads_only_their_own_figures(office):
    o = office
    mine = "c.assigned_staff_id = :me"
    want = _sales_sql(o, None, None, mine, me=o.staff["sales1"])
    ledger = o.run("sales_ledger", "sales1")
    assert set(ledger.values("salesperson")) == {"顾问甲"}
    assert (ledger.total("subscription_value"), ledger.total("contract_value")) == (
        want.sub_value, want.con_value)
    assert o.run("sales_by_staff", "sales1").values("salesperson") == ["顾问甲"]
    visits = o.run("visitors_by_staff", "sales1")
    assert visits.values("salesperson") == ["顾问甲"] and visits.total("visits") == 3
    money = o.run("collections", "sales1")
    assert money.total("received") == o.sql(
        "SELECT sum(p.amount) AS s FROM estatedesk.payments p JOIN estatedesk.deals d "
        "ON d.id = p.deal_id JOIN estatedesk.customers c ON c.id = d.customer_id "
        f"WHERE {mine} AND p.entry <> 'refund'", me=o.staff["sales1"]).s
    assert set(o.run("receivables", "sales1").values("salesperson")) <= {"顾问甲"}
    for key in SALES_READS:
        o.run(key, "sales2")     # each runs, under their own rights
    for key in set(REPORTS) - set(SALES_READS):
        assert refusal(lambda key=key: o.run(key, "sales1")) == "permission", key
    board = dashboard.load(o.as_("sales1"), o.project)
    assert board.sell_through == ()
    year = board.period("year")
    assert year.subscriptions.value == _sales_sql(
        o, o.today.replace(month=1, day=1), o.today, mine, me=o.staff["sales1"]).sub_value


def test_executives_read_everything_and_change_nothing(office):
    o = office
    for key in REPORTS:
        o.run(key, "executive")
    for who in ("manager", "admin"):
        assert len(o.run("sales_ledger", who).rows) == len(o.run("sales_ledger").rows)
    for key in set(REPORTS) - {"sensitive_actions"}:
        o.run(key, "finance")
    campaign = CampaignInput(o.project, o.channels["展会活动"], "房展会", o.today, o.today,
                             Decimal("5000"))
    assert refusal(lambda: save_campaign(o.as_("executive"), campaign)) == "permission"
    assert refusal(lambda: save_campaign(o.as_("sales1"), campaign)) == "permission"
    assert refusal(lambda: save_campaign(o.as_("finance"), campaign)) == "permission"
    with o.as_("executive").connect() as conn, pytest.raises(sa.exc.DBAPIError) as caught:
        conn.execute(sa.text("UPDATE estatedesk.campaigns SET cost = 0"))
    assert caught.value.orig.pgcode == "42501"
    listed = campaigns(o.as_("executive"), o.project)
    assert [c.name for c in listed] == ["老带新奖励", "地铁广告"]


def test_managers_enter_campaign_costs_with_checks(office):
    o = office
    manager = o.as_("manager")
    base = CampaignInput(o.project, o.channels["展会活动"], " 房展会 ", o.today, o.today,
                         Decimal("0"), "免费展位")
    made = save_campaign(manager, base)
    assert campaigns(manager, o.project, o.today, o.today)[0].name == "房展会"
    fixed = save_campaign(o.as_("admin"), CampaignInput(**{**base.__dict__, "campaign_id": made,
                                                           "cost": Decimal("3000.50")}))
    assert fixed == made
    for bad, key in (
            ({"name": " "}, "campaign_name_length"),
            ({"ends_on": o.today - dt.timedelta(days=1)}, "campaign_dates"),
            ({"cost": Decimal("-1")}, "amount_not_positive"),
            ({"cost": Decimal("1.001")}, "amount_precision"),
            ({"channel_id": 999999}, "campaign_channel_unknown"),
            ({"project_id": 999999}, "project_not_found"),
            ({"campaign_id": 999999}, "campaign_not_found"),
            ({"note": "长" * 201}, "campaign_note_length")):
        assert refusal(lambda bad=bad: save_campaign(manager, CampaignInput(
            **{**base.__dict__, **bad}))) == key, key
        assert key in RULE_MESSAGES
    delete_campaign(manager, made)
    assert refusal(lambda: delete_campaign(manager, made)) == "campaign_not_found"
    assert refusal(lambda: delete_campaign(o.as_("executive"), made)) == "permission"
    history = o.sql("SELECT count(*) AS n FROM estatedesk.audit_log WHERE table_name = "
                    "'campaigns' AND row_key = :k", k=str(made)).n
    assert history == 3      # created, corrected, deleted


def test_filters_are_checked_and_cleared_where_a_report_does_not_use_them(office):
    o = office
    with pytest.raises(UserError) as caught:
        o.run("sales_ledger", date_from=o.today, date_to=o.today - dt.timedelta(days=1))
    assert caught.value.key == "date_to:order"
    with pytest.raises(UserError) as caught:
        o.run("collections", grain="year")
    assert caught.value.key == "grain:unknown"
    inv = o.run("inventory", staff_id=o.staff["sales1"], date_from=o.today, grain="week")
    assert inv.filter == ReportFilter(project_id=o.project)
    for spec in REPORTS.values():
        assert spec.filters <= set(FILTER_FIELDS), spec.key
    assert refusal(lambda: o.run("no_such_report")) == "report:unknown"


def test_every_report_has_typed_columns_and_decimal_money(office):
    o = office
    for key in REPORTS:
        r = o.run(key, date_from=o.today - dt.timedelta(days=60), date_to=o.today)
        assert r.key == key and len(r.totals) == len(r.columns)
        assert len({c.key for c in r.columns}) == len(r.columns)
        for row in r.rows + (r.totals,):
            assert len(row) == len(r.columns)
            for column, value in zip(r.columns, row, strict=True):
                if value is None:
                    continue
                expected = {"text": str, "int": int, "money": Decimal, "area": Decimal,
                            "percent": Decimal, "date": dt.date, "datetime": dt.datetime}
                assert isinstance(value, expected[column.type]), (key, column.key, value)
                assert not isinstance(value, float)
                if column.type in ("money", "area"):
                    assert value == value.quantize(Decimal("0.01"))
                if column.codes:
                    assert value in reports.CODE_LABELS[column.codes], (key, column.key, value)


# --- the dashboard -------------------------------------------------------------------------

def _drill(o: Office, drill: dashboard.DrillDown) -> reports.Report:
    return reports.run(o.as_("executive"), drill.report_key, drill.filter)


def test_the_dashboard_equals_the_reports_behind_each_figure(office):
    o = office
    board = dashboard.load(o.as_("executive"), o.project)
    assert board.today == o.today and [p.period for p in board.periods] == list(
        dashboard.PERIODS)
    for p in board.periods:
        subs = _drill(o, p.subscriptions.rows)
        assert (p.subscriptions.count, p.subscriptions.area, p.subscriptions.value) == (
            len(subs.rows), subs.total("area"), subs.total("deal_total")), p.period
        cons = _drill(o, p.contracts.rows)
        assert (p.contracts.count, p.contracts.area, p.contracts.value) == (
            len(cons.rows), cons.total("area"), cons.total("deal_total")), p.period
        people = _drill(o, p.visitors_rows)
        assert p.visitors == people.total("visitors")
        assert [s.count for s in p.funnel] == [people.total(k) for k in (
            "visitors", "queued", "subscriptions", "contracts")]
        assert p.collections == _drill(o, p.collections_rows).total("received")
        assert len(_drill(o, p.funnel[1].rows).rows) == p.funnel[1].count
        assert p.funnel[3].rate == (None if not p.funnel[2].count else
                                    (Decimal(p.funnel[3].count) / p.funnel[2].count)
                                    .quantize(Decimal("0.0001")))
        for step in p.funnel[1:3]:     # queue and subscription: of the visitors
            assert step.rate == (None if not p.visitors else
                                 (Decimal(step.count) / p.visitors).quantize(Decimal("0.0001")))
    month = board.period("month")
    assert (month.subscriptions.count, month.contracts.count, month.visitors) == (3, 2, 4)
    assert board.period("year").subscriptions.count >= month.subscriptions.count
    sell = _drill(o, dashboard.DrillDown("sell_through_by_building",
                                         ReportFilter(project_id=o.project)))
    assert [b.building for b in board.sell_through] == sell.values("building")
    for b in board.sell_through:
        rows = _drill(o, b.rows)
        assert (b.sold, b.sold_value) == (len(rows.rows), rows.total("subscription_value"))
        i = sell.values("building").index(b.building)
        assert (b.units, b.rate_count, b.rate_area) == (
            sell.rows[i][sell.index("units")], sell.rows[i][sell.index("rate_count")],
            sell.rows[i][sell.index("rate_area")])
    assert len(board.trend) == dashboard.TREND_LENGTH
    assert sum(t.subscriptions for t in board.trend) == 4
    for t in board.trend:
        behind = _drill(o, t.rows)
        assert (t.subscription_value, t.contract_value) == (
            behind.total("subscription_value") or ZERO, behind.total("contract_value") or ZERO)
    top = board.top_staff[0]
    assert top.value == _drill(o, top.rows).total("deal_total")
    assert sum(c.visitors for c in board.channel_mix) == month.visitors
    for c in board.channel_mix:
        behind = _drill(o, c.rows)
        if c.channel_id is not None:
            assert (c.visitors, c.contract_value) == (behind.total("visitors"),
                                                      behind.total("contract_value"))
    weekly = dashboard.load(o.as_("manager"), o.project, trend_grain="week", focus="year")
    assert len(weekly.trend) == dashboard.TREND_LENGTH
    assert weekly.trend[-1].period == o.today - dt.timedelta(days=o.today.weekday())
    assert sum(s.contracts for s in weekly.top_staff) == weekly.period("year").contracts.count


def test_period_helpers():
    day = dt.date(2026, 3, 15)
    assert dashboard.period_range("week", day) == (dt.date(2026, 3, 9), day)
    assert dashboard.trend_start(day, "month") == dt.date(2025, 4, 1)
    assert dashboard.trend_start(day, "week") == dt.date(2025, 12, 22)
    assert periods_between(dt.date(2025, 12, 30), dt.date(2026, 2, 1), "month") == [
        dt.date(2025, 12, 1), dt.date(2026, 1, 1), dt.date(2026, 2, 1)]
    assert len(periods_between(day, day + dt.timedelta(days=2), "day")) == 3


def test_every_report_exports_to_excel_as_run(office, tmp_path):
    """Each report of the registry, run on the seeded office and written as the 报表 screen
    writes it: the rows and header as run, every SUM total's cached result equal to the
    report's total, and a native chart on exactly the summaries with rows."""
    from openpyxl import load_workbook

    from app.exports.report_excel import FIRST_ROW, HEADER_ROW, write_report

    o = office
    charts = 0
    for key, spec in REPORTS.items():
        r = o.run(key, **o.f_month())
        path = write_report(r, tmp_path / f"{key}.xlsx", chart=spec.chart)
        ws = load_workbook(path).active
        assert [c.value for c in ws[HEADER_ROW]] == [c.title for c in r.columns], key
        assert ws.max_row == FIRST_ROW + len(r.rows), key
        cached = load_workbook(path, data_only=True).active
        total_row = FIRST_ROW + len(r.rows)
        for i, c in enumerate(r.columns[1:], 2):
            formula = ws.cell(total_row, i).value
            if isinstance(formula, str) and formula.startswith("=SUM("):
                assert Decimal(str(cached.cell(total_row, i).value)) == r.totals[i - 1], (key,
                                                                                          c.key)
        wanted = spec.chart is not None and bool(r.rows)
        assert len(ws._charts) == int(wanted), key
        charts += wanted
    assert charts >= 10
