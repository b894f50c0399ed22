"""The deal's printed papers: the subscription form (商品房认购书) the buyer signs with the
deposit, and the area settlement notice (面积补差通知书) after the official survey.

Pure functions over frozen dataclasses: the services fill them from the database and the UI
passes translated texts in, so these papers print the same figures the screens show. Money
is Decimal throughout, printed by format_yuan and to_capital; a breakdown that does not add
up to the fen is refused rather than printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.domain.settlement import THRESHOLD, Settlement
from app.exports.pdf_layout import (
    WIDTH,
    Target,
    area,
    build,
    capital,
    check_options,
    cn_date,
    gap,
    grid_table,
    heading,
    kv_table,
    numbered,
    p,
    signature_block,
    signed_area,
    styles,
    yuan,
)

FEN = Decimal("0.01")
DASH = "—"


@dataclass(frozen=True)
class Buyer:
    name: str
    id_number: str        # printed as given: masked (1101**********1234) or in full
    phone: str


@dataclass(frozen=True)
class DiscountLine:
    name: str             # 一次性付款97折, 开盘优惠…
    amount_off: Decimal
    total_after: Decimal


@dataclass(frozen=True)
class SubscriptionForm:
    project_name: str
    developer: str
    deal_number: str
    subscription_date: dt.date
    unit_code: str                    # 1-2-1502
    building: str
    layout: str
    gross_area: Decimal
    inner_area: Decimal
    pricing_basis: str                # 按建筑面积计价…
    basis_area: Decimal | None        # the area unit prices are per; None when priced 按套
    list_unit_price: Decimal
    list_total: Decimal
    discounts: tuple[DiscountLine, ...]
    deal_total: Decimal
    deal_unit_price: Decimal
    deposit: Decimal
    payment_method: str               # already a Chinese label: 一次性付款, 商业贷款…
    sign_deadline: dt.date
    buyers: tuple[Buyer, ...]
    salesperson: str

    def __post_init__(self) -> None:
        if not self.buyers:
            raise ValueError("a subscription form needs at least one buyer")
        price = self.list_total
        for line in self.discounts:
            if price - line.amount_off != line.total_after:
                raise ValueError(f"discount {line.name}: {price} - {line.amount_off} "
                                 f"is not {line.total_after}")
            price = line.total_after
        if price != self.deal_total:
            raise ValueError(f"the discounts end at {price}, not at the deal total "
                             f"{self.deal_total}")


@dataclass(frozen=True)
class SettlementNotice:
    project_name: str
    developer: str
    unit_code: str
    buyer_names: tuple[str, ...]
    contract_number: str
    notice_date: dt.date
    settlement: Settlement            # settle(contract area, measured area, unit price)
    explanation: tuple[str, ...]      # settlement.explanation, translated, line for line

    def __post_init__(self) -> None:
        if len(self.explanation) != len(self.settlement.explanation):
            raise ValueError("the notice needs the settlement's explanation line for line")

    @property
    def contract_area(self) -> Decimal:
        return self.settlement.contract_area

    @property
    def measured_area(self) -> Decimal:
        return self.settlement.measured_area

    @property
    def contract_unit_price(self) -> Decimal:
        return self.settlement.contract_unit_price


# --- 商品房认购书 ----------------------------------------------------------------------

def _price_table(form: SubscriptionForm) -> Flowable:
    """List total → each discount → deal total, with the unit price after each step (total ÷
    basis area, half-up, as apply_discounts() computes the deal's); no unit price column when
    the unit is priced as a whole (按套)."""
    basis = form.basis_area

    def row(name: str, off: str, total: Decimal, unit_price: Decimal | None = None) -> list[str]:
        if basis is None:
            return [name, off, yuan(total)]
        if unit_price is None:
            unit_price = (total / basis).quantize(FEN, rounding=ROUND_HALF_UP)
        return [name, off, yuan(total), yuan(unit_price)]

    rows = [row("表价", DASH, form.list_total, form.list_unit_price)]
    rows += [row(line.name, yuan(-line.amount_off), line.total_after) for line in form.discounts]
    rows.append(row("成交价", yuan(form.deal_total - form.list_total), form.deal_total,
                    form.deal_unit_price))
    header = ["项目", "优惠（元）", "总价（元）"] + ([] if basis is None else ["单价（元/㎡）"])
    money = 38 * mm
    widths = [WIDTH - (len(header) - 1) * money] + [money] * (len(header) - 1)
    return grid_table(header, rows, widths, numeric=(1, 2, 3), bold_rows=(len(rows) - 1,))


def _subscription_story(form: SubscriptionForm) -> list[Flowable]:
    s = styles()
    deadline = cn_date(form.sign_deadline)
    buyers = [[b.name, b.id_number, b.phone] for b in form.buyers]
    return [
        p("商品房认购书", s.title),
        p(f"编号：{form.deal_number}　　认购日期：{cn_date(form.subscription_date)}", s.subtitle),
        heading("一、当事人"),
        kv_table([("出卖人", form.developer), ("项目", form.project_name)]),
        gap(1.5),
        grid_table(("买受人", "证件号码", "联系电话"), buyers, (WIDTH * 0.3, WIDTH * 0.4,
                                                           WIDTH * 0.3)),
        gap(1.5),
        kv_table([("置业顾问", form.salesperson)], columns=1),
        heading("二、认购房屋"),
        kv_table([("房号", form.unit_code), ("楼栋", form.building),
                  ("户型", form.layout), ("计价方式", form.pricing_basis),
                  ("建筑面积", area(form.gross_area)), ("套内面积", area(form.inner_area))]),
        heading("三、房屋价格"),
        _price_table(form),
        gap(1.5),
        kv_table([("成交总价", f"{yuan(form.deal_total)}　大写：{capital(form.deal_total)}")],
                 columns=1),
        heading("四、定金与签约"),
        kv_table([("定金", f"{yuan(form.deposit)}　大写：{capital(form.deposit)}"),
                  ("付款方式", form.payment_method),
                  ("签约期限", f"{deadline}前（含当日）签订《商品房买卖合同》")], columns=1),
        KeepTogether([
            heading("五、约定条款"),
            *numbered([
                "买受人签订本认购书时交付定金；签订《商品房买卖合同》时，定金转为购房款。",
                f"买受人应于{deadline}前（含当日）签订《商品房买卖合同》。逾期未签的，"
                "出卖人有权将该房屋另行出售，定金按双方约定处理。",
                "本认购书约定的成交价格即行锁定，签订《商品房买卖合同》时按此价格签约，"
                "不因出卖人调整价格而变动。",
            ]),
            gap(8),
            signature_block(("买受人（签字）：", "置业顾问（签字）：", "出卖人（盖章）：")),
        ]),
    ]


def write_subscription_form(form: SubscriptionForm, path_or_filelike: Target) -> None:
    """The 认购书 as a one-page A4 PDF, to a path or a binary file object."""
    build(path_or_filelike, f"商品房认购书 {form.unit_code}", form.developer,
          _subscription_story(form))


# --- 面积补差通知书 --------------------------------------------------------------------

def _percent(s: Settlement) -> str:
    """The error ratio with its sign, to 0.01% as the explanation prints it; to 0.0001% when
    0.01% would print a ratio beyond ±3% as ±3.00%."""
    percent = s.error_ratio * 100
    shown = percent.quantize(FEN, rounding=ROUND_HALF_UP)
    if s.buyer_may_cancel and abs(shown) == THRESHOLD * 100:
        shown = percent.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    return f"{shown:+}%"


def _amount_rows(s: Settlement) -> list[list[str]]:
    rows = [["买受人应补交", yuan(s.buyer_pays), capital(s.buyer_pays)],
            ["出卖人应返还（含双倍返还部分）", yuan(s.developer_refunds), capital(s.developer_refunds)]]
    if s.double_refund_part:
        rows.append(["其中：超出−3%部分双倍返还", yuan(s.double_refund_part),
                     capital(s.double_refund_part)])
    rows.append(["出卖人承担（超出+3%部分）", yuan(s.developer_bears),
                 capital(s.developer_bears)])
    return rows


def _cancel_text(s: Settlement) -> list[Flowable]:
    if not s.buyer_may_cancel:
        return [p("面积误差在±3%以内（含±3%），按上述金额据实结算，买受人不享有因面积误差退房的权利。")]
    return [
        p("面积误差超出±3%，买受人有权退房：出卖人退还买受人已付全部房款，并按合同约定支付利息。"
          "买受人不退房的，按上述金额结算。请买受人选择并签字："),
        gap(1.5),
        check_options(("继续履行合同，按本通知结算", "退房，解除《商品房买卖合同》")),
    ]


def _settlement_story(notice: SettlementNotice) -> list[Flowable]:
    s = styles()
    st = notice.settlement
    buyers = "、".join(notice.buyer_names)
    return [
        p("面积补差通知书", s.title),
        p(f"合同编号：{notice.contract_number}　　通知日期：{cn_date(notice.notice_date)}",
          s.subtitle),
        p(f"致买受人 {buyers}："),
        gap(1),
        p(f"您购买的{notice.project_name} {notice.unit_code} 号房屋已完成面积实测。根据《商品房买卖合同》"
          "有关面积差异处理的约定，现将面积补差结果通知如下。"),
        heading("一、面积"),
        kv_table([("房号", notice.unit_code), ("合同编号", notice.contract_number),
                  ("合同面积", area(st.contract_area)), ("实测面积", area(st.measured_area)),
                  ("面积差", signed_area(st.difference_area)), ("误差比", _percent(st)),
                  ("合同单价", f"{yuan(st.contract_unit_price)}/㎡"),
                  ("超出±3%", "是" if st.buyer_may_cancel else "否")],
                 label_width=22 * mm),
        heading("二、补差金额"),
        grid_table(("项目", "金额（元）", "大写"), _amount_rows(st),
                   (WIDTH * 0.36, WIDTH * 0.2, WIDTH * 0.44), numeric=(1,)),
        heading("三、计算说明"),
        *numbered(notice.explanation),
        KeepTogether([
            heading("四、退房权利"),
            *_cancel_text(st),
            gap(8),
            signature_block(("出卖人（盖章）：", "买受人（签字确认）：")),
        ]),
    ]


def write_settlement_notice(notice: SettlementNotice, path_or_filelike: Target) -> None:
    """The 面积补差通知书 as a one-page A4 PDF, to a path or a binary file object."""
    build(path_or_filelike, f"面积补差通知书 {notice.unit_code}", notice.developer,
          _settlement_story(notice))
