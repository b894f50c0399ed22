"""The price map as one custom-painted widget, on the sales control chart's grid view
(app.ui.chart.grid_view) over a PriceMapModel that paints only the cells in view (10,000 units stay
smooth), with the building/entrance header and the floor labels frozen while the cells
scroll. Geometry is the chart's ChartLayout; Ctrl + wheel zooms; a new trial or building is
fitted to the view. Hovering a cell outlines it and shows its old → new price."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.domain.chart import ChartGrid
from app.ui.chart import formatting as fmt
from app.ui.chart.grid_view import GridScrollView
from app.ui.chart.layout import ChartLayout
from app.ui.common.labels import unit_status_name
from app.ui.pricing import labels
from app.ui.pricing.change_model import amount_text, signed_percent
from app.ui.pricing.price_map_model import PriceMapModel, price_percent
from app.ui.pricing.price_map_painter import PriceMapPainter, map_metrics
from app.ui.pricing.style import DOWN, UP

BASE_W, BASE_H = 118, 68          # the chart's cell at 100 %
FIT_W, FIT_H = (72, 150), (22, 68)  # fitted cells: wide enough for a price, one line high
MIN_CELL, MAX_CELL = (6, 4), (300, 140)
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.25
HUNDRED = Decimal(100)


def fitted_cell(grid: ChartGrid, width: int, height: int) -> tuple[int, int]:
    """The cell size that fills `width` × `height` px (the cell area with its margins) with
    the grid, within FIT_W × FIT_H: a narrow building gets wide cells, a tall one low ones,
    and one too big for the view keeps cells it can still write a price in (and scrolls)."""
    cols, rows = len(grid.columns), len(grid.floors)
    if not cols or not rows:
        return BASE_W, BASE_H
    margin = map_metrics(BASE_W, BASE_H).margin
    w, h = BASE_W, BASE_H
    for _ in range(2):   # the gaps grow with the cells: settle them twice
        m = map_metrics(w, h)
        gaps_x = ChartLayout(grid, metrics=m).width - cols * m.cell_w
        w = max(FIT_W[0], min(FIT_W[1], (width - 2 * margin - gaps_x) // cols))
        h = max(FIT_H[0], min(FIT_H[1], (height - 2 * margin + m.gap) // rows - m.gap))
    return int(w), int(h)


class PriceMapView(GridScrollView):
    def __init__(self, model: PriceMapModel, parent: QWidget | None = None) -> None:
        super().__init__(model, ChartLayout(model.grid, metrics=map_metrics(BASE_W, BASE_H)),
                         PriceMapPainter(), parent)
        self.setObjectName("price_map_view")
        self._zoom = 1.0
        self._fitted = (BASE_W, BASE_H)
        self.hovered: int | None = None          # unit index under the mouse
        self._fit_pending = True
        model.changed.connect(self._on_model_changed)

    # --- zoom and geometry ------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        """The cells' size relative to the fitted one (1.0: as fitted)."""
        return self._zoom

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Scale the cells from their fitted size; `anchor` (viewport point) stays over the
        same spot."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, round(factor, 3)))
        if factor == self._zoom:
            return
        w, h = self._fitted
        self.set_cell_size(round(w * factor), round(h * factor), anchor)
        self._zoom = factor

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def set_cell_size(self, w: int, h: int, anchor: QPoint | None = None) -> None:
        """Cells of w × h px (clamped); `anchor` (viewport point) stays over the same spot."""
        w, h = max(MIN_CELL[0], min(MAX_CELL[0], w)), max(MIN_CELL[1], min(MAX_CELL[1], h))
        anchor = anchor or QPoint(self.viewport().width() // 2, self.viewport().height() // 2)
        before = anchor - self.origin()
        old = self.layout_.m
        rx, ry = (w + old.gap) / (old.cell_w + old.gap), (h + old.gap) / old.row_pitch
        self.layout_ = ChartLayout(self.model.grid, metrics=map_metrics(w, h))
        self._update_scrollbars()
        left, top = self.frozen_size()
        margin = self.layout_.m.margin
        self.horizontalScrollBar().setValue(round(before.x() * rx - (anchor.x() - left)
                                                  + margin))
        self.verticalScrollBar().setValue(round(before.y() * ry - (anchor.y() - top)
                                                + margin))
        self.viewport().update()

    def fit(self) -> None:
        """Cells sized to the view: the whole building when it fits with its prices
        readable, else the floors scroll (cells never smaller than one line of text)."""
        w, h = fitted_cell(self.model.grid, self.viewport().width() - self.frozen_size()[0],
                           self.viewport().height() - self.frozen_size()[1])
        self._fitted, self._zoom = (w, h), 1.0
        self.layout_ = ChartLayout(self.model.grid, metrics=map_metrics(w, h))
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)
        self._fit_pending = False
        self.viewport().update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    # --- model ------------------------------------------------------------------------------

    def _on_model_changed(self) -> None:
        """Another building is fitted to the view; a new trial of the same building or new
        texts (a language switch) keep the zoom and the scroll."""
        if self.model.grid == self.layout_.grid:      # the same building: keep zoom, scroll
            self.viewport().update()
            return
        self.hovered = None
        self.layout_ = ChartLayout(self.model.grid, metrics=self.layout_.m)
        if self.isVisible() and self.viewport().width() > 0:
            self.fit()
        else:
            self._fit_pending = True
            self._update_scrollbars()
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        super().resizeEvent(event)         # the scroll range
        if self._fit_pending and self.isVisible():
            self.fit()

    def showEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        super().showEvent(event)
        if self._fit_pending:
            self.fit()

    # --- painting ---------------------------------------------------------------------------

    def _paint_cells(self, p: QPainter, lay: ChartLayout, rows: range, cols: range) -> int:
        return self.painter_.paint_price_cells(p, lay, self.model, rows, cols, self.hovered)

    def _column_names(self) -> dict:
        return self.model.names()

    # --- tooltip ----------------------------------------------------------------------------

    def tooltip_text(self, unit_id: int) -> str:
        """Rich text: the unit, then its unit price and total, old → new, with the change."""
        index = self.model.index_of(unit_id)
        if index is None:
            return ""
        unit, change = self.model.unit(index), self.model.change(index)
        title = escape(f"{unit.building_name} {fmt.entrance_label(unit.entrance_code)} "
                       f"{unit.room_no}")
        status = escape(unit_status_name(unit.status))
        head = (f"<b style='font-size:12pt'>{title}</b>&nbsp;&nbsp;"
                f"<span style='color:#6b7785'>{escape(unit.code)} · {status}</span>")
        if change is None:
            return (f"<div style='white-space:nowrap'>{head}<br>"
                    f"{escape(self.tr('Not in this trial: its price stays.'))}</div>")
        price_unit = self.tr("yuan/unit") if self.model.per_unit else self.tr("yuan/m²")
        rows = [(self.tr("Unit price ({unit})").format(unit=price_unit),
                 change.old_unit_price, change.new_unit_price, price_percent(change)),
                (self.tr("Total (yuan)"), change.old_total, change.new_total,
                 None if not change.old_total or change.new_total is None else
                 (change.new_total - change.old_total) * HUNDRED / change.old_total)]
        body = "".join(self._tooltip_row(label, old, new, percent, change.skipped)
                       for label, old, new, percent in rows)
        note = ""
        if change.skipped:
            note = (f"<br><span style='color:#6b7785'>"
                    f"{escape(labels.label(labels.SKIP_TIPS, change.skipped_reason))}</span>")
        return (f"<div style='white-space:nowrap'>{head}"
                f"<table cellspacing='0' cellpadding='2' style='margin-top:4px'>{body}</table>"
                f"{note}</div>")

    @staticmethod
    def _tooltip_row(label: str, old: Any, new: Any, percent: Decimal | None,
                     skipped: bool) -> str:
        if skipped:
            value = escape(amount_text(new))
        else:
            value = f"{escape(amount_text(old))} → <b>{escape(amount_text(new))}</b>"
            if percent is not None:
                colour = UP if percent > 0 else DOWN if percent < 0 else None
                shown = escape(signed_percent(percent))
                value += (f"&nbsp;<span style='color:{colour.name()}'>{shown}</span>"
                          if colour is not None else f"&nbsp;{shown}")
        return (f"<tr><td style='color:#6b7785; padding-right:12px'>{escape(label)}</td>"
                f"<td>{value}</td></tr>")

    # --- events -----------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Leave and self.hovered is not None:
            self.hovered = None
            self.viewport().update()
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        index = self.index_at(event.position().toPoint())
        if index != self.hovered:
            self.hovered = index
            self.viewport().update()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 — Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom_in()
                return
            if event.key() == Qt.Key.Key_Minus:
                self.zoom_out()
                return
            if event.key() == Qt.Key.Key_0:
                self.fit()
                return
        super().keyPressEvent(event)
