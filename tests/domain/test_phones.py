"""Tests for app.domain.phones: E.164 normalisation, display, masking."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.domain.phones import format_phone_display, mask_phone, normalize_phone, phone_digits


def error_of(func, *args) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args)
    return info.value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13812345678", "+8613812345678"),
        ("138 1234 5678", "+8613812345678"),
        ("138-1234-5678", "+8613812345678"),
        ("+86 138 1234 5678", "+8613812345678"),
        ("008613812345678", "+8613812345678"),
        ("１３８１２３４５６７８", "+8613812345678"),
        ("010-62345678", "+861062345678"),
        ("(010) 6234 5678", "+861062345678"),
        ("0755 8123 4567", "+8675581234567"),
        ("+852 9123 4567", "+85291234567"),
        ("0085291234567", "+85291234567"),
        ("+853 6612 3456", "+85366123456"),
        ("+886 912 345 678", "+886912345678"),
        ("+1 202-555-0123", "+12025550123"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_normalize_valid(value, expected):
    assert normalize_phone(value) == expected


def test_default_region_other_than_cn():
    assert normalize_phone("9123 4567", default_region="HK") == "+85291234567"


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty(value):
    err = error_of(normalize_phone, value)
    assert (err.field, err.code) == ("phone", "phone_empty")


@pytest.mark.parametrize(
    "value",
    [
        "12345",
        "1381234567",  # mobile one digit short
        "138123456789",  # mobile one digit long
        "+852 1234",
        "+",
        "+999 12345678",  # unassigned country code
    ],
)
def test_invalid(value):
    err = error_of(normalize_phone, value)
    assert (err.field, err.code) == ("phone", "phone_invalid")


@pytest.mark.parametrize("value", ["138-1234-5678 ext 2", "1-800-FLOWERS", "138#12345678"])
def test_letters_and_symbols_refused(value):
    assert error_of(normalize_phone, value).code == "phone_invalid"


@pytest.mark.parametrize("value", ["62345678", "6234-5678", "8123456", "+86 62345678"])
def test_landline_without_area_code_refused(value):
    err = error_of(normalize_phone, value)
    assert err.code == "phone_area_code_missing"
    assert "area code" in str(err)


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+8613812345678", "138 1234 5678"),
        ("+861062345678", "010 6234 5678"),
        ("+85291234567", "+852 9123 4567"),
        ("+12025550123", "+1 202-555-0123"),
    ],
)
def test_format_display(e164, expected):
    assert format_phone_display(e164) == expected


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+8613812345678", "138****5678"),
        ("+861062345678", "010****5678"),
        ("+8675581234567", "075*****4567"),
        ("+85291234567", "+852 ****4567"),
        ("+12025550123", "+1 ******0123"),
    ],
)
def test_mask(e164, expected):
    assert mask_phone(e164) == expected


def test_mask_hides_middle_digits():
    masked = mask_phone("+8613812345678")
    assert "1234" not in masked
    assert len(masked) == 11


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+8613812345678", "13812345678"),
        ("+861062345678", "1062345678"),
        ("+85291234567", "91234567"),
    ],
)
def test_phone_digits(e164, expected):
    assert phone_digits(e164) == expected


def test_roundtrip_display_then_normalize():
    e164 = normalize_phone("0755-8123-4567")
    assert normalize_phone(format_phone_display(e164)) == e164


@pytest.mark.parametrize("func", [format_phone_display, mask_phone, phone_digits])
def test_non_e164_input_raises(func):
    assert error_of(func, "13812345678").code == "phone_invalid"
