"""Writing the inventory tree (project → building → entrance → floor → unit) in bulk.

Used by the unit import, the demo generator and the test factories, so that all three
create buildings, entrances and floors the same way."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.models import Building, Entrance, Floor, Project, Unit


@dataclass(frozen=True)
class UnitRow:
    """One unit as it arrives from a sheet or a generator (plain values, already valid)."""

    building: str
    entrance: str
    floor: int
    room_no: str
    gross_area: Decimal
    inner_area: Decimal | None = None
    layout: str | None = None
    orientation: str | None = None
    usage: str = "residential"
    list_unit_price: Decimal | None = None
    list_total: Decimal | None = None
    base_price: Decimal | None = None
    status: str = "not_released"

    @property
    def code(self) -> str:
        return f"{self.building}-{self.entrance}-{self.room_no}"


def floor_label(number: int) -> str:
    return f"{number}F" if number > 0 else f"B{-number}"


class InventoryWriter:
    """Finds or creates the buildings, entrances and floors that units need, caching ids."""

    def __init__(self, session: Session, project_id: int) -> None:
        self._s = session
        self._project_id = project_id
        self._buildings: dict[str, int] = {}
        self._entrances: dict[tuple[int, str], int] = {}
        self._floors: dict[tuple[int, int], int] = {}
        for b in session.scalars(sa.select(Building).where(Building.project_id == project_id)):
            self._buildings[b.code] = b.id
        ids = list(self._buildings.values())
        if ids:
            for e in session.scalars(sa.select(Entrance).where(Entrance.building_id.in_(ids))):
                self._entrances[(e.building_id, e.code)] = e.id
            for f in session.scalars(sa.select(Floor).where(Floor.building_id.in_(ids))):
                self._floors[(f.building_id, f.number)] = f.id

    def building(self, code: str, name: str | None = None) -> int:
        if code not in self._buildings:
            b = Building(project_id=self._project_id, code=code, name=name or f"{code}号楼",
                         sort_order=len(self._buildings))
            self._s.add(b)
            self._s.flush()
            self._buildings[code] = b.id
        return self._buildings[code]

    def entrance(self, building_id: int, code: str) -> int:
        key = (building_id, code)
        if key not in self._entrances:
            e = Entrance(building_id=building_id, code=code, name=f"{code}单元")
            self._s.add(e)
            self._s.flush()
            self._entrances[key] = e.id
        return self._entrances[key]

    def floor(self, building_id: int, number: int) -> int:
        key = (building_id, number)
        if key not in self._floors:
            f = Floor(building_id=building_id, number=number, label=floor_label(number))
            self._s.add(f)
            self._s.flush()
            self._floors[key] = f.id
        return self._floors[key]

    def add_units(self, rows: list[UnitRow]) -> int:
        """Insert all rows in one multi-row statement batch; returns how many."""
        values = []
        for r in rows:
            b = self.building(r.building)
            values.append({
                "project_id": self._project_id, "building_id": b,
                "entrance_id": self.entrance(b, r.entrance), "floor_id": self.floor(b, r.floor),
                "room_no": r.room_no, "code": r.code, "layout": r.layout,
                "orientation": r.orientation, "usage": r.usage, "gross_area": r.gross_area,
                "inner_area": r.inner_area, "list_unit_price": r.list_unit_price,
                "list_total": r.list_total, "base_price": r.base_price, "status": r.status,
            })
        if values:
            self._s.execute(sa.insert(Unit.__table__), values)
        return len(values)


def project_id_by_name(session: Session, name_or_code: str) -> int | None:
    return session.scalar(sa.select(Project.id).where(
        sa.or_(Project.name == name_or_code, Project.code == name_or_code)))
