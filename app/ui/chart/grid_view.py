"""What the sales control chart's view and the price map's view share: one custom-painted
QAbstractScrollArea over a unit grid laid out by ChartLayout — the building/entrance header
and the floor labels frozen while the cells scroll, only the cells in view painted (10,000
units stay smooth), the scroll range from the layout, Ctrl + wheel zooming, a cell's rect
and the unit under a point, and the tooltip of the cell under the mouse.

A subclass paints its cells (`_paint_cells`), may paint over them (`_paint_over`), names
the header's buildings (`_column_names`), writes the tooltip (`tooltip_text`) and zooms
(`zoom`, `set_zoom`); `painter_` draws the frozen header and floor labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from app.ui.chart.layout import ChartLayout
from app.ui.chart.painter import FLOOR_BG, ChartPainter

BACKGROUND = QColor("#FFFFFF")
PLACEHOLDER_TEXT = QColor("#8A94A1")
HEADER_LINE = QColor("#E2E7ED")
WHEEL_ZOOM = 1.15          # per wheel notch with Ctrl held


class GridScrollView(QAbstractScrollArea):
    def __init__(self, model: Any, layout: ChartLayout, painter: ChartPainter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.layout_ = layout
        self.painter_ = painter
        self.placeholder = ""              # shown instead of the grid while it has no units
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setStyleSheet("QToolTip { background: #FFFFFF; color: #0F172A; "
                           "border: 1px solid #CBD3DC; border-radius: 6px; padding: 6px; }")

    # --- for subclasses ---------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        raise NotImplementedError

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        raise NotImplementedError

    def tooltip_text(self, unit_id: int) -> str:
        raise NotImplementedError

    def _paint_cells(self, p: QPainter, lay: ChartLayout, rows: range, cols: range) -> int:
        """Paint the cells of `rows` × `cols` (the painter at the cell area's origin);
        returns how many were painted."""
        raise NotImplementedError

    def _paint_over(self, p: QPainter) -> None:
        """Anything over the cells, under the frozen header (viewport coordinates)."""

    def _column_names(self) -> dict:
        raise NotImplementedError

    # --- geometry ---------------------------------------------------------------------------

    def frozen_size(self) -> tuple[int, int]:
        """Width of the floor-label column and height of the header rows."""
        m = self.layout_.m
        return m.floor_width, m.building_row_h + m.entrance_row_h

    def origin(self) -> QPoint:
        """Where the cell area's (0, 0) is in the viewport at the current scroll."""
        left, top = self.frozen_size()
        margin = self.layout_.m.margin
        return QPoint(left + margin - self.horizontalScrollBar().value(),
                      top + margin - self.verticalScrollBar().value())

    def to_cells(self, point: QPoint) -> QPoint:
        return point - self.origin()

    def index_at(self, point: QPoint) -> int | None:
        """The unit index under a viewport point (None over a gap or a header)."""
        left, top = self.frozen_size()
        if point.x() < left or point.y() < top or not len(self.model):
            return None
        p = self.to_cells(point)
        place = self.layout_.cell_at(p.x(), p.y())
        return None if place is None else self.layout_.table[place[0]][place[1]]

    def cell_rect_in_viewport(self, unit_id: int) -> QRect | None:
        index = self.model.index_of(unit_id)
        if index is None:
            return None
        return self.layout_.cell_rect(*self.model.place_of(index)).translated(self.origin())

    def _update_scrollbars(self) -> None:
        left, top = self.frozen_size()
        margin = self.layout_.m.margin
        width = self.layout_.width + 2 * margin
        height = self.layout_.height + 2 * margin
        vw, vh = self.viewport().width() - left, self.viewport().height() - top
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setRange(0, max(0, width - vw))
        h.setPageStep(max(1, vw))
        h.setSingleStep(max(8, self.layout_.m.cell_w // 2))
        v.setRange(0, max(0, height - vh))
        v.setPageStep(max(1, vh))
        v.setSingleStep(max(8, self.layout_.m.row_pitch))

    def resizeEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        super().resizeEvent(event)
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # Qt override
        self.viewport().update()

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self.viewport())
        try:
            self.paint(p, event.rect())
        finally:
            p.end()

    def paint(self, p: QPainter, area: QRect) -> int:
        """Paint the visible part: cells (culled), then the frozen header and floor column.
        Returns how many cells were painted."""
        p.fillRect(area, BACKGROUND)
        vw, vh = self.viewport().width(), self.viewport().height()
        if not len(self.model):
            p.setPen(PLACEHOLDER_TEXT)
            p.drawText(QRect(0, 0, vw, vh), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            return 0
        lay = self.layout_
        left, top = self.frozen_size()
        o = self.origin()
        x0, x1 = max(area.left(), left) - o.x(), area.right() + 1 - o.x()
        y0, y1 = max(area.top(), top) - o.y(), area.bottom() + 1 - o.y()
        rows, cols = lay.visible_rows(y0, y1), lay.visible_cols(x0, x1)
        p.save()
        p.setClipRect(left, top, vw - left, vh - top)
        p.translate(o)
        painted = self._paint_cells(p, lay, rows, cols)
        p.restore()
        self._paint_over(p)
        self._paint_frozen(p, lay, o, rows, cols)
        return painted

    def _paint_frozen(self, p: QPainter, lay: ChartLayout, o: QPoint, rows: range,
                      cols: range) -> None:
        left, top = self.frozen_size()
        vw, vh = self.viewport().width(), self.viewport().height()
        p.save()
        p.setClipRect(left, 0, vw - left, top)
        p.fillRect(left, 0, vw - left, top, BACKGROUND)
        p.translate(o.x(), 4)
        self.painter_.paint_column_headers(p, lay, self._column_names(), cols)
        p.restore()
        p.save()
        p.setClipRect(0, top, left, vh - top)
        p.fillRect(0, top, left, vh - top, FLOOR_BG)
        p.translate(left, o.y())
        self.painter_.paint_floor_labels(p, lay, rows, left)
        p.restore()
        p.fillRect(0, 0, left, top, BACKGROUND)
        p.setPen(HEADER_LINE)
        p.drawLine(left, top, vw, top)

    # --- events -----------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)  # type: ignore[arg-type]
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        index = self.index_at(event.pos())
        if index is None:
            QToolTip.hideText()
            return
        unit_id = self.model.unit(index).id
        QToolTip.showText(event.globalPos(), self.tooltip_text(unit_id), self.viewport(),
                          self.cell_rect_in_viewport(unit_id))

    def wheelEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self.zoom * WHEEL_ZOOM ** (delta / 120),
                              event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)
