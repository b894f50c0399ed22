"""Validation and normalisation of identity document numbers.

Buyers and companies are identified by the number on their document, so a typo
creates a duplicate customer or a contract in the wrong name. Every number is
checked here before it is stored, and stored in one canonical form (upper-case,
no spaces, 15-digit resident IDs upgraded to 18 digits) so look-ups match.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum

from app.domain.errors import ValidationError, tr_noop

ID_FIELD = "id_number"


class IdType(StrEnum):
    """Kinds of identity document a buyer (or company) can present."""

    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAU_PERMIT = "hk_macau_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    USCC = "uscc"


# GB 11643-1999 check digit: ISO 7064 MOD 11-2.
RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
RESIDENT_ID_CHECK_CHARS = "10X98765432"
PROVINCE_CODES = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47)]
    + [*range(50, 55), *range(61, 66), 71, 81, 82, 83, 91]
)
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

# GB 32100-2015: 31 characters, I/O/Z/S/V left out to avoid confusion with digits.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# Residence permits for HK/Macau/Taiwan residents use the resident-ID layout.
HK_MACAU_RESIDENCE_PREFIXES = ("810000", "820000")
TAIWAN_RESIDENCE_PREFIXES = ("830000",)

_RESIDENT_18 = re.compile(r"[0-9]{17}[0-9X]")
_DIGITS = re.compile(r"[0-9]+")
_PASSPORT = re.compile(r"[A-Z0-9]+")
_HK_MACAU_PERMIT = re.compile(r"[HM](?:[0-9]{8}|[0-9]{10})")
_TAIWAN_PERMIT = re.compile(r"[0-9]{8}|[0-9]{10}")


# User-facing text in one place (for review and translation). The part of the
# key before ":" is the error code; the suffix only picks a more precise message.
_MESSAGES = {
    "id_empty": tr_noop("Please enter the ID number."),
    "id_length": tr_noop("An ID number has 18 characters, but {count} were entered."),
    "id_characters": tr_noop("An ID number is 17 digits followed by a digit or the letter X."),
    "id_characters:15": tr_noop("A 15-digit ID number may only contain digits."),
    "id_region": tr_noop("The ID number does not start with a valid region code: please check the first digits."),
    "id_birth_date": tr_noop("The birth date inside the ID number does not exist: please check digits 7 to 14."),
    "id_birth_date:range": tr_noop("The birth date inside the ID number is before 1900 or in the future: please check digits 7 to 14."),
    "id_check_digit": tr_noop("The ID number's check digit is wrong: please check the last character and the other digits for a typo."),
    "uscc_length": tr_noop("A unified social credit code has 18 characters, but {count} were entered."),
    "uscc_characters": tr_noop("A unified social credit code uses only digits and capital letters (never I, O, S, V or Z)."),
    "uscc_check_char": tr_noop("The credit code's check character is wrong: please check the last character and the others for a typo."),
    "passport_length": tr_noop("A passport number has 5 to 20 characters, but {count} were entered."),
    "passport_characters": tr_noop("A passport number may only contain letters and digits."),
    "residence_permit_region": tr_noop("An 18-digit residence permit number must start with {prefixes}."),
    "hk_macau_permit_format": tr_noop("A Home Return Permit number is H or M followed by 8 or 10 digits (or an 18-digit residence permit number starting 810000 or 820000)."),
    "taiwan_permit_format": tr_noop("A Taiwan compatriot permit number is 8 or 10 digits (or an 18-digit residence permit number starting 830000)."),
    "id_type_unknown": tr_noop("Unknown identity document type: {id_type!r}."),
}


def _error(field: str, key: str, **values: object) -> ValidationError:
    template = _MESSAGES[key]
    return ValidationError(field, key.split(":")[0], template.format(**values), template,
                           {k: str(v) for k, v in values.items()})


def _clean(value: str | None, field: str) -> str:
    """Fold full-width characters (common with Chinese IMEs), drop spaces, upper-case."""
    text = unicodedata.normalize("NFKC", value or "")
    text = "".join(text.split()).upper()
    if not text:
        raise _error(field, "id_empty")
    return text


def resident_id_check_char(first17: str) -> str:
    """Return the GB 11643 check character for the first 17 digits of an ID."""
    pairs = zip(first17, RESIDENT_ID_WEIGHTS, strict=True)
    total = sum(int(digit) * weight for digit, weight in pairs)
    return RESIDENT_ID_CHECK_CHARS[total % 11]


def _check_region(number: str, field: str) -> None:
    """Reject numbers whose first two digits are not a province-level code."""
    if int(number[:2]) not in PROVINCE_CODES:
        raise _error(field, "id_region")


def _birth_date(number18: str, field: str) -> date:
    """Parse digits 7-14 (YYYYMMDD) and require a real, plausible birth date."""
    try:
        born = date(int(number18[6:10]), int(number18[10:12]), int(number18[12:14]))
    except ValueError:
        raise _error(field, "id_birth_date") from None
    if born < EARLIEST_BIRTH_DATE or born > date.today():
        raise _error(field, "id_birth_date:range")
    return born


def _upgrade_15(number15: str) -> str:
    """Convert a pre-1999 15-digit ID (century 19 implied) to its 18-digit form."""
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + resident_id_check_char(first17)


def normalize_resident_id(value: str, *, field: str = ID_FIELD) -> str:
    """Validate a mainland resident ID and return it as 18 upper-case characters.

    Old 15-digit numbers are upgraded so the same person is never stored twice.
    """
    number = _clean(value, field)
    if len(number) == 15:
        if not _DIGITS.fullmatch(number):
            raise _error(field, "id_characters:15")
        number = _upgrade_15(number)
    elif len(number) != 18:
        raise _error(field, "id_length", count=len(number))
    elif not _RESIDENT_18.fullmatch(number):
        raise _error(field, "id_characters")
    _check_region(number, field)
    _birth_date(number, field)
    if number[17] != resident_id_check_char(number[:17]):
        raise _error(field, "id_check_digit")
    return number


def birth_date_from_resident_id(value: str) -> date:
    """Birth date encoded in a resident ID (15 or 18 digits), validated first."""
    return _birth_date(normalize_resident_id(value), ID_FIELD)


def gender_from_resident_id(value: str) -> str:
    """``"M"`` or ``"F"`` from the 17th digit (odd = male), validated first."""
    return "M" if int(normalize_resident_id(value)[16]) % 2 else "F"


def uscc_check_char(first17: str) -> str:
    """Return the GB 32100 check character for the first 17 characters of a USCC."""
    total = sum(
        USCC_ALPHABET.index(char) * weight
        for char, weight in zip(first17, USCC_WEIGHTS, strict=True)
    )
    return USCC_ALPHABET[(31 - total % 31) % 31]


def normalize_uscc(value: str, *, field: str = ID_FIELD) -> str:
    """Validate a unified social credit code (company buyers) and upper-case it."""
    code = _clean(value, field)
    if len(code) != 18:
        raise _error(field, "uscc_length", count=len(code))
    if any(char not in USCC_ALPHABET for char in code):
        raise _error(field, "uscc_characters")
    if code[17] != uscc_check_char(code[:17]):
        raise _error(field, "uscc_check_char")
    return code


def normalize_passport(value: str, *, field: str = ID_FIELD) -> str:
    """Passports vary by country, so only shape is checked: 5-20 letters/digits."""
    number = _clean(value, field)
    if not 5 <= len(number) <= 20:
        raise _error(field, "passport_length", count=len(number))
    if not _PASSPORT.fullmatch(number):
        raise _error(field, "passport_characters")
    return number


def _residence_permit(number: str, prefixes: tuple[str, ...], field: str) -> str:
    """18-digit residence permits follow the resident-ID rules with a fixed prefix."""
    if not number.startswith(prefixes):
        raise _error(field, "residence_permit_region", prefixes=" or ".join(prefixes))
    return normalize_resident_id(number, field=field)


def normalize_hk_macau_permit(value: str, *, field: str = ID_FIELD) -> str:
    """Home Return Permit (回乡证): H or M plus 8 or 10 digits; or a residence permit."""
    number = _clean(value, field)
    if len(number) == 18:
        return _residence_permit(number, HK_MACAU_RESIDENCE_PREFIXES, field)
    if not _HK_MACAU_PERMIT.fullmatch(number):
        raise _error(field, "hk_macau_permit_format")
    return number


def normalize_taiwan_permit(value: str, *, field: str = ID_FIELD) -> str:
    """Taiwan compatriot permit (台胞证): 8 or 10 digits; or a residence permit."""
    number = _clean(value, field)
    if len(number) == 18:
        return _residence_permit(number, TAIWAN_RESIDENCE_PREFIXES, field)
    if not _TAIWAN_PERMIT.fullmatch(number):
        raise _error(field, "taiwan_permit_format")
    return number


_NORMALIZERS = {
    IdType.RESIDENT_ID: normalize_resident_id,
    IdType.PASSPORT: normalize_passport,
    IdType.HK_MACAU_PERMIT: normalize_hk_macau_permit,
    IdType.TAIWAN_PERMIT: normalize_taiwan_permit,
    IdType.USCC: normalize_uscc,
}


def normalize_id(id_type: IdType | str, value: str, *, field: str = ID_FIELD) -> str:
    """Validate ``value`` according to the document type chosen on the form."""
    try:
        kind = IdType(id_type)
    except ValueError:
        raise _error("id_type", "id_type_unknown", id_type=id_type) from None
    return _NORMALIZERS[kind](value, field=field)
