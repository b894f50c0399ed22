"""Monthly commission statements (佣金结算单) as an Excel workbook finance can hand on: a
summary sheet (汇总) with one row a payee, then one sheet a payee — title, filter line
(project, month), frozen header, one row a deal, a 合计 row and signature lines. Totals are
formulas (=SUM(...), the summary's cells point at each sheet's 合计) that Excel recomputes,
carrying the database's totals as cached results; money and rates are written from their
Decimals digit for digit (see xlsx_exact). The file appears only when complete: a cancelled
or failed export leaves nothing behind (and an older file of that name as it was)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.commissions import STAFF, CommissionStatement
from app.exports.xlsx_exact import save

SUMMARY_SHEET = "汇总"
MONEY_FORMAT = "¥#,##0.00"
RATE_FORMAT = "0.00%"
DATE_FORMAT = "yyyy-mm-dd"
TITLE_ROW, INFO_ROW, HEADER_ROW = 1, 2, 4
FIRST_ROW = HEADER_ROW + 1
KIND_NAMES = {STAFF: "置业顾问", "agency": "中介/渠道"}

# (header, width, style key, line attribute; None for the row number)
COLUMNS: tuple[tuple[str, int, str, str | None], ...] = (
    ("序号", 6, "int", None), ("房号", 12, "text", "unit_code"), ("买受人", 16, "text", "buyer"),
    ("合同号", 14, "text", "contract_no"), ("签约日期", 12, "date", "signed_on"),
    ("合同总价", 17, "money", "contract_value"), ("佣金比例", 10, "rate", "rate"),
    ("本月回款", 16, "money", "received"), ("本月佣金", 14, "money", "commission"),
    ("累计回款", 17, "money", "received_to_date"), ("累计佣金", 14, "money", "earned_to_date"),
    ("佣金上限", 14, "money", "cap"))
SUMMED = ("contract_value", "received", "commission", "received_to_date", "earned_to_date",
          "cap")
# summary: header, width, style, the payee sheet's column summed there (None: text/count)
SUMMARY_COLUMNS: tuple[tuple[str, int, str, str | None], ...] = (
    ("序号", 6, "int", None), ("收款人", 18, "text", None), ("类型", 11, "text", None),
    ("成交套数", 10, "int", None), ("本月回款", 17, "money", "received"),
    ("本月佣金", 15, "money", "commission"), ("累计佣金", 15, "money", "earned_to_date"))

Cached = dict[tuple[str, str], Decimal | int]


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


def write_commission_statements(statements: Sequence[CommissionStatement], path: Path,
                                progress: Callable[[int, int], None] | None = None,
                                cancelled: Callable[[], bool] | None = None,
                                generated_at: dt.datetime | None = None) -> Path:
    """Write the statements (one project and month) to `path` (.xlsx); returns the path.
    `progress(done, total)` is called after each sheet; `cancelled()` is asked before each
    and raises ExportCancelled when it says so. Safe to run off the GUI thread."""
    generated_at = generated_at or dt.datetime.now()
    total = len(statements) + 1
    wb = Workbook()
    wb.properties.creator = "EstateDesk"
    wb.calculation.fullCalcOnLoad = True
    styles = _Styles(wb)
    cached: Cached = {}
    summary = wb.active
    summary.title = SUMMARY_SHEET
    titles = _sheet_titles(statements)
    totals_at: list[int] = []
    for done, (statement, title) in enumerate(zip(statements, titles, strict=True)):
        _check(cancelled)
        totals_at.append(_write_payee(wb.create_sheet(title), statement, generated_at,
                                      styles, cached))
        if progress:
            progress(done + 1, total)
    _check(cancelled)
    _write_summary(summary, statements, titles, totals_at, generated_at, styles, cached)
    if statements:
        s = statements[0]
        wb.properties.title = f"{s.project_name} {month_text(s.month)} 佣金结算"
    _check(cancelled)
    save(wb, Path(path), cached)
    if progress:
        progress(total, total)
    return Path(path)


def month_text(month: dt.date) -> str:
    return f"{month.year}年{month.month}月"


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled


def _sheet_titles(statements: Sequence[CommissionStatement]) -> list[str]:
    """Each payee's name as a sheet title: without []:*?/\\, at most 31 characters, unique."""
    used = {SUMMARY_SHEET}
    titles = []
    for s in statements:
        base = "".join(c for c in s.payee.name if c not in '[]:*?/\\').strip("' ")[:28] or "—"
        title, n = base, 2
        while title in used:
            title, n = f"{base}({n})", n + 1
        used.add(title)
        titles.append(title)
    return titles


