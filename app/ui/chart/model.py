"""The chart's data, shared by the painted view, the legend, the filter bar, the printout and
the tests: the units shown, where each sits (the grid), which match the filter, and the
legend's totals. A QObject without widgets, so it can be tested without painting.

Live updates replace units in place by id; only when a unit appears, disappears or moves
(building, entrance, floor, room) is the grid rebuilt — a status change just repaints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from app.domain.chart import ChartFilter, ChartGrid, ChartUnit, Legend, build_grid, legend


def _place_key(unit: ChartUnit) -> tuple:
    return (unit.building_code, unit.entrance_code, unit.floor, unit.position)


class ChartModel(QObject):
    """Units of one building or project, their grid, the filter and the legend.

    Signals:
        layout_changed(): the grid was rebuilt (units added, removed or moved): views
            recompute their geometry. Always followed by `changed`.
        changed(): units, filter or legend changed: repaint, re-read the legend.
        filter_changed(): the filter was replaced (also emits `changed`).
    """

    layout_changed = Signal()
    changed = Signal()
    filter_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._units: list[ChartUnit] = []
        self._index: dict[int, int] = {}
        self._grid = build_grid([])
        self._places: list[tuple[int, int]] = []
        self._filter = ChartFilter()
        self._matches: list[bool] = []
        self._legend = legend([])

    # --- reading ----------------------------------------------------------------------------

    @property
    def units(self) -> Sequence[ChartUnit]:
        return self._units

    @property
    def grid(self) -> ChartGrid:
        return self._grid

    @property
    def filter(self) -> ChartFilter:
        return self._filter

    @property
    def legend(self) -> Legend:
        return self._legend

    def __len__(self) -> int:
        return len(self._units)

    def index_of(self, unit_id: int) -> int | None:
        return self._index.get(unit_id)

    def unit(self, index: int) -> ChartUnit:
        return self._units[index]

    def unit_by_id(self, unit_id: int) -> ChartUnit | None:
        index = self._index.get(unit_id)
        return None if index is None else self._units[index]

    def place_of(self, index: int) -> tuple[int, int]:
        """(row, col) of the unit at `index` (O(1), unlike ChartGrid.place_of)."""
        return self._places[index]

    def matches(self, index: int) -> bool:
        return self._matches[index]

    def match_flags(self) -> Sequence[bool]:
        """One flag per unit index (the painter reads these without a call per cell)."""
        return self._matches

    def matching_count(self) -> int:
        return sum(self._matches)

    def layouts(self) -> list[str]:
        """The layouts present, for the filter bar's choices."""
        return sorted({u.layout for u in self._units if u.layout})

    def orientations(self) -> list[str]:
        return sorted({u.orientation for u in self._units if u.orientation})

    def building_ids(self) -> set[int]:
        return {u.building_id for u in self._units}

    # --- changing ---------------------------------------------------------------------------

    def set_units(self, units: Iterable[ChartUnit]) -> None:
        """Show these units (a new building, project or full reload)."""
        self._units = list(units)
        self._rebuild()

    def clear(self) -> None:
        self.set_units([])

    def update_units(self, changed: Iterable[ChartUnit], removed_ids: Iterable[int] = ()) -> None:
        """Replace units by id (never by an older version), add new ones, drop removed ones."""
        structural = False
        for unit in changed:
            index = self._index.get(unit.id)
            if index is None:
                self._units.append(unit)
                self._index[unit.id] = len(self._units) - 1
                structural = True
                continue
            old = self._units[index]
            if unit.version < old.version:
                continue  # a slow answer to an older question
            self._units[index] = unit
            structural = structural or _place_key(old) != _place_key(unit)
            self._matches[index] = self._filter.matches(unit)
        gone = {i for i in removed_ids if i in self._index}
        if gone:
            self._units = [u for u in self._units if u.id not in gone]
            structural = True
        if structural:
            self._rebuild()
            return
        self._legend = legend(self._units)
        self.changed.emit()

    def replace_buildings(self, building_ids: Iterable[int], units: Iterable[ChartUnit]) -> None:
        """After a bulk change named only buildings: their units, loaded afresh."""
        ids = set(building_ids)
        fresh: dict[int, list[ChartUnit]] = {}
        for unit in units:
            fresh.setdefault(unit.building_id, []).append(unit)
        result: list[ChartUnit] = []
        for unit in self._units:  # keep the buildings in their places
            if unit.building_id in ids:
                result.extend(fresh.pop(unit.building_id, []))
                continue
            result.append(unit)
        for rest in fresh.values():
            result.extend(rest)
        self._units = result
        self._rebuild()

    def set_filter(self, chart_filter: ChartFilter) -> None:
        if chart_filter == self._filter:
            return
        self._filter = chart_filter
        self._matches = [chart_filter.matches(u) for u in self._units]
        self.filter_changed.emit()
        self.changed.emit()

    def _rebuild(self) -> None:
        order = list(dict.fromkeys(u.building_code for u in self._units))
        self._index = {u.id: i for i, u in enumerate(self._units)}
        self._grid = build_grid(self._units, order)
        places: list[tuple[int, int]] = [(0, 0)] * len(self._units)
        for place, index in self._grid.cells.items():
            places[index] = place
        self._places = places
        self._matches = [self._filter.matches(u) for u in self._units]
        self._legend = legend(self._units)
        self.layout_changed.emit()
        self.changed.emit()
