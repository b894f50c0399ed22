"""How a report (app.services.report_model.Report) is laid out on an Excel sheet, whichever
library writes it: the title (row 1), the filter line (row 2), the header (row 4, frozen), one
row a report row, and a totals row (合计) whose summed columns are =SUM(...) formulas with
the report's totals as cached results; number formats and widths by column type; the cell
value each report value becomes (code labels translated, times local and naive); and the
native chart a summary report gets (its series are ReportSpec.chart's columns against the
first column).

Both writers — app.exports.report_excel (openpyxl) and app.exports.report_stream
(XlsxWriter constant_memory, for the largest exports) — read this plan, so the two files
look the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

from app.services.report_model import CODE_LABELS, ChartSpec, Column, Report

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
CHART_WIDTH_CM, CHART_HEIGHT_CM = 18, 9

Translate = Callable[[str, str], str]


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


def check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled


@dataclass(frozen=True)
class TotalCell:
    value: Any             # the label, the plain total, or the formula's cached result
    formula: str | None    # "=SUM(...)" or None


@dataclass(frozen=True)
class ChartPlan:
    kind: str                                  # column, stacked or line
    title: str
    categories: tuple[int, int, int]           # (column index, first row, last row), 1-based
    series: tuple[tuple[str, int], ...]        # (header title, column index)
    anchor: str                                # the top-left cell, e.g. "N4"


@dataclass(frozen=True)
class SheetPlan:
    title: str
    filter_line: str
    headers: tuple[str, ...]
    widths: tuple[int, ...]
    formats: tuple[str, ...]
    totals: tuple[TotalCell, ...]
    total_row: int
    chart: ChartPlan | None


def plan(report: Report, tr: Translate, filter_text: str | None,
         generated_at: dt.datetime, chart: ChartSpec | None = None) -> SheetPlan:
    """Everything about the sheet except the rows themselves."""
    columns = report.columns
    headers = tuple(tr("Messages", c.title) for c in columns)
    widths = tuple(max(WIDTHS[c.type], min(40, 2 * len(h) + 2))
                   for c, h in zip(columns, headers, strict=True))
    line = filter_text if filter_text is not None else _filter_line(report)
    n = len(report.rows)
    total_row = FIRST_ROW + n
    totals = []
    for i, (c, value) in enumerate(zip(columns, report.totals, strict=True)):
        letter = get_column_letter(i + 1)
        if i == 0:
            totals.append(TotalCell(TOTAL_LABEL, None))
        elif c.total == "sum" and value is not None:
            formula = f"=SUM({letter}{FIRST_ROW}:{letter}{total_row - 1})" if n else "=0"
            totals.append(TotalCell(value, formula))
        else:
            totals.append(TotalCell(cell_value(value, c, tr), None))
    return SheetPlan(
        title=tr("Messages", report.title),
        filter_line=f"{line}　　生成时间：{generated_at:%Y-%m-%d %H:%M}".strip(),
        headers=headers, widths=widths,
        formats=tuple(FORMATS.get(c.type, "General") for c in columns),
        totals=tuple(totals), total_row=total_row,
        chart=_chart(report, tr("Messages", report.title), headers, chart)
        if chart is not None and n else None)


def _chart(report: Report, title: str, headers: tuple[str, ...],
           spec: ChartSpec) -> ChartPlan | None:
    keys = [c.key for c in report.columns]
    series = tuple((headers[keys.index(k)], keys.index(k) + 1) for k in spec.series
                   if k in keys)
    if not series:
        return None
    # periods read best as lines; a stacked breakdown stays stacked columns
    dated = report.columns[0].type in ("date", "datetime")
    kind = "line" if dated and spec.kind == "column" else spec.kind
    last = FIRST_ROW + len(report.rows) - 1
    return ChartPlan(kind, title, (1, FIRST_ROW, last),
                     series, f"{get_column_letter(len(keys) + 2)}{HEADER_ROW}")


def cell_value(value: Any, column: Column, tr: Translate) -> Any:
    """What a report value becomes in a cell: a code's translated label, a local naive
    time, 是/否 for a flag; numbers, dates and text as they are."""
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


def converters(report: Report, tr: Translate) -> list[Callable[[Any], Any] | None]:
    """Per column, the function making a report value a cell value — None where the value
    goes in as it is (numbers, dates, plain text), which is most columns of a large sheet."""
    out: list[Callable[[Any], Any] | None] = []
    for c in report.columns:
        if c.codes or c.type == "datetime":
            out.append(lambda v, c=c: cell_value(v, c, tr))
        else:
            out.append(None)
    return out


def _filter_line(report: Report) -> str:
    f = report.filter
    parts = []
    if f.date_from or f.date_to:
        parts.append(f"期间：{f.date_from or ''} 至 {f.date_to or ''}")
    return "　　".join(parts)
