"""The sales control chart as one custom-painted widget: a QAbstractScrollArea that paints
only the cells in view (10,000 units stay smooth, where a QTableView with a delegate per cell
is ~10× slower), with the building/entrance header and the floor labels frozen while the cells
scroll. Selection and the current cell are kept as unit ids, so they survive live reloads.
Mouse and keyboard handling live in `ChartInteraction`, painting in `ChartPainter`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from app.ui.chart import zoom
from app.ui.chart.interaction import ChartInteraction
from app.ui.chart.layout import MAX_ZOOM, MIN_ZOOM, ChartLayout
from app.ui.chart.model import ChartModel
from app.ui.chart.painter import FLOOR_BG, ChartContent, ChartPainter
from app.ui.chart.tooltip import unit_tooltip

BACKGROUND = QColor("#FFFFFF")
PLACEHOLDER_TEXT = QColor("#8A94A1")
HEADER_LINE = QColor("#E2E7ED")


class UnitChartView(QAbstractScrollArea):
    """The painted chart over a ChartModel.

    Signals:
        current_changed(object): the current unit's id, or None.
        selection_changed(list): the selected units' ids.
        context_menu_requested(list, QPoint): act on these unit ids; menu at this global point
            (right click, the Menu key, Enter or a double click).
        zoom_changed(float): the zoom factor (1.0 = 100 %).
    """

    current_changed = Signal(object)
    selection_changed = Signal(list)
    context_menu_requested = Signal(list, QPoint)
    zoom_changed = Signal(float)

    def __init__(self, model: ChartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_view")
        self.model = model
        self.chart_painter = ChartPainter()
        self._zoom = 1.0
        self.layout_ = ChartLayout(model.grid, self._zoom)
        self._content = ChartContent()
        self._texts: dict[int, tuple[int, object]] = {}   # unit id → (version, CellText)
        self.selected_ids: set[int] = set()
        self._selected_idx: set[int] = set()
        self.current_id: int | None = None
        self.placeholder = ""
        self.rubber_band: QRect | None = None
        self.interaction = ChartInteraction(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setStyleSheet("QToolTip { background: #FFFFFF; color: #0F172A; "
                           "border: 1px solid #CBD3DC; border-radius: 6px; padding: 6px; }")
        model.layout_changed.connect(self._on_layout_changed)
        model.changed.connect(self._on_model_changed)
        self._on_layout_changed()
        self._on_model_changed()

    # --- public -----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Scale the cells; `anchor` (viewport point) stays over the same spot."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, round(factor, 3)))
        if factor == self._zoom:
            return
        anchor = anchor or QPoint(self.viewport().width() // 2, self.viewport().height() // 2)
        before = self.to_cells(anchor)
        ratio = factor / self._zoom
        self._zoom = factor
        self.layout_ = ChartLayout(self.model.grid, factor)
        self._update_scrollbars()
        left, top = self.frozen_size()
        self.horizontalScrollBar().setValue(round(before.x() * ratio - (anchor.x() - left)
                                                  + self.layout_.m.margin))
        self.verticalScrollBar().setValue(round(before.y() * ratio - (anchor.y() - top)
                                                + self.layout_.m.margin))
        self.viewport().update()
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(zoom.step_in(self._zoom))

    def zoom_out(self) -> None:
        self.set_zoom(zoom.step_out(self._zoom))

    def fit_width(self) -> None:
        """The largest zoom at which every column fits the width."""
        left, _top = self.frozen_size()
        fitted = zoom.fit_width(self.model.grid, self.viewport().width() - left)
        if fitted is not None:
            self.set_zoom(fitted)

    def fit_overview(self) -> None:
        """Everything, or (too wide) the floors filling the height; from the start."""
        left, top = self.frozen_size()
        fitted = zoom.fit_overview(self.model.grid, self.viewport().width() - left,
                                   self.viewport().height() - top)
        if fitted is not None:
            self.set_zoom(fitted)
        self.scroll_to_start()

    def scroll_to_start(self) -> None:
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)

    def set_placeholder(self, text: str) -> None:
        """Shown instead of the grid while there are no units (加载中…, 暂无房源)."""
        self.placeholder = text
        self.viewport().update()

    def selected_units(self) -> list:
        return [u for u in (self.model.unit_by_id(i) for i in sorted(self.selected_ids)) if u]

    def set_selection(self, unit_ids, current: int | None = None) -> None:  # noqa: ANN001
        ids = {i for i in unit_ids if self.model.index_of(i) is not None}
        changed = ids != self.selected_ids
        self.selected_ids = ids
        self._selected_idx = {self.model.index_of(i) for i in ids}
        if current is not None and current != self.current_id:
            self.current_id = current
            self.ensure_visible(current)
            self.current_changed.emit(current)
        self.viewport().update()
        if changed:
            self.selection_changed.emit(sorted(ids))

    def clear_selection(self) -> None:
        self.set_selection(())

    def frozen_size(self) -> tuple[int, int]:
        """Width of the floor-label column and height of the header rows."""
        m = self.layout_.m
        return m.floor_width, m.building_row_h + m.entrance_row_h

    def origin(self) -> QPoint:
        """Where the cell area's (0, 0) is in the viewport at the current scroll."""
        left, top = self.frozen_size()
        m = self.layout_.m.margin
        return QPoint(left + m - self.horizontalScrollBar().value(),
                      top + m - self.verticalScrollBar().value())

    def to_cells(self, point: QPoint) -> QPoint:
        return point - self.origin()

    def cell_rect_in_viewport(self, unit_id: int) -> QRect | None:
        index = self.model.index_of(unit_id)
        if index is None:
            return None
        return self.layout_.cell_rect(*self.model.place_of(index)).translated(self.origin())

    def unit_at(self, point: QPoint) -> int | None:
        """The unit id under a viewport point (None over a gap or a header)."""
        left, top = self.frozen_size()
        if point.x() < left or point.y() < top:
            return None
        p = self.to_cells(point)
        place = self.layout_.cell_at(p.x(), p.y())
        index = None if place is None else self.layout_.table[place[0]][place[1]]
        return None if index is None else self.model.unit(index).id

    def ensure_visible(self, unit_id: int) -> None:
        index = self.model.index_of(unit_id)
        if index is None:
            return
        rect = self.layout_.cell_rect(*self.model.place_of(index))
        left, top = self.frozen_size()
        margin = self.layout_.m.margin
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        visible_w = self.viewport().width() - left
        visible_h = self.viewport().height() - top
        if rect.left() + margin < h.value():
            h.setValue(rect.left() + margin - 4)
        elif rect.right() + margin > h.value() + visible_w:
            h.setValue(rect.right() + margin - visible_w + 6)
        if rect.top() + margin < v.value():
            v.setValue(rect.top() + margin - 4)
        elif rect.bottom() + margin > v.value() + visible_h:
            v.setValue(rect.bottom() + margin - visible_h + 6)

    # --- model ------------------------------------------------------------------------------

    def _on_layout_changed(self) -> None:
        self.layout_ = ChartLayout(self.model.grid, self._zoom)
        self._update_scrollbars()

    def _on_model_changed(self) -> None:
        from app.ui.chart.formatting import cell_text

        texts = []
        cache = self._texts
        fresh: dict[int, tuple[int, object]] = {}
        for unit in self.model.units:
            hit = cache.get(unit.id)
            if hit is None or hit[0] != unit.version:
                hit = (unit.version, cell_text(unit))
            fresh[unit.id] = hit
            texts.append(hit[1])
        self._texts = fresh
        units = self.model.units
        self._content = ChartContent(units, texts, self.model.match_flags(),
                                     {u.building_code: u.building_name for u in units})
        gone = {i for i in self.selected_ids if self.model.index_of(i) is None}
        self.selected_ids -= gone
        self._selected_idx = {self.model.index_of(i) for i in self.selected_ids}
        if self.current_id is not None and self.model.index_of(self.current_id) is None:
            self.current_id = None
            self.current_changed.emit(None)
        self.viewport().update()
        if gone:
            self.selection_changed.emit(sorted(self.selected_ids))

    def refresh_texts(self) -> None:
        """After a language switch: the cell strings (万 / M) are made again."""
        self._texts.clear()
        self._on_model_changed()

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
        lay, left, (_, top) = self.layout_, self.frozen_size()[0], self.frozen_size()
        o = self.origin()
        x0, x1 = max(area.left(), left) - o.x(), area.right() + 1 - o.x()
        y0, y1 = max(area.top(), top) - o.y(), area.bottom() + 1 - o.y()
        rows, cols = lay.visible_rows(y0, y1), lay.visible_cols(x0, x1)
        current = None
        if self.current_id is not None and self.model.index_of(self.current_id) is not None:
            current = self.model.place_of(self.model.index_of(self.current_id))
        p.save()
        p.setClipRect(left, top, vw - left, vh - top)
        p.translate(o)
        painted = self.chart_painter.paint_cells(p, lay, self._content, rows, cols,
                                                 self._selected_idx, current)
        p.restore()
        if self.rubber_band is not None:
            p.setPen(QColor("#2563EB"))
            p.setBrush(QColor(37, 99, 235, 30))
            p.drawRect(self.rubber_band.normalized())
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
        self.chart_painter.paint_column_headers(p, lay, self._content.names, cols)
        p.restore()
        p.save()
        p.setClipRect(0, top, left, vh - top)
        p.fillRect(0, top, left, vh - top, FLOOR_BG)
        p.translate(left, o.y())
        self.chart_painter.paint_floor_labels(p, lay, rows, left)
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
        unit_id = self.unit_at(event.pos())
        if unit_id is None:
            QToolTip.hideText()
            return
        unit = self.model.unit_by_id(unit_id)
        rect = self.cell_rect_in_viewport(unit_id)
        QToolTip.showText(event.globalPos(), unit_tooltip(unit), self.viewport(), rect)

    def tooltip_text(self, unit_id: int) -> str:
        unit = self.model.unit_by_id(unit_id)
        return unit_tooltip(unit) if unit else ""

    def mousePressEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        self.interaction.mouse_press(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        self.interaction.mouse_move(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001
        self.interaction.mouse_release(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001
        self.interaction.mouse_double_click(event)

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        self.interaction.context_menu(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if not self.interaction.key_press(event):
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: ANN001
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                factor = 1.15 ** (delta / 120)
                self.set_zoom(self._zoom * factor, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)
