"""Commissions against PostgreSQL: rules refused when the rate is out of range or the dates
overlap, a salesperson sees only their own statement, and the statement sums — lines add up
to the totals and to an independent SQL sum of the money received × rate; partial payments
earn partial commission, a void takes it back, a refund does not count, money taken before
the contract counts in the signing month, and the cap (rate × contract value) holds."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
import sqlalchemy as sa

from app.domain.commissions import AGENCY, STAFF, RuleInput, first_of_month
from app.domain.payment_plans import LoanAmounts, generate_schedule
from app.services import commissions, deal_changes, deals, finance
from app.services.deals import Buyer
from app.services.finance import PaymentInput
from tests.helpers.deals import BUYER, TODAY, refusal, terms
from tests.helpers.factories import resident_id

MONTH = first_of_month(TODAY)
LAST_MONTH = first_of_month(MONTH - dt.timedelta(days=1))
TOTAL = Decimal("1980000.00")
DEPOSIT = Decimal("50000.00")
AGENCY_NAME = "链家地产"
SALES1_RATE, SALES2_RATE, AGENCY_RATE = Decimal("0.0150"), Decimal("0.0100"), Decimal("0.0200")
FEN = Decimal("0.01")


def _id(superuser, login):
    with superuser.connect() as conn:
        return conn.execute(sa.text("SELECT id FROM estatedesk.staff WHERE login = :l"),
                            {"l": login}).scalar_one()


@pytest.fixture
def office(world, engines):
    """The world with a receipt book for finance; rules for sales1 (1.5%), sales2 (1%) and
    the agency 链家地产 (2%); deal A: sales1's, commercial loan, brought by the agency
    (deposit 50,000, down payment 730,000, loan 1,200,000); deal B: sales2's, paid in full
    (deposit 50,000, then 1,930,000). Both signed today, at 1,980,000."""
    project, units, customers, superuser = world
    cashier = _id(superuser, "edt_finance")
    book = finance.register_book(engines("admin"), project.id, "SJ", 1, 100)
    finance.issue_book(engines("admin"), book, cashier)
    manager = engines("manager")
    sales1, sales2 = _id(superuser, "edt_sales1"), _id(superuser, "edt_sales2")
    for staff, rate in ((sales1, SALES1_RATE), (sales2, SALES2_RATE)):
        commissions.set_rule(manager, RuleInput(project.id, rate, staff_id=staff))
    commissions.set_rule(manager, RuleInput(project.id, AGENCY_RATE, agency=AGENCY_NAME))
    a = deals.subscribe(engines("sales1"), units[0].id, customers[0].id,
                        terms(method="commercial_loan"))
    deals.sign_contract(engines("sales1"), a, "HT-1", TODAY, [BUYER], generate_schedule(
        "commercial_loan", TOTAL, TODAY, DEPOSIT,
        loan_amounts=LoanAmounts(commercial=Decimal("1200000.00"))))
    commissions.set_deal_agency(manager, a, AGENCY_NAME)
    b = deals.subscribe(engines("sales2"), units[1].id, customers[1].id, terms())
    deals.sign_contract(engines("sales2"), b, "HT-2", TODAY,
                        [Buyer("李四", "resident_id", resident_id(902), "+8613800000002")],
                        generate_schedule("full", TOTAL, TODAY, DEPOSIT))
    return project, units, customers, superuser, a, b, {"sales1": sales1, "sales2": sales2,
                                                       "cashier": cashier}


def _pay(engines, deal, kind, amount, line):
    return finance.record_payment(engines("finance"), PaymentInput(
        deal, kind, Decimal(amount), "transfer", TODAY, line))


def _by_name(statements):
    return {s.payee.name: s for s in statements}


def _rounded(value: Decimal) -> Decimal:
    return value.quantize(FEN, ROUND_HALF_UP)


def _sql_received(superuser, deal, month=MONTH):
    """Money toward the price received on `deal` in `month`, summed straight from payments."""
    with superuser.connect() as conn:
        return conn.execute(sa.text(
            """SELECT coalesce(sum(amount), 0) FROM estatedesk.payments
               WHERE deal_id = :d AND entry IN ('payment', 'void')
                 AND kind IN ('deposit', 'down_payment', 'instalment', 'loan')
                 AND date_trunc('month', business_day) = :m"""),
            {"d": deal, "m": month}).scalar_one()


def _insert_payment(office, deal, kind, amount, line, day, reverses=None):
    """Money recorded on a past business day (the finance functions record only today)."""
    project, superuser, cashier = office[0].id, office[3], office[6]["cashier"]
    with superuser.begin() as conn:
        return conn.execute(sa.text(
            """INSERT INTO estatedesk.payments (project_id, deal_id, line_no, entry, kind,
                   amount, method, paid_on, business_day, cashier_id, reverses_id)
               VALUES (:p, :d, :l, :e, CAST(:k AS estatedesk.payment_kind), :a, 'transfer',
                       :day, :day, :c, :r) RETURNING id"""),
            {"p": project, "d": deal, "l": line, "e": "void" if reverses else "payment",
             "k": kind, "a": Decimal(amount), "day": day, "c": cashier, "r": reverses}
        ).scalar_one()


def test_rates_overlaps_and_roles_are_refused(engines, office):
    project, _, _, superuser, a, _, ids = office
    manager, p = engines("manager"), project.id
    for bad in ("0", "-0.01", "0.1001", "0.15", "0.01234"):
        assert refusal(lambda bad=bad: commissions.set_rule(manager, RuleInput(
            p, Decimal(bad), agency="我爱我家"))) == "commission_rate_range"
    assert refusal(lambda: commissions.set_rule(manager, RuleInput(
        p, Decimal("0.01")))) == "commission_payee"
    assert refusal(lambda: commissions.set_rule(manager, RuleInput(
        p, Decimal("0.01"), staff_id=ids["sales1"], agency="我爱我家"))) == "commission_payee"
    assert refusal(lambda: commissions.set_rule(manager, RuleInput(
        p, Decimal("0.01"), agency="我爱我家", valid_from=TODAY,
        valid_to=TODAY - dt.timedelta(days=1)))) == "commission_dates"
    # sales1's open-ended rule covers every date: a second one overlaps until the first ends
    later = RuleInput(p, Decimal("0.0200"), staff_id=ids["sales1"],
                      valid_from=dt.date(2031, 1, 1))
    assert refusal(lambda: commissions.set_rule(manager, later)) == "commission_rule_overlap"
    first = next(r for r in commissions.rules(manager, p) if r.payee.staff_id == ids["sales1"])
    commissions.set_rule(manager, RuleInput(p, first.rate, staff_id=ids["sales1"],
                                            valid_to=dt.date(2030, 12, 31),
                                            rule_id=first.rule_id))
    assert commissions.set_rule(manager, later) > first.rule_id
    assert refusal(lambda: commissions.set_rule(manager, RuleInput(
        p, Decimal("0.03"), agency=AGENCY_NAME, valid_from=dt.date(2030, 1, 1),
        valid_to=dt.date(2030, 6, 30)))) == "commission_rule_overlap"
    # an inactive rule is history: it overlaps nothing
    agency_rule = next(r for r in commissions.rules(manager, p) if r.payee.kind == AGENCY)
    commissions.set_rule(manager, RuleInput(p, AGENCY_RATE, agency=AGENCY_NAME, active=False,
                                            rule_id=agency_rule.rule_id))
    commissions.set_rule(manager, RuleInput(p, Decimal("0.1000"), agency=AGENCY_NAME))
    assert refusal(lambda: commissions.set_rule(manager, RuleInput(
        p, Decimal("0.01"), agency="我爱我家", rule_id=agency_rule.rule_id))) \
        == "commission_rule_not_found"
    # the table refuses an overlap even without the function
    with superuser.connect() as conn, pytest.raises(sa.exc.IntegrityError) as caught:
        conn.execute(sa.text("INSERT INTO estatedesk.commission_rules (project_id, staff_id, "
                             "rate) VALUES (:p, :s, 0.01)"), {"p": p, "s": ids["sales2"]})
    assert caught.value.orig.diag.constraint_name == "commission_rules_staff_no_overlap"
    # who may set rules and agencies
    rule = RuleInput(p, Decimal("0.01"), agency="我爱我家")
    for who in ("sales1", "finance", "executive"):
        assert refusal(lambda who=who: commissions.set_rule(engines(who), rule)) == "permission"
    manager_id = _id(superuser, "edt_manager")
    assert refusal(lambda: commissions.set_rule(manager, RuleInput(
        p, Decimal("0.01"), staff_id=manager_id))) == "commission_rule_own"
    commissions.set_rule(engines("admin"), RuleInput(p, Decimal("0.005"), staff_id=manager_id))
    assert refusal(lambda: commissions.set_rule(manager, RuleInput(
        p, Decimal("0.01"), staff_id=ids["cashier"]))) == "not_a_salesperson"
    assert refusal(lambda: commissions.set_deal_agency(manager, a, "无名中介")) == "agency_unknown"
    assert refusal(lambda: commissions.set_deal_agency(engines("sales1"), a, None)) \
        == "permission"
    commissions.set_deal_agency(manager, a, None)
    assert commissions.deal_agency(manager, a) is None


def test_partial_payments_earn_partial_commission_and_the_statement_sums(engines, office):
    project, _, _, superuser, a, b, ids = office
    _pay(engines, a, "deposit", "50000.00", 1)
    _pay(engines, a, "down_payment", "300000.33", 2)
    _pay(engines, b, "deposit", "50000.00", 1)
    _pay(engines, b, "maintenance_fund", "6430.00", None)        # a fee: never commission
    found = commissions.statements_for_month(engines("finance"), project.id, TODAY)
    assert [s.payee.kind for s in found] == [STAFF, STAFF, AGENCY]   # sellers, then agencies
    statements = _by_name(found)
    assert set(statements) == {"顾问甲", "顾问乙", AGENCY_NAME}
    seller, agency = statements["顾问甲"], statements[AGENCY_NAME]
    line = seller.lines[0]
    assert (seller.month, seller.project_name) == (MONTH, project.name)
    assert (line.unit_code, line.buyer, line.contract_no, line.rate) == (
        project_unit_code(superuser, a), "张三", "HT-1", SALES1_RATE)
    assert (line.contract_value, line.received, line.received_to_date) == (
        TOTAL, Decimal("350000.33"), Decimal("350000.33"))
    assert (line.commission, line.earned_to_date, line.cap) == (
        Decimal("5250.00"), Decimal("5250.00"), Decimal("29700.00"))   # 5250.00495
    assert agency.lines[0].commission == Decimal("7000.01")            # 7000.0066
    assert agency.payee.kind == AGENCY and seller.payee.kind == STAFF
    for s in statements.values():
        assert s.totals == s.lines_total
    # an independent sum: each deal's money of the month × the payee's rate
    expected = {
        "顾问甲": _rounded(_sql_received(superuser, a) * SALES1_RATE),
        "顾问乙": _rounded(_sql_received(superuser, b) * SALES2_RATE),
        AGENCY_NAME: _rounded(_sql_received(superuser, a) * AGENCY_RATE)}
    assert {n: s.totals.commission for n, s in statements.items()} == expected
    assert expected["顾问乙"] == Decimal("500.00")
    # the rest of the down payment: the month adds up again
    _pay(engines, a, "down_payment", "429999.67", 2)
    again = commissions.statement(engines("finance"), project.id, TODAY,
                                  staff_id=ids["sales1"])
    assert again.totals.received == Decimal("780000.00")
    assert again.totals.commission == Decimal("11700.00") == again.lines_total.commission


def project_unit_code(superuser, deal):
    with superuser.connect() as conn:
        return conn.execute(sa.text("SELECT u.code FROM estatedesk.deals d JOIN "
                                    "estatedesk.units u ON u.id = d.unit_id WHERE d.id = :d"),
                            {"d": deal}).scalar_one()


def test_a_void_in_the_month_reduces_it_and_a_refund_does_not_count(engines, office):
    project, _, _, superuser, a, b, ids = office
    fin = engines("finance")
    _pay(engines, a, "deposit", "50000.00", 1)
    wrong = _pay(engines, a, "down_payment", "100000.00", 2)
    before = commissions.statement(fin, project.id, MONTH, staff_id=ids["sales1"])
    assert before.totals.commission == Decimal("2250.00")
    finance.void_receipt(fin, wrong, "金额开错")
    after = commissions.statement(fin, project.id, MONTH, staff_id=ids["sales1"])
    assert (after.totals.received, after.totals.commission) == (DEPOSIT, Decimal("750.00"))
    assert commissions.statement(fin, project.id, MONTH, agency=AGENCY_NAME) \
        .totals.commission == Decimal("1000.00")
    # 退房 on deal B: 150,000 received, 140,000 refunded — the commission stays on 150,000
    _pay(engines, b, "deposit", "50000.00", 1)
    _pay(engines, b, "instalment", "100000.00", 2)
    change = deal_changes.request_cancel(engines("sales2"), b, Decimal("140000.00"),
                                         Decimal("10000.00"), "客户退房")
    deal_changes.decide(engines("manager"), change, True)
    finance.refund(fin, b, Decimal("140000.00"), "transfer")
    cancelled = commissions.statement(fin, project.id, MONTH, staff_id=ids["sales2"])
    assert cancelled.lines[0].stage == "cancelled"
    assert (cancelled.totals.received, cancelled.totals.commission) == (
        Decimal("150000.00"), Decimal("1500.00"))
    assert cancelled.totals.commission == _rounded(_sql_received(superuser, b) * SALES2_RATE)


def test_a_salesperson_sees_only_their_own(engines, office):
    project, _, _, _, a, b, ids = office
    _pay(engines, a, "deposit", "50000.00", 1)
    _pay(engines, b, "deposit", "50000.00", 1)
    mine = commissions.statements_for_month(engines("sales1"), project.id, MONTH)
    assert [(s.payee.kind, s.payee.staff_id) for s in mine] == [(STAFF, ids["sales1"])]
    assert mine[0].totals.commission == Decimal("750.00")
    assert commissions.statement(engines("sales1"), project.id, MONTH,
                                 staff_id=ids["sales2"]).lines == ()
    assert commissions.statement(engines("sales1"), project.id, MONTH,
                                 agency=AGENCY_NAME).lines == ()
    assert [r.payee.staff_id for r in commissions.rules(engines("sales1"), project.id)] \
        == [ids["sales1"]]
    assert len(commissions.rules(engines("executive"), project.id)) == 3
    for who in ("executive", "manager", "admin"):
        assert len(commissions.statements_for_month(engines(who), project.id, MONTH)) == 3
    for who in ("reception", "property"):
        assert refusal(lambda who=who: commissions.statements_for_month(
            engines(who), project.id, MONTH)) == "permission"


def test_the_cap_holds_across_months_and_earlier_money_counts_when_signed(engines, office):
    """Deal A signed last month with 780,000 paid then; its price is later lowered to
    1,500,000 (cap 22,500 at 1.5%): the loan this month earns only what is left."""
    project, units, customers, superuser, a, _, ids = office
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.deals SET signed_on = :d WHERE id = :a"),
                     {"d": LAST_MONTH, "a": a})
    _insert_payment(office, a, "deposit", "50000.00", 1, LAST_MONTH)
    down = _insert_payment(office, a, "down_payment", "730000.00", 2,
                           LAST_MONTH)
    fin = engines("finance")
    last = commissions.statement(fin, project.id, LAST_MONTH, staff_id=ids["sales1"])
    assert (last.totals.received, last.totals.commission) == (
        Decimal("780000.00"), Decimal("11700.00"))
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.deals SET deal_total = 1500000 WHERE id = :a"),
                     {"a": a})
    _pay(engines, a, "loan", "1200000.00", 3)
    now = commissions.statement(fin, project.id, MONTH, staff_id=ids["sales1"]).lines[0]
    assert (now.received, now.received_to_date) == (Decimal("1200000.00"), Decimal("1980000.00"))
    assert (now.cap, now.earned_to_date, now.commission) == (
        Decimal("22500.00"), Decimal("22500.00"), Decimal("10800.00"))
    assert now.commission < _rounded(now.received * now.rate)     # 18,000 uncapped
    # a void this month of last month's down payment: under the cap again, it takes back
    _insert_payment(office, a, "down_payment", "-730000.00", 2, TODAY,
                    reverses=down)
    now = commissions.statement(fin, project.id, MONTH, staff_id=ids["sales1"]).lines[0]
    assert (now.received, now.earned_to_date) == (Decimal("470000.00"), Decimal("18750.00"))
    assert now.commission == Decimal("18750.00") - Decimal("11700.00")
    assert commissions.statement(fin, project.id, LAST_MONTH, staff_id=ids["sales1"]) \
        .totals.commission == Decimal("11700.00")                  # last month is unchanged
    # a deposit taken last month on a deal signed this month counts this month
    c = deals.subscribe(engines("sales1"), units[2].id, customers[0].id, terms())
    _insert_payment(office, c, "deposit", "50000.00", None, LAST_MONTH)
    assert len(commissions.statement(fin, project.id, LAST_MONTH,
                                     staff_id=ids["sales1"]).lines) == 1
    deals.sign_contract(engines("sales1"), c, "HT-3", TODAY,
                        [Buyer("王五", "resident_id", resident_id(903), "+8613800000003")],
                        generate_schedule("full", TOTAL, TODAY, DEPOSIT))
    lines = {ln.deal_id: ln for ln in commissions.statement(
        fin, project.id, MONTH, staff_id=ids["sales1"]).lines}
    assert (lines[c].received, lines[c].commission) == (DEPOSIT, Decimal("750.00"))
    assert len(commissions.statement(fin, project.id, LAST_MONTH,
                                     staff_id=ids["sales1"]).lines) == 1


def test_a_deposit_carried_over_by_an_exchange_before_signing_counts(engines, office):
    project, units, customers, _, _, _, ids = office
    old = deals.subscribe(engines("sales1"), units[3].id, customers[0].id, terms())
    _pay(engines, old, "deposit", "50000.00", None)
    change = deal_changes.request_exchange(engines("sales1"), old, units[4].id, ("launch99",),
                                           "换到五楼")
    new = deal_changes.decide(engines("manager"), change, True)
    assert new != old
    deals.sign_contract(engines("sales1"), new, "HT-4", TODAY, [BUYER],
                        generate_schedule("full", TOTAL, TODAY, DEPOSIT))
    lines = {ln.deal_id: ln for ln in commissions.statement(
        engines("finance"), project.id, MONTH, staff_id=ids["sales1"]).lines}
    assert set(lines) == {new}                      # the unsigned deal earns nothing itself
    assert (lines[new].received, lines[new].commission) == (DEPOSIT, Decimal("750.00"))
