"""Paints the price map's cells: the chart's painter (its fonts per zoom, its cache of laid-out
text, its building/entrance headers and floor labels) with cells filled by price instead of by
status. Brushes and pens are made once per colour step, so a 10,000-cell paint allocates next
to nothing, as on the chart.

The caller translates the QPainter so the cell area starts at (0, 0) and passes the rows and
columns in view (culling is the caller's business, as for ChartPainter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from app.ui.chart.layout import ChartLayout, Detail, Metrics
from app.ui.chart.painter import ChartPainter
from app.ui.pricing.price_map_model import OUTSIDE, SKIPPED, PriceCellText, PriceMapModel
from app.ui.pricing.price_scale import (
    OUTSIDE_BORDER,
    OUTSIDE_TEXT,
    SKIPPED_BORDER,
    SKIPPED_FILL,
    SKIPPED_TEXT,
    level_colours,
    text_colour,
)

_LEFT_MID = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_MID = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_HCENTER = int(Qt.AlignmentFlag.AlignHCenter)
_TOP = int(Qt.AlignmentFlag.AlignTop)
_BOTTOM = int(Qt.AlignmentFlag.AlignBottom)
OUTSIDE_FILL = QColor("#FFFFFF")
WIDE_LINE = 150          # a one-line cell this wide has room for the change (%) as well


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, round(value))))


def map_metrics(w: int, h: int) -> Metrics:
    """Metrics for price cells of w × h px. Unlike the chart's square-ish cells, price
    cells may be wide and low — a building of 30 floors then fits the height and still
    reads "1801   29,250" on one line — so the one-line detail is used on screen too. Gaps
    grow with the cells as on the chart (4, 10 and 26 px at the chart's 68 px)."""
    s = h / 68
    gaps = (max(1, round(4 * s)), max(2, round(10 * s)), max(4, round(26 * s)))
    if w >= 100 and h >= 58:
        detail = Detail.FULL
        room, small = _clamp(h * 0.205, 10, 20), _clamp(h * 0.17, 10, 16)
    elif w >= 84 and h >= 18:
        detail = Detail.LINE
        room = small = _clamp(min(h * 0.56, w / 7.5), 10, 14)
    elif w >= 58 and h >= 32:
        detail = Detail.BRIEF
        room = _clamp(min(h * 0.34, w * 0.2), 10, 16)
        small = _clamp(min(h * 0.28, w * 0.16), 10, 14)
    elif w >= 26 and h >= 13:
        detail = Detail.ROOM
        room = small = _clamp(min(h * 0.62, w / 3.6), 9, 14)
    else:
        detail = Detail.COLOUR
        room = small = 10
    return Metrics(cell_w=w, cell_h=h, gap=gaps[0], entrance_gap=gaps[1],
                   building_gap=gaps[2], detail=detail, room_px=room, small_px=small)


class CellStyle:
    """Brush, border and text pens of one colour step (or of skipped / outside cells)."""

    __slots__ = ("fill", "border", "pen", "text", "muted")

    def __init__(self, fill: QColor, border: QColor, text: QColor, muted_alpha: float) -> None:
        self.fill = QBrush(fill)
        self.border = QBrush(border)
        self.pen = QPen(border, 1)
        self.text = QPen(text)
        muted = QColor(text)
        muted.setAlphaF(muted_alpha)
        self.muted = QPen(muted)


def _level_styles() -> list[CellStyle]:
    styles = []
    for fill in level_colours():
        text = text_colour(fill)
        styles.append(CellStyle(fill, fill.darker(118), text, 0.82))
    return styles


class PriceMapPainter(ChartPainter):
    """Cells by price; headers and floor labels as on the chart (inherited)."""

    def __init__(self, family: str | None = None) -> None:
        super().__init__(family)
        self.levels = _level_styles()
        self.skipped = CellStyle(SKIPPED_FILL, SKIPPED_BORDER, SKIPPED_TEXT, 0.85)
        self.outside = CellStyle(OUTSIDE_FILL, OUTSIDE_BORDER, OUTSIDE_TEXT, 1.0)
        self.outside.pen.setStyle(Qt.PenStyle.DashLine)

    def cell_style(self, kind: int) -> CellStyle:
        if kind == SKIPPED:
            return self.skipped
        if kind == OUTSIDE:
            return self.outside
        return self.levels[kind]

    def paint_price_cells(self, p: QPainter, layout: ChartLayout, model: PriceMapModel,
                          rows: range, cols: range, hovered: int | None = None) -> int:
        """Paint the cells in `rows` × `cols` and outline the hovered one (a unit index);
        returns how many cells were painted."""
        m = layout.m
        rounded, radius = self.begin_cells(p, m)
        w, h, pitch, col_x, table = m.cell_w, m.cell_h, m.row_pitch, layout.col_x, layout.table
        kinds, texts = model.kinds, model.texts
        painted = 0
        hovered_place = None
        for row in rows:
            y = row * pitch
            line = table[row]
            for col in cols:
                index = line[col]
                if index is None:
                    continue
                kind = kinds[index]
                style = self.cell_style(kind)
                x = col_x[col]
                self.paint_box(p, style, x, y, w, h, radius if rounded else None)
                if m.detail:
                    self._paint_price_text(p, m, x, y, texts[index], style, kind)
                if index == hovered:
                    hovered_place = (row, col)
                painted += 1
        if hovered_place is not None:
            self._paint_current(p, layout, *hovered_place)
        return painted

    def _width(self, small: bool, text: str) -> float:
        """The width of a text as `_text` lays it out (the same cache: measuring then
        drawing lays it out once)."""
        return self.static_text(small, text).size().width()

    def _paint_price_text(self, p: QPainter, m: Metrics, x: int, y: int,
                          text: PriceCellText, style: CellStyle, kind: int) -> None:
        w, h = m.cell_w, m.cell_h
        p.setPen(style.text)
        p.setFont(self.room_font)
        if m.detail is Detail.ROOM:
            self._text(p, False, x, y, w, h, _CENTER, text.room)
            return
        pad = max(3, min(10, round(w * 0.065)))
        inner_w = w - 2 * pad
        if m.detail is Detail.LINE:
            self._text(p, False, x + pad, y, inner_w, h, _LEFT_MID, text.room)
            p.setFont(self.small_font)
            spacing = pad
            if (w >= WIDE_LINE and text.change
                    and self._width(False, text.room) + self._width(True, text.price)
                    + self._width(True, text.change) + 2 * spacing <= inner_w):
                p.setPen(style.muted)
                self._text(p, True, x + pad, y, inner_w, h, _RIGHT_MID, text.change)
                change_w = self._width(True, text.change) + spacing
                p.setPen(style.muted if kind == SKIPPED else style.text)
                self._text(p, True, x + pad, y, inner_w - change_w, h, _RIGHT_MID,
                           text.price)
            else:
                self._text(p, True, x + pad, y, inner_w, h, _RIGHT_MID, text.price)
            return
        if m.detail is Detail.BRIEF:
            half = h // 2
            self._text(p, False, x, y + 1, w, half, _HCENTER | _BOTTOM, text.room)
            p.setFont(self.small_font)
            self._text(p, True, x, y + half + 1, w, h - half - 2, _HCENTER | _TOP, text.price)
            return
        pad_y = max(3, round(h * 0.08))
        line = (h - 2 * pad_y) / 3
        top = y + pad_y
        self._text(p, False, x + pad, top, inner_w, line, _LEFT_MID, text.room)
        p.setFont(self.small_font)
        p.setPen(style.muted)
        self._text(p, True, x + pad, top, inner_w, line, _RIGHT_MID, text.change)
        p.setFont(self.room_font)
        p.setPen(style.muted if kind == SKIPPED else style.text)
        self._text(p, False, x + pad, top + line, inner_w, line, _LEFT_MID, text.price)
        p.setFont(self.small_font)
        p.setPen(style.muted)
        self._text(p, True, x + pad, top + 2 * line, inner_w, line, _LEFT_MID, text.note)
