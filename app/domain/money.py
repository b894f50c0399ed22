"""Money: rounding as a project sets it, amounts in Chinese capital numerals (大写金额) by the
People's Bank of China's writing rules, and display as ¥ or 万元. Exact Decimal, never float.

大写金额 choices (the PBOC rules leave some freedom; EstateDesk always writes the same way):

* 零 inside the yuan part: one 零 for each run of zero digits between two non-zero digits,
  also when the run ends at 万 or 亿 (¥107,000.53 → 壹拾万零柒仟元伍角叁分; the rules allow
  leaving that 零 out, we never do).
* Between 元 and 角: no 零 when only the 元 digit is zero and 角 is not (¥1,680.32 →
  壹仟陆佰捌拾元叁角贰分, one of the two forms the rules allow); 零 is always written when
  角 is zero and 分 is not and there are yuan (¥1,000.05 → 壹仟元零伍分).
* 整 after 元 when there are no 角/分, and after 角 when 分 is zero (¥12,345.60 →
  壹万贰仟叁佰肆拾伍元陆角整, as domain.md shows); never after 分. ``jiao_zheng=False``
  leaves out the optional 整 after 角 (壹万贰仟叁佰肆拾伍元陆角).
* 10 is 壹拾, also inside a number (¥10,010 → 壹万零壹拾元整).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from enum import StrEnum

from app.domain.errors import refuse, tr_noop

YUAN = Decimal("1")
JIAO = Decimal("0.1")
FEN = Decimal("0.01")
ROUNDING_UNITS = (YUAN, JIAO, FEN)
CAPITAL_LIMIT = Decimal("1000000000000")   # 1 万亿: the largest unit written is 亿
WAN = Decimal("10000")

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")


class RoundingMode(StrEnum):
    HALF_UP = "half_up"   # 四舍五入
    DOWN = "down"         # 舍去: toward zero
    UP = "up"             # 进位: away from zero


_DECIMAL_MODES = {
    RoundingMode.HALF_UP: ROUND_HALF_UP,
    RoundingMode.DOWN: ROUND_DOWN,
    RoundingMode.UP: ROUND_UP,
}



def _as_decimal(amount: Decimal | int, field: str) -> Decimal:
    """Decimals and ints only: a float reaching money code is a programming error."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise TypeError(f"{field} must be a Decimal, not {type(amount).__name__}")
    value = Decimal(amount)
    if not value.is_finite():
        raise refuse(field, "number_format", tr_noop("\"{value}\" is not a number."),
                    value=value)
    return value


def _unit(unit: Decimal) -> Decimal:
    for known in ROUNDING_UNITS:
        if unit == known:
            return known
    raise refuse("rounding_unit", "rounding_unit_invalid",
                tr_noop("Amounts round to whole yuan, jiao or fen, not to {unit}."), unit=unit)


def quantize(amount: Decimal | int, unit: Decimal, mode: RoundingMode | str) -> Decimal:
    """Rounds `amount` to `unit` (YUAN, JIAO or FEN) by `mode`; the result always carries
    two decimals (15234 → Decimal("15234.00")) so it prints and stores to the fen."""
    value = _as_decimal(amount, "amount")
    rounded = value.quantize(_unit(unit), rounding=_DECIMAL_MODES[RoundingMode(mode)])
    return rounded.quantize(FEN)


@dataclass(frozen=True)
class Rounding:
    """A project's rounding setting: to what unit and how."""

    unit: Decimal = FEN
    mode: RoundingMode = RoundingMode.HALF_UP

    def __post_init__(self) -> None:
        object.__setattr__(self, "unit", _unit(self.unit))
        object.__setattr__(self, "mode", RoundingMode(self.mode))

    def apply(self, amount: Decimal | int) -> Decimal:
        return quantize(amount, self.unit, self.mode)


TO_FEN = Rounding(FEN, RoundingMode.HALF_UP)


def check_amount(amount: Decimal | int, field: str = "amount") -> Decimal:
    """A non-negative amount with at most two decimals, below 1 万亿 yuan."""
    value = _as_decimal(amount, field)
    if value < 0:
        raise refuse(field, "amount_negative", tr_noop("An amount cannot be negative."))
    if value != value.quantize(FEN):
        raise refuse(field, "amount_precision",
                    tr_noop("An amount has at most two decimal places."))
    if value >= CAPITAL_LIMIT:
        raise refuse(field, "amount_too_large", tr_noop("The amount is too large."))
    return value.quantize(FEN)


def _integer_capital(number: int) -> str:
    """A positive whole number of yuan in capitals, without 元."""
    digits = str(number)
    out: list[str] = []
    pending_zero = False   # a run of zeros seen since the last digit written
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index
        digit = int(char)
        if digit:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[digit] + _SMALL_UNITS[position % 4])
        else:
            pending_zero = True
        group = digits[max(0, index - 3):index + 1]   # this 万/亿 group's digits so far
        if position and position % 4 == 0 and group.strip("0"):
            out.append(_GROUP_UNITS[position // 4])
    return "".join(out)


def to_capital(amount: Decimal | int, *, prefix: bool = True, jiao_zheng: bool = True) -> str:
    """¥12,345.60 → 人民币壹万贰仟叁佰肆拾伍元陆角整 (see the module notes for the rules)."""
    value = check_amount(amount)
    yuan, cents = divmod(int(value * 100), 100)
    jiao, fen = divmod(cents, 10)
    if not yuan and not cents:
        text = "零元整"
    else:
        text = _integer_capital(yuan) + "元" if yuan else ""
        if jiao:
            text += _DIGITS[jiao] + "角"
        elif fen and yuan:
            text += "零"
        if fen:
            text += _DIGITS[fen] + "分"
        elif not jiao or jiao_zheng:
            text += "整"
    return "人民币" + text if prefix else text


def format_yuan(amount: Decimal | int) -> str:
    """Decimal("12345.6") → "¥12,345.60"; negative amounts as "-¥500.00"."""
    value = quantize(amount, FEN, RoundingMode.HALF_UP)
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,.2f}"


def format_wan(amount: Decimal | int) -> str:
    """An amount in 万元 to two decimals, half-up: Decimal("3664012") → "366.40万"."""
    value = quantize(_as_decimal(amount, "amount") / WAN, FEN, RoundingMode.HALF_UP)
    return f"{value:,.2f}万"
