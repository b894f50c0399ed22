"""签约 from its dialog against PostgreSQL: the schedule generated from the payment method
sums to the deal total; an edited one that does not is refused before the database; a
wrong ID number or phone of a buyer blocks signing with the message at the field; the
contract is saved with its co-owners and its schedule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt

from app.domain.payment_plans import LineKind
from app.ui.deals.sale_actions import open_contract
from app.ui.deals.schedule_model import AMOUNT, DUE, KIND, ScheduleModel
from tests.helpers.factories import resident_id
from tests.ui.deals import sale_fixtures
from tests.ui.deals.sale_fixtures import TIMEOUT, one, ready, submit

host = sale_fixtures.host   # fixture
TODAY = dt.date.today()


def stage(world, deal_id: int) -> str:
    return one(world.superuser, "SELECT stage::text FROM estatedesk.deals WHERE id = :d",
               d=deal_id)[0]


def contract_dialog(qtbot, host, context, deal_id):
    return ready(qtbot, open_contract(host, context, deal_id))


def test_generated_schedule_sums_to_the_deal_total_and_edits_are_checked(
        qtbot, host, world, context_for):
    deal_id = world.subscribe(0, codes=("launch99",), method="instalments")
    dialog = contract_dialog(qtbot, host, context_for("sales1"), deal_id)
    lines = dialog.schedule.lines()
    assert [line.kind for line in lines] == [LineKind.DEPOSIT, LineKind.DOWN_PAYMENT] + \
        [LineKind.INSTALMENT] * 3
    assert sum(line.amount for line in lines) == Decimal("1980000.00")
    assert lines[1].amount == Decimal("544000.00")   # 30% of 1,980,000 less the deposit
    assert "✓" in dialog.schedule.sum_line.text()
    assert dialog.terms.count.isVisibleTo(dialog) and not dialog.terms.commercial.isVisibleTo(
        dialog)
    dialog.terms.count.setValue(4)
    assert len(dialog.schedule.lines()) == 6
    assert sum(line.amount for line in dialog.schedule.lines()) == Decimal("1980000.00")

    model = dialog.schedule.model
    assert model.setData(model.index(2, AMOUNT), "1,000")
    assert not model.setData(model.index(2, AMOUNT), "-5")    # refused, value kept
    assert dialog.schedule.input_error.isVisibleTo(dialog)
    assert "too much" not in dialog.schedule.sum_line.text()
    assert dialog.schedule.difference() > 0
    dialog.contract_no.setText("HT-2026-0101")
    submit(qtbot, dialog)
    assert dialog.errors.current == "schedule"
    assert "1980000" in dialog.errors.text_at("schedule").replace(",", "")
    assert stage(world, deal_id) == "subscribed"     # refused before the database

    dialog.schedule.reset_button.click()
    assert dialog.schedule.difference() == 0
    dialog.buyers.rows[0].id_type.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.ok_button().click()
    assert stage(world, deal_id) == "contracted"
    detail = world.detail(deal_id)
    assert detail.deal.contract_no == "HT-2026-0101"
    assert [r.amount for r in detail.schedule] == [line.amount for line in lines[:2]] + [
        line.amount for line in dialog.schedule.lines()[2:]]


def test_a_wrong_id_or_phone_blocks_signing_at_the_field(qtbot, host, world, context_for):
    deal_id = world.subscribe(1)
    dialog = contract_dialog(qtbot, host, context_for("sales1"), deal_id)
    first = dialog.buyers.rows[0]
    assert first.name.text() == "张三" and first.id_number.text()   # the customer, prefilled
    dialog.contract_no.setText("HT-2026-0102")
    good = first.id_number.text()
    first.id_number.setText(good[:-1] + ("0" if good[-1] != "0" else "1"))
    assert first.error_text() == ""           # not while typing…
    first.id_number.editingFinished.emit()    # …but on leaving the field
    assert "校验位" in first.error_text()
    submit(qtbot, dialog)
    assert dialog.errors.current == "buyers"
    assert dialog.errors.text_at("buyers").startswith("买受人 1：")
    assert first.id_number.property("invalid") is True
    assert stage(world, deal_id) == "subscribed"
    first.id_number.setText(good)
    assert first.error_text() == ""           # cleared as soon as corrected

    second = dialog.buyers.add_row()
    second.fill("李四", "resident_id", resident_id(77), "1381234")
    submit(qtbot, dialog)
    assert dialog.errors.current == "buyers" and second.phone.property("invalid") is True
    assert dialog.errors.text_at("buyers").startswith("买受人 2：")
    assert stage(world, deal_id) == "subscribed"
    dialog.close()


def test_the_contract_is_saved_with_co_owners_and_a_loan_schedule(qtbot, host, world,
                                                                  context_for):
    deal_id = world.subscribe(2, codes=(), method="combined_loan")
    dialog = contract_dialog(qtbot, host, context_for("sales1"), deal_id)
    assert dialog.terms.commercial.isVisibleTo(dialog) and dialog.terms.provident.isVisibleTo(
        dialog)
    dialog.terms.commercial.setText("800000")
    dialog.terms.provident.setText("600000")
    lines = dialog.schedule.lines()
    assert [(line.kind, line.amount) for line in lines] == [
        (LineKind.DEPOSIT, Decimal("50000.00")), (LineKind.DOWN_PAYMENT, Decimal("550000.00")),
        (LineKind.COMMERCIAL_LOAN, Decimal("800000.00")),
        (LineKind.PROVIDENT_LOAN, Decimal("600000.00"))]
    dialog.terms.commercial.setText("1500000")      # more than 70% of the price
    assert dialog.errors.current == "loan_amounts"
    assert "1400000" in dialog.errors.text_at("loan_amounts").replace(",", "")
    assert dialog.schedule.lines() == []
    dialog.terms.commercial.setText("800000")
    assert len(dialog.schedule.lines()) == 4
    model = dialog.schedule.model
    model.setData(model.index(1, DUE), QDate(TODAY).addDays(14))
    dialog.contract_no.setText("HT-2026-0103")
    first = dialog.buyers.rows[0]
    first.share.setText("50")
    dialog.buyers.add_row().fill("李四", "passport", "E12345678", "+8613912345678", None)
    submit(qtbot, dialog)
    assert dialog.errors.current == "buyers" and "100" in dialog.errors.text_at("buyers")
    dialog.buyers.rows[1].share.setText("50")
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.ok_button().click()
    detail = world.detail(deal_id)
    assert detail.deal.stage == "contracted"
    assert [(b.name, b.id_type, b.share) for b in detail.buyers] == [
        ("张三", "resident_id", Decimal("50")), ("李四", "passport", Decimal("50"))]
    assert detail.buyers[1].phone == "+8613912345678"
    assert [(r.kind, r.amount) for r in detail.schedule] == [
        (str(line.kind), line.amount) for line in lines]
    assert detail.schedule[1].due_date == TODAY + dt.timedelta(days=14)


def test_a_price_waiting_for_approval_cannot_be_signed(qtbot, host, world, context_for):
    deal_id = world.subscribe(3, codes=("full97", "launch99"))
    dialog = contract_dialog(qtbot, host, context_for("sales1"), deal_id)
    assert dialog.blocker.isVisibleTo(dialog) and not dialog.ok_button().isEnabled()
    dialog.close()


def test_schedule_model(qtmodeltester, qtbot):
    from app.domain.payment_plans import generate_schedule

    model = ScheduleModel()
    model.set_lines(generate_schedule("instalments", Decimal("1000000.00"), TODAY,
                                      Decimal("50000.00")))
    qtmodeltester.check(model)
    assert model.index(0, KIND).data(Qt.ItemDataRole.EditRole) == "deposit"
    assert model.setData(model.index(1, KIND), "instalment")
    assert not model.setData(model.index(1, KIND), "gift")
    assert model.total() == Decimal("1000000.00")
