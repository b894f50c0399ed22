"""The 销控表 Excel export: read the file back with openpyxl and check it says what the chart
says: the grid as build_grid() lays it out, STATUS_COLOURS, legend()'s numbers (totals as
formulas that compute them), exact Decimals, and a printable page setup. No database."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.compat.strings import safe_string

from app.domain.chart import ChartUnit, build_grid, legend
from app.domain.status_colours import STATUS_COLOURS
from app.domain.statuses import UnitStatus
from app.exports.chart_excel import (
    CHART_SHEET,
    DETAIL_SHEET,
    FIRST_FLOOR_ROW,
    FIRST_UNIT_COL,
    STATUS_NAMES,
    write_chart_xlsx,
)

GENERATED = dt.datetime(2025, 3, 1, 14, 30)
TITLE = "锦绣华府 1号楼 销控表"
AREAS = ("89.35", "128.56", "81.18", "143.20", "746.07", "102.40")
UNIT_PRICES = ("28500.00", "31234.56", "29999.99", "26800.50")
DETAIL_HEADERS = ["楼栋", "单元", "楼层", "房号", "户型", "朝向", "建筑面积", "套内面积",
                  "表价单价", "表价总价", "状态"]


def make_unit(n: int, place: tuple[str, str, int, int], status: UnitStatus, area: str,
              unit_price: str | None, layout: str | None = "三室两厅两卫",
              total: str | None = None) -> ChartUnit:
    """Unit `n` at (building, entrance, floor, position on the floor)."""
    building, entrance, floor, position = place
    gross = Decimal(area)
    price = Decimal(unit_price) if unit_price else None
    list_total = (Decimal(total) if total else
                  (gross * price).quantize(Decimal("0.01"), ROUND_HALF_UP) if price else None)
    room = f"{floor}{position:02d}"
    return ChartUnit(
        id=n, building_id=int(building), building_code=building, building_name=f"{building}号楼",
        entrance_code=entrance, floor=floor, room_no=room, code=f"{building}-{entrance}-{room}",
        layout=layout, orientation="南北", usage="residential", gross_area=gross,
        inner_area=(gross * Decimal("0.81")).quantize(Decimal("0.01"), ROUND_HALF_UP),
        list_unit_price=price, list_total=list_total, status=status)


def sample_units() -> list[ChartUnit]:
    """2 buildings × 2 entrances × 2 rooms a floor; building 1 has 15 floors, building 2 has
    12 (so the top of its columns is empty); every status, several times; one unit without a
    price and one without a layout."""
    statuses = itertools.cycle(UnitStatus)
    areas, prices = itertools.cycle(AREAS), itertools.cycle(UNIT_PRICES)
    units: list[ChartUnit] = []
    for building, floors in (("1", 15), ("2", 12)):
        for entrance in ("1", "2"):
            for floor in range(1, floors + 1):
                for position in (1, 2):
                    if (building, entrance, floor, position) == ("1", "1", 15, 2):
                        units.append(make_unit(len(units) + 1, (building, entrance, floor, 2),
                                               UnitStatus.RESERVED, "128.56", "28500.00",
                                               total="3664000.00"))
                        continue
                    units.append(make_unit(len(units) + 1, (building, entrance, floor, position),
                                           next(statuses), next(areas), next(prices)))
    units[3] = make_unit(4, ("1", "1", 2, 2), UnitStatus.AVAILABLE, "89.35", None)
    units[5] = make_unit(6, ("1", "1", 3, 2), UnitStatus.HELD, "81.18", "28500.00", layout=None)
    return units


@pytest.fixture(scope="module")
def units() -> list[ChartUnit]:
    return sample_units()


@pytest.fixture(scope="module")
def xlsx(units, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("chart") / "销控表.xlsx"
    write_chart_xlsx(path, TITLE, units, GENERATED, filter_text="户型：三室两厅两卫")
    return path


@pytest.fixture(scope="module")
def book(xlsx) -> openpyxl.Workbook:
    return openpyxl.load_workbook(xlsx)


@pytest.fixture(scope="module")
def chart(book):
    return book[CHART_SHEET]


def _argb(hex_colour: str) -> str:
    return "FF" + hex_colour.lstrip("#").upper()


def _exact(value) -> Decimal:  # noqa: ANN001
    return Decimal(str(value))


def test_sheets_title_and_info_line(book, chart):
    assert book.sheetnames == [CHART_SHEET, DETAIL_SHEET]
    assert chart["A1"].value == TITLE
    assert chart["A2"].value == "生成时间：2025-03-01 14:30　　筛选：户型：三室两厅两卫"


def test_info_line_without_filter(units, tmp_path):
    path = tmp_path / "plain.xlsx"
    write_chart_xlsx(path, TITLE, units, GENERATED)
    assert openpyxl.load_workbook(path)[CHART_SHEET]["A2"].value == "生成时间：2025-03-01 14:30"


def test_a_unit_cell_shows_room_layout_area_and_total_in_its_status_colours(chart):
    cell = chart.cell(FIRST_FLOOR_ROW, FIRST_UNIT_COL + 1)  # 1号楼 1单元 15F, room 02
    assert cell.value == "1502\n三室两厅两卫\n128.56㎡\n366.40万"
    colour = STATUS_COLOURS[UnitStatus.RESERVED]
    assert cell.fill.fill_type == "solid"
    assert cell.fill.fgColor.rgb == _argb(colour.fill)
    assert cell.font.color.rgb == _argb(colour.text)
    for side in (cell.border.left, cell.border.right, cell.border.top, cell.border.bottom):
        assert side.style == "thin" and side.color.rgb == _argb(colour.border)
    assert cell.alignment.wrap_text and cell.alignment.horizontal == "center"
    assert cell.alignment.vertical == "center"


def test_every_unit_sits_where_build_grid_puts_it_in_its_colour(units, chart):
    grid = build_grid(units)
    for (row, col), index in grid.cells.items():
        unit = units[index]
        cell = chart.cell(FIRST_FLOOR_ROW + row, FIRST_UNIT_COL + col)
        assert cell.value.split("\n")[0] == unit.room_no
        assert cell.fill.fgColor.rgb == _argb(STATUS_COLOURS[unit.status].fill), unit.code
        assert cell.font.color.rgb == _argb(STATUS_COLOURS[unit.status].text), unit.code


def test_missing_layout_or_price_leaves_its_line_out(units, chart):
    no_price, no_layout = units[3], units[5]
    grid = build_grid(units)
    for unit, expected in ((no_price, "202\n三室两厅两卫\n89.35㎡"),
                           (no_layout, "302\n81.18㎡\n231.36万")):
        row, col = grid.place_of(units.index(unit))
        assert chart.cell(FIRST_FLOOR_ROW + row, FIRST_UNIT_COL + col).value == expected


def test_empty_grid_positions_are_blank(units, chart):
    grid = build_grid(units)
    col = FIRST_UNIT_COL + next(i for i, c in enumerate(grid.columns) if c.building_code == "2")
    for row in range(FIRST_FLOOR_ROW, FIRST_FLOOR_ROW + 3):  # 15F–13F: building 2 has 12
        cell = chart.cell(row, col)
        assert cell.value is None and cell.fill.fill_type is None
    assert chart.cell(FIRST_FLOOR_ROW + 3, col).value.startswith("1201\n")


def test_building_and_entrance_headers_are_merged_over_their_columns(chart):
    merged = {str(r) for r in chart.merged_cells.ranges}
    # 8 unit columns: B–E building 1 (entrances 1: B–C, 2: D–E), F–I building 2
    assert {"B3:E3", "F3:I3", "B4:C4", "D4:E4", "F4:G4", "H4:I4", "A3:A4"} <= merged
    assert [chart[c].value for c in ("A3", "B3", "F3")] == ["楼层", "1号楼", "2号楼"]
    assert [chart[c].value for c in ("B4", "D4", "F4", "H4")] == ["1单元", "2单元"] * 2
    assert chart["J3"].value is None


def test_floor_labels_run_top_down_in_column_a(chart):
    labels = [chart.cell(FIRST_FLOOR_ROW + i, 1).value for i in range(15)]
    assert labels == [f"{f}F" for f in range(15, 0, -1)]
    assert chart.cell(FIRST_FLOOR_ROW + 15, 1).value is None  # the gap before the legend


def test_widths_heights_and_frozen_headers(chart):
    assert chart.freeze_panes == "B5"
    assert chart.column_dimensions["A"].width < chart.column_dimensions["B"].width
    assert chart.column_dimensions["B"].width >= 12
    assert chart.row_dimensions[FIRST_FLOOR_ROW].height >= 48


def test_page_setup_is_a3_landscape_fit_to_width_with_repeated_headers(chart):
    setup = chart.page_setup
    assert setup.orientation == "landscape"
    # openpyxl's constant is the string "8"; a loaded sheet gives the number 8
    assert int(setup.paperSize) == int(chart.PAPERSIZE_A3) == 8
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0
    assert chart.sheet_properties.pageSetUpPr.fitToPage
    assert chart.print_title_rows == "$1:$4"
    assert chart.print_title_cols == "$A:$A"


# --- the legend -------------------------------------------------------------------------


def _legend_rows(ws) -> dict[str, int]:  # noqa: ANN001
    """Row of each legend label (status names, 合计, 去化率…) found in columns A–B."""
    labels = set(STATUS_NAMES.values()) | {"合计", "去化率（按套数）", "去化率（按面积）"}
    found: dict[str, int] = {}
    for row in range(FIRST_FLOOR_ROW, ws.max_row + 1):
        for col in (1, 2):
            value = ws.cell(row, col).value
            if value in labels:
                found.setdefault(value, row)
    assert set(found) == labels, found
    return found


def evaluate(ws, formula: str) -> Decimal:  # noqa: ANN001
    """A small evaluator for the legend's formulas (SUM over ranges and lists, IF with "=0",
    ROUND half up, division), in Decimal: what Excel will show."""

    def value_of(ref: str) -> Decimal:
        return _exact(ws[ref].value or 0)

    def cells(args: str) -> list[Decimal]:
        out: list[Decimal] = []
        for arg in args.split(","):
            if ":" in arg:
                out.extend(_exact(c.value or 0) for row in ws[arg] for c in row)
            else:
                out.append(value_of(arg))
        return out

    assert formula.startswith("=")
    expr = re.sub(r"SUM\(([A-Z0-9:,]+)\)",
                  lambda m: f"Decimal('{sum(cells(m.group(1)), Decimal(0))}')", formula[1:])
    expr = re.sub(r"\b([A-Z]{1,3}[0-9]+)\b", lambda m: f"Decimal('{value_of(m.group(1))}')", expr)
    expr = expr.replace("IF(", "_if(").replace("ROUND(", "_round(")
    expr = re.sub(r"(?<![=<>!])=(?!=)", "==", expr)

    def _if(condition, yes, no):  # noqa: ANN001, ANN202
        return yes if condition else no

    def _round(x, digits):  # noqa: ANN001, ANN202
        return Decimal(x).quantize(Decimal(1).scaleb(-int(digits)), ROUND_HALF_UP)

    namespace = {"Decimal": Decimal, "_if": _if, "_round": _round, "__builtins__": {}}
    # A zero denominator only occurs with an empty chart, where IF picks 0: guard it here too.
    try:
        return Decimal(eval(expr, namespace))  # noqa: S307 - our own file's formulas
    except ArithmeticError:
        return Decimal(0)


def test_legend_rows_are_legend_numbers_with_swatches_and_formats(units, chart):
    rows, expected = _legend_rows(chart), legend(units)
    for status, name in STATUS_NAMES.items():
        row, totals = rows[name], expected.of(status)
        assert chart.cell(row, 2).value == name
        assert chart.cell(row, 3).value == totals.count
        assert _exact(chart.cell(row, 4).value) == totals.gross_area
        assert _exact(chart.cell(row, 5).value) == totals.list_value
        swatch = chart.cell(row, 1)
        assert swatch.fill.fgColor.rgb == _argb(STATUS_COLOURS[status].fill)
        assert chart.cell(row, 4).number_format == "#,##0.00"
        assert chart.cell(row, 5).number_format == "¥#,##0"
    assert sum(expected.of(s).count for s in UnitStatus) == len(units)
    assert all(expected.of(s).count >= 3 for s in UnitStatus)  # the sample mixes them all


def test_totals_are_sum_formulas_that_compute_legend_totals(units, chart):
    rows, expected = _legend_rows(chart), legend(units)
    total = rows["合计"]
    formulas = [chart.cell(total, col).value for col in (3, 4, 5)]
    assert all(f.startswith("=SUM(") for f in formulas), formulas
    assert evaluate(chart, formulas[0]) == expected.total.count == len(units)
    assert evaluate(chart, formulas[1]) == expected.total.gross_area
    assert evaluate(chart, formulas[2]) == expected.total.list_value
    assert chart.cell(total, 4).number_format == "#,##0.00"
    assert chart.cell(total, 5).number_format == "¥#,##0"


def test_sell_through_rates_are_fractions_formatted_as_percent(units, chart):
    rows, expected = _legend_rows(chart), legend(units)
    for label, rate in (("去化率（按套数）", expected.sell_through_count),
                        ("去化率（按面积）", expected.sell_through_area)):
        cell = chart.cell(rows[label], 3)
        assert cell.value.startswith("=IF(SUM(")
        assert evaluate(chart, cell.value) == rate / 100
        assert cell.number_format == "0.0%"
    assert Decimal(0) < expected.sell_through_count < Decimal(100)


def test_formulas_carry_legend_values_for_readers_that_do_not_calculate(units, xlsx):
    ws = openpyxl.load_workbook(xlsx, data_only=True)[CHART_SHEET]
    rows, expected = _legend_rows(ws), legend(units)
    total = rows["合计"]
    assert ws.cell(total, 3).value == expected.total.count
    assert _exact(ws.cell(total, 4).value) == expected.total.gross_area
    assert _exact(ws.cell(total, 5).value) == expected.total.list_value
    assert _exact(ws.cell(rows["去化率（按套数）"], 3).value) == expected.sell_through_count / 100
    assert _exact(ws.cell(rows["去化率（按面积）"], 3).value) == expected.sell_through_area / 100


# --- the detail sheet -------------------------------------------------------------------


def test_detail_sheet_has_one_row_a_unit_with_exact_numbers(units, book):
    ws = book[DETAIL_SHEET]
    assert [c.value for c in ws[1]] == DETAIL_HEADERS
    assert ws.max_row == len(units) + 1
    by_code = {u.code: u for u in units}
    seen = set()
    for row in ws.iter_rows(min_row=2):
        values = [c.value for c in row]
        building, entrance, floor, room = values[:4]
        unit = by_code[f"{building.removesuffix('号楼')}-{entrance.removesuffix('单元')}-{room}"]
        seen.add(unit.code)
        assert floor == unit.floor and isinstance(floor, int)
        assert values[4:6] == [unit.layout, unit.orientation]
        for cell, expected in zip(row[6:10], (unit.gross_area, unit.inner_area,
                                              unit.list_unit_price, unit.list_total), strict=True):
            if expected is None:
                assert cell.value is None
            else:
                assert isinstance(cell.value, int | float)
                assert _exact(cell.value) == expected, (unit.code, cell.coordinate)
        assert values[10] == STATUS_NAMES[unit.status]
        assert [c.number_format for c in row[6:10]] == ["0.00", "0.00", "#,##0.00", "#,##0.00"]
    assert seen == set(by_code)


def test_detail_rows_follow_the_chart_order(book):
    ws = book[DETAIL_SHEET]
    keys = [(r[0].value, r[1].value, r[2].value) for r in ws.iter_rows(min_row=2, max_col=3)]
    assert keys[0] == ("1号楼", "1单元", 1) and keys[-1] == ("2号楼", "2单元", 12)
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], k[2]))


def test_detail_sheet_has_autofilter_and_frozen_header(units, book):
    ws = book[DETAIL_SHEET]
    assert ws.auto_filter.ref == f"A1:K{len(units) + 1}"
    assert ws.freeze_panes == "A2"


def test_decimals_are_written_digit_for_digit(xlsx):
    """openpyxl on its own writes Decimal("746.07") as 746.0700000000001."""
    assert safe_string(Decimal("746.07")) == "746.0700000000001"  # what this guards against
    with zipfile.ZipFile(xlsx) as archive:
        sheets = "".join(archive.read(n).decode() for n in archive.namelist()
                         if n.startswith("xl/worksheets/sheet"))
    assert "<v>746.07</v>" in sheets
    assert "0000000" not in "".join(re.findall(r"<v>([^<]*)</v>", sheets))


# --- edges and size ---------------------------------------------------------------------


def test_an_empty_chart_still_writes_a_legend_of_zeros(tmp_path):
    path = tmp_path / "empty.xlsx"
    write_chart_xlsx(path, "空楼栋 销控表", [], GENERATED)
    ws = openpyxl.load_workbook(path)[CHART_SHEET]
    rows = _legend_rows(ws)
    assert all(ws.cell(rows[name], 3).value == 0 for name in STATUS_NAMES.values())
    assert evaluate(ws, ws.cell(rows["合计"], 3).value) == 0
    assert evaluate(ws, ws.cell(rows["去化率（按套数）"], 3).value) == 0
    assert openpyxl.load_workbook(path)[DETAIL_SHEET].max_row == 1


def test_basement_floors_and_named_entrances(tmp_path):
    units = [make_unit(1, ("3", "A", -1, 1), UnitStatus.AVAILABLE, "35.00", "9000.00"),
             make_unit(2, ("3", "A", 1, 1), UnitStatus.FILED, "35.00", "9000.00")]
    path = tmp_path / "basement.xlsx"
    write_chart_xlsx(path, "车位", units, GENERATED)
    ws = openpyxl.load_workbook(path)[CHART_SHEET]
    assert [ws["A5"].value, ws["A6"].value] == ["1F", "B1"]
    assert ws["B4"].value == "A单元"


def test_ten_thousand_units_export_in_reasonable_time(tmp_path):
    statuses, areas, prices = (itertools.cycle(UnitStatus), itertools.cycle(AREAS),
                               itertools.cycle(UNIT_PRICES))
    units = [make_unit(n, (str(b), str(e), f, p), next(statuses), next(areas), next(prices))
             for n, (b, e, f, p) in enumerate(itertools.product(
                 range(1, 26), (1, 2), range(1, 51), (1, 2, 3, 4)), 1)]
    assert len(units) == 10_000
    path = tmp_path / "big.xlsx"
    started = time.perf_counter()
    write_chart_xlsx(path, "全盘 销控表", units, GENERATED)
    elapsed = time.perf_counter() - started
    print(f"\n10,000-unit chart export: {elapsed:.2f} s, {path.stat().st_size / 1e6:.1f} MB")
    assert elapsed < 60
    ws = openpyxl.load_workbook(path, read_only=True)[DETAIL_SHEET]
    assert ws.max_row == 10_001
