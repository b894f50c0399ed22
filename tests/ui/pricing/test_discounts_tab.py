"""优惠设置 from the manager's desk to the database: a new rule takes its place in the stacking
order and the worked example follows it to the yuan (and agrees with the database's own
quote); a bad value is refused at its field and nothing is saved; ceilings must go down by
level; a manager sets a salesperson's own limit but not their own, and cannot name a project
director. The tables pass Qt's model tester."""

from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication

from app.services import deals, discount_settings
from app.services.discount_settings import RuleSetting, StaffLimit
from app.ui.common.operations import OperationRunner
from app.ui.deals.labels import method_name
from app.ui.pricing.discount_models import (
    DiscountRuleModel,
    StaffLimitModel,
    percent,
    rule_value_text,
    yuan,
)
from app.ui.pricing.discount_panels import PercentSpin
from app.ui.pricing.discount_rules_panel import RulesPanel
from tests.helpers.deals import RULES
from tests.ui.pricing.conftest import idle


def message(text: str) -> str:
    """A service message as the UI shows it (translated once the lead adds it)."""
    return QCoreApplication.translate("Messages", text) or text


@pytest.fixture
def with_rules(priced, superuser):
    """The pricing project with the deal tests' four rules (97折 full payment, 99折, −¥5,000,
    −¥100/m²)."""
    with superuser.begin() as conn:
        for code, name, kind, value, order, method in RULES:
            conn.execute(sa.text(
                """INSERT INTO estatedesk.discount_rules
                   (project_id, code, name, kind, value, sort_order, payment_method)
                   VALUES (:p, :c, :n, :k, :v, :o, CAST(:m AS estatedesk.payment_method))"""),
                {"p": priced.project_id, "c": code, "n": name, "k": kind, "v": value,
                 "o": order, "m": method})
    return priced


def discounts(qtbot, open_pricing, key: str = "manager"):  # noqa: ANN201
    screen = open_pricing(key)
    tab = screen.discounts_tab
    screen.tabs.setCurrentWidget(tab)
    idle(qtbot, screen)
    return screen, tab


def codes(tab) -> list[str]:  # noqa: ANN001
    return [rule.code for rule in tab.rules.model.rows()]


def save_dialog(qtbot, screen, dialog) -> None:  # noqa: ANN001
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: dialog.ok_button().isEnabled(), timeout=10_000)
    idle(qtbot, screen)


def stored_rules(superuser, project_id: int) -> list[tuple]:
    with superuser.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(
            "SELECT code, kind, value, sort_order, active FROM estatedesk.discount_rules "
            "WHERE project_id = :p ORDER BY code"), {"p": project_id})]


