"""Tests for app.domain.identity: resident IDs, USCC, passports and permits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.identity import (
    IdType,
    birth_date_from_resident_id,
    gender_from_resident_id,
    normalize_hk_macau_permit,
    normalize_id,
    normalize_passport,
    normalize_resident_id,
    normalize_taiwan_permit,
    normalize_uscc,
    resident_id_check_char,
    uscc_check_char,
)

# Written independently of the module so the tests do not just mirror it.
_MOD11_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def with_check_digit(first17: str) -> str:
    """Append the ISO 7064 MOD 11-2 check character to 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _MOD11_WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def error_of(func, *args) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args)
    return info.value


# Verified by hand against the GB 11643 algorithm.
KNOWN_VALID_IDS = [
    "11010519491231002X",
    "110101199003074477",
    "110101199003075111",
    "320102198001010016",
]


def test_weights_helper_matches_standard():
    assert _MOD11_WEIGHTS == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


@pytest.mark.parametrize("number", KNOWN_VALID_IDS)
def test_known_valid_ids(number):
    assert with_check_digit(number[:17]) == number
    assert resident_id_check_char(number[:17]) == number[17]
    assert normalize_resident_id(number) == number


@pytest.mark.parametrize("first17", ["44030119851120123", "65010220000229456", "91000019000101000"])
def test_generated_ids_are_valid(first17):
    number = with_check_digit(first17)
    assert normalize_resident_id(number) == number


def test_spaces_and_lowercase_x_are_normalized():
    assert normalize_resident_id(" 110105 19491231 002x ") == "11010519491231002X"


