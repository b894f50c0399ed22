"""The price map's data: a trial's units laid out as on the sales control chart, one building
at a time, each cell coloured by its new unit price on a scale spanning the whole trial (so a
colour means the same price in every building).

Where each unit sits comes from the chart's own grid (app.domain.chart.build_grid) over the
project's ChartUnits, which the pricing screen already loaded to name the trial's units. A
building's units the trial leaves alone (an adjustment of some floors, some layouts) keep
their place as empty outlines, as the chart dims rather than hides, so the building keeps its
shape. A QObject without widgets, so it can be tested without painting.

Signals:
    changed(): another trial or another building: views lay out and paint again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.domain.chart import ChartGrid, ChartUnit, build_grid
from app.ui.chart import formatting as fmt
from app.ui.common.labels import unit_status_name
from app.ui.pricing import labels
from app.ui.pricing.change_model import signed_percent
from app.ui.pricing.price_scale import PriceScale

HUNDRED = Decimal(100)
SKIPPED = -1     # a cell's kind: a colour step 0 … LEVELS − 1, or one of these
OUTSIDE = -2


@dataclass(frozen=True)
class MapBuilding:
    id: int
    code: str
    name: str
    count: int          # units of the trial in it


@dataclass(frozen=True, slots=True)
class PriceCellText:
    """The strings painted in one cell, made once per building shown, not once per paint."""

    room: str
    price: str          # the new unit price (a skipped unit: the price it keeps)
    change: str         # +2.00% (a skipped unit: its status)
    note: str           # the new total in 万 (a skipped unit: why it is skipped)


def price_text(value: Decimal | None, per_unit: bool) -> str:
    """A unit price in a cell: 25,755 (to the yuan); priced per unit, the price in 万."""
    if value is None:
        return "—"
    if per_unit:
        return fmt.money_short(value)
    return f"{value.quantize(Decimal(1), ROUND_HALF_UP):,}"


def price_percent(change: Any) -> Decimal | None:
    """The change of the unit price in percent (None without an old price)."""
    old, new = change.old_unit_price, change.new_unit_price
    if not old or new is None:
        return None
    return (new - old) * HUNDRED / old


class PriceMapModel(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.per_unit = False
        self.scale: PriceScale | None = None
        self.buildings: list[MapBuilding] = []
        self.building_id: int | None = None
        self._changes: dict[Any, Any] = {}                 # unit id → PriceChange
        self._by_building: dict[int, list[ChartUnit]] = {}
        self._units: list[ChartUnit] = []                  # of the building shown
        self._cell_changes: list[Any] = []                 # aligned: PriceChange or None
        self._kinds: list[int] = []
        self._texts: list[PriceCellText] = []
        self._index: dict[int, int] = {}
        self._places: list[tuple[int, int]] = []
        self._grid = build_grid([])

    # --- reading ----------------------------------------------------------------------------

    @property
    def grid(self) -> ChartGrid:
        return self._grid

    @property
    def units(self) -> Sequence[ChartUnit]:
        """The units of the building shown, in grid index order."""
        return self._units

    @property
    def kinds(self) -> Sequence[int]:
        """Per unit index: its colour step, SKIPPED or OUTSIDE (read by the painter)."""
        return self._kinds

    @property
    def texts(self) -> Sequence[PriceCellText]:
        return self._texts

    def __len__(self) -> int:
        return len(self._units)

    def unit(self, index: int) -> ChartUnit:
        return self._units[index]

    def change(self, index: int) -> Any:
        """The PriceChange of the unit at `index`, or None (the trial leaves it alone)."""
        return self._cell_changes[index]

    def index_of(self, unit_id: int) -> int | None:
        return self._index.get(unit_id)

    def place_of(self, index: int) -> tuple[int, int]:
        return self._places[index]

    def names(self) -> dict[str, str]:
        """Building names by code, for the chart's header row."""
        return {u.building_code: u.building_name for u in self._units[:1]}

    def trial_count(self) -> int:
        """How many units of the building shown the trial prices or skips."""
        return sum(1 for c in self._cell_changes if c is not None)

    # --- changing ---------------------------------------------------------------------------

    def set_trial(self, changes: Iterable[Any], units: Mapping[int, ChartUnit],
                  buildings: Sequence[Any] = (), per_unit: bool = False) -> None:
        """Show a trial's PriceChanges; `units` (id → ChartUnit) are all the project's units
        and `buildings` (BuildingRefs) give the buildings' order."""
        self.per_unit = per_unit
        self._changes = {c.unit_id: c for c in changes if c.unit_id in units}
        by_building: dict[int, list[ChartUnit]] = {}
        for unit in units.values():
            by_building.setdefault(unit.building_id, []).append(unit)
        counts: dict[int, int] = {}
        for unit_id in self._changes:
            building = units[unit_id].building_id
            counts[building] = counts.get(building, 0) + 1
        order = {b.id: i for i, b in enumerate(buildings)}
        shown = sorted(counts, key=lambda b: (order.get(b, len(order)),
                                              by_building[b][0].building_code))
        self.buildings = [MapBuilding(b, by_building[b][0].building_code,
                                      by_building[b][0].building_name, counts[b])
                          for b in shown]
        self._by_building = {b: by_building[b] for b in shown}
        self.scale = PriceScale.of(c.new_unit_price for c in self._changes.values()
                                   if not c.skipped)
        keep = self.building_id if self.building_id in self._by_building else None
        self._show(keep if keep is not None else (shown[0] if shown else None))

    def clear(self) -> None:
        self.set_trial([], {})

    def set_building(self, building_id: int | None) -> None:
        if building_id == self.building_id or (building_id is not None
                                               and building_id not in self._by_building):
            return
        self._show(building_id)

    def _show(self, building_id: int | None) -> None:
        self.building_id = building_id
        units = self._by_building.get(building_id, []) if building_id is not None else []
        self._grid = build_grid(units)
        self._units = list(units)
        self._index = {u.id: i for i, u in enumerate(units)}
        places: list[tuple[int, int]] = [(0, 0)] * len(units)
        for place, index in self._grid.cells.items():
            places[index] = place
        self._places = places
        self._cell_changes = [self._changes.get(u.id) for u in units]
        self._kinds = [self._kind(c) for c in self._cell_changes]
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """The cell strings, made again (after a language switch: status names, 万 / M)."""
        self._texts = [self._text(u, c) for u, c in zip(self._units, self._cell_changes,
                                                          strict=True)]
        self.changed.emit()

    def _kind(self, change: Any) -> int:
        if change is None:
            return OUTSIDE
        if change.skipped or change.new_unit_price is None or self.scale is None:
            return SKIPPED
        return self.scale.level(change.new_unit_price)

    def _text(self, unit: ChartUnit, change: Any) -> PriceCellText:
        if change is None:
            return PriceCellText(unit.room_no, "", "", "")
        if change.skipped:
            reason = labels.label(labels.SKIP_REASONS, change.skipped_reason)
            return PriceCellText(unit.room_no, price_text(change.new_unit_price, self.per_unit),
                                 unit_status_name(unit.status), reason)
        return PriceCellText(unit.room_no, price_text(change.new_unit_price, self.per_unit),
                             signed_percent(price_percent(change)),
                             fmt.money_short(change.new_total))