def test_a_new_rule_takes_its_place_and_the_example_follows(qtbot, open_pricing, with_rules,
                                                           engines):
    screen, tab = discounts(qtbot, open_pricing)
    assert screen.tabs.indexOf(tab) == screen.tabs.count() - 1
    assert codes(tab) == ["full97", "launch99", "gift5000", "m2_100"]
    values = [tab.rules.model.index(r, 4).data() for r in range(4)]
    assert values == ["97折", "99折", "¥5,000", "¥100/m²"]
    # 2,000,000 × 0.97 × 0.99 − 5,000 − 100 × 100 m²
    assert tab.rules.steps.text() == ("¥2,000,000 → 一次性付款97折 ¥1,940,000 → 开盘优惠99折 "
                                "¥1,920,600 → 老带新立减5000 ¥1,915,600 → 每平米优惠100元 "
                                "¥1,905,600")
    assert "¥1,905,600（表价的 95.28%）" in tab.rules.example.text()

    tab.rules.add_button.click()
    dialog = tab.rules.rule_dialog
    assert dialog.isVisible() and dialog.order.value() == 5
    dialog.code.setText("vip98")
    dialog.name.setText("VIP客户98折")
    dialog.kind.setCurrentIndex(dialog.kind.findData("percent"))
    dialog.value.setText("98")
    assert "98折" in dialog.preview.text()
    dialog.order.setValue(0)
    save_dialog(qtbot, screen, dialog)
    assert not dialog.isVisible()
    assert codes(tab) == ["vip98", "full97", "launch99", "gift5000", "m2_100"]
    assert tab.rules.selected_rule().code == "vip98"
    assert tab.rules.model.index(0, 4).data() == "98折"
    # 2,000,000 × 0.98 × 0.97 × 0.99 − 5,000 − 10,000, each step to the yuan
    assert tab.rules.steps.text() == ("¥2,000,000 → VIP客户98折 ¥1,960,000 → 一次性付款97折 "
                                "¥1,901,200 → 开盘优惠99折 ¥1,882,188 → 老带新立减5000 "
                                "¥1,877,188 → 每平米优惠100元 ¥1,867,188")
    assert "¥1,867,188（表价的 93.36%）" in tab.rules.example.text()
    unit = with_rules.units["1-1-201"]
    quote = deals.quote(engines("manager"), unit, codes(tab), "full")
    assert quote.deal_total == tab.rules.example_breakdown().deal_total == Decimal("1867188.00")

    # 停用: the rule goes last, greyed, and leaves the example
    tab.rules.select_rule("gift5000")
    tab.rules.toggle_button.click()
    qtbot.waitUntil(lambda: not tab.rules.model.rows()[-1].active, timeout=10_000)
    idle(qtbot, screen)
    assert codes(tab)[-1] == "gift5000" and tab.rules.selected_rule().code == "gift5000"
    assert tab.rules.toggle_button.text() != "" and tab.rules.banner.isVisible()
    assert tab.rules.example_breakdown().deal_total == Decimal("1872188.00")
    tab.rules.toggle_button.click()
    qtbot.waitUntil(lambda: tab.rules.model.rows()[-1].code == "m2_100", timeout=10_000)
    idle(qtbot, screen)

    # changing keeps the code and shows the percentage as typed
    tab.rules.select_rule("launch99")
    tab.rules.edit_button.click()
    dialog = tab.rules.rule_dialog
    assert dialog.code.isReadOnly() and dialog.value.text() == "99"
    dialog.value.setText("99.5")
    save_dialog(qtbot, screen, dialog)
    assert not dialog.isVisible()
    assert tab.rules.model.index(tab.rules.model.row_of("launch99"), 4).data() == "9.95折"
    rules = {r.code: r for r in discount_settings.rules(engines("manager"),
                                                        with_rules.project_id)}
    assert rules["launch99"].value == Decimal("0.9950")


@pytest.mark.parametrize(("kind", "typed", "field", "expected"), [
    ("fixed", "0", "value", "The value must be above zero with at most four decimals."),
    ("percent", "150", "value", None),
    ("fixed", "abc", "value", None),
    ("fixed", "500", "code", "A discount with this code already exists."),
])
def test_a_bad_rule_is_refused_at_its_field(qtbot, open_pricing, with_rules, superuser,
                                            kind, typed, field, expected):
    screen, tab = discounts(qtbot, open_pricing)
    before = stored_rules(superuser, with_rules.project_id)
    tab.rules.add_button.click()
    dialog = tab.rules.rule_dialog
    dialog.code.setText("gift5000" if field == "code" else "new_rule")
    dialog.name.setText("新规则")
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.value.setText(typed)
    save_dialog(qtbot, screen, dialog)
    assert dialog.isVisible()
    shown = dialog.errors.text_at(field)
    assert shown and dialog.errors.current == field
    if expected is not None:
        assert shown == message(expected)
    assert not dialog.banner.isVisible()
    assert stored_rules(superuser, with_rules.project_id) == before
    dialog.reject()


def test_a_bad_code_is_the_databases_refusal_at_the_code(qtbot, open_pricing, with_rules,
                                                         superuser):
    screen, tab = discounts(qtbot, open_pricing)
    before = stored_rules(superuser, with_rules.project_id)
    tab.rules.add_button.click()
    dialog = tab.rules.rule_dialog
    dialog.code.setText("Bad Code")
    dialog.name.setText("新规则")
    dialog.value.setText("97")
    save_dialog(qtbot, screen, dialog)
    assert dialog.errors.text_at("code") == message(
        "A code is 2 to 30 lower-case letters, digits or _, starting with a letter.")
    assert stored_rules(superuser, with_rules.project_id) == before


