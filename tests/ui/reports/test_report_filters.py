"""The reports screen's building, salesperson and channel pickers against PostgreSQL (the
deal screens' project, with a second building and another project): they list the chosen
project's buildings, the salespeople and the channels for every role that opens the screen;
a chosen salesperson, building or channel narrows the report to `reports.run(...)`'s rows;
a picker the report does not use is disabled; the dashboard's drill-down shows its
salesperson, building and channel in the pickers; the export's filter line names them.

Nothing here reads English display text (the UI tests run in Chinese): the pickers are read
through their data, the names through the seeded (Chinese) names and screen.tr(...)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QComboBox
from sqlalchemy.orm import Session

from app.services import chart, report_choices, reports
from app.services.reports import REPORTS, ReportFilter
from tests.helpers.factories import create_project, create_units
from tests.helpers.staff import TEST_STAFF
from tests.ui.deals.conftest import context_for, idle, world  # noqa: F401 — fixtures
from tests.ui.reports.conftest import settle, show


@pytest.fixture
def office(world):  # noqa: F811 — the imported fixture
    """Two contracts (sales1, sales2) and a subscription (sales1) in building 1; building 2
    unsold; sales2's customer came through a channel; another project with one building."""
    world.contract(0, 0)
    world.contract(1, 1, who="sales2")
    world.subscribe(2, 0)
    with Session(world.superuser, expire_on_commit=False) as session, session.begin():
        create_units(session, world.project, building="2", floors=1, per_floor=2)
        world.other = create_project(session)
        create_units(session, world.other, building="9", floors=1, per_floor=1)
        world.channel = session.execute(sa.text(
            "SELECT id FROM estatedesk.channels WHERE active ORDER BY sort_order, id LIMIT 1")
        ).scalar_one()
        session.execute(sa.text("UPDATE estatedesk.customers SET channel_id = :ch WHERE id = :c"),
                        {"ch": world.channel, "c": world.customers[1].id})
        world.staff_ids = {key: session.execute(sa.text(
            "SELECT id FROM estatedesk.staff WHERE login = :l"), {"l": login}).scalar_one()
            for key, (login, _name, _roles) in TEST_STAFF.items()}
        world.buildings = dict(session.execute(sa.text(
            "SELECT code, id FROM estatedesk.buildings WHERE project_id = :p"),
            {"p": world.project.id}).all())
    return world


def values(combo: QComboBox) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


def pick(qtbot, screen, combo: QComboBox, value) -> None:
    """Choose `value` in a picker as the user does (activated), and wait for the report."""
    index = combo.findData(value)
    assert index > 0, (combo.objectName(), value, values(combo))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    settle(qtbot, screen)


@pytest.mark.parametrize("who", ["manager", "finance", "executive", "admin"])
def test_pickers_list_the_buildings_salespeople_and_channels(qtbot, office, open_reports, who):
    screen = open_reports(who)
    engine = office.engines(who)
    for name, combo in (("report_building", screen.building), ("report_staff", screen.staff),
                        ("report_channel", screen.channel)):
        assert screen.findChild(QComboBox, name) is combo
        assert combo.itemData(0) is None
    show(qtbot, screen, "sales_ledger", office.project.id)
    assert values(screen.building) == [None] + [
        b.id for b in chart.list_buildings(engine, office.project.id)]
    assert sorted(values(screen.building)[1:]) == sorted(office.buildings.values())
    people = report_choices.salespeople(engine)
    assert values(screen.staff) == [None] + [p.id for p in people]
    ids = office.staff_ids
    assert {ids["sales1"], ids["sales2"], ids["manager"]} == set(values(screen.staff)[1:])
    assert screen.staff.itemText(screen.staff.findData(ids["sales2"])) == \
        TEST_STAFF["sales2"][1]
    channels = report_choices.channels(engine)
    assert values(screen.channel) == [None] + [c.id for c in channels]
    assert office.channel in values(screen.channel)
    # another project: its buildings
    screen.set_project(office.other.id)
    settle(qtbot, screen)
    other = [b.id for b in chart.list_buildings(engine, office.other.id)]
    assert values(screen.building) == [None, *other] and len(other) == 1
    assert screen.building.currentData() is None


