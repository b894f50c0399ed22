"""The sales control chart (销控表) as an Excel workbook, laid out the way sales offices keep
it in Excel: sheet 销控表 with floors top-down, units left to right under their building and
entrance headers, each cell coloured by status and showing room, layout, area and list total,
the legend with its totals and sell-through (去化率) below; sheet 房源明细 with one row a unit
for filtering and pivoting.

The grid is `build_grid()`'s, the numbers are `legend()`'s and the colours STATUS_COLOURS', so
the export says what the painted chart says. Totals are SUM formulas (Excel recomputes them when
someone edits a count) that carry legend()'s values as their cached results. Money and areas
are written from their Decimals digit for digit (see xlsx_exact)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.chart import ChartGrid, ChartUnit, Legend, build_grid, legend
from app.domain.status_colours import STATUS_COLOURS
from app.domain.statuses import UnitStatus
from app.exports.xlsx_exact import save

CHART_SHEET = "销控表"
DETAIL_SHEET = "房源明细"

STATUS_NAMES: dict[UnitStatus, str] = {
    UnitStatus.NOT_RELEASED: "未推",
    UnitStatus.AVAILABLE: "待售",
    UnitStatus.HELD: "销控",
    UnitStatus.PENCILLED: "预留",
    UnitStatus.RESERVED: "认购",
    UnitStatus.CONTRACTED: "签约",
    UnitStatus.FILED: "已备案",
}

# The chart sheet's rows and columns (1-based, as Excel counts).
TITLE_ROW, INFO_ROW, BUILDING_ROW, ENTRANCE_ROW, FIRST_FLOOR_ROW = 1, 2, 3, 4, 5
FLOOR_COL = 1
FIRST_UNIT_COL = 2
FLOOR_COL_WIDTH = 7
UNIT_COL_WIDTH = 14
HEADER_ROW_HEIGHT = 20
FLOOR_ROW_HEIGHT = 54          # four lines of 9-point text

# The legend block, below the grid: swatch, status, count, area, value.
LEGEND_COLS = ("图例", "状态", "套数", "建筑面积(㎡)", "表价总值(元)")
COUNT_FORMAT = "#,##0"
AREA_FORMAT = "#,##0.00"
VALUE_FORMAT = "¥#,##0"
RATE_FORMAT = "0.0%"

DETAIL_COLUMNS: tuple[tuple[str, int], ...] = (
    ("楼栋", 12), ("单元", 8), ("楼层", 6), ("房号", 9), ("户型", 15), ("朝向", 8),
    ("建筑面积", 11), ("套内面积", 11), ("表价单价", 13), ("表价总价", 16), ("状态", 8))
DETAIL_AREA_FORMAT = "0.00"
DETAIL_PRICE_FORMAT = "#,##0.00"

_TEN_THOUSAND = Decimal(10000)
_CENT = Decimal("0.01")


def write_chart_xlsx(path: Path, title: str, units: Sequence[ChartUnit],
                     generated_at: dt.datetime, filter_text: str = "") -> None:
    """Write the chart of `units` to `path` (.xlsx), replacing any file there."""
    wb = Workbook()
    wb.properties.title = title
    wb.properties.creator = "EstateDesk"
    wb.calculation.fullCalcOnLoad = True
    styles = _Styles(wb)
    cached: dict[tuple[str, str], Decimal | int] = {}

    ws = wb.active
    ws.title = CHART_SHEET
    grid = build_grid(units)
    _write_heading(ws, title, generated_at, filter_text, styles)
    _write_grid(ws, grid, units, styles)
    _write_legend(ws, legend(units), FIRST_FLOOR_ROW + len(grid.floors) + 1, styles, cached)
    _chart_page_setup(ws)

    _write_detail(wb.create_sheet(DETAIL_SHEET), grid, units, styles)
    save(wb, Path(path), cached)


# --- the grid ---------------------------------------------------------------------------


def unit_text(unit: ChartUnit) -> str:
    """What a grid cell shows, one item a line: room, layout, gross area, list total in 万."""
    lines = [unit.room_no]
    if unit.layout:
        lines.append(unit.layout)
    lines.append(f"{unit.gross_area.quantize(_CENT, ROUND_HALF_UP)}㎡")
    if unit.list_total is not None:
        lines.append(f"{(unit.list_total / _TEN_THOUSAND).quantize(_CENT, ROUND_HALF_UP)}万")
    return "\n".join(lines)


def floor_label(floor: int) -> str:
    """15 → "15F"; basements count down from B1."""
    return f"B{-floor}" if floor < 0 else f"{floor}F"


def entrance_label(code: str) -> str:
    return code if code.endswith("单元") else f"{code}单元"


def _write_heading(ws: Worksheet, title: str, generated_at: dt.datetime, filter_text: str,
                   styles: _Styles) -> None:
    ws.cell(TITLE_ROW, 1, title).style = styles.title
    info = f"生成时间：{generated_at:%Y-%m-%d %H:%M}"
    if filter_text:
        info += f"　　筛选：{filter_text}"
    ws.cell(INFO_ROW, 1, info).style = styles.note
    ws.row_dimensions[TITLE_ROW].height = 28


def _write_grid(ws: Worksheet, grid: ChartGrid, units: Sequence[ChartUnit],
                styles: _Styles) -> None:
    names = {u.building_code: u.building_name or u.building_code for u in units}
    ws.cell(BUILDING_ROW, FLOOR_COL, "楼层").style = styles.header
    ws.cell(ENTRANCE_ROW, FLOOR_COL).style = styles.header
    ws.merge_cells(start_row=BUILDING_ROW, start_column=FLOOR_COL,
                   end_row=ENTRANCE_ROW, end_column=FLOOR_COL)
    for row, groups, label in (
            (BUILDING_ROW, grid.buildings, lambda key: names[key[0]]),
            (ENTRANCE_ROW, grid.entrances, lambda key: entrance_label(key[1]))):
        for group in groups:
            first, last = FIRST_UNIT_COL + group.first, FIRST_UNIT_COL + group.last
            ws.cell(row, first, label(group.label_key))
            for col in range(first, last + 1):
                ws.cell(row, col).style = styles.header
            if last > first:
                ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        ws.row_dimensions[row].height = HEADER_ROW_HEIGHT

    for i, floor in enumerate(grid.floors):
        ws.cell(FIRST_FLOOR_ROW + i, FLOOR_COL, floor_label(floor)).style = styles.floor
        ws.row_dimensions[FIRST_FLOOR_ROW + i].height = FLOOR_ROW_HEIGHT
    status_styles = styles.status
    for (row, col), index in grid.cells.items():
        unit = units[index]
        cell = ws.cell(FIRST_FLOOR_ROW + row, FIRST_UNIT_COL + col, unit_text(unit))
        cell.style = status_styles[unit.status]

    ws.column_dimensions[get_column_letter(FLOOR_COL)].width = FLOOR_COL_WIDTH
    for col in range(FIRST_UNIT_COL, FIRST_UNIT_COL + len(grid.columns)):
        ws.column_dimensions[get_column_letter(col)].width = UNIT_COL_WIDTH
    ws.freeze_panes = ws.cell(FIRST_FLOOR_ROW, FIRST_UNIT_COL).coordinate


# --- the legend -------------------------------------------------------------------------


def _write_legend(ws: Worksheet, totals: Legend, top: int, styles: _Styles,
                  cached: dict[tuple[str, str], Decimal | int]) -> None:
    """Header row at `top`, one row a status, 合计, then 去化率 by count and by area."""
    for offset, header in enumerate(LEGEND_COLS):
        ws.cell(top, 1 + offset, header).style = styles.header
    ws.row_dimensions[top].height = HEADER_ROW_HEIGHT
    row_of: dict[UnitStatus, int] = {}
    for i, status_totals in enumerate(totals.rows):
        row = top + 1 + i
        row_of[status_totals.status] = row
        ws.cell(row, 1).style = styles.status[status_totals.status]
        ws.cell(row, 2, STATUS_NAMES[status_totals.status]).style = styles.legend_name
        ws.cell(row, 3, status_totals.count).style = styles.count
        ws.cell(row, 4, status_totals.gross_area).style = styles.area
        ws.cell(row, 5, status_totals.list_value).style = styles.value

    first, last = top + 1, top + len(totals.rows)
    total_row = last + 1
    _label(ws, total_row, "合计", styles.total_name)
    for col, value, style in ((3, totals.total.count, styles.total_count),
                              (4, totals.total.gross_area, styles.total_area),
                              (5, totals.total.list_value, styles.total_value)):
        letter = get_column_letter(col)
        _formula(ws, total_row, col, f"=SUM({letter}{first}:{letter}{last})", value, style,
                 cached)

    released = [row_of[s] for s in UnitStatus if s is not UnitStatus.NOT_RELEASED]
    sold = [row_of[s] for s in UnitStatus if s.is_sold]
    for row, label, letter, rate in (
            (total_row + 1, "去化率（按套数）", "C", totals.sell_through_count),
            (total_row + 2, "去化率（按面积）", "D", totals.sell_through_area)):
        _label(ws, row, label, styles.total_name)
        whole, part = _sum(letter, released), _sum(letter, sold)
        _formula(ws, row, 3, f"=IF({whole}=0,0,ROUND({part}/{whole},3))", rate / 100,
                 styles.rate, cached)
    note = ws.cell(total_row + 1, 4, "已售（认购、签约、已备案）÷ 已推（未推以外）")
    note.style = styles.note
    ws.merge_cells(start_row=total_row + 1, start_column=4, end_row=total_row + 2, end_column=5)

    # Legend columns share the grid's; widen them if the grid is narrow or the sums long.
    value_width = len(f"¥{totals.total.list_value:,.0f}") + 3
    for col, width in ((2, 10), (3, 9), (4, 14), (5, value_width)):
        dim = ws.column_dimensions[get_column_letter(col)]
        dim.width = max(dim.width or 0, width)


def _label(ws: Worksheet, row: int, text: str, style: str) -> None:
    ws.cell(row, 1, text).style = style
    ws.cell(row, 2).style = style
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)


def _formula(ws: Worksheet, row: int, col: int, formula: str, value: Decimal | int,
             style: str, cached: dict[tuple[str, str], Decimal | int]) -> None:
    cell = ws.cell(row, col, formula)
    cell.style = style
    cached[(ws.title, cell.coordinate)] = value


def _sum(letter: str, rows: Sequence[int]) -> str:
    """SUM over the rows of one column: a range when they are adjacent, else a list."""
    rows = sorted(rows)
    if rows and rows == list(range(rows[0], rows[-1] + 1)):
        return f"SUM({letter}{rows[0]}:{letter}{rows[-1]})"
    return "SUM(" + ",".join(f"{letter}{r}" for r in rows) + ")"


def _chart_page_setup(ws: Worksheet) -> None:
    """A3 landscape, as wide as the page, titles, headers and floor labels on every page."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{TITLE_ROW}:{ENTRANCE_ROW}"
    ws.print_title_cols = f"{get_column_letter(FLOOR_COL)}:{get_column_letter(FLOOR_COL)}"
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.3,
                                  footer=0.3)
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


