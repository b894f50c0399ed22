"""Saving an openpyxl workbook with money and areas as exact as they were given.

openpyxl writes every number as `"%.16g" % value`, i.e. through a binary float, so the
Decimal 746.07 lands in the file as 746.0700000000001 (about one value in ten with two
decimals). `save()` writes Decimal cells as their own decimal text instead, and lets formula
cells carry a cached result, so readers that do not calculate (file previews, openpyxl's
`data_only`) still see the totals; Excel recalculates them anyway. Every other cell is written
by openpyxl itself.

This hooks openpyxl's worksheet writer (`WorksheetWriter.write_row`, `ExcelWriter
.write_worksheet`, openpyxl 3.1); tests/exports/test_chart_excel.py pins the result, so an
openpyxl upgrade that changes them fails there, not in an office.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell._writer import write_cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import Element, SubElement

# (sheet title, cell coordinate) → the value the formula there computes
CachedValues = Mapping[tuple[str, str], Decimal | int]


def number_text(value: Decimal | int) -> str:
    """The number as the file stores it: plain decimal digits, never an exponent."""
    return format(value, "f") if isinstance(value, Decimal) else str(value)


class _SheetWriter(WorksheetWriter):
    def __init__(self, ws: Worksheet, cached: CachedValues) -> None:
        super().__init__(ws)
        self._cached = cached

    def write_row(self, xf, row, row_idx):  # noqa: ANN001 - mirrors WorksheetWriter.write_row
        attrs = {"r": f"{row_idx}"}
        attrs.update(self.ws.row_dimensions.get(row_idx, {}))
        with xf.element("row", attrs):
            for cell in row:
                if cell._comment is not None:
                    self.ws._comments.append(CommentRecord.from_cell(cell))
                if cell._value is None and not cell.has_style and not cell._comment:
                    continue
                element = self._exact(cell)
                if element is None:
                    write_cell(xf, self.ws, cell, cell.has_style)
                else:
                    xf.write(element)

    def _exact(self, cell):  # noqa: ANN001, ANN202
        """The <c> element for a Decimal or a formula with a cached value; None for others."""
        value = cell._value
        if isinstance(value, Decimal) and value.is_finite():
            el = Element("c", {"r": cell.coordinate, "t": "n", **self._style_attr(cell)})
            SubElement(el, "v").text = number_text(value)
            return el
        if cell.data_type == "f" and isinstance(value, str):
            cached = self._cached.get((self.ws.title, cell.coordinate))
            if cached is not None:
                el = Element("c", {"r": cell.coordinate, **self._style_attr(cell)})
                SubElement(el, "f").text = value[1:]
                SubElement(el, "v").text = number_text(cached)
                return el
        return None

    @staticmethod
    def _style_attr(cell) -> dict[str, str]:  # noqa: ANN001
        return {"s": f"{cell.style_id}"} if cell.has_style else {}


class _BookWriter(ExcelWriter):
    def __init__(self, workbook: Workbook, archive: ZipFile, cached: CachedValues) -> None:
        super().__init__(workbook, archive)
        self._cached = cached

    def write_worksheet(self, ws):  # noqa: ANN001 - mirrors ExcelWriter.write_worksheet
        if self.workbook.write_only:
            super().write_worksheet(ws)
            return
        from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _SheetWriter(ws, self._cached)
        writer.write()
        ws._rels = writer._rels
        self._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


def save(workbook: Workbook, path: Path, cached: CachedValues | None = None) -> None:
    """Write the workbook to `path` (replacing it only once the new file is complete)."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    workbook.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        with ZipFile(partial, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            _BookWriter(workbook, archive, cached or {}).write_data()
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
