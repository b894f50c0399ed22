"""Tests for app.domain.money: rounding settings, 大写金额 by the PBOC writing rules, display."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.money import (
    FEN,
    JIAO,
    YUAN,
    Rounding,
    RoundingMode,
    check_amount,
    format_wan,
    format_yuan,
    quantize,
    to_capital,
)

D = Decimal


def exact(value: object, expected: str) -> None:
    """A Decimal carrying exactly these digits (so also exactly two decimals for money)."""
    assert isinstance(value, Decimal)
    assert str(value) == expected


def error_of(func, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


# ---- 大写金额 ----

@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("0", "零元整"),
        ("0.00", "零元整"),
        ("0.01", "壹分"),
        ("0.05", "伍分"),
        ("0.10", "壹角整"),
        ("0.50", "伍角整"),
        ("0.99", "玖角玖分"),
        ("1.00", "壹元整"),
        ("1.01", "壹元零壹分"),
        ("10.00", "壹拾元整"),
        ("10.50", "壹拾元伍角整"),
        ("15.00", "壹拾伍元整"),
        ("20.00", "贰拾元整"),
        ("100.00", "壹佰元整"),
        ("105.00", "壹佰零伍元整"),
        ("110.00", "壹佰壹拾元整"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("1000.05", "壹仟元零伍分"),
        ("1001.10", "壹仟零壹元壹角整"),
        ("1005.00", "壹仟零伍元整"),
        ("1010.00", "壹仟零壹拾元整"),
        ("1100.00", "壹仟壹佰元整"),
        ("1409.50", "壹仟肆佰零玖元伍角整"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("10000.00", "壹万元整"),
        ("10010.00", "壹万零壹拾元整"),
        ("12345.00", "壹万贰仟叁佰肆拾伍元整"),
        ("12345.60", "壹万贰仟叁佰肆拾伍元陆角整"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("30000.30", "叁万元叁角整"),
        ("100000.00", "壹拾万元整"),
        ("101250.00", "壹拾万零壹仟贰佰伍拾元整"),
        ("107000.53", "壹拾万零柒仟元伍角叁分"),
        ("1000000.00", "壹佰万元整"),
        ("1000100.00", "壹佰万零壹佰元整"),
        ("3664012.00", "叁佰陆拾陆万肆仟零壹拾贰元整"),
        ("10000000.00", "壹仟万元整"),
        ("100000000.00", "壹亿元整"),
        ("100000000.01", "壹亿元零壹分"),
        ("100000001.00", "壹亿零壹元整"),
        ("100001000.00", "壹亿零壹仟元整"),
        ("100010000.00", "壹亿零壹万元整"),
        ("101000000.00", "壹亿零壹佰万元整"),
        ("110000000.00", "壹亿壹仟万元整"),
        ("1000000000.00", "壹拾亿元整"),
        ("1010000000.00", "壹拾亿零壹仟万元整"),
        ("200300400.50", "贰亿零叁拾万零肆佰元伍角整"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_to_capital(amount, expected):
    assert to_capital(D(amount), prefix=False) == expected
    assert to_capital(D(amount)) == "人民币" + expected


def test_to_capital_accepts_int_and_trailing_zeros():
    assert to_capital(12345) == "人民币壹万贰仟叁佰肆拾伍元整"
    assert to_capital(D("12345.600")) == "人民币壹万贰仟叁佰肆拾伍元陆角整"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("12345.60", "壹万贰仟叁佰肆拾伍元陆角"),
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("0.50", "伍角"),
        ("12345.00", "壹万贰仟叁佰肆拾伍元整"),   # 整 after 元 is never optional
        ("325.04", "叁佰贰拾伍元零肆分"),
        ("0.00", "零元整"),
    ],
)
def test_to_capital_without_optional_zheng_after_jiao(amount, expected):
    assert to_capital(D(amount), prefix=False, jiao_zheng=False) == expected


def test_no_zheng_after_fen_and_no_double_zero():
    for amount in ("0.01", "1.01", "1000.05", "6007.14", "100000000.01"):
        text = to_capital(D(amount))
        assert not text.endswith("整")
        assert "零零" not in text


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (D("-0.01"), "amount_negative"),
        (D("-100"), "amount_negative"),
        (D("1.001"), "amount_precision"),
        (D("0.005"), "amount_precision"),
        (D("1000000000000"), "amount_too_large"),
        (D("1000000000000.00"), "amount_too_large"),
        (D("NaN"), "number_format"),
        (D("Infinity"), "number_format"),
    ],
)
def test_to_capital_refuses(amount, code):
    err = error_of(to_capital, amount)
    assert (err.field, err.code) == ("amount", code)
    assert err.template and err.message


def test_float_is_a_programming_error():
    with pytest.raises(TypeError):
        to_capital(12.5)
    with pytest.raises(TypeError):
        quantize(1.5, YUAN, RoundingMode.HALF_UP)
    with pytest.raises(TypeError):
        format_yuan(True)


def test_check_amount_names_the_field():
    exact(check_amount(D("5"), "deposit"), "5.00")
    err = error_of(check_amount, D("-5"), "deposit")
    assert (err.field, err.code) == ("deposit", "amount_negative")


# ---- rounding ----

@pytest.mark.parametrize(
    ("amount", "unit", "mode", "expected"),
    [
        ("15234.50", YUAN, RoundingMode.HALF_UP, "15235.00"),
        ("15234.49", YUAN, RoundingMode.HALF_UP, "15234.00"),
        ("15234.99", YUAN, RoundingMode.DOWN, "15234.00"),
        ("15234.01", YUAN, RoundingMode.UP, "15235.00"),
        ("15234.00", YUAN, RoundingMode.UP, "15234.00"),
        ("15234.45", JIAO, RoundingMode.HALF_UP, "15234.50"),
        ("15234.44", JIAO, RoundingMode.HALF_UP, "15234.40"),
        ("15234.49", JIAO, RoundingMode.DOWN, "15234.40"),
        ("15234.41", JIAO, RoundingMode.UP, "15234.50"),
        ("1364357.0450", FEN, RoundingMode.HALF_UP, "1364357.05"),
        ("1364357.0449", FEN, RoundingMode.HALF_UP, "1364357.04"),
        ("1364357.0499", FEN, RoundingMode.DOWN, "1364357.04"),
        ("1364357.0401", FEN, RoundingMode.UP, "1364357.05"),
        ("2.5", YUAN, RoundingMode.HALF_UP, "3.00"),    # not banker's rounding
        ("-2.5", YUAN, RoundingMode.HALF_UP, "-3.00"),
        ("-2.7", YUAN, RoundingMode.DOWN, "-2.00"),    # toward zero
        ("-2.1", YUAN, RoundingMode.UP, "-3.00"),      # away from zero
        ("7", YUAN, RoundingMode.HALF_UP, "7.00"),
    ],
)
def test_quantize(amount, unit, mode, expected):
    exact(quantize(D(amount), unit, mode), expected)


def test_quantize_accepts_mode_strings_and_equal_units():
    exact(quantize(D("10.05"), D("0.10"), "half_up"), "10.10")
    exact(quantize(D("10.05"), D("1.00"), "up"), "11.00")


@pytest.mark.parametrize("unit", [D("0.5"), D("10"), D("0.001"), D("100")])
def test_quantize_refuses_other_units(unit):
    err = error_of(quantize, D("1"), unit, RoundingMode.HALF_UP)
    assert (err.field, err.code) == ("rounding_unit", "rounding_unit_invalid")


def test_quantize_refuses_unknown_mode():
    with pytest.raises(ValueError):
        quantize(D("1"), YUAN, "banker")


def test_rounding_setting():
    exact(Rounding(YUAN, RoundingMode.DOWN).apply(D("99.99")), "99.00")
    exact(Rounding().apply(D("0.125")), "0.13")
    assert Rounding(D("0.10"), "up").mode is RoundingMode.UP
    err = error_of(Rounding, D("5"))
    assert err.code == "rounding_unit_invalid"


# ---- display ----

@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (D("12345.6"), "¥12,345.60"),
        (D("0"), "¥0.00"),
        (D("0.005"), "¥0.01"),
        (D("3664012"), "¥3,664,012.00"),
        (D("999.994"), "¥999.99"),
        (D("-500"), "-¥500.00"),
        (1000000, "¥1,000,000.00"),
    ],
)
def test_format_yuan(amount, expected):
    assert format_yuan(amount) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (D("3664012"), "366.40万"),
        (D("3664050"), "366.41万"),   # 366.405 rounds half-up
        (D("3664049.99"), "366.40万"),
        (D("10000"), "1.00万"),
        (D("0"), "0.00万"),
        (D("123456789012"), "12,345,678.90万"),
    ],
)
def test_format_wan(amount, expected):
    assert format_wan(amount) == expected
