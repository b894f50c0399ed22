"""The one place that paints chart cells and headers, for the screen and for the printer, so
the printout looks exactly like the chart. Colours come from STATUS_COLOURS; brushes, pens
and fonts are made once per zoom (not per cell) so a 10,000-cell paint allocates next to
nothing.

The caller translates the QPainter so the cell area starts at (0, 0) and passes the rows
and columns to paint (culling is the caller's business)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QApplication

from app.domain.chart import ChartUnit
from app.domain.status_colours import STATUS_COLOURS
from app.domain.statuses import UnitStatus
from app.ui.chart.formatting import CellText, cell_text, entrance_label, floor_label
from app.ui.chart.layout import ChartLayout, Detail, Metrics
from app.ui.common.labels import unit_status_name

HEADER_BG = QColor("#1F3A5F")
HEADER_TEXT = QColor("#FFFFFF")
ENTRANCE_BG = QColor("#E6ECF3")
ENTRANCE_TEXT = QColor("#33475B")
FLOOR_TEXT = QColor("#6B7785")
FLOOR_BG = QColor("#F5F7FA")
SELECTION = QColor("#2563EB")
SELECTION_FILL = QColor(37, 99, 235, 34)
CURRENT = QColor("#0F172A")
_LEFT_MID = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_MID = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight)
_HCENTER = int(Qt.AlignmentFlag.AlignHCenter)
_TOP = int(Qt.AlignmentFlag.AlignTop)
_BOTTOM = int(Qt.AlignmentFlag.AlignBottom)
STATIC_CACHE_LIMIT = 30_000


def _blend(colour: str, towards: str, amount: float) -> QColor:
    a, b = QColor(colour), QColor(towards)
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount))


@dataclass
class ChartContent:
    """What the painter reads per cell: the units, their prepared strings, whether each
    matches the filter, and the building names for the header (by building code)."""

    units: Sequence[ChartUnit] = ()
    texts: Sequence[CellText] = ()
    matches: Sequence[bool] = ()
    names: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, units: Sequence[ChartUnit], matches: Sequence[bool]) -> ChartContent:
        return cls(units, [cell_text(u) for u in units], matches,
                   {u.building_code: u.building_name for u in units})


class _Style:
    """Brush, pen and text colour of one status, normal or dimmed."""

    __slots__ = ("fill", "border", "text", "pen", "muted")

    def __init__(self, fill: QColor, border: QColor, text: QColor) -> None:
        self.fill = QBrush(fill)
        self.border = QBrush(border)
        self.pen = QPen(border, 1)
        self.text = QPen(text)
        muted = QColor(text)
        muted.setAlphaF(0.72)
        self.muted = QPen(muted)


def _styles() -> dict[tuple[UnitStatus, bool], _Style]:
    styles = {}
    for status, c in STATUS_COLOURS.items():
        styles[(status, False)] = _Style(QColor(c.fill), QColor(c.border), QColor(c.text))
        styles[(status, True)] = _Style(_blend(c.fill, "#F7F8FA", 0.8),
                                        _blend(c.border, "#F7F8FA", 0.75), QColor("#A3AAB3"))
    return styles


def chart_family() -> str:
    """The application font if it is a CJK family, else the first CJK family installed, so
    Chinese is drawn (and embedded in PDFs) with real glyphs, not a fallback."""
    from PySide6.QtGui import QFontDatabase

    from app.ui.common.fonts import CJK_FAMILIES

    family = QApplication.font().family()
    if family in CJK_FAMILIES:
        return family
    installed = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in installed), family)


class ChartPainter:
    """Paints cells, the building/entrance header rows and the floor labels."""

    def __init__(self, family: str | None = None) -> None:
        self.family = family or chart_family()
        self._styles = _styles()
        self._metrics: Metrics | None = None
        self._selection_pen = QPen(SELECTION, 2.5)
        self._current_pen = QPen(CURRENT, 2)
        self._selection_brush = QBrush(SELECTION_FILL)
        self.room_font = QFont()
        self.small_font = QFont()
        self.header_font = QFont()
        self.entrance_font = QFont()
        self.floor_font = QFont()
        self._static: tuple[dict, dict] = ({}, {})

    def style(self, status: UnitStatus, dimmed: bool = False) -> _Style:
        return self._styles[(status, dimmed)]

    def set_metrics(self, m: Metrics) -> None:
        """Fonts for this zoom; a no-op when the zoom did not change them."""
        if self._metrics == m:
            return
        self._metrics = m
        self.room_font = self._font(m.room_px, QFont.Weight.DemiBold)
        self.small_font = self._font(m.small_px, QFont.Weight.Normal)
        self.header_font = self._font(13, QFont.Weight.DemiBold)
        self.entrance_font = self._font(12, QFont.Weight.Medium)
        self.floor_font = self._font(max(9, min(12, m.cell_h - 2)), QFont.Weight.Medium)
        self._static = ({}, {})  # laid-out texts for these fonts: room font, small font

    def _font(self, pixels: int, weight: QFont.Weight) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(pixels)
        font.setWeight(weight)
        font.setHintingPreference(QFont.HintingPreference.PreferDefaultHinting)
        return font

    # --- cells ------------------------------------------------------------------------------

    def paint_cells(self, p: QPainter, layout: ChartLayout, content: ChartContent, rows: range,
                    cols: range, selected: frozenset[int] | set[int] = frozenset(),
                    current: tuple[int, int] | None = None) -> int:
        """Paint the cells in `rows` × `cols`, the selection and the current cell (row, col);
        returns how many cells were painted."""
        m = layout.m
        rounded, radius = self.begin_cells(p, m)
        w, h, pitch, col_x, table = m.cell_w, m.cell_h, m.row_pitch, layout.col_x, layout.table
        units, texts, matches = content.units, content.texts, content.matches
        status_names = {s: unit_status_name(s) for s in UnitStatus} if m.detail else {}
        painted = 0
        for row in rows:
            y = row * pitch
            line = table[row]
            for col in cols:
                index = line[col]
                if index is None:
                    continue
                unit = units[index]
                style = self._styles[(unit.status, not matches[index])]
                x = col_x[col]
                self.paint_box(p, style, x, y, w, h, radius if rounded else None)
                if m.detail:
                    self._paint_text(p, m, x, y, texts[index], style,
                                     status_names.get(unit.status, ""))
                if index in selected:
                    self._paint_selected(p, x, y, w, h, radius if rounded else 0.0)
                painted += 1
        if current is not None and current[0] in rows and current[1] in cols:
            self._paint_current(p, layout, *current)
        return painted

    def begin_cells(self, p: QPainter, m: Metrics) -> tuple[bool, float]:
        """Ready the painter for cells of these metrics; returns (rounded, corner radius):
        small cells are plain rectangles, without antialiasing."""
        self.set_metrics(m)
        rounded = m.cell_w >= 40
        p.setRenderHint(QPainter.RenderHint.Antialiasing, rounded)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        return rounded, min(6.0, m.cell_w * 0.05)

    @staticmethod
    def paint_box(p: QPainter, style: Any, x: int, y: int, w: int, h: int,
                  radius: float | None) -> None:
        """A cell's box in `style` (pen, fill, border): rounded with `radius`, or (None) a
        filled rectangle with a one-pixel border."""
        if radius is not None:
            p.setPen(style.pen)
            p.setBrush(style.fill)
            p.drawRoundedRect(x + 0.5, y + 0.5, w - 1, h - 1, radius, radius)
        else:
            p.fillRect(x, y, w, h, style.border)
            if w > 3 and h > 3:
                p.fillRect(x + 1, y + 1, w - 2, h - 2, style.fill)

    def static_text(self, small: bool, text: str) -> QStaticText:
        """The text laid out in the small or the room font, from a cache: cell strings
        repeat (room numbers, layouts, statuses), and laying text out is most of a cell's
        cost."""
        cache = self._static[small]
        static = cache.get(text)
        if static is None:
            if len(cache) > STATIC_CACHE_LIMIT:
                cache.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self.small_font if small else self.room_font)
            cache[text] = static
        return static

    def _text(self, p: QPainter, small: bool, x: float, y: float, w: float, h: float,
              align: int, text: str) -> None:
        """drawText of the cached laid-out text (static_text)."""
        static = self.static_text(small, text)
        size = static.size()
        if align & _RIGHT:
            x += w - size.width()
        elif align & _HCENTER:
            x += (w - size.width()) / 2
        if align & _BOTTOM:
            y += h - size.height()
        elif not align & _TOP:
            y += (h - size.height()) / 2
        p.drawStaticText(QPointF(round(x), round(y)), static)

    def _paint_text(self, p: QPainter, m: Metrics, x: int, y: int, text: CellText,
                    style: _Style, status: str) -> None:
        w, h = m.cell_w, m.cell_h
        p.setPen(style.text)
        p.setFont(self.room_font)
        if m.detail is Detail.ROOM:
            self._text(p, False, x, y, w, h, _CENTER, text.room)
            return
        pad = max(3, round(w * 0.065))
        inner_w = w - 2 * pad
        if m.detail is Detail.LINE:
            self._text(p, False, x + pad, y, inner_w, h, _LEFT_MID, text.room)
            p.setFont(self.small_font)
            self._text(p, True, x + pad, y, inner_w, h, _RIGHT_MID, text.total)
            if w >= 20 * m.small_px:  # wide enough for the area between them
                p.setPen(style.muted)
                self._text(p, True, x + pad, y, inner_w, h, _CENTER, text.area)
            return
        if m.detail is Detail.BRIEF:
            half = h // 2
            self._text(p, False, x, y + 1, w, half, _HCENTER | _BOTTOM, text.room)
            p.setFont(self.small_font)
            p.setPen(style.muted)
            self._text(p, True, x, y + half + 1, w, h - half - 2, _HCENTER | _TOP, text.total)
            return
        line = (h - 2 * pad) / 3
        top = y + pad
        self._text(p, False, x + pad, top, inner_w, line, _LEFT_MID, text.room)
        p.setFont(self.small_font)
        p.setPen(style.muted)
        self._text(p, True, x + pad, top, inner_w, line, _RIGHT_MID, status)
        self._text(p, True, x + pad, top + line, inner_w, line, _LEFT_MID, text.layout)
        self._text(p, True, x + pad, top + 2 * line, inner_w, line, _LEFT_MID, text.area)
        p.setPen(style.text)
        self._text(p, True, x + pad, top + 2 * line, inner_w, line, _RIGHT_MID, text.total)

    def _paint_selected(self, p: QPainter, x: int, y: int, w: int, h: int,
                        radius: float) -> None:
        p.setBrush(self._selection_brush)
        p.setPen(self._selection_pen if w >= 12 else Qt.PenStyle.NoPen)
        if radius:
            p.drawRoundedRect(x + 1, y + 1, w - 2, h - 2, radius, radius)
        else:
            p.drawRect(x, y, w, h)

    def _paint_current(self, p: QPainter, layout: ChartLayout, row: int, col: int) -> None:
        grow = 2 if layout.m.cell_w >= 20 else 1
        rect = layout.cell_rect(row, col).adjusted(-grow, -grow, grow, grow)
        radius = min(7.0, layout.m.cell_w * 0.06)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(self._current_pen)
        p.drawRoundedRect(rect, radius, radius)

    # --- headers ----------------------------------------------------------------------------

    def paint_column_headers(self, p: QPainter, layout: ChartLayout, names: Mapping[str, str],
                             cols: range) -> None:
        """Building names over their columns, entrance names under them: y from 0 to
        building_row_h + entrance_row_h, x in cell-area coordinates."""
        m = layout.m
        self.set_metrics(m)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if not cols:
            return
        first, last = cols.start, cols.stop - 1
        p.setPen(Qt.PenStyle.NoPen)
        for group in layout.grid.buildings:
            if group.last < first or group.first > last:
                continue
            x0, x1 = layout.group_span(group.first, group.last)
            p.setBrush(HEADER_BG)
            p.drawRoundedRect(x0, 0, x1 - x0, m.building_row_h - 3, 4, 4)
            code = group.label_key[0]
            self._fitting_text(p, self.header_font, HEADER_TEXT, x0, 0, x1 - x0,
                               m.building_row_h - 3, (names.get(code, code), code))
        for group in layout.grid.entrances:
            if group.last < first or group.first > last:
                continue
            x0, x1 = layout.group_span(group.first, group.last)
            top = m.building_row_h
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ENTRANCE_BG)
            p.drawRoundedRect(x0, top, x1 - x0, m.entrance_row_h - 2, 3, 3)
            code = group.label_key[1]
            self._fitting_text(p, self.entrance_font, ENTRANCE_TEXT, x0, top, x1 - x0,
                               m.entrance_row_h - 2, (entrance_label(code), code))

    def _fitting_text(self, p: QPainter, font: QFont, colour: QColor, x: int, y: int, w: int,
                      h: int, choices: tuple[str, ...]) -> None:
        """The first of `choices` that fits the width (a name, then a short code), or none."""
        metrics = QFontMetrics(font)
        for text in choices:
            if metrics.horizontalAdvance(text) + 6 <= w:
                p.setFont(font)
                p.setPen(colour)
                p.drawText(x, y, w, h, _CENTER, text)
                return

    def paint_floor_labels(self, p: QPainter, layout: ChartLayout, rows: range,
                           width: int) -> None:
        """Floor labels (15F) right-aligned in a column `width` wide ending at x = 0."""
        m = layout.m
        self.set_metrics(m)
        step = 1 if m.cell_h >= 12 else (2 if m.cell_h >= 6 else 5)
        p.setFont(self.floor_font)
        p.setPen(FLOOR_TEXT)
        floors = layout.grid.floors
        for row in rows:
            if row % step:
                continue
            y = layout.row_y(row)
            p.drawText(-width, y - 6, width - 8, m.cell_h + 12, _RIGHT_MID,
                       floor_label(floors[row]))
