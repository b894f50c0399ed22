"""Changes after reservation or contract: each requested with a reason, approved or rejected
by a manager other than the requester, applied atomically with before and after kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.domain.payment_plans import LoanAmounts, generate_schedule
from app.domain.settlement import settle
from app.services import deal_changes, deals
from app.services.deals import Buyer, Terms
from tests.helpers.deals import BUYER, TODAY, refusal, unit_state
from tests.helpers.factories import resident_id

DEPOSIT = Decimal("50000.00")


def _contract(engines, units, customers, unit=0, method="full", codes=("launch99",)):
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[unit].id, customers[0].id,
                           Terms(DEPOSIT, tuple(codes), method))
    total = deals.deal_detail(sales, deal).deal.deal_total
    deals.sign_contract(sales, deal, f"HT-{unit}", TODAY, [BUYER],
                        generate_schedule(method, total, TODAY, DEPOSIT))
    return deal


def test_cancellation_is_decided_by_another_manager_and_frees_the_unit(engines, world):
    _, units, customers, superuser = world
    sales, manager = engines("sales1"), engines("manager")
    deal = _contract(engines, units, customers)
    assert refusal(lambda: deal_changes.request_cancel(sales, deal, Decimal("40000"),
                                                    Decimal("5000"), "客户资金问题")) == "cancel_split"
    assert refusal(lambda: deal_changes.request_cancel(sales, deal, Decimal("40000"),
                                                    Decimal("10000"), " ")) == "reason_missing"
    change = deal_changes.request_cancel(sales, deal, Decimal("40000.00"), Decimal("10000.00"),
                                         "客户资金问题")
    assert refusal(lambda: deal_changes.request_cancel(sales, deal, DEPOSIT, Decimal(0), "再次")) \
        == "change_pending"
    assert refusal(lambda: deal_changes.decide(sales, change, True)) == "permission"
    assert refusal(lambda: deal_changes.decide(manager, change, False)) == "reason_missing"
    deal_changes.decide(manager, change, False, "请先与客户协商")
    assert unit_state(superuser, units[0].id).status == "contracted"
    again = deal_changes.request_cancel(sales, deal, Decimal("40000.00"), Decimal("10000.00"),
                                        "客户坚持退房")
    deal_changes.decide(manager, again, True, "同意退房")
    assert unit_state(superuser, units[0].id).status == "available"
    rows = deal_changes.changes_of(manager, deal)
    assert [(r.status, r.kind) for r in rows] == [("approved", "cancel"), ("rejected", "cancel")]
    applied = rows[0]
    assert applied.before["stage"] == "contracted" and applied.after["stage"] == "cancelled"
    assert applied.request["refund"] == "40000.00" and applied.after["result"]["received"] == 50000
    assert refusal(lambda: deal_changes.decide(manager, again, True)) == "change_not_pending"
    # a manager's own request waits for someone else
    deal2 = deals.subscribe(manager, units[1].id, customers[1].id, Terms(DEPOSIT, (), "full"))
    own = deal_changes.request_cancel(manager, deal2, DEPOSIT, Decimal(0), "客户放弃")
    assert refusal(lambda: deal_changes.decide(manager, own, True)) == "change_own"
    deal_changes.decide(engines("admin"), own, True)


def test_exchange_carries_the_money_to_the_new_unit_at_its_price(engines, world):
    _, units, customers, superuser = world
    sales, manager = engines("sales1"), engines("manager")
    deal = _contract(engines, units, customers)
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET list_total = 2100000, "
                             "list_unit_price = 21000 WHERE id = :u"), {"u": units[5].id})
    taken = deals.subscribe(engines("sales2"), units[4].id, customers[1].id, Terms(DEPOSIT, (), "full"))
    assert taken
    assert refusal(lambda: deal_changes.request_exchange(sales, deal, units[4].id, [], "换楼层")) \
        == "unit_taken"
    change = deal_changes.request_exchange(sales, deal, units[5].id, ["launch99"], "换到高层")
    new_deal = deal_changes.decide(manager, change, True)
    assert new_deal != deal
    assert unit_state(superuser, units[0].id).status == "available"
    assert unit_state(superuser, units[5].id).status == "reserved"
    detail = deals.deal_detail(sales, new_deal)
    assert detail.predecessor_id == deal and detail.deal.deposit == DEPOSIT
    assert detail.deal.deal_total == Decimal("2079000.00")    # 2,100,000 × 0.99
    assert detail.deal.stage == "subscribed" and detail.deal.approval == "approved"
    old = deals.deal_detail(sales, deal)
    assert old.deal.stage == "exchanged"


def test_rename_replaces_the_buyers_and_keeps_the_old_list(engines, world):
    _, units, customers, _ = world
    sales, manager = engines("sales1"), engines("manager")
    deal = _contract(engines, units, customers)
    spouse = Buyer("李梅", "resident_id", resident_id(902), None, Decimal("50"))
    half = Buyer(BUYER.name, BUYER.id_type, BUYER.id_number, BUYER.phone, Decimal("50"))
    assert refusal(lambda: deal_changes.request_rename(sales, deal, [half], "加名")) == "buyer_shares"
    assert refusal(lambda: deal_changes.request_rename(
        sales, deal, [half, Buyer("李梅", "resident_id", "110101199003070000", None, Decimal("50"))],
        "加名")) == "buyer_id_invalid"
    change = deal_changes.request_rename(sales, deal, [half, spouse], "加配偶名")
    deal_changes.decide(manager, change, True)
    assert [b.name for b in deals.deal_detail(sales, deal).buyers] == ["张三", "李梅"]
    kept = deal_changes.changes_of(sales, deal)[0]
    assert [b["name"] for b in kept.before["buyers"]] == ["张三"]
    assert [b["name"] for b in kept.after["buyers"]] == ["张三", "李梅"]


def test_price_and_payment_method_changes_need_a_new_schedule_after_signing(engines, world):
    _, units, customers, _ = world
    sales, manager = engines("sales1"), engines("manager")
    deal = _contract(engines, units, customers)
    loans = LoanAmounts(commercial=Decimal("1000000.00"))
    new_schedule = generate_schedule("commercial_loan", Decimal("1980000.00"), TODAY, DEPOSIT,
                                     loan_amounts=loans)
    assert refusal(lambda: deal_changes.request_terms(sales, deal, ["launch99"], "commercial_loan",
                                                   "改按揭")) == "schedule_empty"
    change = deal_changes.request_terms(sales, deal, ["launch99"], "commercial_loan", "改按揭",
                                        schedule=new_schedule)
    assert deal_changes.changes_of(sales, deal)[0].kind == "payment_method"
    deal_changes.decide(manager, change, True)
    detail = deals.deal_detail(sales, deal)
    assert detail.deal.payment_method == "commercial_loan"
    assert [s.kind for s in detail.schedule] == ["deposit", "down_payment", "commercial_loan"]
    # 1,980,000 − 5,000 − 100 × 100 m² = 1,965,000
    cheaper = generate_schedule("commercial_loan", Decimal("1965000.00"), TODAY, DEPOSIT,
                                loan_amounts=loans)
    change = deal_changes.request_terms(sales, deal, ["launch99", "gift5000", "m2_100"],
                                        "commercial_loan", "老客户优惠", schedule=cheaper)
    assert deal_changes.changes_of(sales, deal)[0].kind == "price"
    deal_changes.decide(manager, change, True)
    detail = deals.deal_detail(sales, deal)
    assert (detail.deal.deal_total, detail.deal.approval) == (Decimal("1965000.00"), "not_needed")
    assert sum(s.amount for s in detail.schedule) == detail.deal.deal_total


CASES = [Decimal(p) for p in ("-5", "-3", "-1", "0", "2.99", "3", "4.5")]


@pytest.mark.parametrize("percent", CASES, ids=[str(p) for p in CASES])
def test_area_settlement_matches_the_rule_to_the_fen(engines, world, percent):
    _, units, customers, superuser = world
    sales, manager = engines("sales1"), engines("manager")
    deal = _contract(engines, units, customers)
    detail = deals.deal_detail(sales, deal)
    contract_area, unit_price = Decimal("100.00"), detail.deal.deal_unit_price
    measured = contract_area * (1 + percent / 100)
    expected = settle(contract_area, measured, unit_price)
    change = deal_changes.request_area_settlement(sales, deal, measured, "实测面积")
    preview = deal_changes.changes_of(manager, deal)[0].request["settlement"]
    deal_changes.decide(manager, change, True)
    assert Decimal(str(preview["buyer_pays"])) == expected.buyer_pays
    assert Decimal(str(preview["developer_refunds"])) == expected.developer_refunds
    assert Decimal(str(preview["double_part"])) == expected.double_refund_part
    assert Decimal(str(preview["developer_bears"])) == expected.developer_bears
    assert preview["within"] == expected.within_3_percent
    after = deals.deal_detail(sales, deal)
    assert after.measured_area == measured
    assert after.area_settlement == expected.buyer_pays - expected.developer_refunds


def test_area_settlement_needs_a_contract_and_a_sane_area(engines, world):
    _, units, customers, _ = world
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[0].id, customers[0].id, Terms(DEPOSIT, (), "full"))
    assert refusal(lambda: deal_changes.request_area_settlement(sales, deal, Decimal("99"), "实测")) \
        == "deal_stage"
    signed = _contract(engines, units, customers, unit=1)
    assert refusal(lambda: deal_changes.request_area_settlement(sales, signed, Decimal("99.001"),
                                                             "实测")) == "area_precision"
    assert refusal(lambda: deal_changes.request_area_settlement(sales, signed, Decimal("-1"),
                                                             "实测")) == "settlement_input"


def test_small_deposit_can_be_cancelled_but_not_otherwise_changed(engines, world):
    _, units, customers, superuser = world
    sales = engines("sales1")
    deal = deals.small_deposit(sales, units[0].id, customers[0].id, Decimal("5000.00"))
    assert refusal(lambda: deal_changes.request_exchange(sales, deal, units[1].id, [], "换房")) \
        == "deal_stage"
    change = deal_changes.request_cancel(sales, deal, Decimal("5000.00"), Decimal(0), "不买了")
    deal_changes.decide(engines("manager"), change, True)
    assert unit_state(superuser, units[0].id).status == "available"
    assert dt.date.today() == TODAY


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_subscription_form_and_settlement_notice_print_the_deal(engines, world, tmp_path):
    from app.services import deal_documents

    _, units, customers, _ = world
    sales = engines("sales1")
    deal = deals.subscribe(sales, units[0].id, customers[0].id,
                           Terms(DEPOSIT, ("full97", "launch99"), "full"))
    deals.decide_discount(engines("manager"), deal, True)
    form = tmp_path / "认购书.pdf"
    deal_documents.write_subscription(sales, deal, form)
    text = _pdf_text(form)
    for expected in (customers[0].name, units[0].code, "1,920,600.00", "50,000.00", "伍万元整",
                     "一次性付款97折", "开盘优惠99折", "一次性付款"):
        assert expected in text, expected
    deals.sign_contract(sales, deal, "HT-55", TODAY, [BUYER],
                        generate_schedule("full", Decimal("1920600.00"), TODAY, DEPOSIT))
    change = deal_changes.request_area_settlement(sales, deal, Decimal("95.00"), "实测面积")
    notice = tmp_path / "补差.pdf"
    deal_documents.write_settlement(sales, change, notice)
    text = _pdf_text(notice)
    # −5%: 3 m² refunded once and 2 m² twice at 19,206.00/m²
    assert "HT-55" in text and BUYER.name in text
    assert "57618.00" in text and "¥76,824.00" in text and "¥134,442.00" in text
    assert "壹拾叁万肆仟肆佰肆拾贰元整" in text


def test_survey_sheet_files_one_settlement_request_per_contracted_unit(engines, world, tmp_path):
    from openpyxl import Workbook

    from app.services import survey_import

    project, units, customers, _ = world
    first = _contract(engines, units, customers, unit=0)
    second = _contract(engines, units, customers, unit=1)
    sales = engines("sales1")

    def sheet(rows):
        book = Workbook()
        book.active.append(survey_import.HEADERS)
        for row in rows:
            book.active.append(row)
        path = tmp_path / f"survey{len(rows)}.xlsx"
        book.save(path)
        return path

    bad = survey_import.import_survey(sales, project.id, sheet([
        (units[0].code, 101.5), (units[1].code, "abc"), (units[2].code, 99.0),
        (units[0].code, 100.001)]))
    assert [(e.row, e.column) for e in bad.errors] == [(3, "实测面积"), (5, "实测面积")]
    refused = survey_import.import_survey(sales, project.id, sheet([
        (units[0].code, 101.5), (units[2].code, 99.0)]))
    assert refused.requests == 0 and [e.row for e in refused.errors] == [3]
    assert deal_changes.changes_of(sales, first) == []          # nothing half-filed
    report = survey_import.import_survey(sales, project.id, sheet([
        (units[0].code, 101.5), (units[1].code, 96.2)]))
    assert report.ok and report.requests == 2
    requested = {c.deal_id: c.request["settlement"] for c in deal_changes.pending(
        engines("manager"), project.id)}
    assert Decimal(str(requested[first]["buyer_pays"])) == Decimal("1.50") * Decimal("19800.00")
    assert requested[second]["within"] is False
