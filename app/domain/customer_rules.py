"""Rules for what people type into customer forms: names, free text, money and areas.
Each refuses bad input with a ValidationError naming the field, before anything is saved."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from app.domain.errors import refuse, tr_noop

NAME_LIMIT = 100
MONEY_LIMIT = Decimal("99999999999.99")
AREA_LIMIT = Decimal("100000")
GRADES = ("A", "B", "C", "D")
PURPOSES = ("self_use", "investment", "upgrade")   # 自住 / 投资 / 改善
_NAME_PUNCTUATION = set(" ·•-'.()（）&")



def _normalise(value: str | None) -> str:
    """Full-width letters and digits from Chinese input methods folded; spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", value or "").split())


def clean_name(value: str | None, field: str = "name", *, enterprise: bool = False) -> str:
    """A person's or a company's name: letters of any script (Chinese, Latin…), the middle
    dot of transliterated names, spaces, hyphens, apostrophes; digits and brackets only in
    company names. No emoji or symbols."""
    text = _normalise(value)
    if not text:
        raise refuse(field, "name_empty", tr_noop("Please enter the name."))
    if len(text) > NAME_LIMIT:
        raise refuse(field, "name_too_long",
                    tr_noop("A name has at most {limit} characters, but {count} were entered."),
                    limit=NAME_LIMIT, count=len(text))
    for ch in text:
        if ch.isalpha() or ch in _NAME_PUNCTUATION or (enterprise and ch.isdigit()):
            continue
        raise refuse(field, "name_characters",
                    tr_noop("The name contains \"{char}\", which cannot be part of a name "
                            "(no emoji, symbols or digits)."), char=ch)
    return text


def clean_text(value: str | None, field: str, limit: int) -> str | None:
    """Optional free text: trimmed, None when empty; no control characters; at most `limit`."""
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not text:
        return None
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in "\n\t" for ch in text):
        raise refuse(field, "text_characters",
                    tr_noop("The text contains invisible control characters."))
    if len(text) > limit:
        raise refuse(field, "text_too_long",
                    tr_noop("At most {limit} characters, but {count} were entered."),
                    limit=limit, count=len(text))
    return text


def _decimal(value: str | Decimal | int | None, field: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = _normalise(str(value)).replace(",", "").replace(" ", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise refuse(field, "number_format", tr_noop("\"{value}\" is not a number."), value=value)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise refuse(field, "number_format", tr_noop("\"{value}\" is not a number."),
                    value=value) from None


def parse_money(value: str | Decimal | int | None, field: str, *,
                unit: Decimal = Decimal(1)) -> Decimal | None:
    """A non-negative amount with at most two decimals (in `unit`s, e.g. 10000 for 万元),
    returned in yuan."""
    number = _decimal(value, field)
    if number is None:
        return None
    if number < 0:
        raise refuse(field, "amount_negative", tr_noop("An amount cannot be negative."))
    if number != number.quantize(Decimal("0.01")):
        raise refuse(field, "amount_precision",
                    tr_noop("An amount has at most two decimal places."))
    yuan = (number * unit).quantize(Decimal("0.01"))
    if yuan > MONEY_LIMIT:
        raise refuse(field, "amount_too_large", tr_noop("The amount is too large."))
    return yuan


def parse_area(value: str | Decimal | int | None, field: str) -> Decimal | None:
    """An area in m²: greater than zero, at most two decimals."""
    number = _decimal(value, field)
    if number is None:
        return None
    if number <= 0:
        raise refuse(field, "area_not_positive", tr_noop("An area must be greater than zero."))
    if number != number.quantize(Decimal("0.01")) or number > AREA_LIMIT:
        raise refuse(field, "area_format",
                    tr_noop("An area has at most two decimal places and is below 100,000 m²."))
    return number.quantize(Decimal("0.01"))


def check_range(low: Decimal | None, high: Decimal | None, field: str) -> None:
    if low is not None and high is not None and low > high:
        raise refuse(field, "range_order",
                    tr_noop("The lower bound is above the upper bound."))
