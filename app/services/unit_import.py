"""Importing the developer's unit sheet into a project: all rows or none."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.inventory import InventoryWriter, project_id_by_name
from app.db.models import Project, Unit
from app.domain.pinyin import name_initials
from app.services import transactions
from app.services.unit_sheet import RowError, read_sheet


@dataclass(frozen=True)
class ImportReport:
    project_id: int | None
    project_name: str
    project_created: bool
    units_imported: int
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def import_units(engine: sa.Engine, path: Path, project_name: str) -> ImportReport:
    """Check every row first; import nothing if any row (or the project) is wrong.

    Raises unit_sheet.SheetError when the file cannot be read at all."""
    parsed = read_sheet(path)
    if parsed.errors:
        return ImportReport(None, project_name, False, 0, parsed.errors)

    def action(session: Session) -> ImportReport:
        project_id = project_id_by_name(session, project_name)
        created = project_id is None
        if created:
            project_id = _create_project(session, project_name)
        else:
            clashes = _existing_codes(session, project_id, [r.code for r in parsed.rows])
            if clashes:
                errors = tuple(RowError(row, "房号", f"房间 {code} 已在项目中存在")
                               for row, code in clashes)
                return ImportReport(project_id, project_name, False, 0, errors)
        count = InventoryWriter(session, project_id).add_units(list(parsed.rows))
        return ImportReport(project_id, project_name, created, count, ())

    report = transactions.run(engine, action)
    if report.errors:
        return ImportReport(None, project_name, False, 0, report.errors)
    return report


def _existing_codes(session: Session, project_id: int, codes: list[str]) -> list[tuple[int, str]]:
    existing = set(session.scalars(sa.select(Unit.code).where(
        Unit.project_id == project_id, Unit.code.in_(codes))))
    return [(i, c) for i, c in enumerate(codes, start=2) if c in existing]


def _create_project(session: Session, name: str) -> int:
    base = (name_initials(name).upper() or "P")[:16]
    code, n = base, 1
    while session.scalar(sa.select(Project.id).where(Project.code == code)) is not None:
        n += 1
        code = f"{base}{n}"
    project = Project(code=code, name=name.strip())
    session.add(project)
    session.flush()
    return project.id
