"""Receipts (收据) and the payment reminder (催款函) as PDF, read back with poppler: the amount
in figures and in capitals for the amounts 大写 gets wrong most often, 副本 on copies, 作废
on voided receipts, two receipts to an A4 sheet, the embedded font, and a cancelled batch
that leaves no file. No database."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import subprocess
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.exports.receipt_pdf import ReceiptDoc, ReceiptLayout, write_receipts
from app.exports.reminder_pdf import (
    NothingOverdue,
    OverdueLine,
    ReminderLetter,
    write_reminder,
)
from tests.exports.test_deal_pdf import assert_fonts_embedded, compact, pdf_text

D = Decimal
DOC = ReceiptDoc(receipt_no="SJ-0000123", project_name="锦绣华府", payer="张伟、李娜",
                 unit_code="1-2-1502", kind_label="首付", amount=D("12345.60"),
                 method_label="转账", reference="网银流水 20250315-88231", cashier_name="王芳",
                 issued_on=dt.date(2025, 3, 15))


def info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def pages(path: Path) -> int:
    return int(info(path)["Pages"])


def page_text(path: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path),
                          "-"], capture_output=True, text=True, check=True)
    return compact(out.stdout)


def many(n: int) -> list[ReceiptDoc]:
    return [replace(DOC, receipt_no=f"SJ-{i:07d}") for i in range(1, n + 1)]


# --- 收据 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("amount", "figures", "capitals"), [
    ("10000.00", "¥10,000.00", "人民币壹万元整"),
    ("1001.10", "¥1,001.10", "人民币壹仟零壹元壹角整"),
    ("1000.05", "¥1,000.05", "人民币壹仟元零伍分"),
    ("0.05", "¥0.05", "人民币伍分"),
    ("12345.60", "¥12,345.60", "人民币壹万贰仟叁佰肆拾伍元陆角整"),
    ("1980000.00", "¥1,980,000.00", "人民币壹佰玖拾捌万元整"),
    ("999999999999.99", "¥999,999,999,999.99",
     "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
def test_the_amount_prints_in_figures_and_in_capitals(tmp_path, amount, figures, capitals):
    path = tmp_path / "r.pdf"
    assert write_receipts([replace(DOC, amount=D(amount))], path) == 1
    flat = compact(pdf_text(path))
    assert figures in flat and capitals in flat
    assert "金额（小写）" in flat and "金额（大写）" in flat


def test_a_receipt_prints_every_fact(tmp_path):
    path = tmp_path / "r.pdf"
    write_receipts([DOC], path)
    flat = compact(pdf_text(path))
    for expected in ("收据", "锦绣华府", "No.SJ-0000123", "日期：2025年3月15日", "交款人", "张伟、李娜",
                     "房号", "1-2-1502", "款项", "首付", "付款方式", "转账",
                     "网银流水20250315-88231", "收款人：王芳", "交款人（签字）", "财务专用章"):
        assert expected in flat, expected
    for absent in ("副本", "COPY", "作废"):
        assert absent not in flat
    size = info(path)["Page size"]
    assert re.match(r"\s*595\.2\d* x 419\.5\d* pts", size), size      # A5 landscape


def test_a_copy_is_marked_and_a_voided_receipt_says_so(tmp_path):
    path = tmp_path / "r.pdf"
    write_receipts([replace(DOC, copy=True),
                    replace(DOC, voided=True, void_reason="金额开错"),
                    replace(DOC, copy=True, voided=True, void_reason="重开")], path)
    copy, voided, both = (page_text(path, n) for n in (1, 2, 3))
    assert "副本COPY" in copy and "作废" not in copy
    assert "作废原因：金额开错" in voided and "副本" not in voided
    assert "作" in voided and "废" in voided
    assert "副本COPY" in both and "作废原因：重开" in both
    assert "¥12,345.60" in voided                      # a voided receipt still shows its facts


def test_from_row_maps_codes_to_chinese_labels():
    row = SimpleNamespace(receipt_no="SJ-0000009", project_name="锦绣华府", payer="张三",
                          unit_code="1-1-101", kind="maintenance_fund", amount=D("6430.00"),
                          method="cheque", reference=None, cashier_name="王芳",
                          issued_on=dt.date(2025, 3, 15), voided_at=None, void_reason=None)
    doc = ReceiptDoc.from_row(row, copy=True)
    assert (doc.kind_label, doc.method_label, doc.reference, doc.copy, doc.voided) == (
        "维修基金", "支票", "", True, False)
    labels = {kind: ReceiptDoc.from_row(replace_ns(row, kind=kind), False).kind_label
              for kind in ("deposit", "down_payment", "instalment", "loan", "fee")}
    assert labels == {"deposit": "定金", "down_payment": "首付", "instalment": "房款",
                      "loan": "按揭放款", "fee": "代收费用"}
    voided = ReceiptDoc.from_row(replace_ns(row, voided_at=dt.datetime(2025, 3, 15, 10),
                                            void_reason="错"), False)
    assert voided.voided and voided.void_reason == "错"
    with pytest.raises(ValueError, match="never issued"):
        ReceiptDoc.from_row(replace_ns(row, amount=None, kind=None, issued_on=None), False)
    with pytest.raises(TypeError):
        replace(DOC, amount=12345.6)


def replace_ns(ns: SimpleNamespace, **changes: object) -> SimpleNamespace:
    return SimpleNamespace(**{**vars(ns), **changes})


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_two_per_page_makes_half_as_many_a4_sheets(tmp_path, n):
    path = tmp_path / "two.pdf"
    assert write_receipts(many(n), path, ReceiptLayout(two_per_page=True)) == math.ceil(n / 2)
    assert pages(path) == math.ceil(n / 2)
    assert re.match(r"\s*595\.\d+ x 841\.\d+ pts", info(path)["Page size"])   # A4 portrait
    flat = compact(pdf_text(path))
    assert all(f"SJ-{i:07d}" in flat for i in range(1, n + 1))
    assert ("沿此线裁开" in flat) == (n > 1)
    single = tmp_path / "one.pdf"
    assert write_receipts(many(n), single) == n == pages(single)


def test_a_custom_paper_size(tmp_path):
    path = tmp_path / "r.pdf"
    write_receipts([replace(DOC, payer="深圳市某某投资发展有限公司、张三、李四、王五、赵六、孙七")], path,
                   ReceiptLayout((241, 93.1)))
    assert re.match(r"\s*683\.\d+ x 263\.\d+ pts", info(path)["Page size"])
    flat = compact(pdf_text(path))
    assert "深圳市某某投资发展有限公司、张三、李四、王五、" in flat and "赵六、孙七" in flat  # wrapped
    assert "人民币壹万贰仟叁佰肆拾伍元陆角整" in flat
    for bad in ((100, 60), (600, 148)):
        with pytest.raises(ValueError):
            ReceiptLayout(bad)
    with pytest.raises(ValueError):
        ReceiptLayout((241, 93.1), two_per_page=True)


def test_every_font_is_embedded_and_never_stsong(tmp_path):
    path = tmp_path / "r.pdf"
    write_receipts([DOC, replace(DOC, copy=True, voided=True)], path,
                   ReceiptLayout(two_per_page=True))
    assert_fonts_embedded(path)
    assert "STSong" not in path.read_bytes().decode("latin-1")


def test_progress_and_a_cancelled_batch_leaves_no_file(tmp_path):
    seen: list[tuple[int, int]] = []
    path = tmp_path / "day.pdf"
    assert write_receipts(many(4), path, progress=lambda d, t: seen.append((d, t))) == 4
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    path.write_bytes(b"yesterday's batch")
    calls = iter(range(100))
    assert write_receipts(many(10), path, cancelled=lambda: next(calls) >= 3) == 0
    assert path.read_bytes() == b"yesterday's batch"          # untouched
    other = tmp_path / "new.pdf"
    assert write_receipts(many(10), other, cancelled=lambda: True) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.pdf"]   # no .part left either


def test_a_failing_batch_leaves_no_file(tmp_path):
    def boom(done: int, _total: int) -> None:
        if done == 2:
            raise RuntimeError("printer gone")

    with pytest.raises(RuntimeError):
        write_receipts(many(3), tmp_path / "x.pdf", progress=boom)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        write_receipts([], tmp_path / "x.pdf")


def test_to_a_file_object_and_a_str_path(tmp_path):
    buffer = io.BytesIO()
    assert write_receipts([DOC], buffer) == 1
    assert buffer.getvalue().startswith(b"%PDF")
    untouched = io.BytesIO()
    assert write_receipts([DOC], untouched, cancelled=lambda: True) == 0
    assert untouched.getvalue() == b""
    write_receipts([DOC], str(tmp_path / "s.pdf"))
    assert "SJ-0000123" in pdf_text(tmp_path / "s.pdf")


def test_rendering_is_fast(tmp_path):
    """A loose guard (the benchmark measures): 200 receipts well under what 1,000 may take."""
    write_receipts([DOC], tmp_path / "warm.pdf")
    start = time.perf_counter()
    write_receipts(many(200), tmp_path / "b.pdf")
    assert time.perf_counter() - start < 6


# --- 催款函 --------------------------------------------------------------------------------

LETTER = ReminderLetter(
    project_name="锦绣华府", developer="北京锦绣置业有限公司", buyer_names=("张伟", "李娜"),
    unit_code="1-2-1502", contract_number="HT-2025-0456", letter_date=dt.date(2026, 6, 1),
    pay_by=dt.date(2026, 6, 8),
    lines=(OverdueLine("首付款", dt.date(2026, 4, 17), D("730000.00"), D("700000.00"), 45),
           OverdueLine("房款", dt.date(2026, 5, 20), D("1000.05"), D("1000.05"), 12)),
    contact="锦绣华府财务部　王芳　电话：010-88886666")


def test_reminder_lists_the_overdue_lines_and_the_total_in_both_forms(tmp_path):
    path = tmp_path / "催款函.pdf"
    write_reminder(LETTER, path)
    assert pages(path) == 1
    text = pdf_text(path)
    flat = compact(text)
    for expected in ("催款函", "尊敬的张伟、李娜：", "1-2-1502", "HT-2025-0456", "2026年6月1日",
                     "锦绣华府财务部王芳电话：010-88886666", "出卖人：北京锦绣置业有限公司（盖章）",
                     "买受人（签收）", "2026年6月8日前（含当日）付清"):
        assert expected in flat, expected
    assert re.search(r"首付款\s+2026年4月17日\s+¥730,000\.00\s+¥700,000\.00\s+45 天", text)
    assert re.search(r"房款\s+2026年5月20日\s+¥1,000\.05\s+¥1,000\.05\s+12 天", text)
    assert "¥701,000.05大写：人民币柒拾万零壹仟元零伍分" in flat
    assert LETTER.total == D("701000.05")
    assert not re.search(r"^\s*[，。、：；）]", text, re.M), text     # no line starts with ，
    assert_fonts_embedded(path)


def test_reminder_from_a_ledger_takes_only_lines_due_and_unpaid():
    def line(kind: str, due: dt.date, amount: str, paid: str) -> SimpleNamespace:
        return SimpleNamespace(kind=kind, due_date=due, amount=D(amount), paid=D(paid),
                               outstanding=D(amount) - D(paid))

    today = dt.date(2026, 6, 1)
    ledger = SimpleNamespace(unit_code="1-2-1502", customer_name="张伟", lines=(
        line("deposit", dt.date(2026, 3, 1), "50000.00", "50000.00"),       # paid
        line("down_payment", dt.date(2026, 4, 17), "730000.00", "30000.00"),
        line("instalment", today, "100.00", "0.00"),                         # due today
        line("commercial_loan", dt.date(2026, 5, 1), "1200000.00", "0.00")))
    letter = ReminderLetter.from_ledger(
        ledger, project_name="锦绣华府", developer="", contract_number="HT-1",
        contact="财务部", today=today)
    assert [(x.kind_label, x.outstanding, x.days_overdue) for x in letter.lines] == [
        ("首付款", D("700000.00"), 45), ("按揭放款（商业贷款）", D("1200000.00"), 31)]
    assert (letter.buyer_names, letter.pay_by, letter.total) == (
        ("张伟",), dt.date(2026, 6, 8), D("1900000.00"))
    with pytest.raises(NothingOverdue):
        ReminderLetter.from_ledger(ledger, project_name="锦绣华府", developer="",
                                   contract_number="HT-1", contact="", today=dt.date(2026, 3, 2))
    with pytest.raises(ValueError):
        replace(LETTER, pay_by=dt.date(2026, 5, 1))
