"""The deal PDFs (认购书, 面积补差通知书): written to disk, read back with poppler's pdftotext and
pdffonts, so the tests see what a printer would print: the parties, the unit, every amount in
figures and in capitals, the deadline, and Chinese in an embedded font (never STSong, which
is not embedded and prints as boxes on machines without it). No database."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.settlement import Settlement, settle
from app.exports.deal_pdf import (
    Buyer,
    DiscountLine,
    SettlementNotice,
    SubscriptionForm,
    write_settlement_notice,
    write_subscription_form,
)

D = Decimal
TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "estatedesk_zh_CN.ts"

FORM = SubscriptionForm(
    project_name="锦绣华府",
    developer="北京锦绣置业有限公司",
    deal_number="RG-2025-000123",
    subscription_date=dt.date(2025, 3, 15),
    unit_code="1-2-1502",
    building="1号楼",
    layout="三室两厅两卫",
    gross_area=D("128.56"),
    inner_area=D("104.37"),
    pricing_basis="按建筑面积计价",
    basis_area=D("128.56"),
    list_unit_price=D("28500.00"),
    list_total=D("3663960.00"),
    discounts=(DiscountLine("一次性付款97折", D("109918.80"), D("3554041.20")),
               DiscountLine("开盘优惠99折", D("35540.41"), D("3518500.79")),
               DiscountLine("老带新立减", D("10000.00"), D("3508500.79"))),
    deal_total=D("3508500.79"),
    deal_unit_price=D("27290.75"),
    deposit=D("50000.00"),
    payment_method="商业贷款",
    sign_deadline=dt.date(2025, 3, 22),
    buyers=(Buyer("张伟", "110101********1234", "138****5678"),
            Buyer("李娜", "110105199001011234", "13912345678")),
    salesperson="王芳",
)


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                            text=True, check=True)
    return result.stdout


def compact(text: str) -> str:
    """Without white space, so a cell that wraps still matches."""
    return re.sub(r"\s+", "", text)


def fonts(path: Path) -> list[list[str]]:
    """pdffonts' rows split in columns (name type encoding emb sub uni object ID)."""
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert lines[1].startswith("---"), result.stdout
    return [line.split() for line in lines[2:]]


def assert_fonts_embedded(path: Path) -> None:
    rows = fonts(path)
    assert rows, "no fonts in the PDF"
    for row in rows:
        # emb, sub, uni are the 5th to 3rd columns from the end: ... emb sub uni objnum gen
        emb = row[-5]
        assert emb == "yes", f"font not embedded: {row}"
        assert "STSong" not in row[0]
    assert any("WenQuanYi" in row[0] for row in rows), rows


def translated(settlement: Settlement) -> tuple[str, ...]:
    """The explanation lines in Chinese, as the UI would translate them (from the .ts)."""
    root = ET.parse(TS_FILE).getroot()
    chinese = {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}
    return tuple(chinese[e.template].format(**e.params) for e in settlement.explanation)


def notice_for(settlement: Settlement) -> SettlementNotice:
    return SettlementNotice(
        project_name="锦绣华府", developer="北京锦绣置业有限公司", unit_code="1-2-1502",
        buyer_names=("张伟", "李娜"), contract_number="HT-2025-0456",
        notice_date=dt.date(2026, 6, 1), settlement=settlement,
        explanation=translated(settlement))


# --- 认购书 ------------------------------------------------------------------------------

def test_subscription_form_prints_parties_unit_and_deadline(tmp_path):
    path = tmp_path / "认购书.pdf"
    write_subscription_form(FORM, path)
    flat = compact(pdf_text(path))
    assert "商品房认购书" in flat
    for expected in ("锦绣华府", "北京锦绣置业有限公司", "RG-2025-000123", "2025年3月15日",
                     "1-2-1502", "1号楼", "三室两厅两卫", "128.56㎡", "104.37㎡", "按建筑面积计价",
                     "张伟", "110101********1234", "138****5678",
                     "李娜", "110105199001011234", "13912345678", "王芳", "商业贷款"):
        assert expected in flat, expected
    assert "2025年3月22日前（含当日）签订《商品房买卖合同》" in flat
    assert "逾期未签的，出卖人有权将该房屋另行出售，定金按双方约定处理" in flat
    assert "定金转为购房款" in flat
    assert "成交价格即行锁定" in flat
    for party in ("买受人（签字）", "置业顾问（签字）", "出卖人（盖章）"):
        assert party in flat


