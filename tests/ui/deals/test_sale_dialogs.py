"""认购 and 小定 from their dialogs against PostgreSQL: the live quote shows the database's
exact breakdown and who must approve; subscribing reserves the unit; a unit someone else
just took is refused in plain words and nothing is saved; the subscription form prints."""

from __future__ import annotations

from decimal import Decimal

from app.services import deals
from app.ui.deals import labels
from app.ui.deals.sale_actions import open_small_deposit, open_subscribe, print_subscription
from tests.helpers.deals import terms
from tests.ui.deals import sale_fixtures
from tests.ui.deals.sale_fixtures import (
    TIMEOUT,
    deals_of,
    pdf_text,
    quoted,
    ready,
    submit,
    unit_status,
)

host, pdf_to = sale_fixtures.host, sale_fixtures.pdf_to   # fixtures


def subscribe_dialog(qtbot, host, context, **preset):
    dialog = ready(qtbot, open_subscribe(host, context, **preset))
    return dialog


def test_live_quote_shows_the_exact_breakdown_and_who_approves(qtbot, host, world,
                                                              context_for):
    context = context_for("sales1")
    dialog = subscribe_dialog(qtbot, host, context, unit_id=world.units[0].id)
    assert dialog.unit_picker.heading.isVisible() and world.units[0].code in \
        dialog.unit_picker.heading.text()
    assert dialog.customer.choose(world.customers[0].id)
    assert list(dialog.checks) == ["full97", "launch99", "gift5000", "m2_100"]  # project order
    dialog.checks["m2_100"].setChecked(True)
    dialog.checks["full97"].setChecked(True)
    dialog.checks["launch99"].setChecked(True)
    quote = quoted(qtbot, dialog.quote_panel)
    assert [s.code for s in quote.steps] == ["full97", "launch99", "m2_100"]
    assert dialog.quote_panel.rows() == [
        ("表价总价（100.00㎡）", "", "¥2,000,000.00"),
        ("一次性付款97折", "−¥60,000.00", "¥1,940,000.00"),
        ("开盘优惠99折", "−¥19,400.00", "¥1,920,600.00"),
        ("每平米优惠100元", "−¥10,000.00", "¥1,910,600.00"),
        ("优惠合计（4.47%）", "−¥89,400.00", ""),
    ]
    assert "¥1,910,600.00" in dialog.quote_panel.total.text()
    assert "¥19,106.00" in dialog.quote_panel.per_m2.text()
    assert "95.53%" in dialog.quote_panel.per_m2.text()
    banner = dialog.quote_panel.approval_text()
    assert labels.level_name("sales_manager") in banner   # 95.53% < the seller's 97%

    dialog.checks["full97"].setChecked(False)
    dialog.checks["m2_100"].setChecked(False)
    dialog.extra.setText("1000")
    quote = quoted(qtbot, dialog.quote_panel)
    assert quote.deal_total == Decimal("1979000.00")
    assert dialog.quote_panel.rows()[-2] == ("额外优惠", "−¥1,000.00", "¥1,979,000.00")
    assert labels.level_name("sales_manager") not in dialog.quote_panel.approval_text()

    # a discount of another payment method cannot be ticked
    dialog.checks["full97"].setChecked(True)
    dialog.method.setCurrentIndex(dialog.method.findData("commercial_loan"))
    assert not dialog.checks["full97"].isEnabled() and not dialog.checks["full97"].isChecked()
    quote = quoted(qtbot, dialog.quote_panel)
    assert quote.payment_method == "commercial_loan"
    dialog.extra.setText("12.345")
    assert dialog.errors.text_at("extra_discount") == "金额最多保留两位小数。"
    dialog.close()


def test_subscribing_reserves_the_unit_and_prints_the_form(qtbot, host, world,
                                                         context_for, pdf_to):
    unit = world.units[1]
    context = context_for("sales1")
    dialog = subscribe_dialog(qtbot, host, context, unit_id=unit.id)
    dialog.customer.choose(world.customers[0].id)
    dialog.checks["launch99"].setChecked(True)
    dialog.deposit.setText("abc")
    submit(qtbot, dialog)
    assert dialog.errors.current == "deposit" and dialog.errors.text_at("deposit")
    assert deals_of(world.superuser, unit.id) == []
    dialog.deposit.setText("50,000")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        dialog.ok_button().click()
    deal_id = saved.args[0]
    assert unit_status(world.superuser, unit.id) == "reserved"
    [row] = deals_of(world.superuser, unit.id)
    assert (row.id, row.stage, row.customer_id, row.deposit, row.deal_total, row.approval) == (
        deal_id, "subscribed", world.customers[0].id, Decimal("50000.00"),
        Decimal("1980000.00"), "not_needed")
    assert unit.code in dialog.banner.text() and not dialog.ok_button().isVisible()
    assert dialog.print_button.isVisible()

    job = dialog.print_form()
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT) as done:
        pass
    path = done.args[0]
    assert pdf_to[0] == f"suggested:认购书-{unit.code}.pdf" and pdf_to[1] == path
    text = pdf_text(path)
    assert unit.code in text and "认购书" in text.replace(" ", "")
    dialog.close()


