"""Display names for the finance codes: what money is for (定金, 首付, 房款, 按揭放款, 维修基金,
代收费用, 退款), how it was paid (现金, 刷卡, 转账, 支票), the kind of entry, receipt book
states. Marked with QT_TRANSLATE_NOOP and translated when shown, so a language switch
changes them too. Also which schedule line a kind of payment goes to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.deals.labels import label as _deal_label

CONTEXT = "FinanceLabels"

KINDS = {
    "deposit": QT_TRANSLATE_NOOP("FinanceLabels", "Deposit"),
    "down_payment": QT_TRANSLATE_NOOP("FinanceLabels", "Down payment"),
    "instalment": QT_TRANSLATE_NOOP("FinanceLabels", "House payment"),
    "loan": QT_TRANSLATE_NOOP("FinanceLabels", "Mortgage disbursement"),
    "maintenance_fund": QT_TRANSLATE_NOOP("FinanceLabels", "Maintenance fund"),
    "fee": QT_TRANSLATE_NOOP("FinanceLabels", "Collected fees"),
    "refund": QT_TRANSLATE_NOOP("FinanceLabels", "Refund"),
}
PAYABLE_KINDS = ("deposit", "down_payment", "instalment", "loan", "maintenance_fund", "fee")
STANDALONE_KINDS = ("maintenance_fund", "fee")     # paid without a schedule line
METHODS = {
    "cash": QT_TRANSLATE_NOOP("FinanceLabels", "Cash"),
    "card": QT_TRANSLATE_NOOP("FinanceLabels", "Card"),
    "transfer": QT_TRANSLATE_NOOP("FinanceLabels", "Bank transfer"),
    "cheque": QT_TRANSLATE_NOOP("FinanceLabels", "Cheque"),
}
ENTRIES = {
    "payment": QT_TRANSLATE_NOOP("FinanceLabels", "Payment"),
    "void": QT_TRANSLATE_NOOP("FinanceLabels", "Void"),
    "refund": QT_TRANSLATE_NOOP("FinanceLabels", "Refund"),
}
BOOK_STATUSES = {
    "registered": QT_TRANSLATE_NOOP("FinanceLabels", "Registered"),
    "issued": QT_TRANSLATE_NOOP("FinanceLabels", "Issued"),
    "returned": QT_TRANSLATE_NOOP("FinanceLabels", "Handed back"),
    "reconciled": QT_TRANSLATE_NOOP("FinanceLabels", "Reconciled"),
    "cancelled": QT_TRANSLATE_NOOP("FinanceLabels", "Cancelled"),
}


def label(table: dict[str, str], code: object) -> str:
    """The translated name of `code`; an unknown code as it is, "" for None."""
    if code is None:
        return ""
    text = table.get(str(code))
    return QCoreApplication.translate(CONTEXT, text) if text else str(code)


def choices(table: dict[str, str], codes: Iterable[str] | None = None) -> list[tuple[str, str]]:
    return [(code, label(table, code)) for code in (tuple(codes) if codes else tuple(table))]


def kind_name(kind: str | None) -> str:
    return label(KINDS, kind)


def method_name(method: str | None) -> str:
    return label(METHODS, method)


def entry_name(entry: str | None) -> str:
    return label(ENTRIES, entry)


def book_status_name(status: str | None) -> str:
    return label(BOOK_STATUSES, status)


def line_kind_name(kind: str | None) -> str:
    """A schedule line's kind (deposit, down payment, loans…) as the deal screens name it."""
    from app.ui.deals.labels import SCHEDULE_KINDS

    return _deal_label(SCHEDULE_KINDS, kind)


def mortgage_stage_name(stage: str | None) -> str:
    from app.ui.deals.labels import MORTGAGE_STAGES

    return _deal_label(MORTGAGE_STAGES, stage)


def line_fits(kind: str, line_kind: str) -> bool:
    """May a payment of `kind` go to a schedule line of `line_kind`? (the database's rule:
    a deposit only to the deposit line, a loan only to a loan line, the rest to the others)"""
    if kind in STANDALONE_KINDS:
        return False
    return (kind == "loan") == line_kind.endswith("loan") and \
        (kind == "deposit") == (line_kind == "deposit")


def kind_of_line(line_kind: str) -> str:
    """The kind of payment a schedule line is usually paid with."""
    if line_kind.endswith("loan"):
        return "loan"
    return line_kind if line_kind in KINDS else "instalment"


def first_open_line(lines: Iterable[Any], kind: str) -> Any | None:
    """The first line with money outstanding that `kind` may pay: of exactly that kind if
    there is one, else any line the kind fits."""
    open_lines = [line for line in lines if line.outstanding > 0 and line_fits(kind, line.kind)]
    exact = [line for line in open_lines if kind_of_line(line.kind) == kind]
    return (exact or open_lines or [None])[0]

