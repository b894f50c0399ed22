"""Moving around the grid with the keyboard and selecting rectangles of cells: pure functions
over a ChartLayout's table, so the rules (skip the gaps, stop at the edges) are tested
without events."""

from __future__ import annotations

from collections.abc import Iterator

from app.ui.chart.layout import ChartLayout

Place = tuple[int, int]


def step(layout: ChartLayout, place: Place, d_row: int, d_col: int, count: int = 1) -> Place:
    """The place `count` units away in a direction, skipping empty grid positions; stops at
    the last unit before the edge."""
    found = place
    for _ in range(count):
        nxt = _next(layout, found, d_row, d_col)
        if nxt is None:
            break
        found = nxt
    return found


def _next(layout: ChartLayout, place: Place, d_row: int, d_col: int) -> Place | None:
    row, col = place[0] + d_row, place[1] + d_col
    while 0 <= row < layout.rows and 0 <= col < layout.cols:
        if layout.table[row][col] is not None:
            return row, col
        if d_row:  # moving vertically through a gap: try the same floor nearby first
            near = _nearest_in_row(layout, row, col)
            if near is not None and abs(near - col) <= 1:
                return row, near
        row, col = row + d_row, col + d_col
    return None


def _nearest_in_row(layout: ChartLayout, row: int, col: int) -> int | None:
    line = layout.table[row]
    for distance in range(layout.cols):
        for c in (col - distance, col + distance):
            if 0 <= c < layout.cols and line[c] is not None:
                return c
    return None


def row_end(layout: ChartLayout, place: Place, last: bool) -> Place:
    """The first (or last) unit on the same floor."""
    line = layout.table[place[0]]
    cols = range(layout.cols - 1, -1, -1) if last else range(layout.cols)
    for col in cols:
        if line[col] is not None:
            return place[0], col
    return place


def grid_end(layout: ChartLayout, last: bool) -> Place | None:
    """The first unit (top-left) or the last (bottom-right) of the grid."""
    rows = range(layout.rows - 1, -1, -1) if last else range(layout.rows)
    for row in rows:
        line = layout.table[row]
        cols = range(layout.cols - 1, -1, -1) if last else range(layout.cols)
        for col in cols:
            if line[col] is not None:
                return row, col
    return None


def rectangle(layout: ChartLayout, a: Place, b: Place) -> Iterator[int]:
    """Unit indices in the rectangle spanned by two places (inclusive)."""
    r0, r1 = sorted((a[0], b[0]))
    c0, c1 = sorted((a[1], b[1]))
    for row in range(r0, r1 + 1):
        line = layout.table[row]
        for col in range(c0, c1 + 1):
            index = line[col]
            if index is not None:
                yield index
