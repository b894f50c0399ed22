"""The sales control chart as one custom-painted widget (app.ui.chart.grid_view) that paints
only the cells in view (10,000 units stay smooth, where a QTableView with a delegate per cell
is ~10× slower), with the building/entrance header and the floor labels frozen while the cells
scroll. Selection and the current cell are kept as unit ids, so they survive live reloads.
Mouse and keyboard handling live in `ChartInteraction`, painting in `ChartPainter`."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.ui.chart import zoom
from app.ui.chart.grid_view import GridScrollView
from app.ui.chart.interaction import ChartInteraction
from app.ui.chart.layout import MAX_ZOOM, MIN_ZOOM, ChartLayout
from app.ui.chart.model import ChartModel
from app.ui.chart.painter import ChartContent, ChartPainter
from app.ui.chart.tooltip import unit_tooltip


class UnitChartView(GridScrollView):
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
        super().__init__(model, ChartLayout(model.grid, 1.0), ChartPainter(), parent)
        self.setObjectName("chart_view")
        self._zoom = 1.0
        self._content = ChartContent()
        self._texts: dict[int, tuple[int, object]] = {}   # unit id → (version, CellText)
        self.selected_ids: set[int] = set()
        self._selected_idx: set[int] = set()
        self.current_id: int | None = None
        self.rubber_band: QRect | None = None
        self.interaction = ChartInteraction(self)
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

    def unit_at(self, point: QPoint) -> int | None:
        """The unit id under a viewport point (None over a gap or a header)."""
        index = self.index_at(point)
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

    # --- painting ---------------------------------------------------------------------------

    def _paint_cells(self, p: QPainter, lay: ChartLayout, rows: range, cols: range) -> int:
        current = None
        if self.current_id is not None and self.model.index_of(self.current_id) is not None:
            current = self.model.place_of(self.model.index_of(self.current_id))
        return self.painter_.paint_cells(p, lay, self._content, rows, cols,
                                         self._selected_idx, current)

    def _paint_over(self, p: QPainter) -> None:
        if self.rubber_band is not None:
            p.setPen(QColor("#2563EB"))
            p.setBrush(QColor(37, 99, 235, 30))
            p.drawRect(self.rubber_band.normalized())

    def _column_names(self) -> dict:
        return self._content.names

    # --- events -----------------------------------------------------------------------------

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
