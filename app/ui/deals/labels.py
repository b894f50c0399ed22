"""Display names for the deal codes the services return: stages, payment methods, approval
states, change kinds, mortgage stages, milestones, approval levels, schedule lines. Marked
with QT_TRANSLATE_NOOP so lupdate collects them and translated when shown, so a language
switch changes them too."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DealLabels"

STAGES = {
    "small_deposit": QT_TRANSLATE_NOOP("DealLabels", "Small deposit"),
    "subscribed": QT_TRANSLATE_NOOP("DealLabels", "Subscribed"),
    "contracted": QT_TRANSLATE_NOOP("DealLabels", "Contracted"),
    "cancelled": QT_TRANSLATE_NOOP("DealLabels", "Cancelled"),
    "lapsed": QT_TRANSLATE_NOOP("DealLabels", "Lapsed"),
    "exchanged": QT_TRANSLATE_NOOP("DealLabels", "Exchanged"),
}
LIVE_STAGES = ("small_deposit", "subscribed", "contracted")
ENDED_STAGES = ("cancelled", "lapsed", "exchanged")
METHODS = {
    "full": QT_TRANSLATE_NOOP("DealLabels", "Full payment"),
    "instalments": QT_TRANSLATE_NOOP("DealLabels", "Instalments"),
    "commercial_loan": QT_TRANSLATE_NOOP("DealLabels", "Commercial loan"),
    "provident_loan": QT_TRANSLATE_NOOP("DealLabels", "Provident fund loan"),
    "combined_loan": QT_TRANSLATE_NOOP("DealLabels", "Combined loan"),
}
LOAN_METHODS = ("commercial_loan", "provident_loan", "combined_loan")
APPROVALS = {
    "not_needed": QT_TRANSLATE_NOOP("DealLabels", "Not needed"),
    "pending": QT_TRANSLATE_NOOP("DealLabels", "Pending approval"),
    "approved": QT_TRANSLATE_NOOP("DealLabels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("DealLabels", "Rejected"),
}
CHANGE_KINDS = {
    "cancel": QT_TRANSLATE_NOOP("DealLabels", "Cancellation"),
    "exchange": QT_TRANSLATE_NOOP("DealLabels", "Unit exchange"),
    "rename": QT_TRANSLATE_NOOP("DealLabels", "Buyer change"),
    "price": QT_TRANSLATE_NOOP("DealLabels", "Price change"),
    "payment_method": QT_TRANSLATE_NOOP("DealLabels", "Payment method change"),
    "area_settlement": QT_TRANSLATE_NOOP("DealLabels", "Area settlement"),
}
CHANGE_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("DealLabels", "Pending approval"),
    "approved": QT_TRANSLATE_NOOP("DealLabels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("DealLabels", "Rejected"),
}
MORTGAGE_STAGES = {
    "collecting": QT_TRANSLATE_NOOP("DealLabels", "Collecting documents"),
    "submitted": QT_TRANSLATE_NOOP("DealLabels", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("DealLabels", "Approved"),
    "disbursed": QT_TRANSLATE_NOOP("DealLabels", "Disbursed"),
}
MILESTONES = {
    "filing": QT_TRANSLATE_NOOP("DealLabels", "Filing"),
    "handover": QT_TRANSLATE_NOOP("DealLabels", "Handover"),
    "title": QT_TRANSLATE_NOOP("DealLabels", "Title registration"),
}
LEVELS = {
    "sales": QT_TRANSLATE_NOOP("DealLabels", "Sales consultant"),
    "sales_manager": QT_TRANSLATE_NOOP("DealLabels", "Sales manager"),
    "director": QT_TRANSLATE_NOOP("DealLabels", "Project director"),
}
SCHEDULE_KINDS = {
    "deposit": QT_TRANSLATE_NOOP("DealLabels", "Deposit"),
    "down_payment": QT_TRANSLATE_NOOP("DealLabels", "Down payment"),
    "instalment": QT_TRANSLATE_NOOP("DealLabels", "Instalment"),
    "commercial_loan": QT_TRANSLATE_NOOP("DealLabels", "Commercial loan"),
    "provident_loan": QT_TRANSLATE_NOOP("DealLabels", "Provident fund loan"),
}
QUEUE_STATUSES = {
    "active": QT_TRANSLATE_NOOP("DealLabels", "Active"),
    "used": QT_TRANSLATE_NOOP("DealLabels", "Used"),
    "refunded": QT_TRANSLATE_NOOP("DealLabels", "Refunded"),
}
DISCOUNT_KINDS = {
    "percent": QT_TRANSLATE_NOOP("DealLabels", "Percentage"),
    "fixed": QT_TRANSLATE_NOOP("DealLabels", "Fixed amount"),
    "per_m2": QT_TRANSLATE_NOOP("DealLabels", "Per m²"),
}


def label(table: dict[str, str], code: object) -> str:
    """The translated name of `code` in `table`; an unknown code as it is, "" for None."""
    if code is None:
        return ""
    text = table.get(str(code))
    return QCoreApplication.translate(CONTEXT, text) if text else str(code)


def choices(table: dict[str, str], codes: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(code, translated name) in the table's order (or `codes`' order), for combo boxes."""
    return [(code, label(table, code)) for code in (codes or tuple(table))]


def stage_name(stage: str | None) -> str:
    return label(STAGES, stage)


def method_name(method: str | None) -> str:
    return label(METHODS, method)


def approval_name(approval: str | None) -> str:
    return label(APPROVALS, approval)


def change_kind_name(kind: str | None) -> str:
    return label(CHANGE_KINDS, kind)


def change_status_name(status: str | None) -> str:
    return label(CHANGE_STATUSES, status)


def mortgage_stage_name(stage: str | None) -> str:
    return label(MORTGAGE_STAGES, stage)


def milestone_name(milestone: str | None) -> str:
    return label(MILESTONES, milestone)


def level_name(level: str | None) -> str:
    return label(LEVELS, level)


def schedule_kind_name(kind: str | None) -> str:
    return label(SCHEDULE_KINDS, kind)


def queue_status_name(status: str | None) -> str:
    return label(QUEUE_STATUSES, status)


def discount_kind_name(kind: str | None) -> str:
    return label(DISCOUNT_KINDS, kind)
