"""Status colours of the sales control chart, as offices know them from their Excel 销控表
(domain.md): grey not released, green available, dark held, yellow pencilled, orange
reserved, red contracted, dark red filed. Hex strings, so the painted chart, the printout and
the Excel export share one palette."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.statuses import UnitStatus


@dataclass(frozen=True)
class StatusColour:
    fill: str
    text: str
    border: str


STATUS_COLOURS: dict[UnitStatus, StatusColour] = {
    UnitStatus.NOT_RELEASED: StatusColour("#CFD3D8", "#4A4F55", "#B3B8BE"),
    UnitStatus.AVAILABLE: StatusColour("#DFF3E3", "#1B4D2A", "#8CC79A"),
    UnitStatus.HELD: StatusColour("#3C4650", "#FFFFFF", "#2A3138"),
    UnitStatus.PENCILLED: StatusColour("#FFE37A", "#4D3B00", "#E0BE3C"),
    UnitStatus.RESERVED: StatusColour("#FFB65C", "#4A2700", "#E8913A"),
    UnitStatus.CONTRACTED: StatusColour("#E8625C", "#FFFFFF", "#C94641"),
    UnitStatus.FILED: StatusColour("#8E2430", "#FFFFFF", "#6D1822"),
}
