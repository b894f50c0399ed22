"""Reading the numbers typed into the price plan and adjustment editors: exact Decimal from
text (thousands separators, full-width digits and a trailing % are fine), refused before
anything runs with a sentence for the field that holds them.

A refusal is a `UserError` whose key names the field ("base_prices:input"), so the editor's
FieldErrors shows it under that field. Its text is already translated here (the context
"PricingInputs"); `user_message` finds no other translation for it and shows it as it is."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

LIMIT = Decimal("1000000000")   # no price, coefficient or amount here comes near 10 亿


def input_error(field: str, text: str) -> Exception:
    """A refusal of what was typed into `field`, with the (translated) sentence to show."""
    from app.services.errors import ErrorKind, UserError

    return UserError(ErrorKind.VALIDATION, text, key=f"{field}:input")


def cleaned(text: str) -> str:
    """"２５，０００ " → "25000": full-width forms folded, separators and spaces dropped."""
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in folded if ch not in ", \t").removesuffix("%").strip()


def number(text: str, field: str, what: str, *, positive: bool = False) -> Decimal:
    """`text` as an exact Decimal; `what` names the value in the refusal."""
    value_text = cleaned(text)
    if not value_text:
        raise input_error(field, QCoreApplication.translate(
            "PricingInputs", "{what}: enter a number.").format(what=what))
    try:
        value = Decimal(value_text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise input_error(field, QCoreApplication.translate(
            "PricingInputs", "{what}: “{text}” is not a number.").format(
            what=what, text=text.strip()))
    if positive and value <= 0:
        raise input_error(field, QCoreApplication.translate(
            "PricingInputs", "{what} must be greater than zero.").format(what=what))
    if abs(value) >= LIMIT:
        raise input_error(field, QCoreApplication.translate(
            "PricingInputs", "{what} is too large.").format(what=what))
    return value


def floor_number(text: str, field: str, what: str) -> int:
    """A floor: a whole number (negative for basements)."""
    value_text = cleaned(text)
    if not value_text:
        raise input_error(field, QCoreApplication.translate(
            "PricingInputs", "{what}: enter a number.").format(what=what))
    try:
        value = Decimal(value_text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value != value.to_integral_value() \
            or abs(value) > 999:
        raise input_error(field, QCoreApplication.translate(
            "PricingInputs", "{what}: “{text}” is not a floor number.").format(
            what=what, text=text.strip()))
    return int(value)


def optional_floor(text: str, field: str, what: str) -> int | None:
    """A floor, or None when the box is empty (no limit)."""
    return floor_number(text, field, what) if cleaned(text) else None
