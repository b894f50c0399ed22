"""The cards of the deal detail and what goes in them: the price breakdown (list total →
each discount → deal total and per m²), the terms, the buyers, the payment schedule, the
mortgage and the milestones — each a list of text rows built from a DealDetail, so a test
reads exactly what the user reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.money import format_yuan
from app.ui.customers import labels as customer_labels
from app.ui.deals import labels
from app.ui.deals.change_text import area, decimal, money

translate = QCoreApplication.translate
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _day(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "astimezone") and hasattr(value, "hour"):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


class SectionCard(QFrame):
    """A white card with a title and a grid of text rows (column `stretch` takes the spare
    width); `bold_last` for a total row."""

    def __init__(self, name: str, aligns: tuple[Qt.AlignmentFlag, ...], stretch: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        self.aligns = aligns
        self.title = QLabel()
        self.title.setProperty("section", True)
        self.empty = QLabel()
        self.empty.setProperty("muted", True)
        self.empty.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(5)
        for column in range(len(aligns)):
            self.grid.setColumnStretch(column, 1 if column == stretch else 0)
        column_layout = QVBoxLayout(self)
        column_layout.setContentsMargins(14, 10, 14, 12)
        column_layout.setSpacing(8)
        column_layout.addWidget(self.title)
        column_layout.addLayout(self.grid)
        column_layout.addWidget(self.empty)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]], empty: str = "",
                 bold_last: bool = False) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._rows = [tuple(r) for r in rows]
        for r, row in enumerate(self._rows):
            for c, text in enumerate(row):
                label = QLabel(text)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setAlignment(self.aligns[c] if c < len(self.aligns) else LEFT)
                if bold_last and r == len(self._rows) - 1:
                    label.setStyleSheet("font-weight: 600; color: #1f3a5f;")
                elif c == 0 and len(row) == 2:
                    label.setProperty("muted", True)
                self.grid.addWidget(label, r, c)
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty) and not rows)

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)


def _step_detail(step: dict[str, Any]) -> str:
    value = decimal(step.get("value")) or Decimal(0)
    if step.get("kind") == "percent":
        return translate("DealDetail", "× {percent}%").format(percent=f"{(value * 100).normalize():f}")
    if step.get("kind") == "per_m2":
        return translate("DealDetail", "{amount} per m²").format(amount=format_yuan(value))
    return ""


def breakdown_rows(detail: Any) -> list[tuple[str, str, str]]:
    """List total → each discount (what it takes off) → deal total; empty without a price."""
    b = detail.breakdown
    if not b:
        return []
    rows = []
    unit_price = decimal(b.get("list_unit_price"))
    basis = (translate("DealDetail", "{area} × {price}/m²").format(area=area(b.get("area")),
                                                  price=format_yuan(unit_price))
             if unit_price is not None and b.get("basis") != "whole_unit" else translate("DealDetail", "per unit"))
    rows.append((translate("DealDetail", "List total"), basis, money(b.get("list_total"))))
    for step in b.get("steps") or []:
        name = translate("DealDetail", "Extra discount") if step.get("code") == "extra" else step.get("name", "")
        rows.append((name, _step_detail(step), "−" + money(step.get("amount"))))
    rows.append((translate("DealDetail", "Deal total"), translate("DealDetail", "{price}/m²").format(price=money(b.get("deal_unit_price"))),
                 money(b.get("deal_total"))))
    return rows


def terms_rows(detail: Any) -> list[tuple[str, str]]:
    deal = detail.deal
    rows = [(translate("DealDetail", "Deposit"), format_yuan(deal.deposit))]
    if deal.payment_method:
        rows.append((translate("DealDetail", "Payment method"), labels.method_name(deal.payment_method)))
    if deal.approval != "not_needed":
        state = labels.approval_name(deal.approval)
        level = labels.level_name(deal.approval_level)
        rows.append((translate("DealDetail", "Discount approval"), f"{state} · {level}"))
    if deal.stage == "small_deposit":
        rows.append((translate("DealDetail", "Held until"), _day(deal.small_deposit_until)))
    if deal.subscribed_at:
        rows.append((translate("DealDetail", "Subscribed on"), _day(deal.subscribed_at)))
    if deal.stage == "subscribed" and deal.sign_deadline:
        rows.append((translate("DealDetail", "Sign by"), _day(deal.sign_deadline)))
    if deal.contract_no:
        rows.append((translate("DealDetail", "Contract"), translate("DealDetail", "{number}, signed {date}").format(
            number=deal.contract_no, date=_day(deal.signed_on))))
    if detail.queue_number is not None:
        rows.append((translate("DealDetail", "Queue number"), str(detail.queue_number)))
    if deal.ended_at:
        rows.append((translate("DealDetail", "Ended"), f"{_day(deal.ended_at)} {deal.end_reason or ''}".strip()))
    return rows


def buyer_rows(detail: Any) -> list[tuple[str, str, str, str, str]]:
    from app.ui.customers.list_model import phone_text

    return [(b.name, customer_labels.label(customer_labels.ID_TYPES, b.id_type), b.id_number or "—",
             phone_text(b.phone), f"{b.share.normalize():f}%" if b.share else "")
            for b in detail.buyers]


def schedule_rows(detail: Any) -> list[tuple[str, str, str, str]]:
    """Each line (number, kind, due date, amount) and the total."""
    if not detail.schedule:
        return []
    rows = [(str(s.line_no), labels.schedule_kind_name(s.kind), s.due_date.isoformat(),
             format_yuan(s.amount)) for s in detail.schedule]
    total = sum((s.amount for s in detail.schedule), Decimal(0))
    rows.append(("", translate("DealDetail", "Total"), "", format_yuan(total)))
    return rows


def mortgage_rows(detail: Any) -> list[tuple[str, str]]:
    m = detail.mortgage
    if m is None:
        return []
    rows = [(translate("DealDetail", "Bank"), m.bank), (translate("DealDetail", "Loan"), "{kind} · {amount} · {months}".format(
                kind=labels.method_name(m.loan_kind), amount=format_yuan(m.amount),
                months=translate("DealDetail", "{n} months").format(n=m.term_months))),
            (translate("DealDetail", "Stage"), labels.mortgage_stage_name(m.stage))]
    for label, day in ((translate("DealDetail", "Submitted"), m.submitted_on), (translate("DealDetail", "Approved"), m.approved_on),
                       (translate("DealDetail", "Disbursed"), m.disbursed_on)):
        if day:
            rows.append((label, _day(day)))
    if m.note:
        rows.append((translate("DealDetail", "Note"), m.note))
    return rows


def milestone_rows(detail: Any) -> list[tuple[str, str]]:
    deal = detail.deal
    rows = []
    if deal.filed_on:
        rows.append((labels.milestone_name("filing"), translate("DealDetail", "{number}, {date}").format(
            number=detail.filing_no or "", date=_day(deal.filed_on))))
    if deal.handover_on:
        rows.append((labels.milestone_name("handover"), _day(deal.handover_on)))
    if detail.title_on:
        rows.append((labels.milestone_name("title"), _day(detail.title_on)))
    if detail.measured_area is not None:
        rows.append((translate("DealDetail", "Measured area"), area(detail.measured_area)))
    if detail.area_settlement is not None:
        amount = detail.area_settlement
        rows.append((translate("DealDetail", "Area settlement"),
                     translate("DealDetail", "buyer pays {amount}").format(amount=format_yuan(amount)) if amount > 0
                     else translate("DealDetail", "developer refunds {amount}").format(amount=format_yuan(-amount))
                     if amount < 0 else format_yuan(0)))
    return rows
