"""面积补差 from the official survey (实测面积) sheet: one row per unit — 房号 (the unit code,
e.g. 1-2-1502) and 实测面积 (m²). Every row must name a unit of the project with a signed
contract and a valid area; then one area-settlement request per unit is filed for a
manager's approval — all of them or, if any row is refused, none."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import sqlalchemy as sa
from openpyxl import Workbook, load_workbook
from sqlalchemy.orm import Session

from app.services import transactions
from app.services.errors import translate
from app.services.unit_sheet import RowError, SheetError

HEADERS = ("房号", "实测面积")
REASON = "实测面积导入"


@dataclass(frozen=True)
class SurveyReport:
    requests: int
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def write_template(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "实测面积"
    sheet.append(HEADERS)
    sheet.append(("1-1-101", 128.31))
    book.save(path)


def _read(path: Path) -> tuple[list[tuple[int, str, Decimal]], list[RowError]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as error:
        raise SheetError(f"无法读取文件 {path.name}：{error}") from error
    rows = book.active.iter_rows(values_only=True)
    header = [str(v).strip() if v is not None else "" for v in next(rows, ())]
    if header[:2] != list(HEADERS):
        raise SheetError("第一行应为表头：房号、实测面积")
    good, errors = [], []
    for n, raw in enumerate(rows, start=2):
        if raw is None or all(v in (None, "") for v in raw[:2]):
            continue
        code = str(raw[0] or "").strip()
        try:
            area = Decimal(str(raw[1]).strip())
        except (InvalidOperation, IndexError):
            errors.append(RowError(n, "实测面积", "不是数字"))
            continue
        if not code:
            errors.append(RowError(n, "房号", "缺少房号"))
        elif not area.is_finite() or area <= 0 or area != area.quantize(Decimal("0.01")):
            errors.append(RowError(n, "实测面积", "面积须大于零，最多两位小数"))
        else:
            good.append((n, code, area))
    seen: dict[str, int] = {}
    for n, code, _ in good:
        if code in seen:
            errors.append(RowError(n, "房号", f"与第{seen[code]}行重复"))
        seen.setdefault(code, n)
    return good, errors


def _file(session: Session, project_id: int, rows: list[tuple[int, str, Decimal]]
          ) -> tuple[int, list[RowError]]:
    deals = dict(session.execute(sa.text(
        """SELECT u.code, d.id FROM estatedesk.units u
           JOIN estatedesk.deals d ON d.unit_id = u.id AND d.stage = 'contracted'
           WHERE u.project_id = :p AND u.code = ANY(:codes)"""),
        {"p": project_id, "codes": [code for _, code, _ in rows]}).all())
    made, errors = 0, []
    for n, code, area in rows:
        if code not in deals:
            errors.append(RowError(n, "房号", f"{code} 不是本项目已签约的房间"))
            continue
        try:
            with session.begin_nested():
                session.execute(sa.text(
                    "SELECT estatedesk.deal_change_request(:d, 'area_settlement', "
                    "CAST(:r AS jsonb), :why)"),
                    {"d": deals[code], "r": json.dumps({"measured_area": str(area)}),
                     "why": REASON})
            made += 1
        except sa.exc.DBAPIError as error:
            known = translate(error)
            if known is None:
                raise
            errors.append(RowError(n, "", known.english()))
    return made, errors


def import_survey(engine: sa.Engine, project_id: int, path: Path) -> SurveyReport:
    """Raises SheetError when the file cannot be read at all."""
    rows, errors = _read(path)
    if errors:
        return SurveyReport(0, tuple(errors))

    def action(session: Session) -> SurveyReport:
        made, problems = _file(session, project_id, rows)
        if problems:
            raise _Refused(SurveyReport(0, tuple(problems)))   # rolls every request back
        return SurveyReport(made, ())

    try:
        return transactions.run(engine, action)
    except _Refused as refused:
        return refused.report


class _Refused(Exception):
    def __init__(self, report: SurveyReport) -> None:
        super().__init__("survey rows refused")
        self.report = report
