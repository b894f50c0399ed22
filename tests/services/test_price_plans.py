"""Price plans and adjustments: trial, submission, approval by someone else, list prices
changed for unsold units only, history kept."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.domain.pricing import Adjustment, FloorRule, PricePlan
from app.services import price_plans
from app.services.errors import ErrorKind, UserError
from tests.helpers.factories import seed_committed

PLAN = PricePlan(base_prices={"default": Decimal("25000")},
                 floor_coefficients=FloorRule(start_floor=1, step=Decimal("0.01")),
                 orientation_coefficients={"南": Decimal("1.02")})


@pytest.fixture
def project(clone):
    engine = clone.superuser_engine()
    project, units, _ = seed_committed(engine, floors=2, per_floor=2, customers_for=())
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = 'contracted' WHERE id = :u"),
                     {"u": units[0].id})
    yield project, units, engine
    engine.dispose()


def _prices(engine, ids):
    with engine.connect() as conn:
        return dict(conn.execute(sa.text(
            "SELECT id, list_total FROM estatedesk.units WHERE id = ANY(:i)"), {"i": ids}).all())


def test_trial_skips_sold_units_and_prices_the_rest_exactly(engines, project):
    proj, units, _ = project
    changes = {c.unit_id: c for c in price_plans.trial_plan(engines("manager"), proj.id, PLAN)}
    assert changes[units[0].id].skipped_reason == "frozen"
    floor2 = next(u for u in units[1:] if u.room_no.startswith("2"))
    # 25000 × 1.01 (floor 2) × 1.02 (south) = 25755 per m², × 100 m²
    assert changes[floor2.id].new_unit_price == Decimal("25755.00")
    assert changes[floor2.id].new_total == Decimal("2575500.00")


def test_nothing_changes_until_another_manager_or_an_admin_approves(engines, project):
    proj, units, superuser = project
    ids = [u.id for u in units]
    before = _prices(superuser, ids)
    changes = price_plans.trial_plan(engines("manager"), proj.id, PLAN)
    plan = price_plans.submit(engines("manager"), proj.id, "开盘价格方案", PLAN, changes)
    assert _prices(superuser, ids) == before
    with pytest.raises(UserError) as caught:
        price_plans.decide(engines("manager"), plan, True)
    assert caught.value.key == "plan_own"
    with pytest.raises(UserError) as caught:
        price_plans.decide(engines("sales1"), plan, True)
    assert caught.value.kind is ErrorKind.NOT_ALLOWED
    # a unit sold after the trial keeps its agreed price
    with superuser.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = 'reserved' WHERE id = :u"),
                     {"u": units[1].id})
    assert price_plans.decide(engines("admin"), plan, True) == price_plans.Decision(2, 1)
    after = _prices(superuser, ids)
    assert after[units[0].id] == before[units[0].id]     # contracted before the plan
    assert after[units[1].id] == before[units[1].id]     # reserved before the approval
    expected = {c.unit_id: c.new_total for c in changes if not c.skipped}
    assert {u: after[u] for u in ids[2:]} == {u: expected[u] for u in ids[2:]}
    history = price_plans.unit_price_history(engines("executive"), units[3].id)
    assert [(h.plan_name, h.old_total, h.new_total, h.changed_by) for h in history] == [
        ("开盘价格方案", before[units[3].id], expected[units[3].id], "edt_admin")]
    summary = price_plans.plans(engines("executive"), proj.id)[0]
    assert (summary.status, summary.units, summary.applied_units, summary.skipped_units) == (
        "approved", 3, 2, 1)
    with pytest.raises(UserError) as caught:
        price_plans.decide(engines("admin"), plan, False, "晚了")
    assert caught.value.key == "plan_not_pending"


def test_rejection_needs_a_reason_and_changes_nothing(engines, project):
    proj, units, superuser = project
    before = _prices(superuser, [u.id for u in units])
    plan = price_plans.submit(engines("manager"), proj.id, "试探性调价", PLAN,
                              price_plans.trial_plan(engines("manager"), proj.id, PLAN))
    with pytest.raises(UserError) as caught:
        price_plans.decide(engines("admin"), plan, False, "  ")
    assert caught.value.key == "plan_reject_reason"
    assert price_plans.decide(engines("admin"), plan, False, "涨幅过大") == price_plans.Decision(0, 0)
    assert _prices(superuser, [u.id for u in units]) == before
    assert price_plans.plans(engines("manager"), proj.id)[0].decision_note == "涨幅过大"


def test_adjustment_on_selected_floors(engines, project):
    proj, units, _ = project
    changes = price_plans.trial_adjustment(
        engines("manager"), proj.id, Adjustment(percent=Decimal("2"), floors=range(2, 3)))
    by_unit = {c.unit_id: c for c in changes}
    floor2 = [u for u in units if u.room_no.startswith("2")]
    assert set(by_unit) == {u.id for u in floor2}
    assert all(by_unit[u.id].new_unit_price == Decimal("20400.00") for u in floor2)
    plan = price_plans.submit(engines("manager"), proj.id, "2层上调2%", Adjustment(
        percent=Decimal("2"), floors=range(2, 3)), changes)
    assert price_plans.plans(engines("manager"), proj.id)[0].kind == "adjustment"
    assert price_plans.decide(engines("admin"), plan, True).applied == 2


def test_sold_units_cannot_be_slipped_into_a_plan(engines, project):
    proj, units, _ = project
    lines = json.dumps([{"unit": units[0].id, "unit_price": "1", "total": "100"}])
    with engines("manager").connect() as conn, pytest.raises(sa.exc.DBAPIError) as caught:
        conn.execute(sa.text("SELECT estatedesk.price_plan_submit(:p, 'plan', 'x', '{}', "
                             "CAST(:l AS jsonb))"), {"p": proj.id, "l": lines})
    assert "plan_units_sold" in caught.value.orig.diag.message_detail


@pytest.mark.parametrize("who", ["sales1", "reception", "property"])
def test_plans_are_not_for_the_sales_floor(engines, project, who):
    proj, _, _ = project
    with engines(who).connect() as conn, pytest.raises(sa.exc.DBAPIError) as caught:
        conn.execute(sa.text("SELECT * FROM estatedesk.price_plans"))
    assert caught.value.orig.pgcode == "42501"
