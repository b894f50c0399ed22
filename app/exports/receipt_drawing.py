"""Drawing one 收据 onto a reportlab canvas (receipt_pdf.py writes the batches): header with
the number in red, a ruled grid of the facts with the amount in figures and in capitals,
the cashier, the payer's signature line and the box for the 财务专用章. Canvas calls only
(no platypus), so a receipt takes milliseconds. Coordinates are points in a box at least
210 × 100 mm (the full layout from 148 mm high, A5 landscape); the caller scales the box to
the paper."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.domain.money import format_yuan, to_capital
from app.exports.pdf_fonts import cjk_font
from app.exports.pdf_layout import cn_date

if TYPE_CHECKING:
    from app.exports.receipt_pdf import ReceiptDoc

RED = colors.HexColor("#C0161D")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#555555")
LABEL_BG = colors.HexColor("#F1F3F6")
STAMP_TEXT = colors.HexColor("#9AA0A8")
WATERMARK = colors.HexColor("#8A9099")

REF_W, REF_H = 210 * mm, 148 * mm   # A5 landscape: the full layout
MIN_H = 100 * mm                    # the compact layout (241 × 93 mm continuous paper)
BREAKS = "、，,;； /"
NO_LINE_START = "、，,;；)）:："


@dataclass(frozen=True)
class _Box:
    """The receipt's drawing box in points, at least 210 wide and 100 mm high. A box of
    148 mm or more gets the full layout; a lower one the compact (rows, gaps, the stamp box
    shrink in proportion, never the text). Wider paper widens the grid."""

    w: float
    h: float

    def v(self, compact_mm: float, full_mm: float) -> float:
        """A vertical measure in points, between its compact and its full value."""
        k = min(1.0, max(0.0, (self.h - MIN_H) / (REF_H - MIN_H)))
        return (compact_mm + (full_mm - compact_mm) * k) * mm

    @property
    def left(self) -> float:
        return 12 * mm

    @property
    def right(self) -> float:
        return self.w - 12 * mm

    @property
    def grid_top(self) -> float:
        return self.h - self.v(28, 38)

    @property
    def row_h(self) -> float:
        return self.v(8.6, 11)

    @property
    def cols(self) -> tuple[float, ...]:
        span = self.right - self.left
        return tuple(self.left + span * f for f in (0, 27 / 186, 90 / 186, 117 / 186, 1))


def _fit(c: Canvas, text: str, x: float, y: float, width: float, size: float,
         align: str = "left", min_size: float = 7.5) -> float:
    """Draws `text` at `size`, shrunk to fit `width` (not below min_size; what still does
    not fit is cut with …); returns the width drawn."""
    font = cjk_font()
    need = stringWidth(text, font, size)
    if need > width:
        size = max(min_size, size * width / need)
        while len(text) > 1 and stringWidth(text, font, size) > width + 0.01:
            text = text[:-2] + "…"
    c.setFont(font, size)
    if align == "right":
        c.drawRightString(x + width, y, text)
    elif align == "center":
        c.drawCentredString(x + width / 2, y, text)
    else:
        c.drawString(x, y, text)
    return stringWidth(text, font, size)


def _two_lines(c: Canvas, text: str, x: float, row: tuple[float, float], width: float,
               size: float) -> None:
    """A cell's text on one line, or on two smaller ones when it is long (several payers,
    a long bank reference), broken after 、，or a space where one is near the end."""
    font = cjk_font()
    top, height = row
    if stringWidth(text, font, size) <= width:
        _fit(c, text, x, top - 0.655 * height, width, size)
        return
    small = 8.5
    cut = 1
    while cut < len(text) and stringWidth(text[:cut + 1], font, small) <= width:
        cut += 1
    near = max(text.rfind(ch, 0, cut) for ch in BREAKS)
    if near >= cut * 0.6:
        cut = near + 1
    while cut < len(text) and text[cut] in NO_LINE_START:   # 、 hangs at the line's end
        cut += 1
    _fit(c, text[:cut].rstrip(), x, top - 0.42 * height, width, small)
    _fit(c, text[cut:].lstrip(), x, top - 0.81 * height, width, small)


def _header(c: Canvas, b: _Box, doc: ReceiptDoc) -> None:
    font = cjk_font()
    mid, title_y = b.w / 2, b.h - b.v(17.5, 26)
    c.setFillColor(INK)
    _fit(c, doc.project_name, mid - 50 * mm, b.h - b.v(8.5, 15), 100 * mm, 12, align="center")
    c.setFont(font, 20 + 4 * b.v(0, 1) / mm)
    c.drawCentredString(mid, title_y, "收　　据")
    for drop, weight in ((b.v(2.0, 2.2), 0.8), (b.v(2.9, 3.2), 0.4)):
        c.setLineWidth(weight)
        c.line(mid - 24 * mm, title_y - drop, mid + 24 * mm, title_y - drop)
    c.setFillColor(RED)
    number_w = _fit(c, doc.receipt_no, b.right - 46 * mm, title_y, 46 * mm, 15, align="right")
    c.setFillColor(GREY)
    c.setFont(font, 9)
    c.drawRightString(b.right - number_w - 1.5 * mm, title_y, "No.")
    c.setFillColor(INK)
    c.setFont(font, 10)
    c.drawString(b.left, b.h - b.v(25, 35), f"日期：{cn_date(doc.issued_on)}")
    c.drawRightString(b.right, b.h - b.v(25, 35), "单位：人民币元")
    if doc.copy:
        c.setStrokeColor(RED)
        c.setFillColor(RED)
        c.setLineWidth(1.2)
        c.rect(b.left, title_y - 1 * mm, 34 * mm, b.v(9, 11))
        c.setFont(font, 13)
        c.drawCentredString(b.left + 17 * mm, title_y + b.v(2.3, 2.6), "副本 COPY")
        c.setStrokeColor(INK)
        c.setFillColor(INK)


def _grid(c: Canvas, b: _Box, doc: ReceiptDoc) -> None:
    top, cols, row_h = b.grid_top, b.cols, b.row_h
    bottom = top - 5 * row_h
    c.setFillColor(LABEL_BG)
    c.rect(cols[0], bottom, cols[1] - cols[0], 5 * row_h, stroke=0, fill=1)
    c.rect(cols[2], top - 2 * row_h, cols[3] - cols[2], 2 * row_h, stroke=0, fill=1)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.rect(b.left, bottom, b.right - b.left, 5 * row_h)
    for r in range(1, 5):
        c.line(b.left, top - r * row_h, b.right, top - r * row_h)
    c.line(cols[1], bottom, cols[1], top)
    for x in (cols[2], cols[3]):
        c.line(x, top - 2 * row_h, x, top)
    c.setFillColor(INK)
    pad = 2.5 * mm

    def cell(row: int, col: int, text: str, size: float = 11, end: int | None = None) -> None:
        x0, x1 = cols[col], cols[col + 1 if end is None else end]
        if row in (2, 3):    # the amounts: shrunk when long, never cut
            _fit(c, text, x0 + pad, top - (row + 0.673) * row_h, x1 - x0 - 2 * pad, size,
                 min_size=1)
        else:
            _two_lines(c, text, x0 + pad, (top - row * row_h, row_h), x1 - x0 - 2 * pad, size)

    for row, label in enumerate(("交款人", "款项", "金额（小写）", "金额（大写）", "备注")):
        cell(row, 0, label, 10)
    for (row, col), text in {(0, 1): doc.payer, (0, 2): "房号", (0, 3): doc.unit_code,
                             (1, 1): doc.kind_label, (1, 2): "付款方式",
                             (1, 3): doc.method_label}.items():
        cell(row, col, text, 10 if col == 2 else 11)
    cell(2, 1, format_yuan(doc.amount), 14, end=4)
    cell(3, 1, to_capital(doc.amount), 13, end=4)
    void = f"作废原因：{doc.void_reason or '—'}" if doc.voided else ""
    cell(4, 1, "　".join(t for t in (void, doc.reference) if t), 10, end=4)


def _footer(c: Canvas, b: _Box, doc: ReceiptDoc) -> None:
    font = cjk_font()
    y = b.grid_top - 5 * b.row_h - b.v(9, 12)
    c.setFillColor(INK)
    c.setFont(font, 10.5)
    c.drawString(b.left, y, "收款人：")
    _fit(c, doc.cashier_name, b.left + 16 * mm, y, 36 * mm, 10.5)
    c.setFont(font, 10.5)
    c.drawString(b.left + 58 * mm, y, "交款人（签字）：")
    c.setLineWidth(0.5)
    c.line(b.left + 88 * mm, y - 1 * mm, b.left + 130 * mm, y - 1 * mm)
    box_w, box_h, box_y = b.v(40, 44), b.v(22, 30), b.v(4, 10)
    x = b.right - box_w
    c.saveState()
    c.setStrokeColor(GREY)
    c.setDash(3, 2)
    c.roundRect(x, box_y, box_w, box_h, 3 * mm)
    c.restoreState()
    c.setFillColor(STAMP_TEXT)
    c.setFont(font, 11)
    c.drawCentredString(x + box_w / 2, box_y + box_h / 2 + 1 * mm, "财务专用章")
    c.setFont(font, 7.5)
    c.drawCentredString(x + box_w / 2, box_y + box_h / 2 - 4.5 * mm, "（盖章有效）")
    c.setFillColor(GREY)
    c.drawString(b.left, b.v(4.5, 9), "本收据为收款凭证，盖财务专用章有效，涂改无效。")


def _stamp(c: Canvas, text: str, at: tuple[float, float, float], size: float,
           color: colors.Color, alpha: float, frame: bool) -> None:
    """`text` rotated about its centre; at = (x, y, degrees)."""
    c.saveState()
    c.translate(at[0], at[1])
    c.rotate(at[2])
    c.setFillColor(color)
    c.setStrokeColor(color)
    c.setFillAlpha(alpha)
    c.setStrokeAlpha(alpha)
    c.setFont(cjk_font(), size)
    c.drawCentredString(0, -size * 0.36, text)
    if frame:
        half_w = stringWidth(text, cjk_font(), size) / 2 + 5 * mm
        half_h = size * 0.5 + 3 * mm
        c.setLineWidth(2.2)
        c.rect(-half_w, -half_h, 2 * half_w, 2 * half_h)
        c.setLineWidth(0.8)
        c.rect(-half_w + 2 * mm, -half_h + 2 * mm, 2 * half_w - 4 * mm, 2 * half_h - 4 * mm)
    c.restoreState()


def draw_receipt(c: Canvas, doc: ReceiptDoc, width: float = REF_W,
                 height: float = REF_H) -> None:
    """One receipt in the box of `width` × `height` points at the canvas' origin: a faint
    副本 COPY under a copy, a red 作废 stamp over a voided one."""
    b = _Box(width, height)
    middle = b.grid_top - 2.5 * b.row_h
    if doc.copy:
        _stamp(c, "副本 COPY", (b.w / 2, middle, 16), 64, WATERMARK, 0.16, frame=False)
    _header(c, b, doc)
    _grid(c, b, doc)
    _footer(c, b, doc)
    if doc.voided:
        _stamp(c, "作　废", (b.right - 38 * mm, middle + 1 * mm, -12), 32, RED, 0.6, frame=True)


def cut_line(c: Canvas, width: float, y: float) -> None:
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.setDash(4, 3)
    label = "沿此线裁开"
    half = stringWidth(label, cjk_font(), 7) / 2 + 2 * mm
    c.line(6 * mm, y, width / 2 - half, y)
    c.line(width / 2 + half, y, width - 6 * mm, y)
    c.setFillColor(GREY)
    c.setFont(cjk_font(), 7)
    c.drawCentredString(width / 2, y - 2.4, label)
    c.restoreState()