# --- the detail sheet -------------------------------------------------------------------


def _write_detail(ws: Worksheet, grid: ChartGrid, units: Sequence[ChartUnit],
                  styles: _Styles) -> None:
    """One row a unit, in the chart's order: building, entrance, then floor and room up."""
    for col, (header, width) in enumerate(DETAIL_COLUMNS, 1):
        ws.cell(1, col, header).style = styles.detail_header
        ws.column_dimensions[get_column_letter(col)].width = width
    column_order = {(c.building_code, c.entrance_code): i for i, c in
                    reversed(list(enumerate(grid.columns)))}
    order = sorted(range(len(units)), key=lambda i: (
        column_order[(units[i].building_code, units[i].entrance_code)], units[i].floor,
        _natural(units[i].room_no)))
    text, integer, area, price = (styles.detail_text, styles.detail_int, styles.detail_area,
                                  styles.detail_price)
    row_styles = (text, text, integer, text, text, text, area, area, price, price, text)
    for row, index in enumerate(order, 2):
        u = units[index]
        values = (u.building_name or u.building_code, entrance_label(u.entrance_code), u.floor,
                  u.room_no, u.layout, u.orientation, u.gross_area, u.inner_area,
                  u.list_unit_price, u.list_total, STATUS_NAMES[u.status])
        for col, (value, style) in enumerate(zip(values, row_styles, strict=True), 1):
            ws.cell(row, col, value).style = style
    last = get_column_letter(len(DETAIL_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{len(units) + 1}"
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _natural(text: str) -> tuple[int, str]:
    return (int(text), "") if text.isdigit() else (10**9, text)


# --- styles -----------------------------------------------------------------------------


def _argb(hex_colour: str) -> str:
    return "FF" + hex_colour.lstrip("#").upper()


class _Styles:
    """The workbook's named styles, made once: cells share them instead of each carrying its
    own Font and Fill (10,000 cells stay fast and the file small)."""

    def __init__(self, wb: Workbook) -> None:
        self._wb = wb
        grey = Side(style="thin", color="FFA6A6A6")
        box = Border(left=grey, right=grey, top=grey, bottom=grey)
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        right = Alignment(horizontal="right", vertical="center")
        header_fill = PatternFill("solid", fgColor="FFE7E9EC")
        bold = Font(bold=True)

        self.status: dict[UnitStatus, str] = {}
        for status, colour in STATUS_COLOURS.items():
            side = Side(style="thin", color=_argb(colour.border))
            self.status[status] = self._add(
                f"销控·{STATUS_NAMES[status]}", font=Font(size=9, color=_argb(colour.text)),
                fill=PatternFill("solid", fgColor=_argb(colour.fill)),
                border=Border(left=side, right=side, top=side, bottom=side), alignment=centre)

        self.title = self._add("销控·标题", font=Font(size=16, bold=True),
                               alignment=Alignment(vertical="center"))
        self.note = self._add("销控·说明", font=Font(size=9, color="FF666666"),
                              alignment=Alignment(vertical="center", wrap_text=True))
        self.header = self._add("销控·表头", font=bold, fill=header_fill, border=box,
                                alignment=centre)
        self.floor = self._add("销控·楼层", font=bold, fill=header_fill, border=box,
                               alignment=centre)
        self.legend_name = self._add("销控·图例", border=box, alignment=centre)
        self.count = self._add("销控·套数", border=box, alignment=right,
                               number_format=COUNT_FORMAT)
        self.area = self._add("销控·面积", border=box, alignment=right,
                              number_format=AREA_FORMAT)
        self.value = self._add("销控·金额", border=box, alignment=right,
                               number_format=VALUE_FORMAT)
        self.total_name = self._add("销控·合计", font=bold, fill=header_fill, border=box,
                                    alignment=centre)
        self.total_count = self._add("销控·合计套数", font=bold, border=box, alignment=right,
                                     number_format=COUNT_FORMAT)
        self.total_area = self._add("销控·合计面积", font=bold, border=box, alignment=right,
                                    number_format=AREA_FORMAT)
        self.total_value = self._add("销控·合计金额", font=bold, border=box, alignment=right,
                                     number_format=VALUE_FORMAT)
        self.rate = self._add("销控·去化率", font=bold, border=box, alignment=right,
                              number_format=RATE_FORMAT)

        self.detail_header = self._add("明细·表头", font=bold, fill=header_fill, border=box,
                                       alignment=centre)
        self.detail_text = self._add("明细·文本")
        self.detail_int = self._add("明细·整数", number_format="0")
        self.detail_area = self._add("明细·面积", number_format=DETAIL_AREA_FORMAT)
        self.detail_price = self._add("明细·金额", number_format=DETAIL_PRICE_FORMAT)

    def _add(self, name: str, **attributes: object) -> str:
        """Register a named style; cells take it by name (assigning the NamedStyle object
        would compare it with every registered style, for each cell)."""
        self._wb.add_named_style(NamedStyle(name=name, **attributes))
        return name
