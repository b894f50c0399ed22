"""The reports screen's filter choices against PostgreSQL, for every role that opens the
screen: the salespeople are the staff in the sales and sales-manager groups (active ones
first, a disabled one still listed for old figures), the channels are every 来源渠道
(disabled ones last), a staff member is found by id whatever their group, and the
buildings of a project come from app.services.chart."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.services import chart, report_choices
from tests.helpers.factories import create_project, create_units
from tests.helpers.staff import TEST_STAFF

READERS = ("manager", "finance", "executive", "admin")
SELLERS = ("sales1", "sales2", "manager")   # the test logins in sales or sales_manager


def _ids(superuser: sa.Engine) -> dict[str, int]:
    with superuser.connect() as conn:
        rows = conn.execute(sa.text("SELECT login, id FROM estatedesk.staff")).all()
    by_login = dict(rows)
    return {key: by_login[login] for key, (login, _name, _roles) in TEST_STAFF.items()}


@pytest.mark.parametrize("who", READERS)
def test_salespeople_are_the_sales_groups_for_every_reader(clone, engines, who):
    superuser = clone.superuser_engine()
    try:
        ids = _ids(superuser)
    finally:
        superuser.dispose()
    people = report_choices.salespeople(engines(who))
    assert sorted(p.id for p in people) == sorted(ids[k] for k in SELLERS)
    names = {p.id: p.name for p in people}
    assert all(names[ids[k]] == TEST_STAFF[k][1] for k in SELLERS)
    assert all(p.active for p in people)
    both = report_choices.load(engines(who))
    assert both.salespeople == people
    assert both.channels == report_choices.channels(engines(who))


def test_a_disabled_salesperson_comes_last_and_a_non_seller_is_found_by_id(clone, engines):
    superuser = clone.superuser_engine()
    try:
        ids = _ids(superuser)
        with superuser.begin() as conn:   # the row only: the login role is the cluster's
            conn.execute(sa.text("UPDATE estatedesk.staff SET active = false, "
                                 "disabled_at = now() WHERE id = :id"), {"id": ids["sales2"]})
    finally:
        superuser.dispose()
    people = report_choices.salespeople(engines("finance"))
    assert people[-1].id == ids["sales2"] and not people[-1].active
    assert all(p.active for p in people[:-1]) and len(people) == 3
    finance = report_choices.staff_member(engines("executive"), ids["finance"])
    assert finance == report_choices.Choice(ids["finance"], TEST_STAFF["finance"][1], True)
    assert ids["finance"] not in {p.id for p in people}
    assert report_choices.staff_member(engines("finance"), 987_654) is None


@pytest.mark.parametrize("who", READERS)
def test_channels_are_every_channel_active_first(clone, engines, who):
    superuser = clone.superuser_engine()
    try:
        with superuser.begin() as conn:
            conn.execute(sa.text("INSERT INTO estatedesk.channels (name, sort_order, active) "
                                 "VALUES ('停用渠道', 1, false)"))
            expected = conn.execute(sa.text(
                "SELECT id, name, active FROM estatedesk.channels")).all()
    finally:
        superuser.dispose()
    channels = report_choices.channels(engines(who))
    assert sorted((c.id, c.name, c.active) for c in channels) == sorted(
        tuple(r) for r in expected)
    assert len(channels) > 1
    assert [c.active for c in channels] == sorted((c.active for c in channels), reverse=True)
    assert channels[-1].name == "停用渠道"


@pytest.mark.parametrize("who", READERS)
def test_every_reader_lists_a_projects_buildings(clone, engines, who):
    from sqlalchemy.orm import Session

    superuser = clone.superuser_engine()
    try:
        with Session(superuser, expire_on_commit=False) as session, session.begin():
            project = create_project(session)
            create_units(session, project, building="1", floors=1, per_floor=1)
            create_units(session, project, building="2", floors=1, per_floor=2)
            other = create_project(session)
            create_units(session, other, building="9", floors=1, per_floor=1)
            expected = session.execute(sa.text(
                "SELECT id FROM estatedesk.buildings WHERE project_id = :p"),
                {"p": project.id}).scalars().all()
    finally:
        superuser.dispose()
    buildings = chart.list_buildings(engines(who), project.id)
    assert sorted(b.id for b in buildings) == sorted(expected)
    assert len(buildings) == 2
