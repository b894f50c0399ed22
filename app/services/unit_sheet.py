"""The developer's unit sheet (one row a unit): its columns, the template we hand out, and
reading it back with every row checked. Pure: no database here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.db.inventory import UnitRow
from app.domain.statuses import UnitStatus


@dataclass(frozen=True)
class Column:
    key: str
    header: str          # Chinese header as offices write it
    aliases: tuple[str, ...]
    required: bool
    example: Any
    width: int = 12


COLUMNS: tuple[Column, ...] = (
    Column("building", "楼栋", ("building", "楼号", "栋号"), True, "1", 8),
    Column("entrance", "单元", ("entrance", "单元号"), True, "2", 8),
    Column("floor", "楼层", ("floor", "层"), True, 15, 8),
    Column("room_no", "房号", ("room", "room_no", "房间号"), True, "1502", 10),
    Column("layout", "户型", ("layout",), False, "三室两厅两卫", 16),
    Column("orientation", "朝向", ("orientation",), False, "南北", 8),
    Column("usage", "用途", ("usage",), False, "住宅", 8),
    Column("gross_area", "建筑面积", ("gross_area", "建筑面积(㎡)", "建筑面积(m²)"), True, 128.56, 12),
    Column("inner_area", "套内面积", ("inner_area", "套内面积(㎡)", "套内面积(m²)"), False, 104.32, 12),
    Column("list_unit_price", "表价单价", ("list_unit_price", "单价"), False, 28500, 12),
    Column("list_total", "表价总价", ("list_total", "总价"), False, 3663960, 14),
    Column("base_price", "底价", ("base_price",), False, 3480000, 14),
    Column("status", "状态", ("status",), False, "未推", 8),
)
BY_HEADER = {name.lower(): c for c in COLUMNS for name in (c.header, c.key, *c.aliases)}
USAGES = {"住宅": "residential", "商铺": "shop", "车位": "parking", "办公": "office",
          "residential": "residential", "shop": "shop", "parking": "parking", "office": "office"}
STATUS_NAMES = {"未推": UnitStatus.NOT_RELEASED, "待售": UnitStatus.AVAILABLE,
                "销控": UnitStatus.HELD, **{s.value: s for s in UnitStatus}}
IMPORTABLE_STATUSES = {UnitStatus.NOT_RELEASED, UnitStatus.AVAILABLE, UnitStatus.HELD}
_CODE = re.compile(r"^[A-Za-z0-9]{1,10}$")
_MAX_AREA = Decimal("100000")
_MAX_PRICE = Decimal("999999999999")


@dataclass(frozen=True)
class RowError:
    row: int            # the spreadsheet's own row number (header is row 1)
    column: str         # Chinese header, or "" for the whole row
    message: str

    def __str__(self) -> str:
        where = f"第{self.row}行" + (f" [{self.column}]" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ParsedSheet:
    rows: tuple[UnitRow, ...]
    errors: tuple[RowError, ...]


class SheetError(Exception):
    """The file itself cannot be read (missing, not Excel, empty)."""


def write_template(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "房源"
    ws.append([c.header for c in COLUMNS])
    ws.append([c.example for c in COLUMNS])
    for i, c in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True, color="FFFFFF" if c.required else "000000")
        cell.fill = PatternFill("solid", fgColor="C0392B" if c.required else "D5D8DC")
        ws.column_dimensions[cell.column_letter].width = c.width
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("说明")
    notes.append(["红色列必填。每行一个房间；楼栋-单元-房号在项目内不能重复。"])
    notes.append(["面积单位㎡，最多两位小数；套内面积不能大于建筑面积。"])
    notes.append(["表价单价与表价总价至少填一个；用途：住宅/商铺/车位/办公；状态：未推/待售/销控（默认未推）。"])
    wb.save(path)


def read_sheet(path: Path) -> ParsedSheet:
    """Read and check every row; a row with any problem yields errors and no UnitRow."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise SheetError(f"文件不存在: {path}") from exc
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise SheetError(f"无法读取 Excel 文件 {path}: {exc}") from exc
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise SheetError(f"{path} 是空表")
        positions, errors = _map_header(header)
        if errors:
            return ParsedSheet((), tuple(errors))
        return _check_rows(rows, positions)
    finally:
        wb.close()


def _map_header(header: tuple[Any, ...]) -> tuple[dict[str, int], list[RowError]]:
    positions: dict[str, int] = {}
    errors: list[RowError] = []
    for i, name in enumerate(header):
        column = BY_HEADER.get(str(name).strip().lower()) if name is not None else None
        if column is None:
            continue
        if column.key in positions:
            errors.append(RowError(1, column.header, "列重复"))
        positions[column.key] = i
    for c in COLUMNS:
        if c.required and c.key not in positions:
            errors.append(RowError(1, c.header, f"缺少必填列“{c.header}”"))
    if not errors and "list_unit_price" not in positions and "list_total" not in positions:
        errors.append(RowError(1, "表价单价", "缺少价格列：表价单价或表价总价至少要有一列"))
    return positions, errors


