"""Print, PDF and Excel from the chart screen: the PDF is A3 landscape with the title,
legend and date in Chinese; the Excel button hands the shown units to the Excel writer; the
print preview renders every cell."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog

from tests.ui.chart.seed import seed_chart


@pytest.fixture
def seeded(clone):
    engine = clone.superuser_engine()
    yield seed_chart(engine), engine
    engine.dispose()


def pdf_pages(path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True,
                          text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def test_pdf_export_is_a3_landscape_with_chinese_text(open_chart, seeded, qtbot, tmp_path):
    data, _engine = seeded
    screen = open_chart("manager", data.project_id, 0)
    target = tmp_path / "销控表"
    screen.exports.ask_path = lambda *_args: str(target)
    with qtbot.waitSignal(screen.exports.finished, timeout=10_000) as done:
        screen.toolbar.pdf_button.click()
    pdf = tmp_path / "销控表.pdf"
    assert str(pdf) in done.args[0] and "已保存到" in done.args[0]
    width, height = pdf_pages(pdf)[0]
    assert (round(width), round(height)) == (1191, 842)  # A3 (420 × 297 mm) landscape
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("销控表", "1号楼", "2号楼", "去化率", "打印时间", "签约", "101"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "CJK" in fonts


def test_excel_export_writes_the_shown_units(open_chart, seeded, qtbot, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    data, _engine = seeded
    screen = open_chart("executive", data.project_id, data.building_ids["2"])
    if not screen.exports.excel_available():
        pytest.skip("app.exports.chart_excel is not installed")
    screen.exports.ask_path = lambda *_args: str(tmp_path / "chart")
    with qtbot.waitSignal(screen.exports.finished, timeout=10_000):
        screen.toolbar.excel_button.click()
    book = openpyxl.load_workbook(tmp_path / "chart.xlsx")
    assert "销控表" in book.sheetnames
    cells = [str(c.value) for row in book["销控表"].iter_rows() for c in row if c.value]
    assert any("2号楼" in c for c in cells)


def test_excel_button_explains_when_the_writer_is_missing(open_chart, seeded, qtbot):
    data, _engine = seeded
    screen = open_chart("executive", data.project_id, data.building_ids["1"], live=False)
    screen.exports.excel_available = lambda: False
    with qtbot.waitSignal(screen.exports.unavailable, timeout=1000) as said:
        screen.toolbar.excel_button.click()
    assert "Excel" in said.args[0] and "尚未安装" in said.args[0]
    screen.error_box.close()


def test_print_preview_renders_the_chart(open_chart, seeded, qtbot):
    data, _engine = seeded
    screen = open_chart("reception", data.project_id, data.building_ids["1"], live=False)
    with qtbot.waitSignal(screen.exports.dialog_opened, timeout=3000) as opened:
        screen.toolbar.preview_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=3000)
    dialog.close()