def test_ceilings_must_go_down_by_level(qtbot, open_pricing, with_rules, engines):
    screen, tab = discounts(qtbot, open_pricing)
    panel = tab.levels_panel
    assert [(level, spin.cleanText()) for level, spin in panel.spins.items()] == [
        ("sales", "97.00"), ("sales_manager", "94.00"), ("director", "90.00")]
    panel.spins["sales"].setValue(90)
    panel.spins["sales_manager"].setValue(95)
    panel.save_button.click()
    idle(qtbot, screen)
    assert panel.errors.text_at("levels") == message(
        "Discount ceilings must lie between 0 and 1 and go down by level.")
    assert all(spin.property("invalid") for spin in panel.spins.values())
    manager = engines("manager")
    assert discount_settings.levels(manager, with_rules.project_id) == [
        ("sales", Decimal("0.97")), ("sales_manager", Decimal("0.94")),
        ("director", Decimal("0.90"))]

    panel.spins["sales"].setValue(98.5)
    panel.spins["sales_manager"].setValue(95.25)
    panel.save_button.click()
    idle(qtbot, screen)
    assert panel.errors.text_at("levels") == "" and panel.banner.isVisible()
    assert not any(spin.property("invalid") for spin in panel.spins.values())
    assert discount_settings.levels(manager, with_rules.project_id) == [
        ("sales", Decimal("0.985")), ("sales_manager", Decimal("0.9525")),
        ("director", Decimal("0.90"))]


def test_deadlines_are_saved(qtbot, open_pricing, with_rules, engines):
    screen, tab = discounts(qtbot, open_pricing)
    panel = tab.deadlines_panel
    assert panel.values() == (3, 7, "release")
    panel.small_deposit_days.setValue(2)
    panel.sign_days.setValue(10)
    panel.flag.setChecked(True)
    panel.save_button.click()
    idle(qtbot, screen)
    assert panel.banner.isVisible()
    assert discount_settings.deadlines(engines("sales1"), with_rules.project_id) == \
        discount_settings.DealDeadlines(2, 10, "flag")


def test_a_manager_sets_a_salespersons_limit_but_not_their_own(qtbot, open_pricing,
                                                               with_rules, engines):
    screen, tab = discounts(qtbot, open_pricing)
    panel = tab.staff_panel
    rows = {s.login: s for s in panel.model.rows()}
    assert {"edt_sales1", "edt_sales2", "edt_manager"} <= set(rows)
    assert not panel.director.isEnabled()

    panel.select_staff(rows["edt_manager"].staff_id)
    assert panel.model.index(panel.model.row_of(rows["edt_manager"].staff_id), 0).data() \
        .startswith("经理测试")
    assert not panel.director.isEnabled()
    panel.own_limit.setChecked(True)
    panel.limit.setValue(80)
    panel.save_button.click()
    idle(qtbot, screen)
    assert panel.errors.text_at("discount_limit") == message(
        "Nobody sets their own discount limit.")
    manager = engines("manager")
    assert {s.login: s for s in discount_settings.staff_limits(manager)}[
        "edt_manager"].discount_limit is None

    panel.select_staff(rows["edt_sales1"].staff_id)
    assert panel.errors.text_at("discount_limit") == ""
    assert not panel.limit.isEnabled() and panel.limit.text() == panel.limit.specialValueText()
    panel.own_limit.setChecked(True)
    assert panel.limit.isEnabled()
    panel.limit.setValue(98.5)
    panel.save_button.click()
    idle(qtbot, screen)
    assert panel.banner.isVisible() and panel.errors.text_at("discount_limit") == ""
    saved = {s.login: s for s in discount_settings.staff_limits(manager)}["edt_sales1"]
    assert saved.discount_limit == Decimal("0.9850") and not saved.director
    row = panel.model.row_of(saved.staff_id)
    assert panel.model.index(row, 2).data() == "98.50%"
    assert panel.selected().staff_id == saved.staff_id and panel.own_limit.isChecked()

    panel.own_limit.setChecked(False)        # back to the level's ceiling
    panel.save_button.click()
    idle(qtbot, screen)
    assert {s.login: s for s in discount_settings.staff_limits(manager)}[
        "edt_sales1"].discount_limit is None


