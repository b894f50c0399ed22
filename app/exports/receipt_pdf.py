"""收据 (receipts) as PDF: one receipt to an A5 landscape page (or a page size of the
office's pre-cut paper), or two to an A4 portrait sheet with a cut line between.

Drawn straight onto a reportlab canvas (no platypus) in the embedded CJK font registered
once, so a receipt renders in milliseconds and a day's batch of 1,000 in seconds. Each
receipt shows its number in red, the amount in figures and in capitals (大写金额), the
cashier and a box for the 财务专用章; a reprint carries 副本 COPY, a voided one 作废.

A batch is written to a temporary file beside the target and renamed at the end: a batch
cancelled half-way, or one that fails, leaves no file behind (nor a half-written one)."""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Protocol

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.exports.pdf_fonts import cjk_font
from app.exports.receipt_drawing import MIN_H, REF_W, cut_line, draw_receipt

KIND_LABELS = {"deposit": "定金", "down_payment": "首付", "instalment": "房款",
               "loan": "按揭放款", "maintenance_fund": "维修基金", "fee": "代收费用"}
METHOD_LABELS = {"cash": "现金", "card": "刷卡", "transfer": "转账", "cheque": "支票"}

A5_LANDSCAPE_MM = (210.0, 148.0)
A4_PORTRAIT_MM = (210.0, 297.0)

Target = str | Path | BinaryIO
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReceiptFacts(Protocol):
    """What from_row reads: app.db.queries.finance.ReceiptRow has these."""

    receipt_no: str
    project_name: str | None
    payer: str | None
    unit_code: str | None
    kind: str | None
    amount: Decimal | None
    method: str | None
    reference: str | None
    cashier_name: str | None
    issued_on: dt.date | None
    voided_at: dt.datetime | None
    void_reason: str | None


@dataclass(frozen=True)
class ReceiptDoc:
    receipt_no: str
    project_name: str
    payer: str
    unit_code: str
    kind_label: str            # 定金, 首付… (Chinese: the receipt is a Chinese document)
    amount: Decimal
    method_label: str          # 现金, 转账…
    reference: str
    cashier_name: str
    issued_on: dt.date
    copy: bool = False         # a reprint: 副本 COPY
    voided: bool = False       # 作废
    void_reason: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"amount must be a Decimal, not {type(self.amount).__name__}")

    @classmethod
    def from_row(cls, row: ReceiptFacts, copy: bool) -> ReceiptDoc:
        """From a ReceiptRow; a number voided unused (no payment) has nothing to print."""
        if row.amount is None or row.kind is None or row.issued_on is None:
            raise ValueError(f"receipt {row.receipt_no} was never issued: nothing to print")
        return cls(
            receipt_no=row.receipt_no, project_name=row.project_name or "",
            payer=row.payer or "", unit_code=row.unit_code or "",
            kind_label=KIND_LABELS.get(row.kind, row.kind), amount=row.amount,
            method_label=METHOD_LABELS.get(row.method or "", row.method or ""),
            reference=row.reference or "", cashier_name=row.cashier_name or "",
            issued_on=row.issued_on, copy=copy, voided=row.voided_at is not None,
            void_reason=row.void_reason or "")


@dataclass(frozen=True)
class ReceiptLayout:
    """A5 landscape by default, or (width_mm, height_mm) of the office's receipt paper
    (e.g. 241 × 93 mm continuous forms: the compact layout); two_per_page puts two A5
    landscape receipts on one A4 portrait sheet."""

    size_mm: tuple[float, float] = A5_LANDSCAPE_MM
    two_per_page: bool = False

    def __post_init__(self) -> None:
        width, height = self.size_mm
        if not (140 <= width <= 500 and 85 <= height <= 500):
            raise ValueError(f"a receipt page of {width} × {height} mm is not plausible")
        if self.two_per_page and tuple(self.size_mm) != A5_LANDSCAPE_MM:
            raise ValueError("two receipts per page print A5 landscape on A4 portrait")

    @property
    def per_page(self) -> int:
        return 2 if self.two_per_page else 1

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = A4_PORTRAIT_MM if self.two_per_page else self.size_mm
        return width * mm, height * mm

    def slots(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) in points of each receipt on a page, top first."""
        width, height = self.page_size
        if not self.two_per_page:
            return [(0, 0, width, height)]
        return [(0, height / 2, width, height / 2), (0, 0, width, height / 2)]


DEFAULT_LAYOUT = ReceiptLayout()


# --- the batch ------------------------------------------------------------------------------

def _render(docs: Sequence[ReceiptDoc], out: str | BinaryIO, layout: ReceiptLayout,
            progress: Progress | None, cancelled: Cancelled | None) -> int | None:
    """Draws every receipt; None when cancelled (the caller throws the output away)."""
    font = cjk_font()
    width, height = layout.page_size
    first = docs[0]
    title = f"收据 {first.receipt_no}" + (f" 等 {len(docs)} 张" if len(docs) > 1 else "")
    c = Canvas(out, pagesize=(width, height), initialFontName=font, initialFontSize=10,
               pageCompression=1)
    c.setTitle(title)
    c.setAuthor(first.project_name)
    c.setCreator("EstateDesk")
    slots = layout.slots()
    pages = 0
    for index, doc in enumerate(docs):
        if cancelled is not None and cancelled():
            return None
        slot = index % len(slots)
        x, y, slot_w, slot_h = slots[slot]
        scale = min(slot_w / REF_W, slot_h / MIN_H)
        c.saveState()
        c.translate(x, y)
        c.scale(scale, scale)
        draw_receipt(c, doc, slot_w / scale, slot_h / scale)
        c.restoreState()
        if layout.two_per_page and slot == 0 and index + 1 < len(docs):
            cut_line(c, width, height / 2)
        if slot == len(slots) - 1 or index + 1 == len(docs):
            c.showPage()          # the next page starts in the CJK font again
            pages += 1
        if progress is not None:
            progress(index + 1, len(docs))
    c.save()
    return pages


def write_receipts(docs: Sequence[ReceiptDoc], target: Target,
                   layout: ReceiptLayout = DEFAULT_LAYOUT, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> int:
    """Writes the receipts, in order, to a path or a binary file object; returns the pages
    written. `progress(done, total)` follows each receipt; when `cancelled()` turns True the
    batch stops and 0 is returned with no file left behind (a file object gets nothing)."""
    if not docs:
        raise ValueError("no receipts to write")
    if not isinstance(target, str | Path):
        buffer = io.BytesIO()
        pages = _render(docs, buffer, layout, progress, cancelled)
        if pages is None:
            return 0
        target.write(buffer.getvalue())
        return pages
    path = Path(target)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        pages = _render(docs, temp, layout, progress, cancelled)
        if pages is not None:
            os.chmod(temp, 0o644)
            os.replace(temp, path)
            return pages
        return 0
    finally:
        if os.path.exists(temp):
            os.remove(temp)
