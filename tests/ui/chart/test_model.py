"""ChartModel: units in, grid and legend out; live updates replace units in place and only
rebuild the grid when the shape changes."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.domain.chart import ChartFilter
from app.domain.statuses import UnitStatus
from app.ui.chart.model import ChartModel
from tests.ui.chart.fake_units import fake_units


def test_set_units_builds_grid_index_and_legend(qtbot):
    model = ChartModel()
    units = fake_units(buildings=2, floors=3)
    with qtbot.waitSignals([model.layout_changed, model.changed]):
        model.set_units(units)
    assert len(model) == len(units)
    assert model.grid.floors == (3, 2, 1)
    assert len(model.grid.columns) == 8  # 2 buildings × 2 entrances × 2 per floor
    for index, unit in enumerate(units):
        assert model.index_of(unit.id) == index
        row, col = model.place_of(index)
        assert model.grid.unit_at(row, col) == index
    assert model.legend.total.count == len(units)
    assert sum(r.count for r in model.legend.rows) == len(units)


def test_status_change_updates_in_place_without_relayout(qtbot):
    model = ChartModel()
    units = fake_units(floors=2)
    model.set_units(units)
    layouts = []
    model.layout_changed.connect(lambda: layouts.append(1))
    changed = replace(units[0], status=UnitStatus.HELD, version=2)
    before = model.legend.of(UnitStatus.HELD).count
    with qtbot.waitSignal(model.changed):
        model.update_units([changed])
    assert layouts == []
    assert model.unit_by_id(units[0].id).status is UnitStatus.HELD
    assert model.legend.of(UnitStatus.HELD).count == before + (units[0].status
                                                               is not UnitStatus.HELD)


def test_older_version_never_overwrites_newer(qtbot):
    model = ChartModel()
    units = fake_units(floors=1)
    model.set_units([replace(units[0], version=5)])
    model.update_units([replace(units[0], status=UnitStatus.FILED, version=3)])
    assert model.unit(0).version == 5


def test_new_moved_and_removed_units_rebuild_the_grid(qtbot):
    model = ChartModel()
    units = fake_units(floors=2)
    model.set_units(units[:-1])
    with qtbot.waitSignal(model.layout_changed):
        model.update_units([units[-1]])
    assert model.index_of(units[-1].id) is not None
    moved = replace(units[0], floor=9, room_no="901", version=2)
    with qtbot.waitSignal(model.layout_changed):
        model.update_units([moved])
    assert model.grid.floors[0] == 9
    with qtbot.waitSignal(model.layout_changed):
        model.update_units([], removed_ids=[units[1].id])
    assert model.index_of(units[1].id) is None
    assert len(model) == len(units) - 1


def test_replace_buildings_keeps_building_order(qtbot):
    model = ChartModel()
    units = fake_units(buildings=3, floors=2)
    model.set_units(units)
    second = [replace(u, status=UnitStatus.FILED, version=2) for u in units
              if u.building_id == 2]
    model.replace_buildings({2}, second)
    assert [g.label_key for g in model.grid.buildings] == [("1",), ("2",), ("3",)]
    assert all(model.unit_by_id(u.id).status is UnitStatus.FILED for u in second)


def test_filter_matches_per_index(qtbot):
    model = ChartModel()
    units = fake_units(floors=4)
    model.set_units(units)
    with qtbot.waitSignals([model.filter_changed, model.changed]):
        model.set_filter(ChartFilter(area_min=Decimal("120"),
                                     statuses=frozenset({UnitStatus.AVAILABLE})))
    for index, unit in enumerate(units):
        assert model.matches(index) == (unit.gross_area >= 120
                                        and unit.status is UnitStatus.AVAILABLE)
    assert model.matching_count() == sum(model.match_flags())
    assert model.layouts() == sorted({u.layout for u in units})