def test_subscription_form_price_breakdown_row_by_row(tmp_path):
    path = tmp_path / "form.pdf"
    write_subscription_form(FORM, path)
    text = pdf_text(path)
    rows = [
        r"表价\s+—\s+¥3,663,960\.00\s+¥28,500\.00",
        r"一次性付款97折\s+-¥109,918\.80\s+¥3,554,041\.20\s+¥27,645\.00",
        r"开盘优惠99折\s+-¥35,540\.41\s+¥3,518,500\.79\s+¥27,368\.55",
        r"老带新立减\s+-¥10,000\.00\s+¥3,508,500\.79\s+¥27,290\.77",
        r"成交价\s+-¥155,459\.21\s+¥3,508,500\.79\s+¥27,290\.75",
    ]
    for row in rows:
        assert re.search(row, text), row
    flat = compact(text)
    assert "¥3,508,500.79大写：人民币叁佰伍拾万零捌仟伍佰元柒角玖分" in flat
    assert "定金¥50,000.00大写：人民币伍万元整" in flat


def test_subscription_form_font_is_embedded(tmp_path):
    path = tmp_path / "form.pdf"
    write_subscription_form(FORM, path)
    assert_fonts_embedded(path)
    assert "STSong" not in path.read_bytes().decode("latin-1")


def test_subscription_form_to_a_file_object_and_a_str_path(tmp_path):
    buffer = io.BytesIO()
    write_subscription_form(FORM, buffer)
    from_buffer = tmp_path / "from_buffer.pdf"
    from_buffer.write_bytes(buffer.getvalue())
    as_str = tmp_path / "as_str.pdf"
    write_subscription_form(FORM, str(as_str))
    for path in (from_buffer, as_str):
        assert path.read_bytes().startswith(b"%PDF")
        assert "1-2-1502" in pdf_text(path)


def test_subscription_form_prints_markup_characters_as_typed(tmp_path):
    form = replace(FORM, buyers=(Buyer("Smith & <Jones>", "E12345678", "+852 9123 4567"),))
    path = tmp_path / "form.pdf"
    write_subscription_form(form, path)
    assert "Smith & <Jones>" in pdf_text(path)


def test_whole_unit_pricing_has_no_unit_price_column(tmp_path):
    total = D("3000000.00")
    form = replace(FORM, pricing_basis="按套计价", basis_area=None, list_unit_price=total,
                   list_total=total, discounts=(DiscountLine("开盘优惠", D("1.23"),
                                                             D("2999998.77")),),
                   deal_total=D("2999998.77"), deal_unit_price=D("2999998.77"))
    path = tmp_path / "form.pdf"
    write_subscription_form(form, path)
    text = pdf_text(path)
    assert "单价（元/㎡）" not in text
    assert re.search(r"开盘优惠\s+-¥1\.23\s+¥2,999,998\.77\s*\n", text)


def test_a_breakdown_that_does_not_add_up_is_refused():
    with pytest.raises(ValueError, match="开盘优惠99折"):
        replace(FORM, discounts=(FORM.discounts[0],
                                 DiscountLine("开盘优惠99折", D("35540.41"), D("3518500.80")),
                                 FORM.discounts[2]))
    with pytest.raises(ValueError, match="deal total"):
        replace(FORM, deal_total=D("3508500.78"))
    with pytest.raises(ValueError, match="buyer"):
        replace(FORM, buyers=())


# --- 面积补差通知书 ----------------------------------------------------------------------

