"""Display names for the pricing codes the services return (plan kinds and statuses, why a
unit was skipped, a project's pricing basis and rounding). Marked with QT_TRANSLATE_NOOP so
lupdate collects them; translated when shown, so a language switch changes them too."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "PricingLabels"

KINDS = {
    "plan": QT_TRANSLATE_NOOP("PricingLabels", "Price plan"),
    "adjustment": QT_TRANSLATE_NOOP("PricingLabels", "Adjustment"),
}
STATUSES = {
    "submitted": QT_TRANSLATE_NOOP("PricingLabels", "Pending approval"),
    "approved": QT_TRANSLATE_NOOP("PricingLabels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("PricingLabels", "Rejected"),
}
SKIP_REASONS = {
    "frozen": QT_TRANSLATE_NOOP("PricingLabels", "Sold: keeps its price"),
    "unpriced": QT_TRANSLATE_NOOP("PricingLabels", "No list price"),
}
SKIP_TIPS = {
    "frozen": QT_TRANSLATE_NOOP("PricingLabels", "Subscribed or contracted: the price agreed "
                                                 "with the buyer stays."),
    "unpriced": QT_TRANSLATE_NOOP("PricingLabels", "This unit has no list price yet: an "
                                                   "adjustment needs one to start from."),
}
BASES = {
    "gross_area": QT_TRANSLATE_NOOP("PricingLabels", "Priced by gross area"),
    "inner_area": QT_TRANSLATE_NOOP("PricingLabels", "Priced by inner area"),
    "whole_unit": QT_TRANSLATE_NOOP("PricingLabels", "Priced per unit"),
}
ROUNDING_UNITS = {
    Decimal("1"): QT_TRANSLATE_NOOP("PricingLabels", "rounded to the yuan"),
    Decimal("0.1"): QT_TRANSLATE_NOOP("PricingLabels", "rounded to the jiao"),
    Decimal("0.01"): QT_TRANSLATE_NOOP("PricingLabels", "rounded to the fen"),
}
ROUNDING_MODES = {
    "half_up": QT_TRANSLATE_NOOP("PricingLabels", "half up"),
    "down": QT_TRANSLATE_NOOP("PricingLabels", "down"),
    "up": QT_TRANSLATE_NOOP("PricingLabels", "up"),
}
ROUND_AT = {
    "unit_price": QT_TRANSLATE_NOOP("PricingLabels", "Unit price"),
    "total": QT_TRANSLATE_NOOP("PricingLabels", "Total"),
}


def label(table: dict, code: Any) -> str:
    """The translated name of `code` in `table`; an unknown code as it is."""
    if code in table:
        return QCoreApplication.translate(CONTEXT, table[code])
    return "" if code is None else str(code)


def settings_text(settings: Any) -> str:
    """A project's PriceSettings in one line: "按建筑面积计价 · 单价取整到元（四舍五入）"."""
    return QCoreApplication.translate(
        "PricingLabels", "{basis} · {at} {unit} ({mode})").format(
        basis=label(BASES, str(settings.basis)), at=label(ROUND_AT, str(settings.round_at)),
        unit=label(ROUNDING_UNITS, settings.rounding_unit),
        mode=label(ROUNDING_MODES, str(settings.rounding_mode)))


def price_unit(settings: Any) -> str:
    """What a unit price is per: ¥/m², or ¥ per unit for whole-unit pricing."""
    if settings is not None and str(settings.basis) == "whole_unit":
        return QCoreApplication.translate("PricingLabels", "¥/unit")
    return QCoreApplication.translate("PricingLabels", "¥/m²")
