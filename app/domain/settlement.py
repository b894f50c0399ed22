"""Area settlement after the official survey (面积补差; 商品房销售管理办法 art. 20, model
contract GF-2014-0171; domain.md "The deal").

Error ratio = (measured − contracted) ÷ contracted. Within ±3% inclusive the difference is
settled at the contract unit price: the buyer pays for a larger unit, the developer refunds
for a smaller one. Beyond ±3% the buyer may cancel (full refund with interest, handled by the
cancellation flow). If the buyer keeps the unit: measured larger → the buyer pays for the
area up to +3%, the developer bears the rest; measured smaller → the developer refunds the
area down to −3% once and the area beyond −3% twice.

The ±3% test is exact (|difference| ≤ 3% of the contracted area, no rounding); each money
part is rounded on its own by the project's rounding (to the fen by default), and the refund
is the sum of the rounded single and double parts, so the notice adds up to the fen.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.domain.errors import refuse, tr_noop
from app.domain.money import TO_FEN, Rounding

THRESHOLD = Decimal("0.03")
RATIO_PLACES = Decimal("0.000001")
ZERO = Decimal("0.00")



@dataclass(frozen=True)
class Explanation:
    """One line of the settlement notice: an English template (marked for translation)
    and its parameters, so the UI and the PDF can print it in the user's language."""

    template: str
    params: dict[str, str]

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Settlement:
    contract_area: Decimal
    measured_area: Decimal
    contract_unit_price: Decimal
    difference_area: Decimal          # measured − contracted, m²
    error_ratio: Decimal              # to six decimals, half-up (0.030000 = +3%)
    within_3_percent: bool
    buyer_may_cancel: bool
    buyer_pays: Decimal               # for the area up to +3%
    developer_refunds: Decimal        # everything refunded, the double part included
    developer_bears: Decimal          # value of the area above +3% the buyer gets free
    double_refund_part: Decimal       # the part of developer_refunds for the area beyond −3%
    explanation: tuple[Explanation, ...]

    @property
    def net_to_buyer(self) -> Decimal:
        """What the developer pays the buyer (negative: what the buyer pays)."""
        return self.developer_refunds - self.buyer_pays


def _line(template: str, **params: object) -> Explanation:
    return Explanation(template, {k: str(v) for k, v in params.items()})


def _check(value: Decimal, field: str) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{field} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite() or value <= 0:
        raise refuse(field, "not_positive",
                    tr_noop("Areas and the contract unit price must be greater than zero."))


def _area(area: Decimal) -> str:
    """m² for the notice: two decimals, or four when the 3% share needs them (2.6868)."""
    places = Decimal("0.01") if area == area.quantize(Decimal("0.01")) else Decimal("0.0001")
    return str(area.quantize(places, rounding=ROUND_HALF_UP))


def _percent(ratio: Decimal) -> str:
    return f"{(ratio * 100).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):+}%"


def settle(contract_area: Decimal, measured_area: Decimal, contract_unit_price: Decimal,
           rounding: Rounding = TO_FEN) -> Settlement:
    """The area settlement for one unit (areas in m², unit price in yuan per m²)."""
    _check(contract_area, "contract_area")
    _check(measured_area, "measured_area")
    _check(contract_unit_price, "contract_unit_price")
    difference = measured_area - contract_area
    limit = contract_area * THRESHOLD
    ratio = (difference / contract_area).quantize(RATIO_PLACES, rounding=ROUND_HALF_UP)
    within = abs(difference) <= limit
    lines = [_line(tr_noop("Contracted area {contract} m², measured area {measured} m², "
                           "difference {difference} m² ({percent})."),
                   contract=_area(contract_area), measured=_area(measured_area),
                   difference=_area(difference),
                   percent=_percent(ratio))]
    pays = refunds = bears = double = ZERO
    if difference > 0:
        settled = min(difference, limit)
        pays = rounding.apply(settled * contract_unit_price)
        lines.append(_line(tr_noop("The buyer pays for {area} m² at {price} yuan/m²: "
                                   "{amount} yuan."),
                           area=_area(settled), price=contract_unit_price, amount=pays))
        if not within:
            bears = rounding.apply((difference - settled) * contract_unit_price)
            lines.append(_line(tr_noop("The developer bears the {area} m² above +3%: "
                                       "{amount} yuan; the area still belongs to the buyer."),
                               area=_area(difference - settled), amount=bears))
    elif difference < 0:
        settled = min(-difference, limit)
        single = rounding.apply(settled * contract_unit_price)
        lines.append(_line(tr_noop("The developer refunds {area} m² at {price} yuan/m²: "
                                   "{amount} yuan."),
                           area=_area(settled), price=contract_unit_price, amount=single))
        if not within:
            double = rounding.apply((-difference - settled) * contract_unit_price * 2)
            lines.append(_line(tr_noop("The developer refunds the {area} m² beyond −3% "
                                       "double: {amount} yuan."),
                               area=_area(-difference - settled), amount=double))
        refunds = single + double
    else:
        lines.append(_line(tr_noop("The measured area equals the contracted area: "
                                   "nothing to settle.")))
    if not within:
        lines.append(_line(tr_noop("The error exceeds ±3%: the buyer may cancel the purchase "
                                   "with a full refund and interest.")))
    return Settlement(contract_area, measured_area, contract_unit_price, difference, ratio,
                      within, not within, pays, refunds, bears, double, tuple(lines))
