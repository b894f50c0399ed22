"""The colour scale of the price map: a trial's lowest new unit price pale, its highest dark,
on a sequential scale (reversed viridis: yellow → green → teal → blue → purple), which reads
in order, survives colour blindness and prints in grey without losing its order. It says
nothing of up or down — that stays red and green in the table, as Chinese price boards do.

Money stays Decimal; only the position on the scale (0…1) is a float, for the colour."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtGui import QColor

# Reversed viridis, light (cheap) to dark (dear); the palest stop softened so a cell of the
# lowest price is still clearly coloured against the white page.
STOPS: tuple[str, ...] = ("#F4E55B", "#B5DE2B", "#6ECE58", "#35B779", "#1F9E89",
                          "#26828E", "#31688E", "#3E4989", "#482878", "#440154")
LEVELS = 256                 # colours made once per scale step, not per cell
DARK_TEXT = QColor("#1F2933")
LIGHT_TEXT = QColor("#FFFFFF")
SKIPPED_FILL = QColor("#E4E7EB")
SKIPPED_BORDER = QColor("#C9CED5")
SKIPPED_TEXT = QColor("#5F6B7A")
OUTSIDE_BORDER = QColor("#D5DBE2")     # a unit of the building the trial leaves alone
OUTSIDE_TEXT = QColor("#A3AAB3")


def colour_at(position: float) -> QColor:
    """The scale's colour at 0 (lowest price) … 1 (highest), linear between the stops."""
    t = min(1.0, max(0.0, position)) * (len(STOPS) - 1)
    i = min(int(t), len(STOPS) - 2)
    a, b = QColor(STOPS[i]), QColor(STOPS[i + 1])
    f = t - i
    return QColor(round(a.red() + (b.red() - a.red()) * f),
                  round(a.green() + (b.green() - a.green()) * f),
                  round(a.blue() + (b.blue() - a.blue()) * f))


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG), to choose dark or white text on a cell."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def text_colour(fill: QColor) -> QColor:
    """Dark text on the pale end of the scale, white on the dark end: whichever contrasts
    more."""
    lum = luminance(fill)
    dark = (lum + 0.05) / (luminance(DARK_TEXT) + 0.05)
    light = (luminance(LIGHT_TEXT) + 0.05) / (lum + 0.05)
    return QColor(DARK_TEXT) if dark >= light else QColor(LIGHT_TEXT)


@dataclass(frozen=True)
class PriceScale:
    """From the lowest to the highest new unit price of a trial."""

    low: Decimal
    high: Decimal

    @classmethod
    def of(cls, prices: Iterable[Decimal | None]) -> PriceScale | None:
        """The scale spanning these prices (None ones ignored); None if there is none."""
        known = [p for p in prices if p is not None]
        return cls(min(known), max(known)) if known else None

    def position(self, price: Decimal) -> float:
        """0 at the lowest price, 1 at the highest; 0.5 when every price is the same."""
        if self.high == self.low:
            return 0.5
        return min(1.0, max(0.0, float((price - self.low) / (self.high - self.low))))

    def level(self, price: Decimal) -> int:
        """The step (0 … LEVELS − 1) a price is painted with."""
        return round(self.position(price) * (LEVELS - 1))

    def colour(self, price: Decimal) -> QColor:
        return colour_at(self.level(price) / (LEVELS - 1))


def level_colours() -> list[QColor]:
    """The colour of every step of the scale, lowest first."""
    return [colour_at(i / (LEVELS - 1)) for i in range(LEVELS)]
