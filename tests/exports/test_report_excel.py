"""The generic report workbook, from both writers (openpyxl write-only for ordinary reports,
XlsxWriter constant_memory for the largest): exact Decimal values, a =SUM formula in the
totals row carrying the report's total, number formats by column type, a frozen header,
translated code labels, a native chart on a summary, and a cancelled export leaving no
file (nor an older one changed)."""

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
    STREAM_ABOVE,
    ExportCancelled,
    write_report,
)
from app.services.report_model import ChartSpec, build, col, ratio

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


@pytest.fixture(params=[False, True], ids=["openpyxl", "xlsxwriter"])
def stream(request):
    return request.param


def zh(context: str, text: str) -> str:
    return {"subscribed": "已认购", "contracted": "已签约", "Value": "成交金额"}.get(text, text)


def test_values_formats_header_and_totals(tmp_path, stream):
    r = report()
    path = write_report(r, tmp_path / "r.xlsx", translate=zh, filter_text="项目：测试",
                        stream=stream)
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
    assert "<f>SUM(C5:C7)</f><v>7</v>" in xml
    assert r.total("value") == Decimal("1234568636.30")
    cached = load_workbook(path, data_only=True).active
    assert Decimal(str(cached.cell(FIRST_ROW + 3, 4).value)) == r.total("value")
    assert Decimal(str(cached.cell(FIRST_ROW, 4).value)) == Decimal("746.07")


def test_empty_report_has_a_zero_total(tmp_path, stream):
    ws = load_workbook(write_report(report([]), tmp_path / "e.xlsx", stream=stream)).active
    assert ws.cell(FIRST_ROW, 1).value == "合计"


def test_large_report_streams_with_progress(tmp_path, stream):
    rows = [{**ROWS[0], "name": f"n{i}", "value": Decimal(i) / 100} for i in range(2500)]
    seen = []
    path = write_report(report(rows), tmp_path / "big.xlsx", stream=stream,
                        progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2500, 2500) and len(seen) > 2
    ws = load_workbook(path).active
    assert ws.max_row == FIRST_ROW + 2500
    assert ws.cell(FIRST_ROW + 2500, 4).value == f"=SUM(D{FIRST_ROW}:D{FIRST_ROW + 2499})"


def test_cancel_leaves_no_file_and_an_older_one_as_it_was(tmp_path, stream):
    rows = [{**ROWS[0], "name": f"n{i}"} for i in range(2000)]
    path = tmp_path / "c.xlsx"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        write_report(report(rows), path, cancelled=cancelled, stream=stream)
    assert list(tmp_path.iterdir()) == []
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_report(report(rows), path, cancelled=lambda: True, stream=stream)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.xlsx"]


@pytest.mark.parametrize(("kind", "first", "expected"), [
    ("column", COLUMNS[0], ("barChart", "clustered")),
    ("stacked", COLUMNS[0], ("barChart", "stacked")),
    ("column", col("day", "Period", "date"), ("lineChart", None)),
    ("stacked", col("day", "Period", "date"), ("barChart", "stacked")),
])
def test_summary_gets_a_native_chart(tmp_path, stream, kind, first, expected):
    columns = [first, *COLUMNS[1:-1]] if first.key == "day" else COLUMNS
    rows = ([{**r, "day": dt.date(2026, i + 1, 1)} for i, r in enumerate(ROWS)]
            if first.key == "day" else ROWS)
    r = build("sales_by_staff", "Sales by salesperson", ReportFilter(), columns, rows)
    path = write_report(r, tmp_path / "chart.xlsx", chart=ChartSpec(("deals", "value"), kind),
                        stream=stream)
    ws = load_workbook(path).active
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.tagname == expected[0]
    if expected[1]:
        assert chart.grouping == expected[1]
    assert len(chart.series) == 2
    refs = [s.val.numRef.f.replace("'", "") for s in chart.series]
    assert refs == [f"报表!$C${FIRST_ROW}:$C${FIRST_ROW + 2}",
                    f"报表!$D${FIRST_ROW}:$D${FIRST_ROW + 2}"]
    assert chart.series[0].cat is not None
    assert (chart.series[0].cat.numRef or chart.series[0].cat.strRef).f.endswith(
        f"$A${FIRST_ROW}:$A${FIRST_ROW + 2}")


def test_no_chart_without_rows_or_spec(tmp_path, stream):
    for name, r, spec in (("a", report([]), ChartSpec(("value",))), ("b", report(), None)):
        ws = load_workbook(write_report(r, tmp_path / f"{name}.xlsx", chart=spec,
                                        stream=stream)).active
        assert ws._charts == []


def test_the_writer_is_chosen_by_size(tmp_path, monkeypatch):
    from app.exports import report_stream

    streamed = []
    real = report_stream.write_streamed
    monkeypatch.setattr(report_stream, "write_streamed",
                        lambda report, *a: streamed.append(len(report.rows)) or real(report, *a))
    write_report(report(), tmp_path / "s.xlsx")
    assert streamed == []
    rows = [{**ROWS[0], "name": f"n{i}"} for i in range(STREAM_ABOVE + 1)]
    big = write_report(report(rows), tmp_path / "b.xlsx")
    assert streamed == [STREAM_ABOVE + 1]
    ws = load_workbook(big, read_only=True).active
    assert ws.max_row == FIRST_ROW + STREAM_ABOVE + 1
