"""A cashier's daily close (日结) as an Excel workbook, as a finance office files it: sheet
日结汇总 with the title, cashier, day and state, the money by method (现金, 刷卡, 转账, 支票)
with its 合计 as a SUM formula, the entries (收款, 作废, 退款) with counts and the receipts
issued and voided; sheet 收据明细 with one row a receipt (frozen header, filter) and the
total of the valid ones as a SUMIF formula.

Formulas carry the database's totals as their cached results, and money is written from its
Decimals digit for digit (app.exports.xlsx_exact), so the file says what the close says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.exports.xlsx_exact import save

SUMMARY_SHEET = "日结汇总"
RECEIPTS_SHEET = "收据明细"
MONEY_FORMAT = "¥#,##0.00;[Red]-¥#,##0.00"
COUNT_FORMAT = "#,##0"
METHODS = (("cash", "现金"), ("card", "刷卡"), ("transfer", "转账"), ("cheque", "支票"))
ENTRIES = (("payment", "收款"), ("void", "作废"), ("refund", "退款"))
KINDS = {"deposit": "定金", "down_payment": "首付", "instalment": "房款", "loan": "按揭放款",
         "maintenance_fund": "维修基金", "fee": "代收费用", "refund": "退款"}
VALID, VOIDED = "有效", "作废"
RECEIPT_COLUMNS = (("收据号", 14), ("项目", 14), ("交款人", 14), ("房号", 12), ("款项", 10),
                   ("金额(元)", 16), ("付款方式", 9), ("参考号", 16), ("状态", 8),
                   ("作废原因", 22))
ZERO = Decimal("0.00")

# 日结汇总: rows (1-based)
TITLE_ROW, INFO_ROW, METHOD_HEAD = 1, 2, 4
FIRST_METHOD = METHOD_HEAD + 1
METHOD_TOTAL = FIRST_METHOD + len(METHODS)
ENTRY_HEAD = METHOD_TOTAL + 2
FIRST_ENTRY = ENTRY_HEAD + 1
ENTRY_TOTAL = FIRST_ENTRY + len(ENTRIES)
RECEIPT_COUNTS = ENTRY_TOTAL + 2


def write_daily_close_xlsx(path: Path, cashier_name: str, day: dt.date, totals: Any,
                           receipts: Sequence[Any], generated_at: dt.datetime) -> None:
    """`totals`: a DayTotals; `receipts`: that cashier's ReceiptRows of the day."""
    wb = Workbook()
    wb.properties.title = f"日结 {cashier_name} {day.isoformat()}"
    wb.properties.creator = "EstateDesk"
    wb.calculation.fullCalcOnLoad = True
    styles = _Styles(wb)
    cached: dict[tuple[str, str], Decimal | int] = {}
    summary = wb.active
    summary.title = SUMMARY_SHEET
    _write_summary(summary, cashier_name, day, totals, generated_at, styles, cached)
    _write_receipts(wb.create_sheet(RECEIPTS_SHEET), cashier_name, day, receipts, styles,
                    cached)
    save(wb, Path(path), cached)


def _info(cashier_name: str, day: dt.date, closed: bool | None,
          generated_at: dt.datetime | None = None) -> str:
    text = f"收款员：{cashier_name}　　日期：{day.isoformat()}"
    if closed is not None:
        text += f"　　状态：{'已日结' if closed else '未日结'}"
    if generated_at is not None:
        text += f"　　生成时间：{generated_at:%Y-%m-%d %H:%M}"
    return text


def _write_summary(ws: Worksheet, cashier_name: str, day: dt.date, totals: Any,
                   generated_at: dt.datetime, styles: _Styles,
                   cached: dict[tuple[str, str], Decimal | int]) -> None:
    ws.cell(TITLE_ROW, 1, "收款日结表").style = styles.title
    ws.cell(INFO_ROW, 1, _info(cashier_name, day, totals.closed, generated_at)).style = \
        styles.note
    ws.row_dimensions[TITLE_ROW].height = 28
    for col, header in enumerate(("付款方式", "金额(元)"), 1):
        ws.cell(METHOD_HEAD, col, header).style = styles.header
    for row, (code, name) in enumerate(METHODS, FIRST_METHOD):
        ws.cell(row, 1, name).style = styles.text
        ws.cell(row, 2, totals.by_method.get(code, ZERO)).style = styles.money
    ws.cell(METHOD_TOTAL, 1, "合计").style = styles.total_text
    _formula(ws, METHOD_TOTAL, 2, f"=SUM(B{FIRST_METHOD}:B{METHOD_TOTAL - 1})",
             totals.total, styles.total_money, cached)

    for col, header in enumerate(("项目", "笔数", "金额(元)"), 1):
        ws.cell(ENTRY_HEAD, col, header).style = styles.header
    for row, (code, name) in enumerate(ENTRIES, FIRST_ENTRY):
        count, amount = totals.by_entry.get(code, (0, ZERO))
        ws.cell(row, 1, name).style = styles.text
        ws.cell(row, 2, count).style = styles.count
        ws.cell(row, 3, amount).style = styles.money
    ws.cell(ENTRY_TOTAL, 1, "合计").style = styles.total_text
    entry_count = sum(c for c, _a in totals.by_entry.values())
    _formula(ws, ENTRY_TOTAL, 2, f"=SUM(B{FIRST_ENTRY}:B{ENTRY_TOTAL - 1})", entry_count,
             styles.total_count, cached)
    _formula(ws, ENTRY_TOTAL, 3, f"=SUM(C{FIRST_ENTRY}:C{ENTRY_TOTAL - 1})", totals.total,
             styles.total_money, cached)
    ws.cell(RECEIPT_COUNTS, 1, "收据开出").style = styles.text
    ws.cell(RECEIPT_COUNTS, 2, totals.receipts_issued).style = styles.count
    ws.cell(RECEIPT_COUNTS + 1, 1, "收据作废").style = styles.text
    ws.cell(RECEIPT_COUNTS + 1, 2, totals.receipts_voided).style = styles.count
    for col, width in ((1, 14), (2, 18), (3, 18)):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = f"A{METHOD_HEAD + 1}"
    _page(ws)


