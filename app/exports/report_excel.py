"""Any report (app.services.report_model.Report) as an Excel workbook, laid out as
app.exports.report_layout says: a title, a filter line, a frozen header, one row a report
row, a totals row (合计) of =SUM(...) formulas carrying the report's totals as cached
results, number formats (¥, m², %, dates), column widths, and for a summary report a native
Excel chart of its main figures.

Up to STREAM_ABOVE rows the sheet is written by openpyxl in write-only mode, Decimals digit
for digit through xlsx_exact's writer; a larger report goes to app.exports.report_stream
(XlsxWriter constant_memory), which measured about four times faster on the 100,000-row
ledger (tests/bench/bench_ledger_export.py). Either way the file appears only when
complete: a cancelled or failed export leaves nothing behind, and an older file of the
same name as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.exports.report_layout import (
    AREA_FORMAT,
    CHART_HEIGHT_CM,
    CHART_WIDTH_CM,
    CHUNK,
    FIRST_ROW,
    HEADER_ROW,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    SHEET,
    ChartPlan,
    ExportCancelled,
    SheetPlan,
    check,
    converters,
    plan,
)
from app.exports.xlsx_exact import _SheetWriter, save
from app.services.report_model import ChartSpec, Report

__all__ = ["AREA_FORMAT", "FIRST_ROW", "HEADER_ROW", "MONEY_FORMAT", "PERCENT_FORMAT",
           "STREAM_ABOVE", "ExportCancelled", "write_report"]

STREAM_ABOVE = 20_000


def write_report(report: Report, path: Path, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, *,
                 translate: Callable[[str, str], str] | None = None,
                 filter_text: str | None = None,
                 chart: ChartSpec | None = None,
                 stream: bool | None = None) -> Path:
    """Write `report` to `path` (.xlsx); returns the path. `progress(done, total)` is called
    every few hundred rows; `cancelled()` is asked as often and raises ExportCancelled when it
    says so. `translate(context, english)` translates the title, column titles and code
    labels (default: as given); `filter_text` is the filter line; `chart` the summary's
    chart (reports.REPORTS[key].chart). `stream` picks the writer (None: XlsxWriter above
    STREAM_ABOVE rows, openpyxl otherwise). Safe off the GUI thread."""
    tr = translate or (lambda _context, text: text)
    layout = plan(report, tr, filter_text, dt.datetime.now(), chart)
    if stream if stream is not None else len(report.rows) > STREAM_ABOVE:
        from app.exports.report_stream import write_streamed

        write_streamed(report, layout, converters(report, tr), Path(path), progress,
                       cancelled)
    else:
        _write_openpyxl(report, layout, tr, Path(path), progress, cancelled)
    if progress:
        progress(len(report.rows), len(report.rows))
    return Path(path)


def _write_openpyxl(report: Report, layout: SheetPlan, tr: Callable[[str, str], str],
                    path: Path, progress: Any, cancelled: Any) -> None:
    wb = Workbook(write_only=True)
    wb.properties.creator = "EstateDesk"
    wb.properties.title = layout.title
    wb.calculation.fullCalcOnLoad = True
    ws = wb.create_sheet(SHEET)
    cached: dict[tuple[str, str], Decimal | int] = {}
    for i, width in enumerate(layout.widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # stream through the exact writer (Decimals digit for digit, formulas with cached values)
    ws._writer = _SheetWriter(ws, cached)
    ws._writer.write_top()
    try:
        _rows(ws, report, layout, tr, cached, progress, cancelled)
        if layout.chart is not None:
            ws.add_chart(_chart(ws, layout.chart), layout.chart.anchor)
        check(cancelled)
        save(wb, path, cached)
    except BaseException:
        _discard(ws)
        raise


def _rows(ws: Any, report: Report, layout: SheetPlan, tr: Callable[[str, str], str],
          cached: dict, progress: Any, cancelled: Any) -> None:
    grey = Side(style="thin", color="FFA6A6A6")
    box = Border(left=grey, right=grey, top=grey, bottom=grey)
    fill = PatternFill("solid", fgColor="FFE7E9EC")
    bold = Font(bold=True)

    def cell(value: Any, **style: Any) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value)
        for name, attr in style.items():
            setattr(c, name, attr)
        return c

    ws.append([cell(layout.title, font=Font(size=16, bold=True))])
    ws.append([cell(layout.filter_line, font=Font(size=9, color="FF666666"))])
    ws.append([])
    ws.append([cell(h, font=bold, fill=fill, border=box,
                    alignment=Alignment(horizontal="center", vertical="center",
                                        wrap_text=True)) for h in layout.headers])
    convert = [f or (lambda v: v) for f in converters(report, tr)]
    total = len(report.rows)
    for n, row in enumerate(report.rows):
        if n % CHUNK == 0:
            check(cancelled)
            if progress and n:
                progress(n, total)
        ws.append([cell(f(v), border=box, number_format=fmt)
                   for v, f, fmt in zip(row, convert, layout.formats, strict=True)])
    out = []
    for i, (t, fmt) in enumerate(zip(layout.totals, layout.formats, strict=True)):
        style = {"font": bold, "fill": fill, "border": box, "number_format": fmt}
        if t.formula is not None:
            cached[(ws.title, f"{get_column_letter(i + 1)}{layout.total_row}")] = t.value
            out.append(cell(t.formula, **style))
        else:
            out.append(cell(t.value, **style))
    ws.append(out)


def _chart(ws: Any, chart: ChartPlan) -> Any:
    """A native chart of the plan's series against its categories (header row = titles)."""
    line = chart.kind == "line"
    made = LineChart() if line else BarChart()
    if not line:
        made.type = "col"
        if chart.kind == "stacked":
            made.grouping = "stacked"
            made.overlap = 100
    made.title = chart.title
    made.width, made.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    column, first, last = chart.categories
    for _title, index in chart.series:
        made.add_data(Reference(ws, min_col=index, min_row=HEADER_ROW, max_row=last),
                      titles_from_data=True)
    for series in made.series:
        series.smooth = False      # a figure per period, not a curve between them
    made.set_categories(Reference(ws, min_col=column, min_row=first, max_row=last))
    return made


def _discard(ws: Any) -> None:
    """Close the streaming sheet writer and remove its temporary file."""
    writer = getattr(ws, "_writer", None)
    if writer is None:
        return
    try:
        if getattr(ws, "_rows", None) is not None:
            ws._rows.close()      # ends <sheetData> while the stream is still open
        writer.close()
    except Exception:  # noqa: BLE001, S110 — cleanup after a failure already raised
        pass
    try:
        writer.cleanup()
    except Exception:  # noqa: BLE001, S110
        pass
