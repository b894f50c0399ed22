"""The sales control chart (销控图) as data: the units shown, where each sits in the grid,
which match the filters, and the legend's totals. Pure: the painted widget, the printout,
the Excel export and the tests all read the same model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from app.domain.statuses import UnitStatus

SOLD = (UnitStatus.RESERVED, UnitStatus.CONTRACTED, UnitStatus.FILED)


@dataclass(frozen=True)
class ChartUnit:
    """One unit as the chart shows it. `customer` and `salesperson` are filled only where the
    viewer may see them (row-level security decides), else None."""

    id: int
    building_id: int
    building_code: str
    building_name: str
    entrance_code: str
    floor: int
    room_no: str
    code: str
    layout: str | None
    orientation: str | None
    usage: str
    gross_area: Decimal
    inner_area: Decimal | None
    list_unit_price: Decimal | None
    list_total: Decimal | None
    status: UnitStatus
    status_reason: str | None = None
    status_changed_by: str | None = None
    status_changed_at: dt.datetime | None = None
    pencil_expires_at: dt.datetime | None = None
    customer: str | None = None
    salesperson: str | None = None
    version: int = 1

    @property
    def position(self) -> str:
        """The room's place on its floor (the last two characters of 1502 → "02")."""
        return self.room_no[-2:] if len(self.room_no) > 2 else self.room_no


@dataclass(frozen=True)
class ChartFilter:
    """What the user narrowed the chart to; an empty set means "any". Units that do not
    match are dimmed, not hidden, so the grid keeps its shape."""

    layouts: frozenset[str] = frozenset()
    orientations: frozenset[str] = frozenset()
    statuses: frozenset[UnitStatus] = frozenset()
    area_min: Decimal | None = None
    area_max: Decimal | None = None
    total_min: Decimal | None = None
    total_max: Decimal | None = None

    @property
    def active(self) -> bool:
        return self != ChartFilter()

    def matches(self, unit: ChartUnit) -> bool:
        if self.layouts and unit.layout not in self.layouts:
            return False
        if self.orientations and unit.orientation not in self.orientations:
            return False
        if self.statuses and unit.status not in self.statuses:
            return False
        if not _within(unit.gross_area, self.area_min, self.area_max):
            return False
        if self.total_min is not None or self.total_max is not None:
            if unit.list_total is None:
                return False
            return _within(unit.list_total, self.total_min, self.total_max)
        return True


def _within(value: Decimal, low: Decimal | None, high: Decimal | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


@dataclass(frozen=True)
class StatusTotals:
    status: UnitStatus
    count: int = 0
    gross_area: Decimal = Decimal("0.00")
    list_value: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class Legend:
    """Per status: how many units, their gross area and list value; plus the sell-through
    rate (去化率) of what is shown, by count and by area: sold (认购, 签约, 备案) over released
    (everything but 未推)."""

    rows: tuple[StatusTotals, ...]
    total: StatusTotals
    sell_through_count: Decimal
    sell_through_area: Decimal

    def of(self, status: UnitStatus) -> StatusTotals:
        return next(r for r in self.rows if r.status is status)


def legend(units: Iterable[ChartUnit]) -> Legend:
    counts = {s: [0, Decimal("0.00"), Decimal("0.00")] for s in UnitStatus}
    for u in units:
        row = counts[u.status]
        row[0] += 1
        row[1] += u.gross_area
        row[2] += u.list_total or Decimal("0.00")
    rows = tuple(StatusTotals(s, c, a, v) for s, (c, a, v) in counts.items())
    total = StatusTotals(UnitStatus.AVAILABLE, sum(r.count for r in rows),
                         sum((r.gross_area for r in rows), Decimal("0.00")),
                         sum((r.list_value for r in rows), Decimal("0.00")))
    released = [r for r in rows if r.status is not UnitStatus.NOT_RELEASED]
    sold = [r for r in rows if r.status in SOLD]
    return Legend(rows, total,
                  _ratio(sum(r.count for r in sold), sum(r.count for r in released)),
                  _ratio(sum((r.gross_area for r in sold), Decimal(0)),
                         sum((r.gross_area for r in released), Decimal(0))))


def _ratio(part: Decimal | int, whole: Decimal | int) -> Decimal:
    """A rate in percent with one decimal, rounded half up; 0 when nothing is released."""
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Column:
    building_code: str
    entrance_code: str
    position: str


@dataclass(frozen=True)
class Group:
    """A run of adjacent columns sharing a building (and an entrance): drawn as a header."""

    label_key: tuple[str, ...]
    first: int
    last: int


@dataclass(frozen=True)
class ChartGrid:
    """Where each unit sits: rows are floors from the top down, columns are the units'
    positions left to right, grouped by building and entrance."""

    floors: tuple[int, ...]
    columns: tuple[Column, ...]
    buildings: tuple[Group, ...]
    entrances: tuple[Group, ...]
    cells: dict[tuple[int, int], int] = field(default_factory=dict)  # (row, col) → unit index

    def unit_at(self, row: int, col: int) -> int | None:
        return self.cells.get((row, col))

    def place_of(self, index: int) -> tuple[int, int] | None:
        for place, i in self.cells.items():
            if i == index:
                return place
        return None


def _natural(text: str) -> tuple[int, str]:
    return (int(text), "") if text.isdigit() else (10**9, text)


def build_grid(units: Sequence[ChartUnit], building_order: Sequence[str] | None = None) -> ChartGrid:
    """Lay units out: one column per (building, entrance, position), floors top-down."""
    order = {code: i for i, code in enumerate(building_order or ())}
    keys = sorted({(u.building_code, u.entrance_code, u.position) for u in units},
                  key=lambda k: (order.get(k[0], len(order)), _natural(k[0]), _natural(k[1]),
                                 _natural(k[2])))
    columns = tuple(Column(*k) for k in keys)
    col_of = {(c.building_code, c.entrance_code, c.position): i for i, c in enumerate(columns)}
    floors = tuple(sorted({u.floor for u in units}, reverse=True))
    row_of = {f: i for i, f in enumerate(floors)}
    cells = {(row_of[u.floor], col_of[(u.building_code, u.entrance_code, u.position)]): i
             for i, u in enumerate(units)}
    return ChartGrid(floors, columns,
                     _groups(columns, lambda c: (c.building_code,)),
                     _groups(columns, lambda c: (c.building_code, c.entrance_code)), cells)


def _groups(columns: Sequence[Column], key) -> tuple[Group, ...]:  # noqa: ANN001
    groups: list[Group] = []
    for i, column in enumerate(columns):
        k = key(column)
        if groups and groups[-1].label_key == k:
            groups[-1] = Group(k, groups[-1].first, i)
        else:
            groups.append(Group(k, i, i))
    return tuple(groups)
