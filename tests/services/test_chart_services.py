"""Chart reads and unit actions through the services, as each role, on real logins."""

from __future__ import annotations

from collections import Counter

import pytest
import sqlalchemy as sa

from app.domain.statuses import UnitStatus
from app.services import chart, unit_actions
from app.services.errors import ErrorKind, UserError
from tests.helpers.factories import seed_committed


@pytest.fixture
def seeded(clone, engines):
    engine = clone.superuser_engine()
    project, units, customers = seed_committed(engine, floors=4, per_floor=3)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE estatedesk.units SET status = 'not_released' "
                             "WHERE id = :u"), {"u": units[-1].id})
    engine.dispose()
    return project, units, customers, engines


@pytest.mark.parametrize("key", ["reception", "sales1", "manager", "finance", "executive",
                                 "admin"])
def test_every_chart_role_loads_the_chart(seeded, clone, key):
    project, units, _, as_ = seeded
    shown = chart.load_chart(as_(key), project.id)
    assert [u.id for u in shown] == [u.id for u in sorted(
        shown, key=lambda u: (u.building_code, u.entrance_code, -u.floor, u.room_no))]
    engine = clone.superuser_engine()
    with engine.connect() as conn:
        expected = Counter(dict(conn.execute(sa.text(
            "SELECT status::text, count(*) FROM estatedesk.units WHERE project_id = :p "
            "GROUP BY 1"), {"p": project.id}).all()))
    engine.dispose()
    assert Counter(u.status.value for u in shown) == expected
    assert len(shown) == len(units) == 12


def test_customer_names_only_where_the_role_may_see_them(seeded):
    project, units, (mine, theirs), as_ = seeded
    unit_actions.pencil(as_("sales1"), units[0].id, mine.id)
    unit_actions.pencil(as_("sales2"), units[1].id, theirs.id)

    def who(key: str) -> dict[int, tuple]:
        return {u.id: (u.customer, u.salesperson)
                for u in chart.load_units(as_(key), [units[0].id, units[1].id])}

    assert who("sales1") == {units[0].id: (mine.name, "顾问甲"), units[1].id: (None, "顾问乙")}
    assert who("manager") == {units[0].id: (mine.name, "顾问甲"),
                              units[1].id: (theirs.name, "顾问乙")}
    assert who("reception") == {units[0].id: (None, "顾问甲"), units[1].id: (None, "顾问乙")}


def test_transitions_mirror_the_roles(seeded):
    _, _, _, as_ = seeded
    manager = {(t.from_status, t.to_status) for t in chart.my_transitions(as_("manager"))}
    sales = {(t.from_status, t.to_status) for t in chart.my_transitions(as_("sales1"))}
    assert (UnitStatus.AVAILABLE, UnitStatus.HELD) in manager
    assert (UnitStatus.AVAILABLE, UnitStatus.PENCILLED) not in manager
    assert sales == {(UnitStatus.AVAILABLE, UnitStatus.PENCILLED),
                     (UnitStatus.PENCILLED, UnitStatus.AVAILABLE)}
    assert chart.my_transitions(as_("executive")) == []


def test_hold_release_and_history(seeded):
    _, units, _, as_ = seeded
    ids = [units[0].id, units[1].id]
    assert unit_actions.hold(as_("manager"), ids, "开盘前保留") == 2
    assert {u.status for u in chart.load_units(as_("sales1"), ids)} == {UnitStatus.HELD}
    assert unit_actions.release(as_("manager"), ids) == 2
    history = chart.unit_history(as_("sales1"), units[0].id)
    assert [(h.old_status, h.new_status) for h in history[-2:]] == [
        (UnitStatus.AVAILABLE, UnitStatus.HELD), (UnitStatus.HELD, UnitStatus.AVAILABLE)]
    assert history[-2].reason == "开盘前保留" and history[-2].full_name == "经理测试"


def test_refusals_are_clear(seeded):
    _, units, (mine, theirs), as_ = seeded
    with pytest.raises(UserError) as caught:
        unit_actions.hold(as_("manager"), [units[0].id], "  ")
    assert caught.value.key == "reason_required"
    with pytest.raises(UserError) as caught:
        unit_actions.hold(as_("sales1"), [units[0].id], "x")
    assert caught.value.kind is ErrorKind.NOT_ALLOWED
    unit_actions.pencil(as_("sales2"), units[0].id, theirs.id)
    with pytest.raises(UserError) as caught:
        unit_actions.pencil(as_("sales1"), units[0].id, mine.id)
    assert caught.value.key == "unit_taken"
    assert caught.value.params["by"] == "顾问乙" and caught.value.params["status"] == "pencilled"
    with pytest.raises(UserError) as caught:
        unit_actions.hold(as_("manager"), [units[2].id], "x" * 201)
    assert caught.value.kind is ErrorKind.VALIDATION


def test_projects_buildings_and_my_customers(seeded):
    project, units, (mine, _), as_ = seeded
    projects = chart.list_projects(as_("reception"))
    assert [(p.id, p.units, p.pencil_hold_minutes) for p in projects] == [(project.id, 12, 120)]
    buildings = chart.list_buildings(as_("reception"), project.id)
    assert [(b.code, b.units) for b in buildings] == [("1", 12)]
    choices = chart.my_customers(as_("sales1"))
    assert [(c.id, c.name) for c in choices] == [(mine.id, mine.name)]
    assert "****" in choices[0].phone_masked


def test_chart_query_columns_are_chartunit_fields_in_order(db):
    """load_chart builds ChartUnit positionally (for speed): the two must not drift."""
    import dataclasses

    from app.db.queries.chart import chart_query
    from app.domain.chart import ChartUnit

    for with_customers in (True, False):
        keys = list(db.execute(chart_query(with_customers=with_customers, where="false")).keys())
        assert keys == [f.name for f in dataclasses.fields(ChartUnit)]