def _check_rows(rows: Any, positions: dict[str, int]) -> ParsedSheet:
    good: list[UnitRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for number, values in enumerate(rows, start=2):
        raw = {k: (values[i] if i < len(values) else None) for k, i in positions.items()}
        if all(v is None or str(v).strip() == "" for v in raw.values()):
            continue
        row_errors: list[RowError] = []
        unit = _check_row(number, raw, row_errors)
        if unit is not None:
            if unit.code in seen:
                row_errors.append(RowError(number, "房号",
                                           f"房间 {unit.code} 与第{seen[unit.code]}行重复"))
            else:
                seen[unit.code] = number
        errors.extend(row_errors)
        if unit is not None and not row_errors:
            good.append(unit)
    return ParsedSheet(tuple(good), tuple(errors))


def _check_row(n: int, raw: dict[str, Any], errors: list[RowError]) -> UnitRow | None:
    def err(key: str, message: str) -> None:
        header = next(c.header for c in COLUMNS if c.key == key)
        errors.append(RowError(n, header, message))

    building = _code(raw.get("building"), ("号楼", "栋", "#"), "building", err)
    entrance = _code(raw.get("entrance"), ("单元",), "entrance", err)
    room = _code(raw.get("room_no"), (), "room_no", err)
    floor = _floor(raw.get("floor"), err)
    gross = _decimal(raw.get("gross_area"), "gross_area", err, required=True, limit=_MAX_AREA)
    inner = _decimal(raw.get("inner_area"), "inner_area", err, limit=_MAX_AREA)
    unit_price = _decimal(raw.get("list_unit_price"), "list_unit_price", err, zero_ok=True)
    total = _decimal(raw.get("list_total"), "list_total", err, zero_ok=True)
    base = _decimal(raw.get("base_price"), "base_price", err, zero_ok=True)
    if gross and inner and inner > gross:
        err("inner_area", f"套内面积 {inner} 大于建筑面积 {gross}")
    price_errors = {e.column for e in errors} & {"表价单价", "表价总价"}
    if unit_price is None and total is None and not price_errors:
        err("list_total", "缺少价格：表价单价或表价总价至少填一个")
    usage = USAGES.get(str(raw.get("usage") or "住宅").strip())
    if usage is None:
        err("usage", f"用途“{raw.get('usage')}”不对，应为 住宅/商铺/车位/办公")
    status = STATUS_NAMES.get(str(raw.get("status") or "未推").strip())
    if status is None or status not in IMPORTABLE_STATUSES:
        err("status", f"状态“{raw.get('status')}”不能导入，应为 未推/待售/销控")
    layout = _text(raw.get("layout"), 30, "layout", err)
    orientation = _text(raw.get("orientation"), 20, "orientation", err)
    if errors or None in (building, entrance, room, floor, gross, usage, status):
        return None
    if total is None and unit_price is not None:
        total = (unit_price * gross).quantize(Decimal("1"))
    if unit_price is None and total is not None:
        unit_price = (total / gross).quantize(Decimal("0.01"))
    return UnitRow(building=building, entrance=entrance, floor=floor, room_no=room,
                   gross_area=gross, inner_area=inner, layout=layout, orientation=orientation,
                   usage=usage, list_unit_price=unit_price, list_total=total, base_price=base,
                   status=status.value)


def _code(value: Any, suffixes: tuple[str, ...], key: str, err: Any) -> str | None:
    if value is None or str(value).strip() == "":
        err(key, "不能为空")
        return None
    text = _int_text(value)
    for suffix in suffixes:
        text = text.removesuffix(suffix)
    if not _CODE.match(text):
        err(key, f"“{value}”格式不对，应为1-10位字母或数字")
        return None
    return text


def _int_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _floor(value: Any, err: Any) -> int | None:
    text = _int_text(value) if value is not None else ""
    if not re.fullmatch(r"-?\d{1,3}", text):
        err("floor", f"楼层“{value}”应为整数")
        return None
    number = int(text)
    if number == 0 or not -10 <= number <= 200:
        err("floor", f"楼层 {number} 超出范围（-10 至 200，不能为0）")
        return None
    return number


def _decimal(value: Any, key: str, err: Any, *, required: bool = False, zero_ok: bool = False,
             limit: Decimal = _MAX_PRICE) -> Decimal | None:
    if value is None or str(value).strip() == "":
        if required:
            err(key, "不能为空")
        return None
    try:
        # Excel stores numbers as binary floats: repr() gives the shortest exact decimal.
        number = Decimal(repr(value) if isinstance(value, float) else str(value).strip()
                         .replace(",", ""))
    except InvalidOperation:
        err(key, f"“{value}”不是数字")
        return None
    if not number.is_finite():
        err(key, f"“{value}”不是数字")
        return None
    if number < 0 or (number == 0 and not zero_ok):
        err(key, f"{number} 不能为负数" if number < 0 else "必须大于0")
        return None
    if number != number.quantize(Decimal("0.01")):
        err(key, f"{number} 最多两位小数")
        return None
    if number > limit:
        err(key, f"{number} 太大")
        return None
    return number.quantize(Decimal("0.01"))


def _text(value: Any, limit: int, key: str, err: Any) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    if len(text) > limit:
        err(key, f"超过{limit}个字")
        return None
    return text
