"""The generic report workbook: exact Decimal values, a =SUM formula in the totals row
carrying the report's total, number formats by column type, a frozen header, translated
code labels, and a cancelled export leaving no file (nor an older one changed)."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.db.queries.reports import ReportFilter
from app.exports.report_excel import (
    AREA_FORMAT,
    FIRST_ROW,
    HEADER_ROW,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    ExportCancelled,
    write_report,
)
from app.services.report_model import build, col, ratio

COLUMNS = [col("name", "Salesperson", "text"), col("state", "State", "text", codes="deal_state"),
           col("deals", "Deals", "int"), col("value", "Value", "money"),
           col("area", "Area", "area"),
           col("share", "Share", "percent", derive=lambda r: ratio(r.get("deals"), 10)),
           col("day", "Date", "date")]
ROWS = [{"name": "甲", "state": "subscribed", "deals": 3, "value": Decimal("746.07"),
         "area": Decimal("89.12"), "day": dt.date(2026, 3, 2)},
        {"name": "乙", "state": "contracted", "deals": 4, "value": Decimal("1234567890.13"),
         "area": Decimal("1.01"), "day": None},
        {"name": "丙", "state": "contracted", "deals": 0, "value": Decimal("0.10"),
         "area": Decimal("0.20"), "day": dt.date(2026, 3, 31)}]


def report(rows=ROWS):
    return build("sales_by_staff", "Sales by salesperson",
                 ReportFilter(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31)),
                 COLUMNS, rows)


def zh(context: str, text: str) -> str:
    return {"subscribed": "已认购", "contracted": "已签约", "Value": "成交金额"}.get(text, text)


def test_values_formats_header_and_totals(tmp_path):
    r = report()
    path = write_report(r, tmp_path / "r.xlsx", translate=zh, filter_text="项目：测试")
    ws = load_workbook(path).active
    assert ws.freeze_panes == f"A{FIRST_ROW}"
    assert ws.cell(1, 1).value == "Sales by salesperson"
    assert ws.cell(2, 1).value.startswith("项目：测试")
    assert [c.value for c in ws[HEADER_ROW]] == ["Salesperson", "State", "Deals", "成交金额",
                                                "Area", "Share", "Date"]
    first = ws[FIRST_ROW]
    assert first[1].value == "已认购"
    assert first[3].number_format == MONEY_FORMAT
    assert first[4].number_format == AREA_FORMAT
    assert first[5].number_format == PERCENT_FORMAT
    assert first[6].value == dt.datetime(2026, 3, 2)
    assert "yy" in first[6].number_format
    total = ws[FIRST_ROW + len(ROWS)]
    assert total[0].value == "合计"
    assert total[3].value == f"=SUM(D{FIRST_ROW}:D{FIRST_ROW + 2})"
    assert total[2].value == f"=SUM(C{FIRST_ROW}:C{FIRST_ROW + 2})"
    assert total[3].number_format == MONEY_FORMAT
    # the numbers as stored: Decimal text digit for digit, the formula's cached total
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>746.07</v>" in xml and "<v>1234567890.13</v>" in xml
    assert "<f>SUM(D5:D7)</f><v>1234568636.30</v>" in xml
    assert r.total("value") == Decimal("1234568636.30")
    cached = load_workbook(path, data_only=True).active
    assert Decimal(str(cached.cell(FIRST_ROW + 3, 4).value)) == r.total("value")
    assert Decimal(str(cached.cell(FIRST_ROW, 4).value)) == Decimal("746.07")


def test_empty_report_has_a_zero_total(tmp_path):
    ws = load_workbook(write_report(report([]), tmp_path / "e.xlsx")).active
    assert ws.cell(FIRST_ROW, 1).value == "合计"


def test_large_report_streams_with_progress(tmp_path):
    rows = [{**ROWS[0], "name": f"n{i}", "value": Decimal(i) / 100} for i in range(2500)]
    seen = []
    path = write_report(report(rows), tmp_path / "big.xlsx",
                        progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2500, 2500) and len(seen) > 2
    ws = load_workbook(path).active
    assert ws.max_row == FIRST_ROW + 2500
    assert ws.cell(FIRST_ROW + 2500, 4).value == f"=SUM(D{FIRST_ROW}:D{FIRST_ROW + 2499})"


def test_cancel_leaves_no_file_and_an_older_one_as_it_was(tmp_path):
    rows = [{**ROWS[0], "name": f"n{i}"} for i in range(2000)]
    path = tmp_path / "c.xlsx"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        write_report(report(rows), path, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_report(report(rows), path, cancelled=lambda: True)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.xlsx"]
