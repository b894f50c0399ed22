"""The commission statements workbook: read it back with openpyxl and check the numbers are
the statements' (exact, digit for digit), totals are formulas Excel recomputes (carrying the
totals for readers that do not calculate), formats, widths and frozen headers; and a
cancelled export leaves no file. No database."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from app.domain.commissions import (
    AGENCY,
    STAFF,
    CommissionLine,
    CommissionStatement,
    Payee,
    add_up,
)
from app.exports.commission_excel import (
    COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    MONEY_FORMAT,
    RATE_FORMAT,
    SUMMARY_SHEET,
    ExportCancelled,
    write_commission_statements,
)

MONTH = dt.date(2025, 3, 1)
GENERATED = dt.datetime(2025, 4, 2, 9, 15)
FEN = Decimal("0.01")
HEADERS = [c[0] for c in COLUMNS]


def line(n: int, received: str, rate: str = "0.0150", total: str = "1980000.00") -> CommissionLine:
    rate_d, received_d, total_d = Decimal(rate), Decimal(received), Decimal(total)
    commission = (rate_d * received_d).quantize(FEN, ROUND_HALF_UP)
    return CommissionLine(n, f"1-1-{n:02d}01", f"买受人{n}", f"HT-{n}", dt.date(2025, 2, n),
                          "contracted", rate_d, total_d,
                          (rate_d * total_d).quantize(FEN, ROUND_HALF_UP), received_d,
                          commission, received_d + Decimal("50000.00"),
                          commission + (rate_d * 50000).quantize(FEN))


def statement(payee: Payee, lines: list[CommissionLine]) -> CommissionStatement:
    return CommissionStatement(7, "锦绣华府", MONTH, payee, tuple(lines), add_up(lines))


@pytest.fixture
def statements():
    return [
        statement(Payee(STAFF, 1, None, "顾问甲"),
                  [line(1, "350000.33"), line(2, "746.07"), line(3, "123456.78", "0.0125")]),
        statement(Payee(STAFF, 2, None, "顾问乙"), [line(4, "-100000.00", "0.0100")]),
        statement(Payee(AGENCY, None, 3, "链家地产/北京"), [line(5, "350000.33", "0.0200")]),
    ]


@pytest.fixture
def xlsx(statements, tmp_path):
    return write_commission_statements(statements, tmp_path / "佣金.xlsx",
                                       generated_at=GENERATED)


@pytest.fixture
def book(xlsx):
    return openpyxl.load_workbook(xlsx)


def test_a_summary_then_one_sheet_a_payee(book):
    assert book.sheetnames == [SUMMARY_SHEET, "顾问甲", "顾问乙", "链家地产北京"]
    ws = book["顾问甲"]
    assert ws["A1"].value == "佣金结算单 — 顾问甲"
    info = ws["A2"].value
    assert "项目：锦绣华府" in info and "月份：2025年3月" in info and "2025-04-02 09:15" in info
    assert "置业顾问" in info and "中介/渠道" in book["链家地产北京"]["A2"].value
    assert [ws.cell(HEADER_ROW, c).value for c in range(1, len(HEADERS) + 1)] == HEADERS


def test_lines_are_the_statements_values_exactly(book, statements):
    for ws, s in zip(book.worksheets[1:], statements, strict=True):
        for i, ln in enumerate(s.lines):
            row = [ws.cell(FIRST_ROW + i, c).value for c in range(1, len(HEADERS) + 1)]
            assert row[:4] == [i + 1, ln.unit_code, ln.buyer, ln.contract_no]
            assert row[4].date() == ln.signed_on
            numbers = (ln.contract_value, ln.rate, ln.received, ln.commission,
                       ln.received_to_date, ln.earned_to_date, ln.cap)
            assert [Decimal(str(v)) for v in row[5:]] == list(numbers)


def test_decimals_are_written_digit_for_digit(xlsx):
    with zipfile.ZipFile(xlsx) as archive:
        sheet = archive.read("xl/worksheets/sheet2.xml").decode()
    values = re.findall(r"<v>([^<]*)</v>", sheet)
    for text in ("350000.33", "0.0150", "5250.00", "746.07", "11.19", "1980000.00", "0.0125"):
        assert text in values, text
    assert all(re.fullmatch(r"-?\d+(\.\d{1,4})?", v) for v in values), values   # no float noise


def test_totals_are_sum_formulas_with_the_totals_cached(xlsx, book, statements):
    ws, s = book["顾问甲"], statements[0]
    total_row = FIRST_ROW + len(s.lines)
    assert ws.cell(total_row, 1).value == "合计"
    assert ws["I8"].value == f"=SUM(I{FIRST_ROW}:I{total_row - 1})"        # 本月佣金
    assert ws["H8"].value == f"=SUM(H{FIRST_ROW}:H{total_row - 1})"        # 本月回款
    assert ws["G8"].value is None                                          # no sum of rates
    cached = openpyxl.load_workbook(xlsx, data_only=True)
    assert Decimal(str(cached["顾问甲"]["I8"].value)) == s.totals.commission
    assert Decimal(str(cached["顾问甲"]["H8"].value)) == s.totals.received
    summary = book[SUMMARY_SHEET]
    assert [summary.cell(FIRST_ROW, c).value for c in range(1, 5)] == [1, "顾问甲", "置业顾问", 3]
    assert summary.cell(FIRST_ROW, 6).value == "='顾问甲'!I8"
    assert summary.cell(FIRST_ROW + 2, 6).value == "='链家地产北京'!I6"
    assert summary.cell(FIRST_ROW + 3, 6).value == f"=SUM(F{FIRST_ROW}:F{FIRST_ROW + 2})"
    everyone = sum((x.totals.commission for x in statements), Decimal(0))
    assert Decimal(str(cached[SUMMARY_SHEET].cell(FIRST_ROW + 3, 6).value)) == everyone


def test_formats_widths_and_frozen_header(book):
    ws = book["顾问甲"]
    assert ws.freeze_panes == f"A{FIRST_ROW}"
    assert book[SUMMARY_SHEET].freeze_panes == f"A{FIRST_ROW}"
    assert ws.cell(FIRST_ROW, 6).number_format == MONEY_FORMAT           # 合同总价
    assert ws.cell(FIRST_ROW, 7).number_format == RATE_FORMAT            # 佣金比例
    assert ws.cell(FIRST_ROW, 9).number_format == MONEY_FORMAT           # 本月佣金
    assert ws.cell(FIRST_ROW + 3, 9).number_format == MONEY_FORMAT       # its 合计
    assert ws.cell(FIRST_ROW, 5).number_format == "yyyy-mm-dd"
    assert ws.column_dimensions["F"].width >= 15 and ws.column_dimensions["C"].width >= 12
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"


def test_an_empty_month_writes_a_summary_of_zeros(tmp_path):
    path = write_commission_statements([], tmp_path / "empty.xlsx", generated_at=GENERATED)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [SUMMARY_SHEET]
    assert wb[SUMMARY_SHEET].cell(FIRST_ROW, 1).value == "合计"


def test_progress_is_reported_a_sheet_at_a_time(statements, tmp_path):
    seen = []
    write_commission_statements(statements, tmp_path / "p.xlsx",
                                progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


@pytest.mark.parametrize("after", [0, 2, 3])
def test_cancel_leaves_no_file_and_an_older_file_untouched(statements, tmp_path, after):
    target = tmp_path / "佣金.xlsx"
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > after

    with pytest.raises(ExportCancelled):
        write_commission_statements(statements, target, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"older")
    asked.clear()
    with pytest.raises(ExportCancelled):
        write_commission_statements(statements, target, cancelled=cancelled)
    assert target.read_bytes() == b"older" and list(tmp_path.iterdir()) == [target]