def _heading(ws: Worksheet, title: str, statement: CommissionStatement | None, project: str,
             month: dt.date | None, generated_at: dt.datetime, styles: _Styles) -> None:
    ws.cell(TITLE_ROW, 1, title).style = styles.title
    ws.row_dimensions[TITLE_ROW].height = 28
    parts = [f"项目：{project}"]
    if month is not None:
        parts.append(f"月份：{month_text(month)}")
    if statement is not None:
        parts.append(f"收款人：{statement.payee.name}（{KIND_NAMES[statement.payee.kind]}）")
    parts.append(f"生成时间：{generated_at:%Y-%m-%d %H:%M}")
    ws.cell(INFO_ROW, 1, "　　".join(parts)).style = styles.note


def _header(ws: Worksheet, columns: Sequence[tuple[str, int, str, str | None]],
            styles: _Styles) -> None:
    for col, (header, width, _style, _attr) in enumerate(columns, 1):
        ws.cell(HEADER_ROW, col, header).style = styles.header
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 20
    ws.freeze_panes = ws.cell(FIRST_ROW, 1).coordinate
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _total_label(ws: Worksheet, row: int, last_col: int, styles: _Styles) -> None:
    ws.cell(row, 1, "合计").style = styles.total_label
    for col in range(2, last_col + 1):
        ws.cell(row, col).style = styles.total_text


def _write_payee(ws: Worksheet, statement: CommissionStatement, generated_at: dt.datetime,
                 styles: _Styles, cached: Cached) -> int:
    """The payee's sheet; returns the row of its 合计."""
    _heading(ws, f"佣金结算单 — {statement.payee.name}", statement, statement.project_name,
             statement.month, generated_at, styles)
    _header(ws, COLUMNS, styles)
    for i, line in enumerate(statement.lines):
        row = FIRST_ROW + i
        for col, (_h, _w, style, attr) in enumerate(COLUMNS, 1):
            value = i + 1 if attr is None else getattr(line, attr)
            ws.cell(row, col, value).style = styles.cell[style]
    total_row = FIRST_ROW + len(statement.lines)
    _total_label(ws, total_row, len(COLUMNS), styles)
    for col, (_h, _w, _s, attr) in enumerate(COLUMNS, 1):
        if attr in SUMMED:
            letter = get_column_letter(col)
            _formula(ws, total_row, col, _sum(letter, len(statement.lines)),
                     getattr(statement.totals, attr), styles.total_money, cached)
    sign_row = total_row + 2
    ws.cell(sign_row, 1, "制表：　　　　　　　　审核：　　　　　　　　收款人签字：").style = styles.note
    ws.cell(sign_row + 1, 1, "本月佣金 = 本月回款 × 佣金比例（四舍五入到分），累计佣金不超过"
            "佣金上限（合同总价 × 佣金比例）；退款与代收费用不计。").style = styles.note
    return total_row


def _sum(letter: str, count: int) -> str:
    if count == 0:
        return "=0"
    return f"=SUM({letter}{FIRST_ROW}:{letter}{FIRST_ROW + count - 1})"


