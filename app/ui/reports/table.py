"""A report (app.services.report_model.Report) as a table: the finance screen's read-only
RecordModel over the report's rows (tuples), one column per report column, showing money as
¥1,234.56, areas to two decimals, ratios as 12.3%, code values by their translated labels,
and sorting by the values themselves (Decimal, never float). The totals row is a second,
one-row model shown below the table."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.money import format_yuan
from app.services.report_model import CODE_LABELS
from app.ui.finance.table import Column, RecordModel

CONTEXT = "Messages"        # report and column titles are tr_noop'd there
WIDTHS = {"text": 130, "int": 70, "money": 130, "area": 80, "percent": 70, "date": 96,
          "datetime": 130}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def show(value: Any, type_: str, codes: str | None = None) -> str:
    """A report value as the table shows it."""
    if value is None:
        return ""
    if codes and isinstance(value, str):
        label = CODE_LABELS.get(codes, {}).get(value)
        return tr(label) if label else value
    if isinstance(value, str):
        return value
    if type_ == "money":
        return format_yuan(Decimal(value))
    if type_ == "area":
        return f"{Decimal(value).quantize(Decimal('0.01'), ROUND_HALF_UP):,}"
    if type_ == "percent":
        return f"{(Decimal(value) * 100).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"
    if type_ == "int":
        return f"{int(value):,}"
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return QCoreApplication.translate("ReportsScreen", "yes" if value else "no")
    return str(value)


def columns_of(report: Any) -> list[Column]:
    out = []
    for i, c in enumerate(report.columns):
        out.append(Column(c.title, lambda row, i=i: row[i], WIDTHS.get(c.type, 100),
                          lambda row, i=i, c=c: show(row[i], c.type, c.codes)))
    return out


class ReportModel(RecordModel):
    """RecordModel whose column titles are translated in the reports' context."""

    def header(self, section: int) -> str:
        return tr(self.columns[section].title)

    def set_report(self, report: Any, rows: Any) -> None:
        self.beginResetModel()
        self.columns = tuple(columns_of(report)) if report is not None else ()
        self._rows = list(rows)
        self.endResetModel()