def test_an_administrator_names_a_director(qtbot, open_pricing, with_rules, engines):
    screen, tab = discounts(qtbot, open_pricing, "admin")
    panel = tab.staff_panel
    manager = {s.login: s for s in panel.model.rows()}["edt_manager"]
    panel.select_staff(manager.staff_id)
    assert panel.director.isEnabled()
    panel.director.setChecked(True)
    panel.save_button.click()
    idle(qtbot, screen)
    assert {s.login: s for s in discount_settings.staff_limits(engines("admin"))}[
        "edt_manager"].director
    assert panel.model.index(panel.model.row_of(manager.staff_id), 3).data() == "✓"


def test_the_executive_has_no_discount_settings(open_pricing, with_rules):
    screen = open_pricing("executive")
    assert screen.discounts_tab is None and screen.tabs.count() == 1


def test_values_read_as_a_sales_office_writes_them():
    assert rule_value_text("percent", Decimal("0.97")) == "97折"
    assert rule_value_text("percent", Decimal("0.9000")) == "9折"
    assert rule_value_text("percent", Decimal("0.975")) == "9.75折"
    assert rule_value_text("percent", Decimal("0.085")) == "0.85折"
    assert rule_value_text("fixed", Decimal("5000.0000")) == "¥5,000"
    assert rule_value_text("fixed", Decimal("5000.5")) == "¥5,000.50"
    assert rule_value_text("per_m2", Decimal("100")) == "¥100/m²"
    assert yuan(Decimal("1905600.00")) == "¥1,905,600"
    assert percent(Decimal("0.9850")) == "98.50%"


def test_percentages_are_read_exactly(qtbot):
    spin = PercentSpin("ratio")
    qtbot.addWidget(spin)
    for shown, ratio in ((97.13, "0.9713"), (94, "0.94"), (0.01, "0.0001"), (100, "1")):
        spin.setValue(shown)
        assert spin.ratio() == Decimal(ratio)
    spin.set_ratio(Decimal("0.9525"))
    assert spin.cleanText() == "95.25" and spin.ratio() == Decimal("0.9525")


def test_the_models_pass_the_model_tester(qtmodeltester):
    rules = DiscountRuleModel()
    rules.set_rows([RuleSetting(code, name, kind, Decimal(value), order, method, order != 3)
                    for code, name, kind, value, order, method in RULES])
    qtmodeltester.check(rules)
    assert rules.index(0, 5).data() == method_name("full")
    assert rules.index(2, 6).data() != rules.index(0, 6).data()      # inactive
    rules.set_rows([])
    qtmodeltester.check(rules)
    staff = StaffLimitModel(own_staff_id=2)
    staff.set_rows([StaffLimit(1, "顾问甲", "edt_sales1", Decimal("0.985"), False),
                    StaffLimit(2, "经理测试", "edt_manager", None, True)])
    qtmodeltester.check(staff)
    assert staff.index(0, 2).data() == "98.50%"
    assert staff.index(1, 3).data() == "✓"
    assert staff.index(1, 0).data() != "经理测试"        # marked as the user's own row


def test_the_example_says_when_the_rules_eat_the_price(qtbot):
    panel = RulesPanel(None, OperationRunner())
    qtbot.addWidget(panel)
    panel.set_rules([RuleSetting("huge", "清盘特惠", "fixed", Decimal("2000000")),
                     RuleSetting("off", "停用的", "percent", Decimal("0.5"), active=False)])
    assert panel.example.property("failed") and panel.steps.text() == ""
    assert panel.example.text() == QCoreApplication.translate(
        "Messages", "Discount {name} would bring the price to zero or below.").format(
        name="清盘特惠")
    panel.set_rules([RuleSetting("off", "停用的", "percent", Decimal("0.5"), active=False)])
    assert not panel.example.property("failed") and "¥" not in panel.example.text()