def test_a_unit_someone_else_just_took_is_refused_and_nothing_is_saved(
        qtbot, host, world, context_for):
    unit = world.units[2]
    dialog = subscribe_dialog(qtbot, host, context_for("sales2"), unit_id=unit.id)
    dialog.customer.choose(world.customers[1].id)
    dialog.deposit.setText("50000")
    taken = deals.subscribe(world.engines("sales1"), unit.id, world.customers[0].id, terms())
    submit(qtbot, dialog)
    assert dialog.banner.isVisible()
    assert dialog.banner.text().startswith(f"房源 {unit.code} 已不可售：当前为「认购」（顾问甲）")
    assert [d.id for d in deals_of(world.superuser, unit.id)] == [taken]
    assert dialog.ok_button().isEnabled()  # the user may choose another unit
    dialog.close()


def test_the_unit_is_chosen_when_none_was_given(qtbot, host, world, context_for):
    context = context_for("sales1")
    deals.subscribe(world.engines("sales2"), world.units[0].id, world.customers[1].id, terms())
    dialog = subscribe_dialog(qtbot, host, context, customer_id=world.customers[0].id)
    assert dialog.unit_picker.units.isVisible()
    codes = [dialog.unit_picker.units.itemText(i).split(" · ")[0]
             for i in range(dialog.unit_picker.units.count())]
    assert world.units[0].code not in codes and world.units[1].code in codes  # only takeable
    assert dialog.customer.customer_id() == world.customers[0].id
    assert dialog.quote_panel.quote is None and dialog.quote_panel.placeholder.isVisible()
    submit(qtbot, dialog)
    assert dialog.errors.current == "unit"
    dialog.unit_picker.choose(world.units[1].id)
    assert quoted(qtbot, dialog.quote_panel).unit_code == world.units[1].code
    dialog.close()


def test_small_deposit_then_its_subscription(qtbot, host, world, context_for):
    unit = world.units[3]
    context = context_for("sales1")
    small = ready(qtbot, open_small_deposit(host, context, unit_id=unit.id))
    small.customer.choose(world.customers[0].id)
    small.deposit.setText("10000")
    with qtbot.waitSignal(small.saved, timeout=TIMEOUT) as saved:
        small.ok_button().click()
    deal_id = saved.args[0]
    assert unit_status(world.superuser, unit.id) == "reserved"
    assert deals_of(world.superuser, unit.id)[0].stage == "small_deposit"

    dialog = subscribe_dialog(qtbot, host, context, deal_id=deal_id)
    assert dialog.customer.customer_id() == world.customers[0].id
    assert dialog.customer.chosen.isVisible() and not dialog.customer.search.isVisible()
    assert dialog.deposit.text() == "10000" and "¥10,000.00" in dialog.note.text()
    dialog.deposit.setText("5000")
    submit(qtbot, dialog)   # less than the small deposit already paid: at the field
    assert dialog.errors.current == "deposit"
    dialog.deposit.setText("60000")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as converted:
        dialog.ok_button().click()
    assert converted.args[0] == deal_id
    [row] = deals_of(world.superuser, unit.id)
    assert (row.stage, row.deposit) == ("subscribed", Decimal("60000.00"))
    dialog.close()


def test_a_waiting_price_is_redone(qtbot, host, world, context_for):
    deal_id = world.subscribe(4, codes=("full97", "launch99"))
    assert world.detail(deal_id).deal.approval == "pending"
    dialog = subscribe_dialog(qtbot, host, context_for("sales1"), deal_id=deal_id)
    assert dialog.checks["full97"].isChecked() and dialog.checks["launch99"].isChecked()
    assert not dialog.deposit.isVisibleTo(dialog)
    assert quoted(qtbot, dialog.quote_panel).approval_level == "sales_manager"
    dialog.checks["full97"].setChecked(False)
    assert quoted(qtbot, dialog.quote_panel).approval_level is None
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.ok_button().click()
    deal = world.detail(deal_id).deal
    assert (deal.approval, deal.deal_total) == ("not_needed", Decimal("1980000.00"))
    dialog.close()


def test_printing_a_deal_that_is_not_subscribed_says_why(qtbot, host, world,
                                                         context_for, pdf_to):
    small = deals.small_deposit(world.engines("sales1"), world.units[5].id,
                                world.customers[0].id, Decimal("10000"))
    job = print_subscription(host, context_for("sales1"), small)
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT):
        pass
    assert any(w in job.error_box.text() for w in ("认购书", "subscription form"))
    assert pdf_to == ["suggested:认购书-" + world.units[5].code + ".pdf"]  # asked, not written
    job.error_box.close()