def test_full_width_input_is_accepted():
    assert normalize_resident_id("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"


def test_fifteen_digit_id_is_upgraded():
    assert normalize_resident_id("110105491231002") == "11010519491231002X"


def test_fifteen_digit_with_letter_is_refused():
    err = error_of(normalize_resident_id, "11010549123100X")
    assert err.code == "id_characters"


def test_wrong_check_digit():
    err = error_of(normalize_resident_id, "110105194912310021")
    assert err.code == "id_check_digit"
    assert err.field == "id_number"
    assert "check digit is wrong" in err.message
    assert str(err) == err.message


@pytest.mark.parametrize("number", KNOWN_VALID_IDS)
def test_every_altered_last_char_is_refused(number):
    for char in "0123456789X":
        if char != number[-1]:
            assert error_of(normalize_resident_id, number[:-1] + char).code == "id_check_digit"


def test_swapped_digits_are_caught():
    number = "110101199003074477"
    swapped = number[:8] + number[9] + number[8] + number[10:]
    assert error_of(normalize_resident_id, swapped).code == "id_check_digit"


@pytest.mark.parametrize("value", ["1101051949123100", "11010519491231002X1", "123"])
def test_wrong_length(value):
    err = error_of(normalize_resident_id, value)
    assert err.code == "id_length"
    assert str(len(value)) in err.message


@pytest.mark.parametrize(
    "value", ["1101051949123100XX", "11010519491231002Y", "A1010519491231002X"]
)
def test_wrong_characters(value):
    assert error_of(normalize_resident_id, value).code == "id_characters"


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty(value):
    assert error_of(normalize_resident_id, value).code == "id_empty"


def test_february_30_is_refused_even_with_valid_check_digit():
    err = error_of(normalize_resident_id, with_check_digit("11010519900230001"))
    assert err.code == "id_birth_date"


def test_february_29_only_in_leap_years():
    assert normalize_resident_id(with_check_digit("11010520000229001"))
    assert (
        error_of(normalize_resident_id, with_check_digit("11010519000229001")).code
        == "id_birth_date"
    )


def test_month_13_is_refused():
    assert (
        error_of(normalize_resident_id, with_check_digit("11010519901301001")).code
        == "id_birth_date"
    )


def test_future_birth_date_is_refused():
    tomorrow = date.today() + timedelta(days=1)
    number = with_check_digit(f"110105{tomorrow:%Y%m%d}001")
    assert error_of(normalize_resident_id, number).code == "id_birth_date"


def test_born_today_is_accepted():
    number = with_check_digit(f"110105{date.today():%Y%m%d}001")
    assert normalize_resident_id(number) == number


def test_born_before_1900_is_refused():
    assert resident_id_check_char("44052418800101001") == "4"
    assert error_of(normalize_resident_id, "440524188001010014").code == "id_birth_date"


@pytest.mark.parametrize("region", ["00", "10", "16", "20", "39", "47", "60", "72", "84", "99"])
def test_bad_region(region):
    err = error_of(normalize_resident_id, with_check_digit(f"{region}010519491231002"))
    assert err.code == "id_region"


@pytest.mark.parametrize("region", ["11", "15", "23", "37", "46", "54", "65", "71", "83", "91"])
def test_good_region(region):
    number = with_check_digit(f"{region}010519491231002")
    assert normalize_resident_id(number) == number


def test_birth_date_and_gender():
    assert birth_date_from_resident_id("11010519491231002X") == date(1949, 12, 31)
    assert gender_from_resident_id("11010519491231002X") == "F"
    assert gender_from_resident_id("110101199003074477") == "M"
    assert birth_date_from_resident_id("110105491231002") == date(1949, 12, 31)


def test_birth_date_of_invalid_id_raises():
    assert error_of(birth_date_from_resident_id, "110105194912310021").code == "id_check_digit"
    assert error_of(gender_from_resident_id, "110105194912310021").code == "id_check_digit"


# --- Unified social credit code -------------------------------------------------


def with_uscc_check(first17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * (3**i % 31) for i, c in enumerate(first17))
    return first17 + _USCC_CHARS[-total % 31]


def test_uscc_known_valid():
    assert normalize_uscc("91350100M000100Y43") == "91350100M000100Y43"
    assert normalize_uscc("91110000600037341l") == "91110000600037341L"
    assert uscc_check_char("91350100M000100Y4") == "3"


def test_uscc_helper_agrees_with_known_valid():
    assert with_uscc_check("91350100M000100Y4") == "91350100M000100Y43"


def test_uscc_lowercase_and_spaces():
    assert normalize_uscc(" 91350100m000100y43 ") == "91350100M000100Y43"


def test_uscc_check_value_31_maps_to_zero():
    # Find a 17-char prefix whose weighted sum is a multiple of 31.
    for tail in range(1000):
        first17 = f"91350100MA00{tail:05d}"
        if with_uscc_check(first17)[-1] == "0":
            break
    assert normalize_uscc(first17 + "0") == first17 + "0"


@pytest.mark.parametrize(
    "value", ["91350100M000100Y44", "91350100M000100Y4A", "91350100M000101Y43"]
)
def test_uscc_altered_is_refused(value):
    err = error_of(normalize_uscc, value)
    assert err.code == "uscc_check_char"
    assert "check character is wrong" in err.message


@pytest.mark.parametrize("value", ["91350100M000100Y4", "91350100M000100Y433"])
def test_uscc_wrong_length(value):
    assert error_of(normalize_uscc, value).code == "uscc_length"


@pytest.mark.parametrize("bad", ["I", "O", "Z", "S", "V", "-"])
def test_uscc_forbidden_letters(bad):
    assert error_of(normalize_uscc, f"91350100M{bad}00100Y43").code == "uscc_characters"


# --- Passport and permits ------------------------------------------------------


def test_passport():
    assert normalize_passport(" e12345678 ") == "E12345678"
    assert normalize_passport("AB123") == "AB123"
    assert error_of(normalize_passport, "AB12").code == "passport_length"
    assert error_of(normalize_passport, "A" * 21).code == "passport_length"
    assert error_of(normalize_passport, "E1234-5678").code == "passport_characters"


@pytest.mark.parametrize("value", ["H12345678", "m1234567890", "H 1234 5678"])
def test_hk_macau_permit_valid(value):
    assert normalize_hk_macau_permit(value) == value.replace(" ", "").upper()


@pytest.mark.parametrize("value", ["12345678", "H1234567", "H123456789", "K12345678", "HH12345678"])
def test_hk_macau_permit_invalid(value):
    assert error_of(normalize_hk_macau_permit, value).code == "hk_macau_permit_format"


def test_hk_macau_residence_permit():
    assert normalize_hk_macau_permit("810000199408230021") == "810000199408230021"
    assert normalize_hk_macau_permit("820000200009100032") == "820000200009100032"
    assert error_of(normalize_hk_macau_permit, "810000199408230022").code == "id_check_digit"
    err = error_of(normalize_hk_macau_permit, "830000199201300022")
    assert err.code == "residence_permit_region"


@pytest.mark.parametrize("value", ["12345678", "1234567890", " 1234 5678 "])
def test_taiwan_permit_valid(value):
    assert normalize_taiwan_permit(value) == value.replace(" ", "")


@pytest.mark.parametrize("value", ["1234567", "123456789", "12345678901", "T1234567"])
def test_taiwan_permit_invalid(value):
    assert error_of(normalize_taiwan_permit, value).code == "taiwan_permit_format"


def test_taiwan_residence_permit():
    assert normalize_taiwan_permit("830000199201300022") == "830000199201300022"
    assert error_of(normalize_taiwan_permit, "830000199201300023").code == "id_check_digit"
    assert error_of(normalize_taiwan_permit, "11010519491231002X").code == "residence_permit_region"


# --- Dispatch ------------------------------------------------------------------


def test_id_type_values():
    assert [t.value for t in IdType] == [
        "resident_id",
        "passport",
        "hk_macau_permit",
        "taiwan_permit",
        "uscc",
    ]


@pytest.mark.parametrize(
    ("id_type", "value", "expected"),
    [
        (IdType.RESIDENT_ID, "11010519491231002x", "11010519491231002X"),
        ("resident_id", "110105491231002", "11010519491231002X"),
        ("passport", "e1234567", "E1234567"),
        ("hk_macau_permit", "h12345678", "H12345678"),
        ("taiwan_permit", "12345678", "12345678"),
        ("uscc", "91350100m000100y43", "91350100M000100Y43"),
    ],
)
def test_normalize_id_dispatch(id_type, value, expected):
    assert normalize_id(id_type, value) == expected


def test_normalize_id_applies_the_chosen_rule():
    # A valid passport-shaped value is not a valid resident ID.
    assert error_of(normalize_id, "resident_id", "E1234567").code == "id_length"
    assert error_of(normalize_id, "uscc", "11010519491231002X").code == "uscc_check_char"


def test_normalize_id_unknown_type():
    err = error_of(normalize_id, "driving_licence", "123")
    assert (err.field, err.code) == ("id_type", "id_type_unknown")


def test_normalize_id_custom_field():
    with pytest.raises(ValidationError) as info:
        normalize_id("uscc", "123", field="company_code")
    assert info.value.field == "company_code"


def test_birth_date_messages_explain_the_problem():
    missing = error_of(normalize_resident_id, with_check_digit("11010519900230001"))
    future = error_of(normalize_resident_id, with_check_digit("11010520990101001"))
    assert "does not exist" in missing.message
    assert "future" in future.message
    assert missing.code == future.code == "id_birth_date"
