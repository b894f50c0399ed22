"""Printing receipts and reminders against PostgreSQL: the first print of a receipt is the
original and every later one a copy (counted by the database before drawing), a day's batch
with a voided receipt, and the 催款函 of a deal with an overdue down payment."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa

from app.exports.receipt_pdf import ReceiptLayout
from app.services import finance, receipt_printing
from app.services.finance import PaymentInput
from tests.exports.test_deal_pdf import assert_fonts_embedded, compact, pdf_text
from tests.helpers.deals import TODAY, refusal
from tests.services.test_finance import desk  # noqa: F401 — the fixture

D = Decimal


def _pay(engines, deal, kind, amount, line=None, method="transfer", reference="网银流水"):
    return finance.record_payment(engines("finance"), PaymentInput(
        deal, kind, D(amount), method, TODAY, line, reference))


def page_texts(path: Path) -> list[str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    n = int(next(line for line in out.stdout.splitlines() if line.startswith("Pages:"))
            .split()[1])
    return [compact(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(path), "-"],
                                   capture_output=True, text=True, check=True).stdout)
            for i in range(1, n + 1)]


def test_the_first_print_is_the_original_and_later_ones_copies(engines, desk, tmp_path):  # noqa: F811
    _, units, _, _, deal, _, _ = desk
    fin = engines("finance")
    receipt = _pay(engines, deal, "deposit", "50000.00", line=1)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert receipt_printing.print_receipt(fin, receipt, first) is False
    assert receipt_printing.print_receipt(fin, receipt, second) is True
    original, copy = compact(pdf_text(first)), compact(pdf_text(second))
    for text in (original, copy):
        for expected in ("SJ-0000001", "张三", units[0].code, "定金", "转账", "网银流水",
                         "¥50,000.00", "人民币伍万元整", "收款人：财务测试"):
            assert expected in text, expected
    assert "副本" not in original and "副本COPY" in copy
    assert finance.receipt(fin, receipt).print_count == 2
    assert_fonts_embedded(first)


def test_only_issued_receipts_print_and_only_finance_counts_prints(engines, desk, tmp_path):  # noqa: F811
    _, _, _, _, deal, _, _ = desk
    assert refusal(lambda: receipt_printing.print_receipt(
        engines("finance"), 999_999, tmp_path / "x.pdf")) == "receipt_not_found"
    receipt = _pay(engines, deal, "deposit", "50000.00", line=1)
    assert refusal(lambda: receipt_printing.print_receipt(
        engines("sales1"), receipt, tmp_path / "x.pdf")) == "permission"
    assert list(tmp_path.iterdir()) == []


def test_a_days_batch_marks_copies_and_voided_receipts(engines, desk, tmp_path):  # noqa: F811
    project, _, _, _, deal, _, _ = desk
    fin = engines("finance")
    printed = _pay(engines, deal, "deposit", "50000.00", line=1)
    spoiled = _pay(engines, deal, "down_payment", "1001.10", line=2, method="card")
    fresh = _pay(engines, deal, "down_payment", "1000.05", line=2, method="cash", reference="")
    receipt_printing.print_receipt(fin, printed, tmp_path / "handed_over.pdf")
    finance.void_receipt(fin, spoiled, "金额开错")
    seen: list[tuple[int, int]] = []
    path = tmp_path / "day.pdf"
    assert receipt_printing.print_day(fin, project.id, TODAY, path,
                                      progress=lambda d, t: seen.append((d, t))) == 3
    assert seen == [(n, 6) for n in range(1, 7)]
    first, second, third = page_texts(path)
    assert "SJ-0000001" in first and "副本COPY" in first and "作废" not in first
    assert "SJ-0000002" in second and "作废原因：金额开错" in second and "副本" not in second
    assert "人民币壹仟零壹元壹角整" in second
    assert "SJ-0000003" in third and "副本" not in third and "作废" not in third
    assert "¥1,000.05" in third and "人民币壹仟元零伍分" in third and "现金" in third
    # every print counted: the same day again is all copies, two to a sheet
    again = tmp_path / "again.pdf"
    assert receipt_printing.print_day(fin, project.id, TODAY, again,
                                      ReceiptLayout(two_per_page=True)) == 2
    sheets = page_texts(again)
    assert [s.count("副本COPY") for s in sheets] == [2, 1]    # the mark on each copy
    assert [finance.receipt(fin, r).print_count for r in (printed, spoiled, fresh)] == [3, 2, 2]


def test_an_empty_or_cancelled_day_writes_no_file(engines, desk, tmp_path):  # noqa: F811
    project, _, _, _, deal, _, _ = desk
    fin = engines("finance")
    assert receipt_printing.print_day(fin, project.id, TODAY, tmp_path / "a.pdf") == 0
    _pay(engines, deal, "deposit", "50000.00", line=1)
    assert receipt_printing.print_day(fin, project.id, TODAY - dt.timedelta(days=1),
                                      tmp_path / "b.pdf") == 0
    assert receipt_printing.print_day(fin, project.id, TODAY, tmp_path / "c.pdf",
                                      cancelled=lambda: True) == 0
    assert list(tmp_path.iterdir()) == []


def test_the_reminder_letter_holds_the_overdue_amount_in_both_forms(engines, desk, tmp_path):  # noqa: F811
    _, units, _, superuser, deal, _, _ = desk
    fin = engines("finance")
    _pay(engines, deal, "deposit", "50000.00", line=1)
    assert receipt_printing.write_reminder_letter(fin, deal, tmp_path / "none.pdf") is None
    assert not (tmp_path / "none.pdf").exists()              # nothing overdue: no letter
    with superuser.begin() as conn:     # the down payment fell due 45 days ago
        conn.execute(sa.text("UPDATE estatedesk.payment_schedule SET due_date = current_date - 45 "
                             "WHERE deal_id = :d AND line_no = 2"), {"d": deal})
        conn.execute(sa.text("UPDATE estatedesk.projects SET developer = '北京锦绣置业有限公司', "
                             "address = '北京市朝阳区锦绣路1号' WHERE id = :p"), {"p": desk[0].id})
    _pay(engines, deal, "down_payment", "29999.95", line=2)
    path = tmp_path / "催款函.pdf"
    letter = receipt_printing.write_reminder_letter(fin, deal, path,
                                                    contact_phone="010-88886666")
    assert letter is not None and letter.total == D("700000.05")
    text = pdf_text(path)
    assert not re.search(r"^\s*[，。、：；）]", text, re.M), text
    flat = compact(text)
    for expected in ("催款函", "尊敬的张三：", units[0].code, "HT-1", "首付款",
                     "¥730,000.00", "¥700,000.05", "45天",
                     "¥700,000.05大写：人民币柒拾万元零伍分",
                     f"{(TODAY + dt.timedelta(days=7)).day}日前（含当日）付清",
                     "财务部财务测试电话：010-88886666地址：北京市朝阳区锦绣路1号",
                     "出卖人：北京锦绣置业有限公司（盖章）"):
        assert expected in flat, expected
    assert "按揭放款" not in flat          # the loan is not due yet
    assert_fonts_embedded(path)
    assert refusal(lambda: receipt_printing.write_reminder_letter(
        fin, 999_999, tmp_path / "x.pdf")) == "deal_not_found"
