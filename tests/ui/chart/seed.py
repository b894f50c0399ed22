"""A small project for the chart's database tests: two buildings, a mix of statuses set as
the superuser (as an import would), and one customer for each salesperson."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tests.helpers.factories import create_customer, create_project, create_units

# statuses cycled over the units of building 2; building 1 stays available (to act on)
MIX = ("available", "held", "reserved", "contracted", "filed", "not_released")


@dataclass(frozen=True)
class Seeded:
    project_id: int
    building_ids: dict[str, int]        # building code → id
    unit_ids: dict[str, int]            # unit code (1-1-301) → id
    customers: dict[str, tuple[int, str]]  # sales key → (customer id, name)


def seed_chart(engine: sa.Engine, floors: int = 4, per_floor: int = 2) -> Seeded:
    with Session(engine, expire_on_commit=False) as session, session.begin():
        project = create_project(session)
        create_units(session, project, building="1", floors=floors, per_floor=per_floor)
        create_units(session, project, building="2", floors=floors + 2, per_floor=per_floor)
        customers = {key: create_customer(session, key, name=name)
                     for key, name in (("sales1", "张三"), ("sales2", "李四"))}
        session.execute(sa.text(
            "UPDATE estatedesk.units u SET status = (CAST(:mix AS text[]))"
            "[1 + (row_number % 6)]::estatedesk.unit_status FROM ("
            " SELECT un.id, row_number() OVER (ORDER BY un.id) AS row_number"
            " FROM estatedesk.units un JOIN estatedesk.buildings b ON b.id = un.building_id"
            " WHERE b.project_id = :p AND b.code = '2') x WHERE u.id = x.id"),
            {"mix": list(MIX), "p": project.id})
        buildings = dict(session.execute(sa.text(
            "SELECT code, id FROM estatedesk.buildings WHERE project_id = :p"),
            {"p": project.id}).all())
        units = dict(session.execute(sa.text(
            "SELECT code, id FROM estatedesk.units WHERE project_id = :p"),
            {"p": project.id}).all())
        return Seeded(project.id, buildings, units,
                      {k: (c.id, c.name) for k, c in customers.items()})


def status_counts(engine: sa.Engine, project_id: int, building_id: int | None = None) -> dict:
    where = "project_id = :p" + (" AND building_id = :b" if building_id else "")
    with engine.connect() as conn:
        return dict(conn.execute(sa.text(
            f"SELECT status::text, count(*) FROM estatedesk.units WHERE {where} "
            "GROUP BY status"), {"p": project_id, "b": building_id}).all())


def status_of(engine: sa.Engine, unit_id: int) -> str:
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT status::text FROM estatedesk.units WHERE id = :u"),
                            {"u": unit_id}).scalar_one()
