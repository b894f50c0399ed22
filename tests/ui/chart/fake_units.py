"""Chart units made in memory, for widget tests that need no database (geometry, painting,
keyboard, filters); the database tests use the real services."""

from __future__ import annotations

import itertools
from decimal import Decimal

from app.domain.chart import ChartUnit
from app.domain.statuses import UnitStatus

LAYOUTS = ("三室两厅两卫", "四室两厅两卫", "两室两厅一卫", "三室两厅一卫")
ORIENTATIONS = ("南北", "南北", "南", "东南")
AREAS = (Decimal("128.56"), Decimal("143.20"), Decimal("89.35"), Decimal("112.48"))
STATUS_CYCLE = (UnitStatus.AVAILABLE, UnitStatus.CONTRACTED, UnitStatus.HELD,
                UnitStatus.PENCILLED, UnitStatus.RESERVED, UnitStatus.FILED,
                UnitStatus.NOT_RELEASED, UnitStatus.AVAILABLE)


def fake_units(buildings: int = 1, floors: int = 6, entrances: int = 2, per_floor: int = 2,
               statuses=STATUS_CYCLE) -> list[ChartUnit]:  # noqa: ANN001
    ids = itertools.count(1)
    cycle = itertools.cycle(statuses)
    units = []
    for b in range(1, buildings + 1):
        for e in range(1, entrances + 1):
            for f in range(floors, 0, -1):
                for i in range(1, per_floor + 1):
                    k = (i - 1) % 4
                    price = Decimal(26000 + f * 100)
                    room = f"{f}{i:02d}"
                    units.append(ChartUnit(
                        id=next(ids), building_id=b, building_code=str(b),
                        building_name=f"{b}号楼", entrance_code=str(e), floor=f, room_no=room,
                        code=f"{b}-{e}-{room}", layout=LAYOUTS[k], orientation=ORIENTATIONS[k],
                        usage="residential", gross_area=AREAS[k],
                        inner_area=(AREAS[k] * Decimal("0.8")).quantize(Decimal("0.01")),
                        list_unit_price=price, list_total=(price * AREAS[k]).quantize(1),
                        status=next(cycle)))
    return units