def _write_receipts(ws: Worksheet, cashier_name: str, day: dt.date, receipts: Sequence[Any],
                    styles: _Styles, cached: dict[tuple[str, str], Decimal | int]) -> None:
    ws.cell(1, 1, f"收据明细　{_info(cashier_name, day, None)}").style = styles.note
    for col, (header, width) in enumerate(RECEIPT_COLUMNS, 1):
        ws.cell(2, col, header).style = styles.header
        ws.column_dimensions[get_column_letter(col)].width = width
    row_styles = (styles.text,) * 5 + (styles.money,) + (styles.text,) * 4
    for row, r in enumerate(receipts, 3):
        values = (r.receipt_no, r.project_name, r.payer, r.unit_code, KINDS.get(r.kind or "",
                  r.kind), r.amount, _method(r.method), r.reference,
                  VOIDED if r.voided_at is not None else VALID, r.void_reason)
        for col, (value, style) in enumerate(zip(values, row_styles, strict=True), 1):
            ws.cell(row, col, value).style = style
    last = 2 + len(receipts)
    total_row = last + 1
    ws.cell(total_row, 5, "有效合计").style = styles.total_text
    valid = sum((r.amount for r in receipts if r.voided_at is None and r.amount is not None),
                ZERO)
    _formula(ws, total_row, 6, f'=SUMIF(I3:I{max(last, 3)},"{VALID}",F3:F{max(last, 3)})',
             valid, styles.total_money, cached)
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(RECEIPT_COLUMNS))}{max(last, 2)}"
    ws.print_title_rows = "2:2"
    _page(ws, landscape=True)


def _method(code: str | None) -> str:
    return dict(METHODS).get(code or "", code or "")


def _formula(ws: Worksheet, row: int, col: int, formula: str, value: Decimal | int,
             style: str, cached: dict[tuple[str, str], Decimal | int]) -> None:
    cell = ws.cell(row, col, formula)
    cell.style = style
    cached[(ws.title, cell.coordinate)] = value


def _page(ws: Worksheet, landscape: bool = False) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else \
        ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


class _Styles:
    """Named styles, made once and shared by the cells."""

    def __init__(self, wb: Workbook) -> None:
        self._wb = wb
        grey = Side(style="thin", color="FFA6A6A6")
        box = Border(left=grey, right=grey, top=grey, bottom=grey)
        fill = PatternFill("solid", fgColor="FFE7E9EC")
        bold = Font(bold=True)
        centre = Alignment(horizontal="center", vertical="center")
        right = Alignment(horizontal="right", vertical="center")
        self.title = self._add("日结·标题", font=Font(size=16, bold=True))
        self.note = self._add("日结·说明", font=Font(size=10, color="FF555555"))
        self.header = self._add("日结·表头", font=bold, fill=fill, border=box, alignment=centre)
        self.text = self._add("日结·文本", border=box)
        self.money = self._add("日结·金额", border=box, alignment=right,
                               number_format=MONEY_FORMAT)
        self.count = self._add("日结·笔数", border=box, alignment=right,
                               number_format=COUNT_FORMAT)
        self.total_text = self._add("日结·合计", font=bold, fill=fill, border=box,
                                    alignment=centre)
        self.total_money = self._add("日结·合计金额", font=bold, border=box, alignment=right,
                                     number_format=MONEY_FORMAT)
        self.total_count = self._add("日结·合计笔数", font=bold, border=box, alignment=right,
                                     number_format=COUNT_FORMAT)

    def _add(self, name: str, **attributes: object) -> str:
        self._wb.add_named_style(NamedStyle(name=name, **attributes))
        return name
