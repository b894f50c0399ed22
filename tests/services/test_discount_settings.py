"""Discount settings: rules in order, ceilings by level, own limits set by someone else."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services import deals, discount_settings
from app.services.discount_settings import DealDeadlines, RuleSetting
from tests.helpers.deals import refusal


def test_rules_levels_and_deadlines_drive_the_price(engines, world):
    project, units, _, superuser = world
    manager = engines("manager")
    discount_settings.save_rule(manager, project.id, RuleSetting(
        "vip98", "VIP客户98折", "percent", Decimal("0.98"), 0))
    codes = [r.code for r in discount_settings.rules(manager, project.id)]
    assert codes[0] == "vip98"
    quote = deals.quote(engines("sales1"), units[0].id, ["launch99", "vip98"], "full")
    assert [s.code for s in quote.steps] == ["vip98", "launch99"]
    assert quote.deal_total == Decimal("1940400.00")          # 2,000,000 × 0.98 × 0.99
    assert quote.approval_level is None                         # 97.02% ≥ 97%
    discount_settings.save_levels(manager, project.id, [
        ("sales", Decimal("0.99")), ("sales_manager", Decimal("0.95")), ("director", Decimal("0.9"))])
    quote = deals.quote(engines("sales1"), units[0].id, ["launch99", "vip98"], "full")
    assert quote.approval_level == "sales_manager"
    assert refusal(lambda: discount_settings.save_levels(manager, project.id, [
        ("sales", Decimal("0.9")), ("sales_manager", Decimal("0.95")),
        ("director", Decimal("0.9"))])) == "levels:levels_order"
    assert refusal(lambda: discount_settings.save_rule(manager, project.id, RuleSetting(
        "bad", "太多", "percent", Decimal("1.5")))) == "value:discount_percent_range"
    assert refusal(lambda: discount_settings.save_rule(manager, project.id, RuleSetting(
        "Bad Code", "x", "fixed", Decimal("1")))) == "code:rule_code_format"
    assert refusal(lambda: discount_settings.save_rule(engines("sales1"), project.id, RuleSetting(
        "mine", "自己的", "fixed", Decimal("1")))) == "permission"
    discount_settings.save_deadlines(manager, project.id, DealDeadlines(2, 10, "flag"))
    assert discount_settings.deadlines(engines("sales1"), project.id) == DealDeadlines(2, 10, "flag")


@pytest.mark.parametrize("who", ["manager", "admin"])
def test_own_limits_are_set_by_someone_else(engines, world, who):
    limits = {s.login: s for s in discount_settings.staff_limits(engines(who))}
    sales1, manager = limits["edt_sales1"], limits["edt_manager"]
    discount_settings.set_staff_limit(engines(who), sales1.staff_id, Decimal("0.985"))
    assert {s.login: s for s in discount_settings.staff_limits(engines(who))}[
        "edt_sales1"].discount_limit == Decimal("0.9850")
    if who == "manager":
        assert refusal(lambda: discount_settings.set_staff_limit(
            engines(who), manager.staff_id, Decimal("0.5"))) == "discount_limit_own"
        assert refusal(lambda: discount_settings.set_staff_limit(
            engines(who), sales1.staff_id, None, director=True)) == "director_admin_only"
    else:
        discount_settings.set_staff_limit(engines(who), manager.staff_id, None, director=True)
    assert refusal(lambda: discount_settings.set_staff_limit(
        engines(who), sales1.staff_id, Decimal("1.2"))) == "discount_limit_range"
