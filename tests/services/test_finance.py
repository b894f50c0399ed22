"""The cashier window against PostgreSQL: payments with receipts from the cashier's book,
over-payment and cancelled deals refused, voids and reprints, refunds after 退房, books from
registration to reconciliation, the daily close, roles, receivables and ageing."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.domain.payment_plans import LoanAmounts, generate_schedule
from app.services import deal_changes, deals, finance
from app.services.finance import PaymentInput
from tests.helpers.deals import BUYER, TODAY, refusal, terms

DEPOSIT = Decimal("50000.00")


@pytest.fixture
def desk(world, engines):
    """The world plus a receipt book issued to the finance login, and a contracted deal on
    a commercial loan (1,980,000: deposit 50,000, down payment 730,000, loan 1,200,000)."""
    project, units, customers, superuser = world
    with superuser.connect() as conn:
        cashier = conn.execute(sa.text("SELECT id FROM estatedesk.staff WHERE login = 'edt_finance'")).scalar()
    book = finance.register_book(engines("admin"), project.id, "SJ", 1, 50)
    finance.issue_book(engines("admin"), book, cashier)
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[0].id, customers[0].id, terms(method="commercial_loan"))
    deals.sign_contract(sales, deal, "HT-1", TODAY, [BUYER], generate_schedule(
        "commercial_loan", Decimal("1980000.00"), TODAY, DEPOSIT,
        loan_amounts=LoanAmounts(commercial=Decimal("1200000.00"))))
    return project, units, customers, superuser, deal, book, cashier


def _pay(engines, deal, kind, amount, line=None, method="transfer"):
    return finance.record_payment(engines("finance"), PaymentInput(
        deal, kind, Decimal(amount), method, TODAY, line, "网银流水"))


def test_payments_follow_the_schedule_and_refuse_overpayment(engines, desk):
    project, _, _, _, deal, _, _ = desk
    first = _pay(engines, deal, "deposit", "50000.00", line=1)
    r1 = finance.receipt(engines("finance"), first)
    assert (r1.receipt_no, r1.amount, r1.payer, r1.kind) == ("SJ-0000001", DEPOSIT, "张三", "deposit")
    assert refusal(lambda: _pay(engines, deal, "deposit", "0.01", line=1)) == "overpayment"
    assert refusal(lambda: _pay(engines, deal, "down_payment", "730000.01", line=2)) == "overpayment"
    assert refusal(lambda: _pay(engines, deal, "loan", "100.00", line=2)) == "line_kind"
    assert refusal(lambda: _pay(engines, deal, "down_payment", "100.00")) == "line_required"
    for bad, key in (("-5", "amount_not_positive"), ("1.005", "amount_precision"),
                     ("0", "amount_not_positive")):
        assert refusal(lambda bad=bad: _pay(engines, deal, "down_payment", bad, line=2)) == key
    _pay(engines, deal, "down_payment", "730000.00", line=2, method="card")
    _pay(engines, deal, "maintenance_fund", "6430.00", method="cash")
    ledger = finance.ledger(engines("finance"), deal)
    assert [(line.line_no, line.paid, line.outstanding) for line in ledger.lines] == [
        (1, DEPOSIT, 0), (2, Decimal("730000.00"), 0), (3, 0, Decimal("1200000.00"))]
    assert ledger.paid == Decimal("780000.00")
    assert [e.receipt_no for e in ledger.entries] == ["SJ-0000001", "SJ-0000002", "SJ-0000003"]
    # only finance takes money; a salesperson sees their deal's receipts but cannot void
    assert refusal(lambda: finance.record_payment(engines("sales1"), PaymentInput(
        deal, "instalment", Decimal("1"), "cash", TODAY, 3))) == "permission"
    assert refusal(lambda: finance.void_receipt(engines("sales1"), first, "错")) == "permission"
    assert refusal(lambda: finance.void_receipt(engines("manager"), first, "错")) == "permission"
    assert len(finance.ledger(engines("sales1"), deal).entries) == 3


def test_a_deposit_before_the_contract_counts_toward_its_line(engines, desk):
    _, units, customers, _, _, _, _ = desk
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[1].id, customers[0].id, terms())
    assert refusal(lambda: _pay(engines, deal, "deposit", "50000.01")) == "overpayment"
    _pay(engines, deal, "deposit", "20000.00")
    _pay(engines, deal, "deposit", "30000.00")
    assert refusal(lambda: _pay(engines, deal, "deposit", "0.01")) == "overpayment"
    deals.sign_contract(sales, deal, "HT-2", TODAY, [BUYER],
                        generate_schedule("full", Decimal("1980000.00"), TODAY, DEPOSIT))
    lines = finance.ledger(engines("finance"), deal).lines
    assert (lines[0].kind, lines[0].paid, lines[1].paid) == ("deposit", DEPOSIT, 0)


def test_void_keeps_the_number_and_reverses_the_money_and_reprints_are_copies(engines, desk):
    _, _, _, superuser, deal, _, _ = desk
    receipt = _pay(engines, deal, "deposit", "50000.00", line=1)
    fin = engines("finance")
    assert finance.mark_printed(fin, receipt) == 1 and finance.mark_printed(fin, receipt) == 2
    assert refusal(lambda: finance.void_receipt(fin, receipt, " ")) == "reason_missing"
    finance.void_receipt(fin, receipt, "金额开错")
    assert refusal(lambda: finance.void_receipt(fin, receipt, "再次")) == "receipt_voided"
    ledger = finance.ledger(fin, deal)
    assert ledger.lines[0].paid == 0 and ledger.paid == 0
    assert [(e.entry, e.amount) for e in ledger.entries] == [
        ("payment", DEPOSIT), ("void", -DEPOSIT)]
    again = _pay(engines, deal, "deposit", "50000.00", line=1)
    assert finance.receipt(fin, again).receipt_no == "SJ-0000002"   # the voided number stays used
    with superuser.connect() as conn:   # not even the table owner rewrites money
        for sql, key in (("UPDATE estatedesk.payments SET amount = 1", "payments_append_only"),
                         ("DELETE FROM estatedesk.receipts", "receipts_never_deleted")):
            with pytest.raises(sa.exc.DBAPIError) as caught:
                conn.execute(sa.text(sql))
            assert key in str(caught.value.orig.diag.message_detail)
            conn.rollback()


def test_refunds_only_after_an_approved_cancellation_with_their_own_numbers(engines, desk):
    _, _, _, _, deal, _, _ = desk
    _pay(engines, deal, "deposit", "50000.00", line=1)
    _pay(engines, deal, "down_payment", "100000.00", line=2)
    fin = engines("finance")
    assert refusal(lambda: finance.refund(fin, deal, Decimal("1"), "transfer")) \
        == "refund_needs_cancellation"
    change = deal_changes.request_cancel(engines("sales1"), deal, Decimal("140000.00"),
                                         Decimal("10000.00"), "客户退房")
    deal_changes.decide(engines("manager"), change, True)
    assert refusal(lambda: _pay(engines, deal, "down_payment", "1.00", line=2)) == "deal_not_live"
    assert finance.refund(fin, deal, Decimal("100000.00"), "transfer", "退款一") == "TK-000001"
    assert refusal(lambda: finance.refund(fin, deal, Decimal("40000.01"), "transfer")) \
        == "refund_too_large"
    assert finance.refund(fin, deal, Decimal("40000.00"), "cheque") == "TK-000002"
    entries = finance.ledger(fin, deal).entries
    assert sum(e.amount for e in entries) == Decimal("10000.00")      # the forfeited deposit


def test_books_are_issued_by_someone_else_and_reconciled_without_gaps(engines, desk):
    project, _, _, _, deal, book, cashier = desk
    fin, admin = engines("finance"), engines("admin")
    assert refusal(lambda: finance.register_book(fin, project.id, "SJ", 40, 60)) \
        == "receipt_books_no_overlap"
    second = finance.register_book(fin, project.id, "SJ", 51, 52)
    assert refusal(lambda: finance.issue_book(fin, second, cashier)) == "book_issue_own"
    finance.issue_book(admin, second, cashier)
    for _ in range(3):
        _pay(engines, deal, "loan", "1.00", line=3)
    finance.return_book(fin, book)
    assert finance.receipt(fin, _pay(engines, deal, "loan", "1.00", line=3)).receipt_no \
        == "SJ-0000051"                                     # the next book takes over
    assert finance.reconcile_book(fin, book, "用完核销") == 47
    rows = {b.id: b for b in finance.books(fin, project.id)}
    assert (rows[book].status, rows[book].used, rows[book].voided) == ("reconciled", 3, 47)
    assert refusal(lambda: finance.reconcile_book(fin, second)) == "book_not_returned"
    finance.return_book(fin, second)
    finance.reconcile_book(fin, second)
    assert refusal(lambda: _pay(engines, deal, "loan", "1.00", line=3)) == "no_receipt_book"


def test_the_daily_close_adds_up_and_freezes_the_day(engines, desk):
    _, _, _, superuser, deal, _, cashier = desk
    fin = engines("finance")
    a = _pay(engines, deal, "deposit", "50000.00", line=1, method="cash")
    _pay(engines, deal, "down_payment", "300000.00", line=2, method="transfer")
    _pay(engines, deal, "down_payment", "200000.00", line=2, method="card")
    finance.void_receipt(fin, a, "重开")
    _pay(engines, deal, "deposit", "50000.00", line=1, method="transfer")
    totals = finance.day_totals(fin, TODAY)
    assert totals.by_method == {"cash": Decimal("0.00"), "transfer": Decimal("350000.00"),
                                "card": Decimal("200000.00")}
    assert totals.total == Decimal("550000.00") == sum(totals.by_method.values())
    assert (totals.receipts_issued, totals.receipts_voided) == (4, 1)
    receipts = finance.receipts_of_day(fin, desk[0].id, TODAY)
    assert sum(r.amount for r in receipts if r.voided_at is None) == totals.total
    closed = finance.close_day(fin, TODAY)
    assert closed.total == totals.total and closed.closed
    assert refusal(lambda: finance.close_day(fin, TODAY)) == "day_closed"
    assert refusal(lambda: _pay(engines, deal, "loan", "1.00", line=3)) == "day_closed"
    assert refusal(lambda: finance.void_receipt(fin, a + 1, "错")) == "day_closed"
    with superuser.connect() as conn:
        with pytest.raises(sa.exc.DBAPIError):
            conn.execute(sa.text(
                """INSERT INTO estatedesk.payments (project_id, deal_id, entry, kind, amount,
                       method, paid_on, business_day, cashier_id)
                   SELECT project_id, id, 'payment', 'fee', 1, 'cash', current_date,
                          current_date, :c FROM estatedesk.deals WHERE id = :d"""),
                {"c": cashier, "d": deal})
    assert finance.day_totals(fin, TODAY) == closed


def test_receivables_and_ageing_agree_with_the_schedule(engines, desk):
    project, units, customers, superuser, deal, _, _ = desk
    _pay(engines, deal, "deposit", "50000.00", line=1)
    with superuser.begin() as conn:     # the down payment fell due 45 days ago
        conn.execute(sa.text("UPDATE estatedesk.payment_schedule SET due_date = current_date - 45 "
                             "WHERE deal_id = :d AND line_no = 2"), {"d": deal})
    _pay(engines, deal, "down_payment", "30000.00", line=2)
    fin = engines("finance")
    [row] = finance.receivables(fin, project.id)
    assert (row.paid, row.overdue, row.max_days_overdue) == (
        Decimal("80000.00"), Decimal("700000.00"), 45)
    assert row.outstanding == Decimal("1980000.00") - row.paid
    ageing = finance.ageing(fin, project.id)
    assert ageing.buckets[1] == ("31-60", Decimal("700000.00"), 1) and ageing.total == row.overdue
    finance.add_collection_note(fin, deal, "电话催缴首付，客户承诺月底前付清",
                                TODAY + dt.timedelta(days=7))
    [entry] = finance.collection_list(fin, project.id)
    assert entry.overdue == row.overdue and entry.last_note.startswith("电话催缴")
    assert finance.expected_disbursements(fin, project.id) == []     # no mortgage recorded yet
    deals.set_mortgage(engines("sales1"), deal, deals.MortgageInput(
        "招商银行", Decimal("1200000.00"), 240, "approved", TODAY, TODAY))
    [bank] = finance.expected_disbursements(fin, project.id)
    assert (bank.bank, bank.stage, bank.deals, bank.amount) == (
        "招商银行", "approved", 1, Decimal("1200000.00"))
    assert finance.receivables(engines("sales2"), project.id) == []


def test_twenty_concurrent_issuers_leave_no_gap_even_with_rollbacks(engines, desk, clone):
    """One shared book, 20 connections of the cashier, every third transaction rolled back
    after taking its number: the numbers in use run 1..n without a hole."""
    project, _, _, _, deal, book, _ = desk
    _pay(engines, deal, "deposit", "50000.00", line=1)
    made = [clone.engine_as("edt_finance") for _ in range(20)]
    barrier = threading.Barrier(20)
    errors: list[BaseException] = []

    def work(i: int) -> None:
        engine = made[i]
        barrier.wait()
        with engine.connect() as conn:
            trans = conn.begin()
            try:
                conn.execute(sa.text(
                    "SELECT estatedesk.payment_record(:d, CAST(3 AS smallint), 'loan', 1.00, "
                    "'transfer', NULL, current_date)"), {"d": deal})
                (trans.rollback if i % 3 == 0 else trans.commit)()
            except BaseException as error:     # noqa: BLE001 — reported below
                errors.append(error)
                trans.rollback()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for engine in made:
        engine.dispose()
    assert errors == []
    numbers = sorted(r.number for r in finance.receipts_of_day(engines("finance"), project.id,
                                                               TODAY))
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 1 + 13


def test_executives_read_receivables_with_masked_phones(engines, desk):
    project, _, customers, superuser, deal, _, _ = desk
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.payment_schedule SET due_date = current_date - 5 "
                             "WHERE deal_id = :d AND line_no = 1"), {"d": deal})
    executive = engines("executive")
    [hit] = finance.find_deals(executive, project.id, customers[0].name)
    [row] = finance.collection_list(executive, project.id)
    assert "*" in hit.phone and hit.phone == row.phone
    assert refusal(lambda: finance.record_payment(executive, PaymentInput(
        deal, "deposit", Decimal("1"), "cash", TODAY, 1))) == "permission"
