"""The chart on paper (the 销控表 every office prints each morning) and in PDF: A3 landscape,
title, every cell (not just those on screen), the legend with counts, area, value and
去化率, and the date. Cells are painted by the same ChartPainter as the screen.

Buildings are packed onto pages so that each cell stays wide enough to read its room number
and price; a page's cells are sized to fill it. Coordinates are points (1/72 inch)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.domain.chart import ChartFilter, ChartUnit, build_grid, legend
from app.ui.chart.layout import ChartLayout, metrics_for_size
from app.ui.chart.painter import ChartContent, ChartPainter
from app.ui.chart.print_decor import paint_footer, paint_legend, paint_title

MARGIN_MM = 10
TITLE_H = 46.0
LEGEND_H = 64.0
FOOTER_H = 14.0
MIN_CELL_W = 64.0       # below this a page takes fewer buildings
MAX_CELL = (150, 84)    # a small building does not get giant cells
PRINT_GAPS = (2, 6, 14)
CONTEXT = "ChartPrinter"


@dataclass(frozen=True)
class PrintPage:
    buildings: tuple[str, ...]
    units: tuple[ChartUnit, ...]


def configure(printer: QPrinter) -> None:
    """A3 landscape with 10 mm margins, as offices print the chart."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A3), QPageLayout.Orientation.Landscape,
                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                         QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)
    printer.setFullPage(False)


class ChartPrinter:
    def __init__(self, title: str, units: Sequence[ChartUnit], chart_filter: ChartFilter,
                 generated_at: dt.datetime | None = None, filter_text: str = "") -> None:
        self.title = title
        self.units = list(units)
        self.filter = chart_filter
        self.generated_at = generated_at or dt.datetime.now()
        self.filter_text = filter_text
        self.legend = legend(self.units)
        self.painter = ChartPainter()

    # --- planning ---------------------------------------------------------------------------

    def grid_area(self, page: QSizeF) -> QSizeF:
        return QSizeF(page.width(), page.height() - TITLE_H - LEGEND_H - FOOTER_H)

    def plan(self, page: QSizeF) -> list[PrintPage]:
        """Whole buildings per page, as many as keep cells at least MIN_CELL_W wide."""
        by_building: dict[str, list[ChartUnit]] = {}
        for unit in self.units:
            by_building.setdefault(unit.building_code, []).append(unit)
        area = self.grid_area(page)
        pages: list[list[str]] = []
        for code in by_building:
            if pages:
                candidate = pages[-1] + [code]
                units = [u for c in candidate for u in by_building[c]]
                if self._cell_size(units, area)[0] >= MIN_CELL_W:
                    pages[-1] = candidate
                    continue
            pages.append([code])
        return [PrintPage(tuple(codes), tuple(u for c in codes for u in by_building[c]))
                for codes in pages] or [PrintPage((), ())]

    def _cell_size(self, units: Sequence[ChartUnit], area: QSizeF) -> tuple[float, float]:
        grid = build_grid(units, list(dict.fromkeys(u.building_code for u in units)))
        if not grid.columns:
            return MAX_CELL
        probe = metrics_for_size(0, 0, PRINT_GAPS)
        gaps = ChartLayout(grid, metrics=probe).width  # all gaps, cells of width 0
        free_w = area.width() - probe.floor_width - 2 * probe.margin - gaps
        free_h = area.height() - probe.header_height - 2 * probe.margin
        w = free_w / len(grid.columns)
        h = free_h / max(1, len(grid.floors)) - PRINT_GAPS[0]
        return min(MAX_CELL[0], w), min(MAX_CELL[1], h)

    # --- painting ---------------------------------------------------------------------------

    def render(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto a printer or PDF writer; returns the number of pages."""
        page_rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        size = QSizeF(page_rect.width(), page_rect.height())
        pages = self.plan(size)
        scale = device.logicalDpiX() / 72.0
        p = QPainter()
        if not p.begin(device):
            raise OSError(QCoreApplication.translate("ChartPrinter",
                                                     "The printer could not be opened."))
        try:
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                p.save()
                p.scale(scale, scale)
                self._paint_page(p, size, page, number, len(pages))
                p.restore()
        finally:
            p.end()
        return len(pages)

    def _paint_page(self, p: QPainter, size: QSizeF, page: PrintPage, number: int,
                    total: int) -> None:
        buildings = list(dict.fromkeys(u.building_name for u in page.units))
        paint_title(p, QRectF(0, 0, size.width(), TITLE_H), self.title, buildings,
                    self.generated_at, self.filter_text, self.painter)
        area = self.grid_area(size)
        self._paint_grid(p, QRectF(0, TITLE_H, area.width(), area.height()), page)
        paint_legend(p, QRectF(0, size.height() - LEGEND_H - FOOTER_H, size.width(), LEGEND_H),
                     self.legend, self.painter)
        paint_footer(p, QRectF(0, size.height() - FOOTER_H, size.width(), FOOTER_H),
                     number, total, self.painter)

    def _paint_grid(self, p: QPainter, area: QRectF, page: PrintPage) -> None:
        units = list(page.units)
        if not units:
            return
        grid = build_grid(units, list(dict.fromkeys(u.building_code for u in units)))
        w, h = self._cell_size(units, area.size())
        metrics = metrics_for_size(max(4, int(w)), max(3, int(h)), PRINT_GAPS, min_font=6)
        layout = ChartLayout(grid, metrics=metrics)
        content = ChartContent.of(units, [self.filter.matches(u) for u in units])
        m = metrics
        used_w = m.floor_width + 2 * m.margin + layout.width
        left = area.left() + max(0.0, (area.width() - used_w) / 2)
        p.save()
        p.translate(left + m.floor_width + m.margin, area.top())
        self.painter.paint_column_headers(p, layout, content.names, range(layout.cols))
        p.translate(0, m.header_height + m.margin)
        self.painter.paint_floor_labels(p, layout, range(layout.rows), m.floor_width)
        self.painter.paint_cells(p, layout, content, range(layout.rows), range(layout.cols))
        p.restore()

    # --- output -----------------------------------------------------------------------------

    def export_pdf(self, path: Path | str) -> int:
        """Write the chart as an A3-landscape PDF; returns the number of pages."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setDocName(self.title)
        printer.setCreator("EstateDesk")
        configure(printer)
        return self.render(printer)
