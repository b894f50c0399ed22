"""The unit sheet: a good sheet imports exactly; any bad row is reported by its row number
and nothing is imported."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import Workbook, load_workbook

from app.services.unit_import import import_units
from app.services.unit_sheet import COLUMNS, SheetError, read_sheet, write_template

HEADER = ["楼栋", "单元", "楼层", "房号", "户型", "朝向", "建筑面积", "套内面积", "表价单价",
          "表价总价", "底价"]
GOOD = [
    ["1", "1", 15, "1501", "三室两厅两卫", "南北", 128.56, 104.32, 28500, 3663960, 3480000],
    ["1", "1", 15, "1502", "两室两厅一卫", "南", 89.35, 72.1, 27800, None, None],
    ["1号楼", "2单元", 16, 1601, "四室两厅两卫", "南北", 143.2, 116.85, None, 4200000, None],
]


def _sheet(path: Path, rows: list[list], header: list[str] = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _count_units(engine, project: str) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT count(*) FROM estatedesk.units u JOIN estatedesk.projects p "
            "ON p.id = u.project_id WHERE p.name = :n"), {"n": project}).scalar_one()


def test_good_sheet_imports_exact_values(clone, tmp_path):
    engine = clone.superuser_engine()
    report = import_units(engine, _sheet(tmp_path / "u.xlsx", GOOD), "新城花园")
    assert report.ok and report.project_created and report.units_imported == 3
    with engine.connect() as conn:
        units = {r.code: r for r in conn.execute(sa.text(
            "SELECT code, gross_area, inner_area, shared_area, list_unit_price, list_total, "
            "base_price, status FROM estatedesk.units"))}
        code = conn.execute(sa.text("SELECT code FROM estatedesk.projects")).scalar_one()
    engine.dispose()
    assert set(units) == {"1-1-1501", "1-1-1502", "1-2-1601"}
    first = units["1-1-1501"]
    assert (first.gross_area, first.inner_area, first.shared_area) == (
        Decimal("128.56"), Decimal("104.32"), Decimal("24.24"))
    assert first.list_total == Decimal("3663960.00") and first.base_price == Decimal("3480000")
    # missing total computed from unit price × gross area, rounded to the yuan
    assert units["1-1-1502"].list_total == Decimal("2483930.00")
    # missing unit price computed from the total
    assert units["1-2-1601"].list_unit_price == Decimal("29329.61")
    assert {u.status for u in units.values()} == {"not_released"}
    assert code == "XCHY"


@pytest.mark.parametrize("bad_row,row_number,column,words", [
    (["1", "1", 15, "1501", "三室", "南", 100, 80, 20000, None, None], 3, "房号", "重复"),
    (["1", "1", 17, "1701", "三室", "南", 100, 120, 20000, None, None], 3, "套内面积", "大于"),
    (["1", "1", 17, "1701", "三室", "南", 100, 80, -5, None, None], 3, "表价单价", "负数"),
    (["1", "1", 17, "1701", "三室", "南", 0, None, 20000, None, None], 3, "建筑面积", "大于0"),
    (["1", "1", 17, "1701", "三室", "南", 100.123, None, 20000, None, None], 3, "建筑面积",
     "两位小数"),
    (["1", "1", 17, "1701", "三室", "南", 100, None, None, None, None], 3, "表价总价", "价格"),
    (["1", "1", "十七", "1701", "三室", "南", 100, None, 20000, None, None], 3, "楼层", "整数"),
    (["1", "1", 17, "17-01", "三室", "南", 100, None, 20000, None, None], 3, "房号", "格式"),
    (["1", "1", 17, "1701", "三" * 31, "南", 100, None, 20000, None, None], 3, "户型", "30"),
])
def test_bad_row_is_reported_and_nothing_imported(clone, tmp_path, bad_row, row_number,
                                                  column, words):
    engine = clone.superuser_engine()
    sheet = _sheet(tmp_path / "bad.xlsx", [GOOD[0], bad_row, GOOD[2]])
    report = import_units(engine, sheet, "坏表项目")
    assert not report.ok and report.units_imported == 0
    assert [(e.row, e.column) for e in report.errors] == [(row_number, column)]
    assert words in report.errors[0].message
    assert _count_units(engine, "坏表项目") == 0
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM estatedesk.projects")).scalar_one() == 0
    engine.dispose()


def test_missing_column_is_reported_on_row_one(clone, tmp_path):
    header = [h for h in HEADER if h != "建筑面积"]
    rows = [[v for h, v in zip(HEADER, r, strict=True) if h != "建筑面积"] for r in GOOD]
    engine = clone.superuser_engine()
    report = import_units(engine, _sheet(tmp_path / "m.xlsx", rows, header), "缺列项目")
    engine.dispose()
    assert [(e.row, e.column) for e in report.errors] == [(1, "建筑面积")]
    assert report.units_imported == 0


def test_units_already_in_the_project_are_refused(clone, tmp_path):
    engine = clone.superuser_engine()
    assert import_units(engine, _sheet(tmp_path / "a.xlsx", GOOD[:1]), "二次导入").ok
    report = import_units(engine, _sheet(tmp_path / "b.xlsx", GOOD), "二次导入")
    assert [(e.row, e.column) for e in report.errors] == [(2, "房号")]
    assert "已在项目中存在" in report.errors[0].message
    assert _count_units(engine, "二次导入") == 1
    engine.dispose()


def test_template_has_every_column_and_imports_as_is(clone, tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path)
    ws = load_workbook(path).active
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    parsed = read_sheet(path)
    assert not parsed.errors and len(parsed.rows) == 1
    engine = clone.superuser_engine()
    assert import_units(engine, path, "模板项目").units_imported == 1
    engine.dispose()


def test_unreadable_files(tmp_path):
    with pytest.raises(SheetError):
        read_sheet(tmp_path / "missing.xlsx")
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    with pytest.raises(SheetError):
        read_sheet(junk)
