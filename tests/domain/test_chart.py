"""The chart model: where units sit, what the filters keep, and the legend's sums."""

from __future__ import annotations

from decimal import Decimal

from app.domain.chart import ChartFilter, ChartUnit, build_grid, legend
from app.domain.statuses import UnitStatus

_ids = iter(range(1, 10_000))


def unit(building="1", entrance="1", floor=1, room="101", status=UnitStatus.AVAILABLE,  # noqa: PLR0913
         area="100.00", total="2000000.00", layout="三室两厅两卫", orientation="南") -> ChartUnit:
    return ChartUnit(id=next(_ids), building_id=abs(hash(building)) % 1000, building_code=building,
                     building_name=f"{building}号楼", entrance_code=entrance, floor=floor,
                     room_no=room, code=f"{building}-{entrance}-{room}", layout=layout,
                     orientation=orientation, usage="residential", gross_area=Decimal(area),
                     inner_area=None, list_unit_price=None,
                     list_total=Decimal(total) if total else None, status=status)


def test_floors_top_down_and_columns_grouped_by_building_then_entrance():
    units = [unit("2", "1", 1, "101"), unit("1", "2", 2, "202"), unit("1", "1", 2, "201"),
             unit("1", "1", 1, "102"), unit("10", "1", 3, "301")]
    grid = build_grid(units)
    assert grid.floors == (3, 2, 1)
    assert [(c.building_code, c.entrance_code, c.position) for c in grid.columns] == [
        ("1", "1", "01"), ("1", "1", "02"), ("1", "2", "02"), ("2", "1", "01"),
        ("10", "1", "01")]  # 10 after 2: natural order
    assert grid.unit_at(0, 4) == 4  # floor 3 of building 10
    assert grid.unit_at(1, 0) == 2 and grid.unit_at(2, 1) == 3
    assert grid.unit_at(0, 0) is None
    assert [(g.label_key, g.first, g.last) for g in grid.buildings] == [
        (("1",), 0, 2), (("2",), 3, 3), (("10",), 4, 4)]
    assert [(g.label_key, g.first, g.last) for g in grid.entrances] == [
        (("1", "1"), 0, 1), (("1", "2"), 2, 2), (("2", "1"), 3, 3), (("10", "1"), 4, 4)]


def test_building_order_can_be_given():
    units = [unit("A", "1", 1, "101"), unit("B", "1", 1, "101")]
    grid = build_grid(units, building_order=["B", "A"])
    assert [c.building_code for c in grid.columns] == ["B", "A"]


def test_filters_combine_and_empty_means_any():
    a = unit(layout="两室", area="89.35", total="2400000", orientation="南")
    b = unit(layout="三室", area="128.56", total="3600000", orientation="南北",
             status=UnitStatus.HELD)
    c = unit(layout="三室", area="143.20", total=None)
    assert all(ChartFilter().matches(u) for u in (a, b, c)) and not ChartFilter().active
    assert [ChartFilter(layouts=frozenset({"三室"})).matches(u) for u in (a, b, c)] == [
        False, True, True]
    area = ChartFilter(area_min=Decimal("100"), area_max=Decimal("130"))
    assert [area.matches(u) for u in (a, b, c)] == [False, True, False]
    price = ChartFilter(total_max=Decimal("3000000"))
    assert [price.matches(u) for u in (a, b, c)] == [True, False, False]  # no price: out
    both = ChartFilter(statuses=frozenset({UnitStatus.HELD}), orientations=frozenset({"南北"}))
    assert [both.matches(u) for u in (a, b, c)] == [False, True, False]


def test_legend_sums_and_sell_through():
    units = [unit(status=UnitStatus.AVAILABLE, area="100.00", total="1000000.00"),
             unit(status=UnitStatus.CONTRACTED, area="120.50", total="1500000.00"),
             unit(status=UnitStatus.FILED, area="79.50", total="900000.00"),
             unit(status=UnitStatus.NOT_RELEASED, area="200.00", total=None)]
    result = legend(units)
    assert result.of(UnitStatus.CONTRACTED).count == 1
    assert result.of(UnitStatus.CONTRACTED).gross_area == Decimal("120.50")
    assert result.of(UnitStatus.HELD).count == 0
    assert result.total.count == 4
    assert result.total.gross_area == Decimal("500.00")
    assert result.total.list_value == Decimal("3400000.00")
    # sold 2 of 3 released by count; 200.00 of 300.00 m² by area
    assert result.sell_through_count == Decimal("66.7")
    assert result.sell_through_area == Decimal("66.7")
    assert legend([unit(status=UnitStatus.NOT_RELEASED)]).sell_through_count == Decimal("0.0")
