"""What the pricing editors need to know about a project, read once when it is chosen (off
the GUI thread): its pricing settings, its buildings, and its units — to name the units of a
trial (a PriceChange has only the unit id) and to offer the layouts, orientations and floors
the project really has."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_ROOMS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}


def layout_order(layout: str) -> tuple:
    """By the number of bedrooms a name starts with (三室两厅 → 3), then by name."""
    head = layout[:1]
    rooms = _ROOMS.get(head, int(head) if head.isdigit() else 99)
    return rooms, layout


@dataclass(frozen=True)
class ProjectPricing:
    project_id: int
    settings: Any                          # app.domain.pricing.PriceSettings
    buildings: list = field(default_factory=list)       # BuildingRef, in the project's order
    units: Mapping[int, Any] = field(default_factory=dict)   # unit id → ChartUnit

    @property
    def layouts(self) -> list[str]:
        """Smallest first, as a price list reads: 两室… before 三室… before 四室…"""
        return sorted({u.layout for u in self.units.values() if u.layout}, key=layout_order)

    @property
    def orientations(self) -> list[str]:
        return sorted({u.orientation for u in self.units.values() if u.orientation})

    def floor_span(self, building_codes: set[str] | None = None) -> tuple[int, int] | None:
        """Lowest and highest floor of the project (or of those buildings)."""
        floors = [u.floor for u in self.units.values()
                  if building_codes is None or u.building_code in building_codes]
        return (min(floors), max(floors)) if floors else None

    def building_codes(self, building_id: int | None) -> set[str] | None:
        """The codes of one building (None: all buildings → no restriction)."""
        if building_id is None:
            return None
        return {b.code for b in self.buildings if b.id == building_id}


def load_project_pricing(engine: Any, project_id: int) -> ProjectPricing:
    """Runs on a pool thread: three reads, plain values back."""
    from app.services.chart import list_buildings, load_chart
    from app.services.price_plans import project_settings

    settings = project_settings(engine, project_id)
    buildings = list_buildings(engine, project_id)
    units = {u.id: u for u in load_chart(engine, project_id)}
    return ProjectPricing(project_id, settings, buildings, units)
