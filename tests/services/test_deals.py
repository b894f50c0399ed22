"""The deal flow against PostgreSQL, as each role: every step, every refusal, exact money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.db.queries.deals import DealQuery
from app.domain.discounts import DiscountKind, DiscountRule, apply_discounts
from app.domain.payment_plans import LineKind, LoanAmounts, ScheduleLine, generate_schedule
from app.domain.pricing import Adjustment
from app.services import deals, intake, price_plans
from app.services.deals import Buyer, MortgageInput
from app.services.errors import UserError
from tests.helpers.deals import BUYER, RULES, TODAY, refusal, terms, unit_state
from tests.helpers.factories import resident_id


def test_quote_is_exact_and_agrees_with_the_domain(engines, world):
    _, units, _, _ = world
    q = deals.quote(engines("sales1"), units[0].id, ["m2_100", "gift5000", "full97", "launch99"],
                    "full")
    assert [s.code for s in q.steps] == ["full97", "launch99", "gift5000", "m2_100"]
    assert [s.after for s in q.steps] == [Decimal("1940000.00"), Decimal("1920600.00"),
                                          Decimal("1915600.00"), Decimal("1905600.00")]
    rules = [DiscountRule(c, n, DiscountKind(k), Decimal(v), o) for c, n, k, v, o, _ in RULES]
    local = apply_discounts(Decimal("2000000"), Decimal("100"), rules)
    assert q.deal_total == local.deal_total and q.deal_unit_price == local.deal_unit_price
    assert q.deal_unit_price == Decimal("19056.00")
    assert q.approval_level == "sales_manager"     # 95.28% < the salesperson's 97%
    assert deals.quote(engines("sales1"), units[0].id, ["launch99"], "full").approval_level is None
    assert refusal(lambda: deals.quote(engines("sales1"), units[0].id, ["full97"],
                                    "commercial_loan")) == "discount_method"
    assert refusal(lambda: deals.quote(engines("sales1"), units[0].id, ["nope"], "full")) \
        == "discount_unknown"
    assert refusal(lambda: deals.quote(engines("reception"), units[0].id, [], "full")) \
        == "permission"


def test_the_whole_path_from_visit_to_title(engines, world):
    project, units, _, superuser = world
    intake.set_duty_roster(engines("manager"), TODAY, [_staff(superuser, "edt_sales1")])
    visit = intake.register_visit(engines("reception"),
                                  intake.VisitForm(phone="13912345678", name="李四"))
    customer = visit.customer_id
    sales = engines("sales1")
    number = deals.issue_queue_ticket(sales, project.id, customer, Decimal("20000.00"))
    assert number == 1
    ticket = deals.queue_list(sales, project.id)[0]
    assert (ticket.number, ticket.customer_name) == (1, "李四")
    unit = units[3]
    deal = deals.small_deposit(sales, unit.id, customer, Decimal("20000.00"), ticket.id)
    assert unit_state(superuser, unit.id).status == "reserved"
    assert deals.subscribe(sales, unit.id, customer, terms("100000.00")) == deal
    schedule = generate_schedule("commercial_loan", Decimal("1980000.00"), TODAY,
                                 deposit_paid=Decimal("100000.00"),
                                 loan_amounts=LoanAmounts(commercial=Decimal("1200000.00")))
    assert refusal(lambda: deals.sign_contract(sales, deal, "HT-2026-001", TODAY, [BUYER],
                                            schedule)) == "schedule_loan_method"   # the terms say 'full'
    full = generate_schedule("full", Decimal("1980000.00"), TODAY, Decimal("100000.00"))
    deals.sign_contract(sales, deal, "HT-2026-001", TODAY, [BUYER], full)
    assert unit_state(superuser, unit.id).status == "contracted"
    assert refusal(lambda: deals.set_mortgage(sales, deal, MortgageInput("工商银行", Decimal("1"), 240))) \
        == "not_a_mortgage"
    deals.record_milestone(sales, deal, "filing", TODAY, "BA-0001")
    assert unit_state(superuser, unit.id).status == "filed"
    assert refusal(lambda: deals.record_milestone(sales, deal, "title", TODAY)) \
        == "title_before_handover"
    deals.record_milestone(sales, deal, "handover", TODAY)
    deals.record_milestone(sales, deal, "title", TODAY)
    detail = deals.deal_detail(sales, deal)
    assert detail.deal.contract_no == "HT-2026-001" and detail.queue_number == 1
    assert [b.name for b in detail.buyers] == ["张三"]
    assert sum(line.amount for line in detail.schedule) == Decimal("1980000.00")
    assert (detail.deal.filed_on, detail.deal.handover_on, detail.title_on) == (TODAY,) * 3
    with superuser.connect() as conn:
        assert conn.execute(sa.text("SELECT status::text FROM estatedesk.customers WHERE id = :c"),
                            {"c": customer}).scalar() == "owner"


def _staff(superuser, login):
    with superuser.connect() as conn:
        return conn.execute(sa.text("SELECT id FROM estatedesk.staff WHERE login = :l"),
                            {"l": login}).scalar_one()


def test_mortgage_stages_move_forward_for_the_seller(engines, world):
    _, units, customers, _ = world
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[0].id, customers[0].id,
                           terms(codes=(), method="combined_loan"))
    schedule = generate_schedule("combined_loan", Decimal("2000000.00"), TODAY, Decimal("50000.00"),
                                 loan_amounts=LoanAmounts(Decimal("800000.00"), Decimal("600000.00")))
    deals.sign_contract(sales, deal, "HT-9", TODAY, [BUYER], schedule)
    deals.set_mortgage(sales, deal, MortgageInput("建设银行", Decimal("1400000.00"), 360,
                                                  "submitted", submitted_on=TODAY))
    assert refusal(lambda: deals.set_mortgage(sales, deal, MortgageInput(
        "建设银行", Decimal("1400000.00"), 360))) == "mortgage_stage_back"
    assert refusal(lambda: deals.set_mortgage(sales, deal, MortgageInput(
        "建设银行", Decimal("1960000.00"), 360, "submitted", submitted_on=TODAY))) == "loan_too_large"
    assert refusal(lambda: deals.set_mortgage(sales, deal, MortgageInput(
        "建设银行", Decimal("1400000.00"), 360, "approved", submitted_on=TODAY))) \
        == "mortgages_stage_dates"
    deals.set_mortgage(sales, deal, MortgageInput("建设银行", Decimal("1400000.00"), 360,
                                                  "disbursed", TODAY, TODAY, TODAY))
    assert deals.deal_detail(sales, deal).mortgage.stage == "disbursed"
    deals.set_mortgage(engines("manager"), deal, MortgageInput("建设银行", Decimal("1400000.00"),
                                                               360, "approved", TODAY, TODAY))


def test_a_deeper_discount_waits_for_a_manager_who_is_not_the_seller(engines, world):
    _, units, customers, superuser = world
    sales, manager = engines("sales1"), engines("manager")
    deal = deals.subscribe(sales, units[0].id, customers[0].id,
                           terms(codes=("full97", "launch99")))
    row = deals.deal_list(sales, DealQuery(units[0].project_id))[0]
    assert (row.approval, row.approval_level, row.deal_total) == (
        "pending", "sales_manager", Decimal("1920600.00"))
    full = generate_schedule("full", row.deal_total, TODAY, Decimal("50000.00"))
    assert refusal(lambda: deals.sign_contract(sales, deal, "HT-1", TODAY, [BUYER], full)) \
        == "approval_open"
    assert refusal(lambda: deals.decide_discount(sales, deal, True)) == "permission"
    assert refusal(lambda: deals.decide_discount(manager, deal, False)) == "reason_missing"
    deals.decide_discount(manager, deal, False, "折扣过大")
    assert refusal(lambda: deals.sign_contract(sales, deal, "HT-1", TODAY, [BUYER], full)) \
        == "approval_open"
    assert deals.reprice(sales, deal, ["full97", "launch99"], "full") == "sales_manager"
    deals.decide_discount(manager, deal, True, "同意")
    assert refusal(lambda: deals.reprice(sales, deal, ["launch99"], "full")) == "price_approved"
    deals.sign_contract(sales, deal, "HT-1", TODAY, [BUYER], full)
    # a manager's own deal below the base price goes to another manager (or an admin)
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET base_price = 1990000 WHERE id = :u"),
                     {"u": units[1].id})
    mine = deals.subscribe(manager, units[1].id, customers[1].id, terms())
    assert deals.deal_detail(manager, mine).deal.approval_level == "sales_manager"
    assert refusal(lambda: deals.decide_discount(manager, mine, True)) == "approval_own"
    deals.decide_discount(engines("admin"), mine, True)


def test_director_level_and_discounts_no_one_may_grant(engines, world):
    _, units, customers, superuser = world
    sales, manager = engines("sales1"), engines("manager")
    deep = terms(codes=("full97",), extra_discount=Decimal("100000.00"))   # 92%, below base
    deal = deals.subscribe(sales, units[0].id, customers[0].id, deep)
    assert deals.deal_detail(sales, deal).deal.approval_level == "director"
    assert refusal(lambda: deals.decide_discount(manager, deal, True)) == "approval_level"
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.staff SET director = true WHERE login = 'edt_manager'"))
    deals.decide_discount(manager, deal, True)
    assert refusal(lambda: deals.subscribe(sales, units[1].id, customers[0].id, terms(
        codes=(), extra_discount=Decimal("300000.00")))) == "discount_too_deep"
    with superuser.begin() as conn:   # a salesperson's own, lower limit
        conn.execute(sa.text("UPDATE estatedesk.staff SET discount_limit = 0.995 "
                             "WHERE login = 'edt_sales1'"))
    assert deals.quote(sales, units[1].id, ["launch99"], "full").approval_level == "sales_manager"


def test_refusals_wrong_state_role_customer_and_input(engines, world):
    project, units, customers, superuser = world
    sales1, sales2 = engines("sales1"), engines("sales2")
    mine, theirs = customers[0].id, customers[1].id
    deal = deals.subscribe(sales1, units[0].id, mine, terms())
    assert refusal(lambda: deals.subscribe(sales2, units[0].id, theirs, terms())) == "unit_taken"
    assert refusal(lambda: deals.subscribe(sales1, units[1].id, theirs, terms())) \
        == "customer_not_yours"
    assert refusal(lambda: deals.subscribe(engines("reception"), units[1].id, mine, terms())) \
        == "permission"
    assert refusal(lambda: deals.subscribe(engines("finance"), units[1].id, mine, terms())) \
        == "permission"
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = 'held', status_reason = 'VIP' "
                             "WHERE id = :u"), {"u": units[2].id})
    assert refusal(lambda: deals.subscribe(sales1, units[2].id, mine, terms())) == "unit_taken"
    for bad, key in (("-1.00", "amount_not_positive"), ("100.001", "amount_precision"),
                     ("0", "amount_not_positive"), ("2500000.00", "deposit_too_large")):
        assert refusal(lambda bad=bad: deals.subscribe(sales1, units[1].id, mine, terms(bad))) == key
    assert refusal(lambda: deals.subscribe(sales1, units[1].id, mine, terms(
        sign_deadline=TODAY - dt.timedelta(days=1)))) == "sign_deadline_range"
    assert refusal(lambda: deals.small_deposit(sales1, units[1].id, mine, Decimal("5000"), 999999)) \
        == "ticket_not_active"
    full = generate_schedule("full", Decimal("1980000.00"), TODAY, Decimal("50000.00"))
    bad_id = Buyer("王五", "resident_id", "110101199003070000")
    bad_phone = Buyer("王五", "resident_id", resident_id(7), "12345")
    assert refusal(lambda: deals.sign_contract(sales1, deal, "HT-7", TODAY, [bad_id], full)) \
        == "buyer_id_invalid"
    assert refusal(lambda: deals.sign_contract(sales1, deal, "HT-7", TODAY, [bad_phone], full)) \
        == "buyer_phone_invalid"
    assert refusal(lambda: deals.sign_contract(sales1, deal, "HT-7", TODAY, [], full)) \
        == "buyers_missing"
    assert refusal(lambda: deals.sign_contract(sales1, deal, "HT 7!", TODAY, [BUYER], full)) \
        == "contract_no_invalid"
    assert refusal(lambda: deals.sign_contract(sales1, deal, "HT-7", TODAY + dt.timedelta(days=1),
                                            [BUYER], full)) == "signed_on_range"
    nothing = deals.deal_detail(sales1, deal)
    assert (nothing.deal.stage, nothing.buyers, nothing.schedule) == ("subscribed", (), ())
    deals.sign_contract(sales1, deal, "HT-7", TODAY, [BUYER], full)
    other = deals.subscribe(sales1, units[1].id, mine, terms())
    assert refusal(lambda: deals.sign_contract(sales1, other, "HT-7", TODAY, [BUYER], full)) \
        == "deals_project_contract_no_key"
    assert refusal(lambda: deals.sign_contract(sales1, deal, "HT-8", TODAY, [BUYER], full)) \
        == "deal_stage"


def test_rights_to_read_deals_follow_the_customer(engines, world):
    project, units, customers, superuser = world
    deals.subscribe(engines("sales1"), units[0].id, customers[0].id, terms())
    deals.subscribe(engines("sales2"), units[1].id, customers[1].id, terms())
    seen = {key: {d.unit_id for d in deals.deal_list(engines(key), DealQuery(project.id))}
            for key in ("sales1", "sales2", "manager", "finance", "executive")}
    assert seen["sales1"] == {units[0].id} and seen["sales2"] == {units[1].id}
    assert seen["manager"] == seen["finance"] == seen["executive"] == {units[0].id, units[1].id}
    for key in ("reception", "property"):
        with pytest.raises(UserError) as caught:
            deals.deal_list(engines(key), DealQuery(project.id))
        assert caught.value.kind.value == "not_allowed"


def test_deadlines_release_or_flag_without_anyone_remembering(engines, world):
    project, units, customers, superuser = world
    sales = engines("sales1")
    small = deals.small_deposit(sales, units[0].id, customers[0].id, Decimal("5000.00"))
    sub = deals.subscribe(sales, units[1].id, customers[0].id, terms())
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.deals SET small_deposit_until = now() - "
                             "interval '1 minute' WHERE id = :d"), {"d": small})
        conn.execute(sa.text("UPDATE estatedesk.deals SET sign_deadline = current_date - 1 "
                             "WHERE id = :d"), {"d": sub})
    # any later look at the deals (a list, a chart, another reservation) releases them
    assert deals.deal_list(sales, DealQuery(project.id)) == []
    assert unit_state(superuser, units[0].id).status == "available"
    assert unit_state(superuser, units[1].id).status == "available"
    ended = deals.deal_list(sales, DealQuery(project.id, stages=("lapsed",)))
    assert {d.end_reason for d in ended} == {"small deposit expired", "not signed by the deadline"}
    # a project that flags instead leaves the unit reserved for the manager to decide
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.projects SET expiry_action = 'flag' WHERE id = :p"),
                     {"p": project.id})
    again = deals.subscribe(sales, units[2].id, customers[0].id, terms())
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.deals SET sign_deadline = current_date - 1 "
                             "WHERE id = :d"), {"d": again})
    assert deals.expire(engines("manager")) == 1
    row = deals.deal_list(sales, DealQuery(project.id))[0]
    assert row.flagged_at is not None and row.stage == "subscribed"
    assert unit_state(superuser, units[2].id).status == "reserved"


def test_a_price_plan_after_subscription_leaves_the_deal_price(engines, world):
    project, units, customers, superuser = world
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[0].id, customers[0].id, terms())
    raise_all = Adjustment(percent=Decimal("5"))
    changes = price_plans.trial_adjustment(engines("manager"), project.id, raise_all)
    plan = price_plans.submit(engines("manager"), project.id, "全盘上调5%", raise_all, changes)
    price_plans.decide(engines("admin"), plan, True)
    assert unit_state(superuser, units[0].id).list_total == Decimal("2000000.00")
    assert unit_state(superuser, units[1].id).list_total == Decimal("2100000.00")
    detail = deals.deal_detail(sales, deal)
    assert (detail.deal.list_total, detail.deal.deal_total) == (
        Decimal("2000000.00"), Decimal("1980000.00"))


def test_instalment_schedule_round_trips_exactly(engines, world):
    _, units, customers, _ = world
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[0].id, customers[0].id,
                           terms("33333.33", codes=("launch99", "gift5000"), method="instalments"))
    total = deals.deal_detail(sales, deal).deal.deal_total
    schedule = generate_schedule("instalments", total, TODAY, Decimal("33333.33"))
    edited = [*schedule[:-1], ScheduleLine(LineKind.INSTALMENT, schedule[-1].due_date,
                                           schedule[-1].amount + Decimal("0.01"))]
    assert refusal(lambda: deals.sign_contract(sales, deal, "HT-3", TODAY, [BUYER], edited)) \
        == "schedule_sum"
    deals.sign_contract(sales, deal, "HT-3", TODAY, [BUYER], schedule)
    stored = deals.deal_detail(sales, deal).schedule
    assert [(s.kind, s.due_date, s.amount) for s in stored] == [
        (str(line.kind), line.due_date, line.amount) for line in schedule]


def test_executives_read_buyers_without_their_id_numbers(engines, world):
    _, units, customers, _ = world
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[0].id, customers[0].id, terms())
    deals.sign_contract(sales, deal, "HT-1", TODAY, [BUYER],
                        generate_schedule("full", Decimal("1980000.00"), TODAY, Decimal("50000.00")))
    seen = {key: deals.deal_detail(engines(key), deal).buyers[0]
            for key in ("sales1", "finance", "executive")}
    assert seen["sales1"].id_number == seen["finance"].id_number == BUYER.id_number
    assert (seen["executive"].name, seen["executive"].id_number, seen["executive"].phone) == (
        BUYER.name, None, None)
    with pytest.raises(UserError):
        with engines("executive").connect() as conn:
            try:
                conn.execute(sa.text("SELECT id_number FROM estatedesk.deal_buyers"))
            except sa.exc.DBAPIError as error:
                from app.services.errors import translate

                raise translate(error) from error