def test_notice_five_percent_smaller_refunds_the_double_part(tmp_path):
    s = settle(D("100.00"), D("95.00"), D("16535.00"))
    assert (s.developer_refunds, s.double_refund_part) == (D("115745.00"), D("66140.00"))
    path = tmp_path / "补差.pdf"
    write_settlement_notice(notice_for(s), path)
    text = pdf_text(path)
    flat = compact(text)
    assert "面积补差通知书" in flat
    for expected in ("锦绣华府", "1-2-1502", "张伟、李娜", "HT-2025-0456", "2026年6月1日",
                     "合同面积100.00㎡", "实测面积95.00㎡", "面积差-5.00㎡", "误差比-5.00%",
                     "合同单价¥16,535.00/㎡", "超出±3%是"):
        assert expected in flat, expected
    assert re.search(r"出卖人应返还（含双倍返还部分）\s+¥115,745\.00\s+人民币壹拾壹万伍仟柒佰肆拾伍元整",
                     text)
    assert re.search(r"双倍返还\s+¥66,140\.00\s+人民币陆万陆仟壹佰肆拾元整", text)
    assert re.search(r"买受人应补交\s+¥0\.00\s+人民币零元整", text)
    assert "超出−3%的2.00㎡由出卖人双倍返还：66140.00元。" in flat
    for line in translated(s):
        assert compact(line) in flat, line
    assert "买受人有权退房" in flat
    assert "退房，解除《商品房买卖合同》" in flat
    assert_fonts_embedded(path)


def test_notice_four_and_a_half_percent_larger_developer_bears(tmp_path):
    s = settle(D("100.00"), D("104.50"), D("16535.00"))
    assert (s.buyer_pays, s.developer_bears) == (D("49605.00"), D("24802.50"))
    path = tmp_path / "补差.pdf"
    write_settlement_notice(notice_for(s), path)
    text = pdf_text(path)
    flat = compact(text)
    assert "面积差+4.50㎡" in flat and "误差比+4.50%" in flat
    assert re.search(r"买受人应补交\s+¥49,605\.00\s+人民币肆万玖仟陆佰零伍元整", text)
    assert re.search(r"出卖人承担（超出\+3%部分）\s+¥24,802\.50\s+人民币贰万肆仟捌佰零贰元伍角整",
                     text)
    assert "双倍返还" not in flat.replace("出卖人应返还（含双倍返还部分）", "")
    assert "超出3%的1.50㎡由出卖人承担：24802.50元，产权归买受人。" in flat
    assert "买受人有权退房" in flat
    assert_fonts_embedded(path)


def test_notice_within_three_percent_offers_no_cancellation(tmp_path):
    s = settle(D("89.56"), D("89.57"), D("16535.00"))
    path = tmp_path / "补差.pdf"
    write_settlement_notice(notice_for(s), path)
    flat = compact(pdf_text(path))
    assert "误差比+0.01%" in flat and "超出±3%否" in flat
    assert "买受人应补交¥165.35人民币壹佰陆拾伍元叁角伍分" in flat
    assert "买受人不享有因面积误差退房的权利" in flat
    assert "解除《商品房买卖合同》" not in flat


def test_notice_just_beyond_three_percent_does_not_print_three_percent(tmp_path):
    """+3.004% is beyond the line: the table must not read "+3.00%" next to "超出±3% 是"."""
    s = settle(D("10000.00"), D("10300.40"), D("10000.00"))
    assert s.buyer_may_cancel and s.error_ratio == D("0.030040")
    path = tmp_path / "补差.pdf"
    write_settlement_notice(notice_for(s), path)
    flat = compact(pdf_text(path))
    assert "误差比+3.0040%" in flat and "超出±3%是" in flat


def test_notice_needs_the_explanation_line_for_line():
    s = settle(D("100.00"), D("95.00"), D("16535.00"))
    with pytest.raises(ValueError, match="line for line"):
        replace(notice_for(s), explanation=translated(s)[:-1])
