"""Any report (app.services.report_model.Report) as an Excel workbook: a title, a filter line,
a frozen header, one row a report row, and a totals row (合计) whose summed columns are
=SUM(...) formulas carrying the report's totals as cached results. Money (¥#,##0.00), areas
(0.00), ratios (0.0%), dates and times get number formats; columns get widths by type.

The sheet is streamed (openpyxl write-only mode), so a report of many rows does not build a
workbook in memory; Decimals are written digit for digit through xlsx_exact's writer. The
file appears only when complete: a cancelled or failed export leaves nothing behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.exports.xlsx_exact import _SheetWriter, save
from app.services.report_model import CODE_LABELS, Column, Report

MONEY_FORMAT = "¥#,##0.00"
AREA_FORMAT = "0.00"
PERCENT_FORMAT = "0.0%"
INT_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
FORMATS = {"money": MONEY_FORMAT, "area": AREA_FORMAT, "percent": PERCENT_FORMAT,
           "int": INT_FORMAT, "date": DATE_FORMAT, "datetime": DATETIME_FORMAT}
WIDTHS = {"text": 18, "int": 10, "money": 17, "area": 11, "percent": 10, "date": 12,
          "datetime": 17}
TITLE_ROW, FILTER_ROW, HEADER_ROW = 1, 2, 4
FIRST_ROW = HEADER_ROW + 1
CHUNK = 500          # rows between progress reports and cancel checks
SHEET = "报表"
TOTAL_LABEL = "合计"


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled


def write_report(report: Report, path: Path, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, *,
                 translate: Callable[[str, str], str] | None = None,
                 filter_text: str | None = None,
                 generated_at: dt.datetime | None = None) -> Path:
    """Write `report` to `path` (.xlsx); returns the path. `progress(done, total)` is called
    every few hundred rows; `cancelled()` is asked as often and raises ExportCancelled when it
    says so. `translate(context, english)` translates the title, column titles and code
    labels (default: as given); `filter_text` is the filter line. Safe off the GUI thread."""
    tr = translate or (lambda _context, text: text)
    generated_at = generated_at or dt.datetime.now()
    path = Path(path)
    total = len(report.rows)
    wb = Workbook(write_only=True)
    wb.properties.creator = "EstateDesk"
    wb.properties.title = tr("Messages", report.title)
    wb.calculation.fullCalcOnLoad = True
    ws = wb.create_sheet(SHEET)
    cached: dict[tuple[str, str], Decimal | int] = {}
    columns = report.columns
    for i, c in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = max(
            WIDTHS[c.type], min(40, 2 * len(tr("Messages", c.title)) + 2))
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
        _write(ws, report, tr, filter_text, generated_at, cached, progress, cancelled)
        _check(cancelled)
        save(wb, path, cached)
    except BaseException:
        _discard(ws)
        raise
    if progress:
        progress(total, total)
    return path


def _write(ws: Any, report: Report, tr: Callable[[str, str], str], filter_text: str | None,
           generated_at: dt.datetime, cached: dict, progress: Any, cancelled: Any) -> None:
    grey = Side(style="thin", color="FFA6A6A6")
    box = Border(left=grey, right=grey, top=grey, bottom=grey)
    fill = PatternFill("solid", fgColor="FFE7E9EC")
    bold = Font(bold=True)
    columns = report.columns

    def cell(value: Any, **style: Any) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value)
        for name, attr in style.items():
            setattr(c, name, attr)
        return c

    ws.append([cell(tr("Messages", report.title), font=Font(size=16, bold=True))])
    line = filter_text if filter_text is not None else _filter_line(report)
    ws.append([cell(f"{line}　　生成时间：{generated_at:%Y-%m-%d %H:%M}".strip(),
                    font=Font(size=9, color="FF666666"))])
    ws.append([])
    ws.append([cell(tr("Messages", c.title), font=bold, fill=fill, border=box,
                    alignment=Alignment(horizontal="center", vertical="center",
                                        wrap_text=True)) for c in columns])
    total = len(report.rows)
    for n, row in enumerate(report.rows):
        if n % CHUNK == 0:
            _check(cancelled)
            if progress and n:
                progress(n, total)
        ws.append([cell(_value(v, c, tr), border=box, number_format=FORMATS.get(c.type,
                                                                                "General"))
                   for v, c in zip(row, columns, strict=True)])
    total_row = FIRST_ROW + total
    out = []
    for i, (c, value) in enumerate(zip(columns, report.totals, strict=True)):
        style = {"font": bold, "fill": fill, "border": box,
                 "number_format": FORMATS.get(c.type, "General")}
        letter = get_column_letter(i + 1)
        if i == 0:
            out.append(cell(TOTAL_LABEL, **style))
        elif c.total == "sum" and value is not None:
            formula = (f"=SUM({letter}{FIRST_ROW}:{letter}{total_row - 1})" if total
                       else "=0")
            cached[(ws.title, f"{letter}{total_row}")] = value
            out.append(cell(formula, **style))
        else:
            out.append(cell(_value(value, c, tr), **style))
    ws.append(out)


def _value(value: Any, column: Column, tr: Callable[[str, str], str]) -> Any:
    if value is None:
        return None
    if column.codes and isinstance(value, str):
        label = CODE_LABELS.get(column.codes, {}).get(value)
        return tr("Messages", label) if label else value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone()
        return value.replace(tzinfo=None)
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


def _filter_line(report: Report) -> str:
    f = report.filter
    parts = []
    if f.date_from or f.date_to:
        parts.append(f"期间：{f.date_from or ''} 至 {f.date_to or ''}")
    return "　　".join(parts)


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


def filter_line(parts: Mapping[str, str]) -> str:
    """A filter line from label → value pairs (the screen builds it in the user's language)."""
    return "　　".join(f"{k}：{v}" for k, v in parts.items() if v)
