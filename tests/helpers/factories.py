"""Factories for business-flow tests: small, explicit, through the same writer the import
and the demo use."""

from __future__ import annotations

import itertools
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.inventory import InventoryWriter, UnitRow
from app.db.models import Customer, Project, Unit
from app.domain.identity import resident_id_check_char
from tests.helpers.staff import staff_id

_seq = itertools.count(1)


def create_project(session: Session, name: str | None = None) -> Project:
    n = next(_seq)
    project = Project(code=f"T{n}", name=name or f"测试项目{n}")
    session.add(project)
    session.flush()
    return project


def create_units(session: Session, project: Project, *, building: str = "1", floors: int = 3,
                 per_floor: int = 2, status: str = "available") -> list[Unit]:
    rows = [UnitRow(building, "1", f, f"{f}{i:02d}", Decimal("100.00"), Decimal("80.00"),
                    "三室两厅两卫", "南", "residential", Decimal("20000.00"),
                    Decimal("2000000.00"), Decimal("1900000.00"), status)
            for f in range(1, floors + 1) for i in range(1, per_floor + 1)]
    InventoryWriter(session, project.id).add_units(rows)
    session.flush()
    return list(session.scalars(sa.select(Unit).where(Unit.project_id == project.id)
                                .order_by(Unit.id)))


def resident_id(serial: int, born: str = "19850612") -> str:
    first17 = f"330106{born}{serial % 1000:03d}"
    return first17 + resident_id_check_char(first17)


def create_customer(session: Session, owner_key: str | None, *, name: str = "张三",
                    phone: str | None = None, status: str = "visitor") -> Customer:
    n = next(_seq)
    customer = Customer(name=name, phone=phone or f"+86138{n:08d}",
                        id_type="resident_id", id_number=resident_id(n), status=status,
                        assigned_staff_id=staff_id(session, owner_key) if owner_key else None)
    session.add(customer)
    session.flush()
    return customer


def seed_committed(engine: sa.Engine, *, floors: int = 1, per_floor: int = 1,
                   customers_for: tuple[str, ...] = ("sales1", "sales2"),
                   ) -> tuple[Project, list[Unit], list[Customer]]:
    """A project, units and customers committed in a cloned database (for tests with several
    real connections); the objects come back detached but loaded."""
    from sqlalchemy.orm import Session

    with Session(engine, expire_on_commit=False) as session, session.begin():
        project = create_project(session)
        units = create_units(session, project, floors=floors, per_floor=per_floor)
        customers = [create_customer(session, key) for key in customers_for]
    return project, units, customers
