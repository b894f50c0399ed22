"""Phone number normalisation, display and masking.

Phones are the main key for finding a returning customer, so they are stored in
E.164 ("+8613812345678") whatever way the salesperson typed them. Display and
masking (privacy on printed lists and shared screens) are derived from that.

Pure Python on top of ``phonenumbers``: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat

from app.domain.errors import ValidationError, tr_noop

PHONE_FIELD = "phone"

# What people type around the digits; anything else (letters, "ext") is refused.
_ALLOWED = re.compile(r"[0-9+\-().\s/]+")
_LOCAL_LANDLINE = re.compile(r"[2-9][0-9]{6,7}")


def _invalid(
    message: str = tr_noop("This is not a valid phone number: please check the digits."),
) -> ValidationError:
    return ValidationError(PHONE_FIELD, "phone_invalid", message)


def _clean(value: str | None) -> str:
    """Fold full-width digits/punctuation typed with Chinese IMEs and trim."""
    return unicodedata.normalize("NFKC", value or "").strip()


def normalize_phone(value: str, default_region: str = "CN") -> str:
    """Validate a phone number and return it in E.164 form.

    Numbers without a country code are read as numbers of ``default_region``.
    A mainland landline typed without its area code is refused, because the
    same 8 digits exist in every city.
    """
    text = _clean(value)
    if not text:
        raise ValidationError(PHONE_FIELD, "phone_empty", tr_noop("Please enter a phone number."))
    if not _ALLOWED.fullmatch(text):
        raise _invalid(tr_noop("A phone number may only contain digits, spaces, +, - and brackets."))
    try:
        number = phonenumbers.parse(text, default_region.upper())
    except NumberParseException:
        raise _invalid() from None
    if not phonenumbers.is_valid_number(number):
        nsn = phonenumbers.national_significant_number(number)
        if number.country_code == 86 and _LOCAL_LANDLINE.fullmatch(nsn):
            raise ValidationError(
                PHONE_FIELD,
                "phone_area_code_missing",
                tr_noop("This landline number needs its area code, "
                        "e.g. 010-62345678 or 0755-81234567."),
            )
        raise _invalid()
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _parse_e164(e164: str) -> PhoneNumber:
    """Parse a stored E.164 value; anything else is a programming error upstream."""
    try:
        return phonenumbers.parse(_clean(e164), None)
    except NumberParseException:
        raise _invalid(tr_noop("This stored phone number is not in international (+...) form.")) from None


def format_phone_display(e164: str) -> str:
    """Mainland numbers as dialled locally ("138 1234 5678"), others with "+code"."""
    number = _parse_e164(e164)
    if number.country_code == 86:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def _mask_digits(digits: str, keep_head: int, keep_tail: int = 4) -> str:
    """Star out the middle, always hiding at least one digit."""
    keep_head = max(0, min(keep_head, len(digits) - keep_tail - 1))
    keep_tail = max(0, min(keep_tail, len(digits) - keep_head - 1))
    hidden = len(digits) - keep_head - keep_tail
    return digits[:keep_head] + "*" * hidden + digits[len(digits) - keep_tail :]


def mask_phone(e164: str) -> str:
    """Hide the middle digits for lists that other customers might see.

    Mainland: "138****5678" / "010****5678" (first 3 and last 4 as dialled).
    Elsewhere: "+852 ****4567" (country code and last 4 digits).
    """
    number = _parse_e164(e164)
    if number.country_code == 86:
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        return _mask_digits(re.sub(r"[^0-9]", "", national), keep_head=3)
    nsn = phonenumbers.national_significant_number(number)
    return f"+{number.country_code} {_mask_digits(nsn, keep_head=0)}"


def phone_digits(e164: str) -> str:
    """National significant digits ("13812345678"), for substring search."""
    return phonenumbers.national_significant_number(_parse_e164(e164))
