"""催款函: the letter that reminds a buyer of overdue payments on their contract. One A4 page
in the look of the other deal papers (pdf_layout): the buyer, the unit and the contract, a
table of the overdue schedule lines (kind, due date, amount due, still unpaid, days
overdue), the total in figures and in capitals, a polite date to pay by, whom to call in
finance, and the seller's stamp over a slip the buyer signs on receipt.

Pure: the service fills a ReminderLetter from the deal's ledger (ReminderLetter.from_ledger)
or a caller builds one from plain values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.exports.pdf_layout import (
    WIDTH,
    Target,
    build,
    capital,
    cn_date,
    gap,
    grid_table,
    kv_table,
    p,
    signature_block,
    styles,
    yuan,
)

ZERO = Decimal("0.00")
LINE_LABELS = {"deposit": "定金", "down_payment": "首付款", "instalment": "房款",
               "commercial_loan": "按揭放款（商业贷款）",
               "provident_loan": "按揭放款（公积金贷款）"}


class NothingOverdue(ValueError):
    """from_ledger found no line due and unpaid: there is nothing to remind of."""


class ScheduleLineFacts(Protocol):
    """A schedule line as app.db.queries.finance.LineRow has it."""

    kind: str
    due_date: dt.date
    amount: Decimal

    @property
    def outstanding(self) -> Decimal: ...


class LedgerFacts(Protocol):
    """What from_ledger reads of app.db.queries.finance.DealLedger."""

    unit_code: str
    customer_name: str

    @property
    def lines(self) -> Iterable[ScheduleLineFacts]: ...


@dataclass(frozen=True)
class OverdueLine:
    kind_label: str           # 首付款, 房款… (Chinese)
    due_date: dt.date
    amount: Decimal           # as the schedule has it
    outstanding: Decimal      # still unpaid
    days_overdue: int


@dataclass(frozen=True)
class ReminderLetter:
    project_name: str
    developer: str            # the seller who signs (出卖人); may be "" (the project signs)
    buyer_names: tuple[str, ...]
    unit_code: str
    contract_number: str
    letter_date: dt.date
    pay_by: dt.date
    lines: tuple[OverdueLine, ...]
    contact: str              # the finance contact line: 财务部 王五　电话 …　地址 …

    def __post_init__(self) -> None:
        if not self.lines:
            raise ValueError("a reminder needs at least one overdue line")
        if not self.buyer_names:
            raise ValueError("a reminder is addressed to at least one buyer")
        if any(line.outstanding <= 0 for line in self.lines):
            raise ValueError("an overdue line has something left to pay")
        if self.pay_by < self.letter_date:
            raise ValueError("the date to pay by lies before the letter")

    @property
    def total(self) -> Decimal:
        return sum((line.outstanding for line in self.lines), ZERO)

    @classmethod
    def from_ledger(cls, ledger: LedgerFacts, *, project_name: str, developer: str,
                    contract_number: str, contact: str, today: dt.date,
                    buyer_names: tuple[str, ...] = (), pay_within_days: int = 7,
                    ) -> ReminderLetter:
        """The lines of the ledger due before `today` and not paid in full; the letter
        asks for payment within `pay_within_days`. Raises NothingOverdue when none is."""
        lines = tuple(
            OverdueLine(LINE_LABELS.get(line.kind, line.kind), line.due_date, line.amount,
                        line.outstanding, (today - line.due_date).days)
            for line in ledger.lines if line.due_date < today and line.outstanding > 0)
        if not lines:
            raise NothingOverdue(f"nothing is overdue on {ledger.unit_code} on {today}")
        return cls(project_name=project_name, developer=developer,
                   buyer_names=buyer_names or (ledger.customer_name,),
                   unit_code=ledger.unit_code, contract_number=contract_number,
                   letter_date=today, pay_by=today + dt.timedelta(days=pay_within_days),
                   lines=lines, contact=contact)


def _table(letter: ReminderLetter) -> Flowable:
    rows = [[line.kind_label, cn_date(line.due_date), yuan(line.amount), yuan(line.outstanding),
             f"{line.days_overdue} 天"] for line in letter.lines]
    rows.append(["合计", "", "", yuan(letter.total), ""])
    widths = [WIDTH * f for f in (0.27, 0.19, 0.19, 0.19, 0.16)]
    return grid_table(("款项", "应付日期", "应付金额（元）", "未付金额（元）", "逾期天数"), rows,
                      widths, numeric=(2, 3, 4), bold_rows=(len(rows) - 1,))


def _story(letter: ReminderLetter) -> list[Flowable]:
    s = styles()
    buyers = "、".join(letter.buyer_names)
    seller = letter.developer or letter.project_name
    pay_by = cn_date(letter.pay_by)
    return [
        p("催 款 函", s.title),
        p(f"合同编号：{letter.contract_number}　　日期：{cn_date(letter.letter_date)}", s.subtitle),
        p(f"尊敬的{buyers}："),
        gap(1.5),
        # "（编号：HT-1）约定": an ASCII number right before "），" makes reportlab start
        # the next line with "，", so the number is never followed by two closing marks
        p(f"感谢您对{letter.project_name}的信任与支持。您购买的{letter.project_name} "
          f"{letter.unit_code} 号房屋，按《商品房买卖合同》（编号：{letter.contract_number}）"
          "约定的付款计划，下列款项已到期，截至本函发出之日尚未付清："),
        gap(2),
        kv_table([("买受人", buyers), ("房号", letter.unit_code),
                  ("项目", letter.project_name), ("合同编号", letter.contract_number)],
                 label_width=22 * mm),
        gap(2),
        _table(letter),
        gap(2),
        kv_table([("逾期未付合计", f"{yuan(letter.total)}　大写：{capital(letter.total)}")],
                 columns=1, label_width=30 * mm),
        gap(3),
        p(f"敬请您于{pay_by}前（含当日）付清上述款项。您可到售楼处财务室以现金、刷卡或支票方式交款，"
          "也可转账至《商品房买卖合同》约定的收款账户（转账时请注明房号），我们将为您开具收据。"),
        gap(1.5),
        p("如您已在近日付款，请忽略本函，并请将付款凭证告知我们的财务人员，以便核对。"
          "逾期付款的违约责任，按《商品房买卖合同》的约定处理。"),
        gap(1.5),
        p(f"如有疑问，请联系：{letter.contact}"),
        gap(1.5),
        p("特此函告，谢谢您的配合！"),
        KeepTogether([
            gap(10),
            signature_block((f"出卖人：{seller}（盖章）", "买受人（签收）：")),
        ]),
    ]


def write_reminder(letter: ReminderLetter, target: Target) -> None:
    """The 催款函 as an A4 PDF, to a path or a binary file object."""
    build(target, f"催款函 {letter.unit_code}", letter.developer or letter.project_name,
          _story(letter))
