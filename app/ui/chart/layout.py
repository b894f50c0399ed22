"""Where every cell of the chart goes at a given zoom: column and row positions computed once
per grid and zoom (not per paint), so painting, hit-testing and culling are lookups and
bisections. Shared by the on-screen view and the printout.

Coordinates: the cell area starts at (0, 0); the frozen headers (building and entrance rows
above, floor labels to the left) are `header_height` tall and `floor_width` wide and are
placed by whoever paints them. On screen a unit is a pixel; in the printout, a point."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QRect

from app.domain.chart import ChartGrid

BASE_CELL_W = 118
BASE_CELL_H = 68
MIN_ZOOM = 0.08
MAX_ZOOM = 2.0


class Detail(IntEnum):
    """How much text a cell has room for; text disappears step by step as cells shrink."""

    COLOUR = 0   # colour only
    ROOM = 1     # room number
    LINE = 2     # room number and total on one line (wide, low cells: the printout)
    BRIEF = 3    # room number over total
    FULL = 4     # room, status, layout, area and total


@dataclass(frozen=True)
class Metrics:
    cell_w: int
    cell_h: int
    gap: int
    entrance_gap: int
    building_gap: int
    detail: Detail
    room_px: int      # font pixel sizes for these cells
    small_px: int
    building_row_h: int = 28
    entrance_row_h: int = 22
    floor_width: int = 52
    margin: int = 8

    @property
    def header_height(self) -> int:
        return self.building_row_h + self.entrance_row_h

    @property
    def row_pitch(self) -> int:
        return self.cell_h + self.gap


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, round(value))))


def metrics_for_size(w: int, h: int, gaps: tuple[int, int, int], min_font: int = 10) -> Metrics:
    """Metrics for cells of w × h: the detail level and font sizes that fit them."""
    if w >= 100 and h >= 58:
        detail = Detail.FULL
        room, small = _clamp(h * 0.205, min_font, 20), _clamp(h * 0.17, min_font, 16)
    elif w >= 58 and h >= 32:
        detail = Detail.BRIEF
        room = _clamp(min(h * 0.34, w * 0.2), min_font, 16)
        small = _clamp(min(h * 0.28, w * 0.16), min_font, 14)
    elif w >= 60 and h >= 12 and min(h * 0.62, w / 7.5) >= min_font:
        detail = Detail.LINE
        room = small = _clamp(min(h * 0.62, w / 7.5), min_font, 13)
    elif w >= 26 and h >= 13:
        detail = Detail.ROOM
        room = small = _clamp(min(h * 0.62, w / 3.6), min(min_font, 9), 14)
    else:
        detail = Detail.COLOUR
        room = small = min_font
    return Metrics(cell_w=w, cell_h=h, gap=gaps[0], entrance_gap=gaps[1],
                   building_gap=gaps[2], detail=detail, room_px=room, small_px=small)


def metrics_for(zoom: float) -> Metrics:
    """On screen: cells of 118 × 68 px at 100 %, gaps growing with them."""
    zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
    w, h = max(4, round(BASE_CELL_W * zoom)), max(3, round(BASE_CELL_H * zoom))
    gaps = (max(1, round(4 * zoom)), max(2, round(10 * zoom)), max(4, round(26 * zoom)))
    return metrics_for_size(w, h, gaps)


class ChartLayout:
    """Column x and row y of every cell for one grid at one zoom, and the reverse lookups."""

    def __init__(self, grid: ChartGrid, zoom: float = 1.0,
                 metrics: Metrics | None = None) -> None:
        self.grid = grid
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.m = m = metrics or metrics_for(self.zoom)
        xs: list[int] = []
        x = 0
        previous = None
        for column in grid.columns:
            if previous is not None:
                if column.building_code != previous.building_code:
                    x += m.building_gap
                elif column.entrance_code != previous.entrance_code:
                    x += m.entrance_gap
                else:
                    x += m.gap
            xs.append(x)
            x += m.cell_w
            previous = column
        self.col_x = xs
        self.rows = len(grid.floors)
        self.cols = len(grid.columns)
        self.width = x
        self.height = max(0, self.rows * m.row_pitch - m.gap)
        table: list[list[int | None]] = [[None] * self.cols for _ in range(self.rows)]
        for (row, col), index in grid.cells.items():
            table[row][col] = index
        self.table = table

    # --- geometry ---------------------------------------------------------------------------

    def cell_rect(self, row: int, col: int) -> QRect:
        m = self.m
        return QRect(self.col_x[col], row * m.row_pitch, m.cell_w, m.cell_h)

    def row_y(self, row: int) -> int:
        return row * self.m.row_pitch

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, col) of the cell under a point of the cell area, or None (a gap)."""
        if x < 0 or y < 0:
            return None
        col = bisect_right(self.col_x, x) - 1
        row = int(y // self.m.row_pitch)
        if col < 0 or row >= self.rows or x >= self.col_x[col] + self.m.cell_w:
            return None
        if y - row * self.m.row_pitch >= self.m.cell_h:
            return None
        return row, col

    def nearest_cell(self, x: float, y: float) -> tuple[int, int]:
        """The row and column nearest a point (for rubber bands that end in a gap)."""
        col = max(0, min(self.cols - 1, bisect_right(self.col_x, x) - 1))
        row = max(0, min(self.rows - 1, int(y // self.m.row_pitch)))
        return row, col

    def visible_cols(self, x0: float, x1: float) -> range:
        first = max(0, bisect_right(self.col_x, x0 - self.m.cell_w))
        last = bisect_left(self.col_x, x1)
        return range(first, min(last, self.cols))

    def visible_rows(self, y0: float, y1: float) -> range:
        pitch = self.m.row_pitch
        first = max(0, int(y0 // pitch))
        last = min(self.rows, int(y1 // pitch) + 1)
        return range(first, last)

    def group_span(self, first: int, last: int) -> tuple[int, int]:
        """x from the first column's left to the last column's right."""
        return self.col_x[first], self.col_x[last] + self.m.cell_w