def test_a_chosen_salesperson_building_or_channel_narrows_the_report(qtbot, office,
                                                                     open_reports):
    screen = open_reports("manager")
    engine, project, ids = office.engines("manager"), office.project.id, office.staff_ids
    show(qtbot, screen, "sales_ledger", project)
    everything = reports.run(engine, "sales_ledger", ReportFilter(project_id=project))
    assert screen.model.rows() == list(everything.rows) and len(everything.rows) == 3
    # a salesperson
    pick(qtbot, screen, screen.staff, ids["sales2"])
    assert screen.current_filter().staff_id == ids["sales2"]
    expected = reports.run(engine, "sales_ledger",
                           ReportFilter(project_id=project, staff_id=ids["sales2"]))
    assert screen.report.filter.staff_id == ids["sales2"]
    assert screen.model.rows() == list(expected.rows) == list(screen.report.rows)
    assert len(expected.rows) == 1 and expected.rows != everything.rows
    assert screen.totals_texts() and screen.report.totals == expected.totals
    text = screen.filter_text()
    assert screen.tr("Salesperson: {name}").format(name=TEST_STAFF["sales2"][1]) in text
    # back to everyone, then the other salesperson
    pick_all(qtbot, screen, screen.staff)
    assert screen.model.rows() == list(everything.rows)
    assert screen.tr("Salesperson: {name}").split("{")[0] not in screen.filter_text()
    pick(qtbot, screen, screen.staff, ids["sales1"])
    expected = reports.run(engine, "sales_ledger",
                           ReportFilter(project_id=project, staff_id=ids["sales1"]))
    assert screen.model.rows() == list(expected.rows) and len(expected.rows) == 2
    pick_all(qtbot, screen, screen.staff)
    # a building: building 2 has no sales
    pick(qtbot, screen, screen.building, office.buildings["2"])
    expected = reports.run(engine, "sales_ledger",
                           ReportFilter(project_id=project, building_id=office.buildings["2"]))
    assert screen.current_filter().building_id == office.buildings["2"]
    assert screen.model.rows() == list(expected.rows) == []
    name = screen.building.currentText()
    assert screen.tr("Building: {name}").format(name=name) in screen.filter_text()
    pick(qtbot, screen, screen.building, office.buildings["1"])
    assert screen.model.rows() == list(everything.rows)
    pick_all(qtbot, screen, screen.building)
    # a channel: sales2's customer's
    pick(qtbot, screen, screen.channel, office.channel)
    expected = reports.run(engine, "sales_ledger",
                           ReportFilter(project_id=project, channel_id=office.channel))
    assert screen.model.rows() == list(expected.rows) and len(expected.rows) == 1
    assert screen.tr("Channel: {name}").format(name=screen.channel.currentText()) in \
        screen.filter_text()


def pick_all(qtbot, screen, combo: QComboBox) -> None:
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    settle(qtbot, screen)
    assert combo.currentData() is None


def test_a_picker_the_report_does_not_use_is_disabled(qtbot, office, open_reports):
    screen = open_reports("executive")
    for key in screen.report_keys():
        show(qtbot, screen, key, office.project.id)
        used = REPORTS[key].filters
        assert screen.staff.isEnabled() == ("staff_id" in used), key
        assert screen.channel.isEnabled() == ("channel_id" in used), key
        assert screen.building.isEnabled() == ("building_id" in used), key
    assert "staff_id" not in REPORTS["inventory"].filters
    show(qtbot, screen, "inventory", office.project.id)
    assert not screen.staff.isEnabled() and not screen.channel.isEnabled()
    assert screen.building.isEnabled()
    # a salesperson chosen for one report does not narrow a report that has no salesperson
    show(qtbot, screen, "sales_ledger", office.project.id)
    pick(qtbot, screen, screen.staff, office.staff_ids["sales2"])
    show(qtbot, screen, "inventory", office.project.id)
    assert screen.report.filter.staff_id is None
    assert screen.report.rows == reports.run(
        office.engines("executive"), "inventory",
        ReportFilter(project_id=office.project.id)).rows
    assert screen.tr("Salesperson: {name}").format(name=TEST_STAFF["sales2"][1]) not in \
        screen.filter_text()


def test_show_report_shows_its_salesperson_building_and_channel(qtbot, office, open_reports):
    screen = open_reports("manager")
    engine, ids = office.engines("manager"), office.staff_ids
    screen.set_project(office.other.id)   # the drill-down changes the project too
    settle(qtbot, screen)
    drill = ReportFilter(project_id=office.project.id, building_id=office.buildings["1"],
                         staff_id=ids["sales2"], channel_id=office.channel)
    screen.show_report("contract_ledger", drill)
    settle(qtbot, screen)
    assert screen.report.key == "contract_ledger"
    assert screen.project.currentData() == office.project.id
    assert screen.staff.currentData() == ids["sales2"]
    assert screen.staff.currentText() == TEST_STAFF["sales2"][1]
    assert screen.building.currentData() == office.buildings["1"]
    assert screen.channel.currentData() == office.channel
    assert values(screen.building)[1:] == [
        b.id for b in chart.list_buildings(engine, office.project.id)]
    expected = reports.run(engine, "contract_ledger", drill)
    assert screen.model.rows() == list(expected.rows) and len(expected.rows) == 1
    current = screen.current_filter()
    assert (current.building_id, current.staff_id, current.channel_id) == (
        drill.building_id, drill.staff_id, drill.channel_id)
    assert screen.tr("Salesperson: {name}").format(name=TEST_STAFF["sales2"][1]) in \
        screen.filter_text()
    # a refresh runs the report with what the pickers show
    screen.reload()
    settle(qtbot, screen)
    assert screen.model.rows() == list(expected.rows)
    # a drill-down back to everyone clears the pickers
    screen.show_report("contract_ledger", ReportFilter(project_id=office.project.id))
    settle(qtbot, screen)
    assert (screen.staff.currentData(), screen.building.currentData(),
            screen.channel.currentData()) == (None, None, None)
    assert len(screen.model.rows()) == 2


def test_show_report_adds_a_staff_member_who_does_not_sell(qtbot, office, open_reports):
    screen = open_reports("executive")
    finance = office.staff_ids["finance"]
    assert finance not in values(screen.staff)
    drill = ReportFilter(project_id=office.project.id, staff_id=finance)
    screen.show_report("sensitive_actions", drill)
    settle(qtbot, screen)
    assert screen.report.key == "sensitive_actions"
    assert screen.staff.currentData() == finance
    assert screen.staff.currentText() == TEST_STAFF["finance"][1]
    assert screen.report.rows == reports.run(office.engines("executive"), "sensitive_actions",
                                             drill).rows
    assert screen.tr("Salesperson: {name}").format(name=TEST_STAFF["finance"][1]) in \
        screen.filter_text()
