"""The largest report exports, streamed by XlsxWriter in constant_memory mode: each row goes
to disk as it is written, so memory stays flat however many rows there are, and it measured
about four times faster than openpyxl's write-only mode on the 100,000-row sales ledger
(tests/bench/bench_ledger_export.py). The sheet is the one app.exports.report_layout plans
(the same title, filter line, frozen header, formats, widths, SUM totals with their cached
results, chart) so a large export looks like a small one.

Numbers go in as they are: XlsxWriter writes a Decimal through format(value, ".16G"), which
keeps its digits (746.07 stays 746.07). The workbook is written to a ".part" file beside the
target and moved into place once complete; a cancel removes the row data written so far."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from app.exports.report_layout import (
    CHART_HEIGHT_CM,
    CHART_WIDTH_CM,
    CHUNK,
    FIRST_ROW,
    HEADER_ROW,
    SHEET,
    ChartPlan,
    SheetPlan,
    check,
)
from app.services.report_model import Report

CM_TO_PX = 37.8   # XlsxWriter sizes charts in pixels at 96 dpi


def write_streamed(report: Report, layout: SheetPlan,
                   convert: Sequence[Callable[[Any], Any] | None], path: Path,
                   progress: Callable[[int, int], None] | None,
                   cancelled: Callable[[], bool] | None) -> None:
    partial = path.with_name(path.name + ".part")
    wb = xlsxwriter.Workbook(str(partial), {"constant_memory": True,
                                            "default_date_format": "yyyy-mm-dd"})
    ws = wb.add_worksheet(SHEET)
    try:
        _write(wb, ws, report, layout, convert, progress, cancelled)
        check(cancelled)
        wb.close()
        os.replace(partial, path)
    except BaseException:
        _abandon(wb)
        raise
    finally:
        partial.unlink(missing_ok=True)


def _write(wb: Any, ws: Any, report: Report, layout: SheetPlan,
           convert: Sequence[Callable[[Any], Any] | None], progress: Any, cancelled: Any) -> None:
    wb.set_properties({"title": layout.title, "author": "EstateDesk"})
    wb.set_calc_mode("auto")
    border = {"border": 1, "border_color": "#A6A6A6"}
    grey = {**border, "bold": True, "bg_color": "#E7E9EC"}
    head = wb.add_format({**grey, "align": "center", "valign": "vcenter", "text_wrap": True})
    body = [wb.add_format({**border, "num_format": fmt}) for fmt in layout.formats]
    foot = [wb.add_format({**grey, "num_format": fmt}) for fmt in layout.formats]
    for i, width in enumerate(layout.widths):
        ws.set_column(i, i, width)
    ws.freeze_panes(FIRST_ROW - 1, 0)
    ws.repeat_rows(HEADER_ROW - 1)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.write_string(0, 0, layout.title, wb.add_format({"bold": True, "font_size": 16}))
    ws.write_string(1, 0, layout.filter_line, wb.add_format({"font_size": 9,
                                                              "font_color": "#666666"}))
    for i, title in enumerate(layout.headers):
        ws.write_string(HEADER_ROW - 1, i, title, head)
    r = _rows(ws, report, convert, body, progress, cancelled)
    for c, (t, fmt) in enumerate(zip(layout.totals, foot, strict=True)):
        if t.formula is not None:
            ws.write_formula(r, c, t.formula, fmt, t.value)
        elif t.value is None:
            ws.write_blank(r, c, None, fmt)
        else:
            ws.write(r, c, t.value, fmt)
    if layout.chart is not None:
        ws.insert_chart(layout.chart.anchor, _chart(wb, layout.chart))


def _rows(ws: Any, report: Report, convert: Sequence[Callable[[Any], Any] | None],
          body: list[Any], progress: Any, cancelled: Any) -> int:
    """Writes the report's rows; returns the (0-based) row after them."""
    width = len(body)
    writers = [_writer(ws, report.columns[i].type) for i in range(width)]
    # the columns written as they are, and those converted first (codes, times)
    plain = [(c, writers[c], body[c]) for c in range(width) if convert[c] is None]
    converted = [(c, writers[c], convert[c], body[c]) for c in range(width)
                 if convert[c] is not None]
    blank = ws.write_blank
    total = len(report.rows)
    r = FIRST_ROW - 1
    for n, row in enumerate(report.rows):
        if n % CHUNK == 0:
            check(cancelled)
            if progress and n:
                progress(n, total)
        if len(row) != width:
            raise ValueError(f"row {n} has {len(row)} values for {width} columns")
        for c, write, fmt in plain:
            value = row[c]
            if value is None:
                blank(r, c, None, fmt)
            else:
                write(r, c, value, fmt)
        for c, write, conv, fmt in converted:
            value = conv(row[c])
            if value is None:
                blank(r, c, None, fmt)
            else:
                write(r, c, value, fmt)
        r += 1
    return r


def _writer(ws: Any, type_: str) -> Callable[..., Any]:
    """The XlsxWriter method for a column type (write() would guess per cell)."""
    if type_ in ("int", "money", "area", "percent"):
        return ws.write_number
    if type_ in ("date", "datetime"):
        return ws.write_datetime
    write_string = ws.write_string   # write() would test each text for a formula or a URL

    def text(row: int, col: int, value: Any, fmt: Any) -> Any:
        return write_string(row, col, value if value.__class__ is str else str(value), fmt)

    return text


def _chart(wb: Any, chart: ChartPlan) -> Any:
    line = chart.kind == "line"
    made = wb.add_chart({"type": "line"} if line else
                        {"type": "column", **({"subtype": "stacked"}
                                              if chart.kind == "stacked" else {})})
    column, first, last = chart.categories
    for _title, index in chart.series:
        made.add_series({
            "name": [SHEET, HEADER_ROW - 1, index - 1],
            "categories": [SHEET, first - 1, column - 1, last - 1, column - 1],
            "values": [SHEET, first - 1, index - 1, last - 1, index - 1],
        })
    made.set_title({"name": chart.title})
    made.set_size({"width": int(CHART_WIDTH_CM * CM_TO_PX),
                   "height": int(CHART_HEIGHT_CM * CM_TO_PX)})
    return made


def _abandon(wb: Any) -> None:
    """Drop a workbook that will not be closed: its row data temp files go too."""
    for ws in wb.worksheets():
        fh = getattr(ws, "row_data_fh", None)
        if fh is not None:
            fh.close()
            name = getattr(ws, "row_data_filename", None)
            if name:
                Path(name).unlink(missing_ok=True)
    wb.fileclosed = True
