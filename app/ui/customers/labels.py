"""Display names for the customer codes the services return (statuses, genders, visit types,
purposes, contact methods, ID types). Marked with QT_TRANSLATE_NOOP so lupdate collects them
and translated when shown, so a language switch changes them too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CustomerLabels"

STATUSES = {
    "visitor": QT_TRANSLATE_NOOP("CustomerLabels", "Visitor"),
    "queued": QT_TRANSLATE_NOOP("CustomerLabels", "Queued"),
    "reserved": QT_TRANSLATE_NOOP("CustomerLabels", "Reserved"),
    "contracted": QT_TRANSLATE_NOOP("CustomerLabels", "Contracted"),
    "owner": QT_TRANSLATE_NOOP("CustomerLabels", "Owner"),
    "lost": QT_TRANSLATE_NOOP("CustomerLabels", "Lost"),
}
GENDERS = {
    "M": QT_TRANSLATE_NOOP("CustomerLabels", "Male"),
    "F": QT_TRANSLATE_NOOP("CustomerLabels", "Female"),
}
VISIT_TYPES = {
    "visit": QT_TRANSLATE_NOOP("CustomerLabels", "Walk-in visit"),
    "call": QT_TRANSLATE_NOOP("CustomerLabels", "Phone call"),
    "revisit": QT_TRANSLATE_NOOP("CustomerLabels", "Return visit"),
}
PURPOSES = {
    "self_use": QT_TRANSLATE_NOOP("CustomerLabels", "To live in"),
    "investment": QT_TRANSLATE_NOOP("CustomerLabels", "Investment"),
    "upgrade": QT_TRANSLATE_NOOP("CustomerLabels", "Upgrade"),
}
METHODS = {
    "visit": QT_TRANSLATE_NOOP("CustomerLabels", "Visit"),
    "call": QT_TRANSLATE_NOOP("CustomerLabels", "Phone call"),
    "wechat": QT_TRANSLATE_NOOP("CustomerLabels", "WeChat"),
    "sms": QT_TRANSLATE_NOOP("CustomerLabels", "Text message"),
    "other": QT_TRANSLATE_NOOP("CustomerLabels", "Other"),
}
ID_TYPES = {
    "resident_id": QT_TRANSLATE_NOOP("CustomerLabels", "Resident ID card"),
    "passport": QT_TRANSLATE_NOOP("CustomerLabels", "Passport"),
    "hk_macau_permit": QT_TRANSLATE_NOOP("CustomerLabels", "HK/Macau travel permit"),
    "taiwan_permit": QT_TRANSLATE_NOOP("CustomerLabels", "Taiwan travel permit"),
    "uscc": QT_TRANSLATE_NOOP("CustomerLabels", "Unified social credit code"),
}
FIELDS = {  # what a duplicate matched on, as the sentence names it
    "phone": QT_TRANSLATE_NOOP("CustomerLabels", "phone number"),
    "id_number": QT_TRANSLATE_NOOP("CustomerLabels", "ID number"),
}
ASSIGNMENT_REASONS = {
    "rotation": QT_TRANSLATE_NOOP("CustomerLabels", "duty rotation"),
    "registered": QT_TRANSLATE_NOOP("CustomerLabels", "registered"),
    "reassigned": QT_TRANSLATE_NOOP("CustomerLabels", "reassigned"),
}
PLACEHOLDER = "…"


def label(table: dict[str, str], code: str | None) -> str:
    """The translated name of `code` in `table`; the code itself when unknown, "" for None."""
    if code is None:
        return ""
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(code, translated name) in the table's order, for combo boxes."""
    return [(code, label(table, code)) for code in table]


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def datetime_text(value: dt.datetime | None) -> str:
    """A timestamp from the database (aware) in the desk's local time."""
    if value is None:
        return ""
    return (value.astimezone() if value.tzinfo else value).strftime("%Y-%m-%d %H:%M")
