"""How the chart writes numbers and names, the way sales offices do: totals in 万元 with one
or two decimals (366.4万), areas in ㎡ with two, floors as 15F, entrances as 1单元. Shared by
the view, the tooltip, the legend and the printout so they never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.chart import ChartUnit
from app.ui.common import i18n

CONTEXT = "ChartFormat"
_TEN_THOUSAND = Decimal(10_000)
_MILLION = Decimal(1_000_000)


def _trim(value: Decimal, places: int = 2) -> str:
    """Round half up to `places` and drop trailing zeros: 366.40 → 366.4, 500.00 → 500."""
    q = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    text = f"{q:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money_short(value: Decimal | None) -> str:
    """A total as an office writes it: 366.41万 (Chinese) or 3.66M (English)."""
    if value is None:
        return "—"
    if i18n.current_language() == "zh_CN":
        return f"{_trim(value / _TEN_THOUSAND)}万"
    return f"{_trim(value / _MILLION)}M"


def wan(value: Decimal | None, places: int = 2) -> str:
    """A number of 万元 without the unit (for columns headed 万元)."""
    if value is None:
        return "—"
    q = (value / _TEN_THOUSAND).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return f"{q:,.{places}f}"


def area(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:,.2f}㎡"


def area_number(value: Decimal) -> str:
    return f"{value:,.2f}"


def yuan(value: Decimal | None) -> str:
    """A full amount in yuan: ¥3,664,128."""
    return "—" if value is None else f"¥{value:,.0f}"


def unit_price(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = QCoreApplication.translate("ChartFormat", "{price} yuan/㎡")
    return text.format(price=f"{value:,.0f}")


def percent(value: Decimal) -> str:
    return f"{value:.1f}%"


def floor_label(number: int) -> str:
    return f"{number}F" if number > 0 else f"B{-number}"


def entrance_label(code: str) -> str:
    return QCoreApplication.translate("ChartFormat", "Entrance {code}").format(code=code)


def date_time(value) -> str:  # noqa: ANN001 — datetime or None
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%Y-%m-%d %H:%M")


def time_of_day(value) -> str:  # noqa: ANN001
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%H:%M")


def count(value: int) -> str:
    return QLocale().toString(value)


@dataclass(frozen=True, slots=True)
class CellText:
    """The strings painted in one cell, made once per unit rather than once per paint."""

    room: str
    layout: str
    area: str
    total: str


def cell_text(unit: ChartUnit) -> CellText:
    return CellText(unit.room_no, unit.layout or "", area(unit.gross_area),
                    money_short(unit.list_total))
