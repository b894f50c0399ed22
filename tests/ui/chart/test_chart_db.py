"""The chart against the database: legend counts equal a SQL count by status, every cell is
painted in its status colour, filters dim exactly the cells that do not match, and the
customer shows only to roles that may see it."""

from __future__ import annotations

import pytest

from app.domain.status_colours import STATUS_COLOURS
from app.domain.statuses import UnitStatus
from app.services import unit_actions
from tests.ui.chart.seed import seed_chart, status_counts


@pytest.fixture
def seeded(clone):
    engine = clone.superuser_engine()
    yield seed_chart(engine), engine
    engine.dispose()


def cell_colour(screen, unit_id: int) -> str:
    view = screen.view
    view.ensure_visible(unit_id)
    rect = view.cell_rect_in_viewport(unit_id)
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 3, rect.top() + rect.height() // 2).name()


def test_legend_counts_equal_the_database(open_chart, seeded, qtbot):
    data, engine = seeded
    screen = open_chart("manager", data.project_id, 0)  # the whole project
    expected = status_counts(engine, data.project_id)
    legend = screen.model.legend
    for status in UnitStatus:
        assert legend.of(status).count == expected.get(status.value, 0), status
        assert screen.legend.cards[status].count.text() == str(expected.get(status.value, 0))
    assert legend.total.count == sum(expected.values())
    building = data.building_ids["2"]
    screen.toolbar.choose_building(building)
    qtbot.waitUntil(lambda: screen.loader.building_id == building
                    and not screen.loader.loading and len(screen.model) > 0, timeout=5000)
    expected = status_counts(engine, data.project_id, building)
    assert {s.value: screen.model.legend.of(s).count for s in UnitStatus
            if screen.model.legend.of(s).count} == expected


def test_cells_are_painted_in_their_status_colour(open_chart, seeded):
    data, _engine = seeded
    screen = open_chart("executive", data.project_id, data.building_ids["2"])
    seen = set()
    for unit in screen.model.units:
        assert cell_colour(screen, unit.id) == STATUS_COLOURS[unit.status].fill.lower(), \
            unit.code
        seen.add(unit.status)
    assert len(seen) == 6  # all but pencilled


def test_filter_dims_exactly_the_cells_that_do_not_match(open_chart, seeded):
    data, _engine = seeded
    screen = open_chart("reception", data.project_id, data.building_ids["2"])
    screen.filter_bar.statuses.set_checked(UnitStatus.CONTRACTED, True)
    assert screen.model.filter.statuses == {UnitStatus.CONTRACTED}
    for unit in screen.model.units:
        fill = STATUS_COLOURS[unit.status].fill.lower()
        if unit.status is UnitStatus.CONTRACTED:
            assert cell_colour(screen, unit.id) == fill
        else:
            assert cell_colour(screen, unit.id) != fill
    assert screen.filter_bar.result.text().startswith("符合条件")


def test_customer_shows_only_to_roles_that_may_see_it(open_chart, seeded, clone):
    data, _engine = seeded
    unit_id = data.unit_ids["1-1-101"]
    customer_id, name = data.customers["sales1"]
    sales = clone.engine_as("edt_sales1")
    try:
        unit_actions.pencil(sales, unit_id, customer_id)
    finally:
        sales.dispose()
    own = open_chart("sales1", data.project_id, data.building_ids["1"], live=False)
    assert name in own.view.tooltip_text(unit_id)
    assert "顾问甲" in own.view.tooltip_text(unit_id)
    front = open_chart("reception", data.project_id, data.building_ids["1"], live=False)
    assert front.model.unit_by_id(unit_id).customer is None
    assert name not in front.view.tooltip_text(unit_id)
    assert "预留至" in front.view.tooltip_text(unit_id)
