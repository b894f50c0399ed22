"""List prices from a price plan (价格方案), trial runs (试算), bulk adjustments (调价), stacked
(discounts and their approval are in discounts.py; domain.md "Pricing"). Exact Decimal.

Rounding: a project rounds to yuan, jiao or fen, half-up, down or up, at the unit price or at
the total. Rounding at the unit price: the unit price is rounded, the total is unit price ×
area rounded to the fen by the same mode. Rounding at the total: the total is rounded, the
unit price shown is total ÷ area to the fen, half-up. Whole-unit pricing (按套): the price of
the unit is both its "unit price" and its total. Every discount step is rounded by the
project's rounding, so the printed breakdown and the stored figures agree to the fen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import refuse, tr_noop
from app.domain.money import FEN, YUAN, Rounding, RoundingMode, quantize
from app.domain.statuses import UnitStatus

ONE = Decimal(1)
HUNDRED = Decimal(100)
FROZEN_STATUSES = frozenset({UnitStatus.RESERVED, UnitStatus.CONTRACTED, UnitStatus.FILED})


class PricingBasis(StrEnum):
    GROSS_AREA = "gross_area"   # 按建筑面积
    INNER_AREA = "inner_area"   # 按套内面积
    WHOLE_UNIT = "whole_unit"   # 按套


class RoundAt(StrEnum):
    UNIT_PRICE = "unit_price"
    TOTAL = "total"



def positive(values: list[Decimal], field: str) -> None:
    if any(value <= 0 for value in values):
        raise refuse(field, "not_positive",
                    tr_noop("Prices, areas and coefficients must be greater than zero."))


@dataclass(frozen=True)
class PriceSettings:
    """How a project turns unit prices into totals (project settings)."""

    basis: PricingBasis = PricingBasis.GROSS_AREA
    rounding_unit: Decimal = YUAN
    rounding_mode: RoundingMode = RoundingMode.HALF_UP
    round_at: RoundAt = RoundAt.UNIT_PRICE

    def __post_init__(self) -> None:
        object.__setattr__(self, "basis", PricingBasis(self.basis))
        object.__setattr__(self, "round_at", RoundAt(self.round_at))
        rounding = Rounding(self.rounding_unit, self.rounding_mode)   # refuses unknown ones
        object.__setattr__(self, "rounding_unit", rounding.unit)
        object.__setattr__(self, "rounding_mode", rounding.mode)

    def round(self, amount: Decimal) -> Decimal:
        return quantize(amount, self.rounding_unit, self.rounding_mode)


@dataclass(frozen=True)
class FloorRule:
    """Floor coefficients as a rule: `base` at `start_floor`, plus `step` per floor above
    (minus below); `overrides` set single floors (e.g. a low top floor or a refuge floor)."""

    start_floor: int = 1
    step: Decimal = Decimal(0)
    base: Decimal = ONE
    overrides: Mapping[int, Decimal] = field(default_factory=dict)

    def coefficient(self, floor: int) -> Decimal:
        if floor in self.overrides:
            return self.overrides[floor]
        return self.base + (floor - self.start_floor) * self.step


@dataclass(frozen=True)
class UnitFacts:
    id: int | str
    layout: str
    orientation: str
    floor: int
    gross_area: Decimal
    inner_area: Decimal | None = None
    building: str = ""


@dataclass(frozen=True)
class UnitPrice:
    unit_price: Decimal
    total: Decimal


@dataclass(frozen=True)
class PricePlan:
    """Base unit price per layout (key "default" for any other layout) × floor coefficient ×
    orientation coefficient × extra coefficient per unit id (view, position). A floor or
    orientation not listed has coefficient 1."""

    base_prices: Mapping[str, Decimal]
    floor_coefficients: Mapping[int, Decimal] | FloorRule = field(default_factory=dict)
    orientation_coefficients: Mapping[str, Decimal] = field(default_factory=dict)
    extra_coefficients: Mapping[int | str, Decimal] = field(default_factory=dict)
    basis: PricingBasis = PricingBasis.GROSS_AREA
    rounding_unit: Decimal = YUAN
    rounding_mode: RoundingMode = RoundingMode.HALF_UP
    round_at: RoundAt = RoundAt.UNIT_PRICE

    def __post_init__(self) -> None:
        settings = self.settings   # refuses an unknown basis, rounding unit or mode, round_at
        for name in ("basis", "rounding_unit", "rounding_mode", "round_at"):
            object.__setattr__(self, name, getattr(settings, name))
        floors = self.floor_coefficients
        if not self.base_prices:
            raise refuse("base_prices", "base_prices_empty",
                        tr_noop("A price plan needs at least one base unit price."))
        positive([*self.base_prices.values()], "base_prices")
        positive([*self.orientation_coefficients.values(), *self.extra_coefficients.values(),
                   *(floors.overrides if isinstance(floors, FloorRule) else floors).values()],
                  "coefficients")

    @property
    def settings(self) -> PriceSettings:
        return PriceSettings(self.basis, self.rounding_unit, self.rounding_mode, self.round_at)

    def coefficient(self, unit: UnitFacts) -> Decimal:
        floors = self.floor_coefficients
        floor = (floors.coefficient(unit.floor) if isinstance(floors, FloorRule)
                 else floors.get(unit.floor, ONE))
        if floor <= 0:
            raise refuse("floor_coefficients", "not_positive",
                        tr_noop("The floor coefficient of floor {floor} is not above zero."),
                        floor=unit.floor)
        return (floor * self.orientation_coefficients.get(unit.orientation, ONE)
                * self.extra_coefficients.get(unit.id, ONE))

    def base_price(self, layout: str) -> Decimal:
        price = self.base_prices.get(layout, self.base_prices.get("default"))
        if price is None:
            raise refuse("base_prices", "base_price_missing",
                        tr_noop("The price plan has no base price for layout {layout}."),
                        layout=layout)
        return price


def basis_area(unit: UnitFacts, basis: PricingBasis) -> Decimal | None:
    """The area a unit price applies to; None when priced by whole unit."""
    if basis == PricingBasis.WHOLE_UNIT:
        return None
    area = unit.gross_area if basis == PricingBasis.GROSS_AREA else unit.inner_area
    if area is None or area <= 0:
        if basis == PricingBasis.GROSS_AREA:
            raise refuse("gross_area", "gross_area_missing",
                         tr_noop("Unit {unit} has no gross area to price on."), unit=unit.id)
        raise refuse("inner_area", "inner_area_missing",
                     tr_noop("Unit {unit} has no inner area to price on."), unit=unit.id)
    return area


def _from_raw(unit_price: Decimal, total: Decimal, area: Decimal | None,
              settings: PriceSettings) -> UnitPrice:
    """Rounds a raw (unrounded) unit price and total as the project sets."""
    if area is None:
        rounded = settings.round(total)
        return UnitPrice(rounded, rounded)
    if settings.round_at == RoundAt.UNIT_PRICE:
        price = settings.round(unit_price)
        return UnitPrice(price, quantize(price * area, FEN, settings.rounding_mode))
    rounded_total = settings.round(total)
    return UnitPrice(quantize(rounded_total / area, FEN, RoundingMode.HALF_UP), rounded_total)


def price_unit(plan: PricePlan, unit: UnitFacts) -> UnitPrice:
    """The list price a plan gives a unit."""
    raw = plan.base_price(unit.layout) * plan.coefficient(unit)
    area = basis_area(unit, plan.basis)
    return _from_raw(raw, raw if area is None else raw * area, area, plan.settings)


@dataclass(frozen=True)
class PricedUnit:
    """A unit as it stands: its facts, status and current list price (None if unpriced)."""

    facts: UnitFacts
    status: str
    unit_price: Decimal | None = None
    total: Decimal | None = None


@dataclass(frozen=True)
class PriceChange:
    unit_id: int | str
    old_unit_price: Decimal | None
    old_total: Decimal | None
    new_unit_price: Decimal | None
    new_total: Decimal | None
    skipped_reason: str | None = None   # "frozen" (agreed price kept) or "unpriced"

    @property
    def skipped(self) -> bool:
        return self.skipped_reason is not None

    @property
    def total_delta(self) -> Decimal | None:
        if self.old_total is None or self.new_total is None:
            return None
        return self.new_total - self.old_total


def _skip(unit: PricedUnit, reason: str) -> PriceChange:
    return PriceChange(unit.facts.id, unit.unit_price, unit.total, unit.unit_price,
                       unit.total, reason)


def trial(plan: PricePlan, units: Iterable[PricedUnit],
          frozen: Iterable[str] = FROZEN_STATUSES) -> list[PriceChange]:
    """试算: old and new list price per unit; units in a frozen status keep their agreed
    price and are reported as skipped."""
    frozen_set = set(frozen)
    changes = []
    for unit in units:
        if unit.status in frozen_set:
            changes.append(_skip(unit, "frozen"))
            continue
        new = price_unit(plan, unit.facts)
        changes.append(PriceChange(unit.facts.id, unit.unit_price, unit.total,
                                   new.unit_price, new.total))
    return changes


@dataclass(frozen=True)
class Adjustment:
    """调价: exactly one of `percent` (2 = +2%, -1.5 = −1.5%) or `per_m2` (yuan per m² of the
    pricing area, added to the unit price), for the units matching every filter given
    (floors as a range: floors 10–20 = range(10, 21))."""

    percent: Decimal | None = None
    per_m2: Decimal | None = None
    floors: range | None = None
    buildings: set[str] | None = None
    layouts: set[str] | None = None

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.per_m2 is None):
            raise refuse("adjustment", "adjustment_kind",
                        tr_noop("Give either a percentage or an amount per m², not both."))
        if self.percent is not None and self.percent <= -100:
            raise refuse("percent", "percent_too_low",
                        tr_noop("A price cannot be lowered by 100% or more."))

    def matches(self, unit: UnitFacts) -> bool:
        return ((self.floors is None or unit.floor in self.floors)
                and (self.buildings is None or unit.building in self.buildings)
                and (self.layouts is None or unit.layout in self.layouts))


def _adjusted(adjustment: Adjustment, unit: PricedUnit, settings: PriceSettings) -> UnitPrice:
    area = basis_area(unit.facts, settings.basis)
    old_price, old_total = unit.unit_price, unit.total
    assert old_price is not None and old_total is not None
    if adjustment.percent is not None:
        factor = ONE + adjustment.percent / HUNDRED
        price, total = old_price * factor, old_total * factor
    elif area is None:
        raise refuse("per_m2", "per_m2_whole_unit",
                    tr_noop("Units priced as a whole cannot be adjusted per m²."))
    else:
        price = old_price + adjustment.per_m2
        total = old_total + adjustment.per_m2 * area
    if price <= 0 or total <= 0:
        raise refuse("per_m2", "price_not_positive",
                    tr_noop("The adjustment would leave unit {unit} without a price."),
                    unit=unit.facts.id)
    return _from_raw(price, total, area, settings)


def apply_adjustment(adjustment: Adjustment, units: Iterable[PricedUnit],
                     settings: PriceSettings,
                     frozen: Iterable[str] = FROZEN_STATUSES) -> list[PriceChange]:
    """The price changes an adjustment makes to the matching units (others are left out);
    frozen units are skipped, as are units without a current list price."""
    frozen_set = set(frozen)
    changes = []
    for unit in units:
        if not adjustment.matches(unit.facts):
            continue
        if unit.status in frozen_set:
            changes.append(_skip(unit, "frozen"))
        elif unit.unit_price is None or unit.total is None:
            changes.append(_skip(unit, "unpriced"))
        else:
            new = _adjusted(adjustment, unit, settings)
            changes.append(PriceChange(unit.facts.id, unit.unit_price, unit.total,
                                       new.unit_price, new.total))
    return changes
