"""Tests for app.domain.settlement: 面积补差 by the ±3% rule, every amount to the fen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.money import YUAN, Rounding, RoundingMode
from app.domain.settlement import settle

D = Decimal


def exact(value: object, expected: str) -> None:
    assert isinstance(value, Decimal)
    assert str(value) == expected


def amounts(s) -> tuple[str, str, str, str]:
    return (str(s.buyer_pays), str(s.developer_refunds), str(s.developer_bears),
            str(s.double_refund_part))


@pytest.mark.parametrize(
    ("measured", "ratio", "within", "expected"),
    [
        # contract 100.00 m² at 15,000.00 yuan/m²: (pays, refunds, bears, double part)
        ("95.00", "-0.050000", False, ("0.00", "105000.00", "0.00", "60000.00")),
        ("96.99", "-0.030100", False, ("0.00", "45300.00", "0.00", "300.00")),
        ("97.00", "-0.030000", True, ("0.00", "45000.00", "0.00", "0.00")),
        ("99.00", "-0.010000", True, ("0.00", "15000.00", "0.00", "0.00")),
        ("100.00", "0.000000", True, ("0.00", "0.00", "0.00", "0.00")),
        ("102.99", "0.029900", True, ("44850.00", "0.00", "0.00", "0.00")),
        ("103.00", "0.030000", True, ("45000.00", "0.00", "0.00", "0.00")),
        ("103.01", "0.030100", False, ("45000.00", "0.00", "150.00", "0.00")),
        ("104.50", "0.045000", False, ("45000.00", "0.00", "22500.00", "0.00")),
        ("105.00", "0.050000", False, ("45000.00", "0.00", "30000.00", "0.00")),
    ],
)
def test_the_three_percent_rule(measured, ratio, within, expected):
    s = settle(D("100.00"), D(measured), D("15000.00"))
    exact(s.error_ratio, ratio)
    assert s.within_3_percent is within
    assert s.buyer_may_cancel is (not within)
    assert amounts(s) == expected
    for value in (s.buyer_pays, s.developer_refunds, s.developer_bears, s.double_refund_part):
        exact(value, f"{value:.2f}")


def test_larger_beyond_three_percent_with_real_figures():
    s = settle(D("89.56"), D("93.00"), D("16535.00"))
    exact(s.difference_area, "3.44")
    exact(s.error_ratio, "0.038410")
    exact(s.buyer_pays, "44426.24")          # 2.6868 m² × 16535 = 44426.238
    exact(s.developer_bears, "12454.16")     # 0.7532 m² × 16535 = 12454.162
    exact(s.developer_refunds, "0.00")
    exact(s.net_to_buyer, "-44426.24")
    assert "2.6868 m²" in s.explanation[1].text and "0.7532 m²" in s.explanation[2].text
    assert s.buyer_may_cancel


def test_smaller_beyond_three_percent_refunds_double():
    s = settle(D("89.56"), D("86.00"), D("16535.00"))
    exact(s.error_ratio, "-0.039750")
    exact(s.double_refund_part, "28876.72")  # 0.8732 m² × 16535 × 2 = 28876.724
    exact(s.developer_refunds, "73302.96")   # 44426.24 once + 28876.72 double
    exact(s.buyer_pays, "0.00")
    exact(s.developer_bears, "0.00")
    exact(s.net_to_buyer, "73302.96")


def test_tiny_difference():
    s = settle(D("89.56"), D("89.57"), D("16535.00"))
    exact(s.error_ratio, "0.000112")
    exact(s.buyer_pays, "165.35")
    assert s.within_3_percent and not s.buyer_may_cancel
    smaller = settle(D("89.56"), D("89.55"), D("16535.00"))
    exact(smaller.developer_refunds, "165.35")
    exact(smaller.error_ratio, "-0.000112")


@pytest.mark.parametrize(
    ("price", "rounding", "expected"),
    [
        ("16534.71", Rounding(), "6117.84"),                                 # 6117.8427
        ("16534.75", Rounding(), "6117.86"),                                 # 6117.8575
        ("16534.75", Rounding(mode=RoundingMode.DOWN), "6117.85"),
        ("16534.71", Rounding(mode=RoundingMode.UP), "6117.85"),
        ("16534.75", Rounding(YUAN, RoundingMode.HALF_UP), "6118.00"),
        ("16534.75", Rounding(YUAN, RoundingMode.DOWN), "6117.00"),
    ],
)
def test_rounding(price, rounding, expected):
    s = settle(D("89.56"), D("89.93"), D(price), rounding)
    exact(s.buyer_pays, expected)


def test_explanation_lines():
    within = settle(D("100.00"), D("102.00"), D("15000.00"))
    assert [line.text for line in within.explanation] == [
        "Contracted area 100.00 m², measured area 102.00 m², difference 2.00 m² (+2.00%).",
        "The buyer pays for 2.00 m² at 15000.00 yuan/m²: 30000.00 yuan.",
    ]
    beyond = settle(D("100.00"), D("95.00"), D("15000.00"))
    texts = [line.text for line in beyond.explanation]
    assert len(texts) == 4
    assert "(-5.00%)" in texts[0]
    assert texts[1] == "The developer refunds 3.00 m² at 15000.00 yuan/m²: 45000.00 yuan."
    assert "2.00 m² beyond −3% double: 60000.00 yuan" in texts[2]
    assert "may cancel" in texts[3]
    larger = settle(D("100.00"), D("105.00"), D("15000.00"))
    assert "bears the 2.00 m² above +3%: 30000.00 yuan" in larger.explanation[2].text
    assert larger.explanation[2].params["amount"] == "30000.00"
    same = settle(D("100.00"), D("100.00"), D("15000.00"))
    assert "nothing to settle" in same.explanation[1].text


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((D("0"), D("100"), D("15000")), "contract_area"),
        ((D("-1"), D("100"), D("15000")), "contract_area"),
        ((D("100"), D("0"), D("15000")), "measured_area"),
        ((D("100"), D("-0.01"), D("15000")), "measured_area"),
        ((D("100"), D("100"), D("0")), "contract_unit_price"),
        ((D("NaN"), D("100"), D("15000")), "contract_area"),
    ],
)
def test_refuses_non_positive_values(args, field):
    with pytest.raises(ValidationError) as info:
        settle(*args)
    assert (info.value.field, info.value.code) == (field, "not_positive")


def test_float_is_a_programming_error():
    with pytest.raises(TypeError):
        settle(100.0, D("100"), D("15000"))