def _write_summary(ws: Worksheet, statements: Sequence[CommissionStatement], titles: list[str],
                   totals_at: list[int], generated_at: dt.datetime, styles: _Styles,
                   cached: Cached) -> None:
    first = statements[0] if statements else None
    _heading(ws, "佣金汇总表", None, first.project_name if first else "",
             first.month if first else None, generated_at, styles)
    _header(ws, SUMMARY_COLUMNS, styles)
    letters = {attr: get_column_letter(col) for col, (_h, _w, _s, attr) in
               enumerate(COLUMNS, 1) if attr}
    for i, (statement, title, total_row) in enumerate(zip(statements, titles, totals_at,
                                                          strict=True)):
        row = FIRST_ROW + i
        values = (i + 1, statement.payee.name, KIND_NAMES[statement.payee.kind],
                  statement.totals.deals)
        for col, value in enumerate(values, 1):
            ws.cell(row, col, value).style = styles.cell[SUMMARY_COLUMNS[col - 1][2]]
        quoted = title.replace("'", "''")
        for col, (_h, _w, _s, attr) in enumerate(SUMMARY_COLUMNS, 1):
            if attr is not None:
                _formula(ws, row, col, f"='{quoted}'!{letters[attr]}{total_row}",
                         getattr(statement.totals, attr), styles.cell["money"], cached)
    total_row = FIRST_ROW + len(statements)
    _total_label(ws, total_row, len(SUMMARY_COLUMNS), styles)
    for col, (_h, _w, _s, attr) in enumerate(SUMMARY_COLUMNS, 1):
        if col == 4 or attr is not None:
            value = sum((s.totals.deals if attr is None else getattr(s.totals, attr)
                         for s in statements), Decimal(0) if attr else 0)
            _formula(ws, total_row, col, _sum(get_column_letter(col), len(statements)),
                     value, styles.total_int if attr is None else styles.total_money, cached)
    if not statements:
        ws.cell(total_row + 2, 1, "本月无佣金。").style = styles.note


def _formula(ws: Worksheet, row: int, col: int, formula: str, value: Decimal | int,
             style: str, cached: Cached) -> None:
    ws.cell(row, col, formula).style = style
    cached[(ws.title, ws.cell(row, col).coordinate)] = value


class _Styles:
    """Named styles, made once per workbook (cells share them)."""

    def __init__(self, wb: Workbook) -> None:
        self._wb = wb
        grey = Side(style="thin", color="FFA6A6A6")
        box = Border(left=grey, right=grey, top=grey, bottom=grey)
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        right = Alignment(horizontal="right", vertical="center")
        left = Alignment(horizontal="left", vertical="center")
        fill = PatternFill("solid", fgColor="FFE7E9EC")
        bold = Font(bold=True)
        self.title = self._add("佣金·标题", font=Font(size=16, bold=True),
                               alignment=Alignment(vertical="center"))
        self.note = self._add("佣金·说明", font=Font(size=9, color="FF666666"),
                              alignment=Alignment(vertical="center"))
        self.header = self._add("佣金·表头", font=bold, fill=fill, border=box, alignment=centre)
        self.cell = {
            "int": self._add("佣金·序号", border=box, alignment=centre, number_format="0"),
            "text": self._add("佣金·文本", border=box, alignment=left),
            "date": self._add("佣金·日期", border=box, alignment=centre,
                              number_format=DATE_FORMAT),
            "money": self._add("佣金·金额", border=box, alignment=right,
                               number_format=MONEY_FORMAT),
            "rate": self._add("佣金·比例", border=box, alignment=right,
                              number_format=RATE_FORMAT)}
        self.total_label = self._add("佣金·合计", font=bold, fill=fill, border=box,
                                     alignment=centre)
        self.total_text = self._add("佣金·合计空", fill=fill, border=box)
        self.total_money = self._add("佣金·合计金额", font=bold, fill=fill, border=box,
                                     alignment=right, number_format=MONEY_FORMAT)
        self.total_int = self._add("佣金·合计套数", font=bold, fill=fill, border=box,
                                   alignment=centre, number_format="0")

    def _add(self, name: str, **attributes: object) -> str:
        self._wb.add_named_style(NamedStyle(name=name, **attributes))
        return name
