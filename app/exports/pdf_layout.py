"""The look the deal documents share (认购书, 面积补差通知书, later receipts): A4, one CJK font,
key/value grids, ruled tables and signature lines, so every printed paper from a sales office
looks alike. Texts are escaped here, so names with & or < print as typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph

from app.domain.money import format_yuan, to_capital
from app.exports.pdf_fonts import cjk_font

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN          # the width tables span
LABEL_BG = colors.HexColor("#EEF1F5")
RULE = colors.HexColor("#7A8594")
CELL_PAD = 3

IDEO_SPACE = "\u3000"
NBSP = "\u00a0"

Target = str | Path | BinaryIO


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    number: ParagraphStyle
    note: ParagraphStyle


# Chinese punctuation that must not start a line. reportlab's list is Japanese and lacks
# ，：；！？》” so a wrapped clause could begin with "，"; the paragraph module reads its own
# copy of the list, so both are extended (once; only adds characters).
CANNOT_START_CN = "\uff0c\uff1a\uff1b\uff01\uff1f\u300b\u3009\u201d\u2019\uff05\u2026"


def _chinese_line_breaks() -> None:
    extra = "".join(c for c in CANNOT_START_CN if c not in rl_paragraph.ALL_CANNOT_START)
    rl_paragraph.ALL_CANNOT_START += extra
    textsplit.ALL_CANNOT_START += extra


@cache
def styles() -> Styles:
    """The paragraph styles, all in the embedded CJK font with CJK line breaking."""
    font = cjk_font()
    _chinese_line_breaks()

    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.45,
                              wordWrap="CJK", **kw)

    return Styles(
        title=style("EDTitle", 18, alignment=TA_CENTER, spaceAfter=2),
        subtitle=style("EDSubtitle", 9, alignment=TA_CENTER, textColor=colors.HexColor("#444444"),
                       spaceAfter=6),
        heading=style("EDHeading", 11, spaceBefore=7, spaceAfter=3, keepWithNext=1),
        body=style("EDBody", 10),
        cell=style("EDCell", 9.5),
        label=style("EDLabel", 9.5, textColor=colors.HexColor("#333333")),
        number=style("EDNumber", 9.5, alignment=TA_RIGHT),
        note=style("EDNote", 9.5, leftIndent=14, firstLineIndent=-14, spaceAfter=2),
    )


def p(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped); `style` defaults to the body style. Ideographic
    spaces (U+3000) stay wide gaps instead of collapsing like other white space."""
    return Paragraph(escape(text).replace(IDEO_SPACE, NBSP * 4), style or styles().body)


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def area(value: Decimal) -> str:
    """m² as given, at least two decimals (89.3 → 89.30 ㎡, a surveyed 89.3456 stays)."""
    shown = value.quantize(Decimal("0.01")) if value == value.quantize(Decimal("0.01")) else value
    return f"{shown} ㎡"


def signed_area(value: Decimal) -> str:
    """A difference of areas with its sign: +4.50 ㎡, -5.00 ㎡, 0.00 ㎡."""
    return ("+" if value > 0 else "") + area(value)


def capital(amount: Decimal) -> str:
    return to_capital(amount)


def yuan(amount: Decimal) -> str:
    return format_yuan(amount)


def heading(text: str) -> Paragraph:
    return p(text, styles().heading)


def _ruled(data: list[list[object]], widths: Sequence[float], extra: Sequence[tuple]) -> Table:
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * CELL_PAD),
        *extra,
    ]))
    return table


def kv_table(pairs: Sequence[tuple[str, str]], columns: int = 2,
             label_width: float = 26 * mm) -> Table:
    """Label/value pairs, `columns` pairs to a row, labels shaded."""
    s = styles()
    value_width = WIDTH / columns - label_width
    rows: list[list[object]] = []
    for start in range(0, len(pairs), columns):
        row: list[object] = []
        for label, value in pairs[start:start + columns]:
            row += [p(label, s.label), p(value, s.cell)]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    shading = [("BACKGROUND", (c, 0), (c, -1), LABEL_BG) for c in range(0, 2 * columns, 2)]
    return _ruled(rows, [label_width, value_width] * columns, shading)


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               numeric: Sequence[int] = (), bold_rows: Sequence[int] = ()) -> Table:
    """A ruled table with a shaded header row; `numeric` columns align right, `bold_rows`
    (indexes into `rows`) are shaded like the header, for totals."""
    s = styles()
    data: list[list[object]] = [[p(text, s.label) for text in header]]
    for row in rows:
        data.append([p(text, s.number if i in numeric else s.cell)
                     for i, text in enumerate(row)])
    shading = [("BACKGROUND", (0, 0), (-1, 0), LABEL_BG)]
    shading += [("BACKGROUND", (0, r + 1), (-1, r + 1), LABEL_BG) for r in bold_rows]
    return _ruled(data, widths, shading)


def numbered(lines: Sequence[str]) -> list[Flowable]:
    """1. … 2. … with a hanging indent."""
    return [p(f"{n}. {line}", styles().note) for n, line in enumerate(lines, start=1)]


def signature_block(parties: Sequence[str]) -> Table:
    """One column a party: '买受人（签字）：' over a line to sign on, then '日期：  年  月  日'."""
    s = styles()
    space = 10 * mm
    width = (WIDTH - space * (len(parties) - 1)) / len(parties)
    widths: list[float] = []
    for n in range(len(parties)):
        widths += [width] if n == 0 else [space, width]

    def spread(cells: list[object]) -> list[object]:
        row: list[object] = []
        for n, cell in enumerate(cells):
            row += [cell] if n == 0 else ["", cell]
        return row

    data = [spread([p(party, s.cell) for party in parties]),
            spread(["" for _ in parties]),
            spread([p("日期：　　　　年　　月　　日", s.cell) for _ in parties])]
    table = Table(data, colWidths=widths, rowHeights=[None, 12 * mm, None], hAlign="LEFT")
    lines = [("LINEBELOW", (c, 1), (c, 1), 0.5, colors.black) for c in range(0, len(widths), 2)]
    table.setStyle(TableStyle([
        *lines,
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 2), (-1, 2), 5),
    ]))
    return table


class TickBox(Flowable):
    """An empty square to tick by hand (the font's □ prints too small to tick)."""

    def __init__(self, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size)


def check_options(options: Sequence[str]) -> Table:
    """Boxes to tick, side by side: □ option　□ option."""
    box_col = 6 * mm
    widths: list[float] = []
    row: list[object] = []
    for option in options:
        widths += [box_col, WIDTH / len(options) - box_col]
        row += [TickBox(), p(option, styles().cell)]
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def build(target: Target, title: str, author: str, story: list[Flowable]) -> None:
    """Writes the story to a file path or a binary file object, A4 portrait, the title and
    page number at the foot of each page. The canvas starts in the CJK font, so the PDF
    names no font it does not embed (reportlab would otherwise reference Helvetica)."""
    font = cjk_font()

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, MARGIN / 2, title)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, f"第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(target) if isinstance(target, Path) else target,
                            pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=title, author=author, creator="EstateDesk",
                            initialFontName=font)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
