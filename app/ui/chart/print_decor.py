"""Everything on a printed chart page around the cells: the title with project, buildings and
print time, the legend (count, area, value per status, totals, 去化率) and the page number.
In points; fonts from the chart painter's family so Chinese embeds in the PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from app.domain.chart import Legend
from app.domain.status_colours import STATUS_COLOURS
from app.domain.statuses import UnitStatus
from app.ui.chart import formatting as fmt
from app.ui.chart.painter import HEADER_BG, ChartPainter
from app.ui.common.labels import unit_status_name

INK = QColor("#0F172A")
GREY = QColor("#6B7785")
RULE = QColor("#D5DCE4")
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

TEXTS = {
    "heading": QT_TRANSLATE_NOOP("ChartPrinter", "{title} — sales control chart"),
    "printed": QT_TRANSLATE_NOOP("ChartPrinter", "Printed {time}"),
    "buildings": QT_TRANSLATE_NOOP("ChartPrinter", "Buildings: {names}"),
    "comma": QT_TRANSLATE_NOOP("ChartPrinter", ", "),
    "filter": QT_TRANSLATE_NOOP("ChartPrinter", "Filter: {text} (units not matching are dimmed)"),
    "total": QT_TRANSLATE_NOOP("ChartPrinter", "Total"),
    "sell": QT_TRANSLATE_NOOP("ChartPrinter", "Sell-through (by units)"),
    "by_area": QT_TRANSLATE_NOOP("ChartPrinter", "by area {rate}"),
    "units": QT_TRANSLATE_NOOP("ChartPrinter", "{n} units"),
    "wan": QT_TRANSLATE_NOOP("ChartPrinter", "{value} ×10k yuan"),
    "footer": QT_TRANSLATE_NOOP("ChartPrinter",
                                "EstateDesk · for internal use; the database is authoritative"),
    "page": QT_TRANSLATE_NOOP("ChartPrinter", "Page {n} of {total}"),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("ChartPrinter", TEXTS[key])


def _font(painter: ChartPainter, points: float, bold: bool = False) -> QFont:
    font = QFont(painter.family)
    font.setPixelSize(max(1, round(points)))  # the page is scaled to points
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return font


def paint_title(p: QPainter, rect: QRectF, title: str, buildings: list[str],
                printed_at: dt.datetime, filter_text: str, painter: ChartPainter) -> None:
    p.setFont(_font(painter, 18, bold=True))
    p.setPen(INK)
    heading = _t("heading").format(title=title)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width() * 0.7, 26), LEFT, heading)
    p.setFont(_font(painter, 10))
    p.setPen(GREY)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 26), RIGHT,
               _t("printed").format(time=printed_at.strftime("%Y-%m-%d %H:%M")))
    parts = [_t("buildings").format(names=_t("comma").join(buildings))] \
        if buildings else []
    if filter_text:
        parts.append(_t("filter").format(
            text=filter_text))
    p.drawText(QRectF(rect.left(), rect.top() + 26, rect.width(), 14), LEFT, "   ".join(parts))
    p.setPen(QPen(RULE, 0.8))
    p.drawLine(rect.left(), rect.bottom() - 3, rect.right(), rect.bottom() - 3)


def paint_legend(p: QPainter, rect: QRectF, legend: Legend, painter: ChartPainter) -> None:
    """One block per status, then the totals, then the sell-through rate."""
    blocks = len(UnitStatus) + 2
    gap = 6.0
    width = (rect.width() - gap * (blocks - 1)) / blocks
    top = rect.top() + 8
    height = rect.height() - 10
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for i, status in enumerate(UnitStatus):
        box = QRectF(rect.left() + i * (width + gap), top, width, height)
        totals = legend.of(status)
        _block(p, box, painter, unit_status_name(status), totals.count, totals.gross_area,
               totals.list_value, STATUS_COLOURS[status])
    box = QRectF(rect.left() + len(UnitStatus) * (width + gap), top, width, height)
    _block(p, box, painter, _t("total"), legend.total.count, legend.total.gross_area,
           legend.total.list_value, None)
    box = QRectF(rect.right() - width, top, width, height)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(HEADER_BG)
    p.drawRoundedRect(box, 4, 4)
    p.setPen(QColor("#FFFFFF"))
    p.setFont(_font(painter, 9))
    inner = box.adjusted(8, 4, -8, -4)
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 14), LEFT,
               _t("sell"))
    p.setFont(_font(painter, 16, bold=True))
    p.drawText(QRectF(inner.left(), inner.top() + 14, inner.width(), 20), LEFT,
               fmt.percent(legend.sell_through_count))
    p.setFont(_font(painter, 9))
    p.drawText(QRectF(inner.left(), inner.top() + 34, inner.width(), 14), LEFT,
               _t("by_area").format(rate=fmt.percent(legend.sell_through_area)))


def _block(p: QPainter, box: QRectF, painter: ChartPainter, name: str, count: int, area,
           value, colour) -> None:  # noqa: ANN001
    p.setPen(QPen(RULE, 0.8))
    p.setBrush(QColor("#FFFFFF"))
    p.drawRoundedRect(box, 4, 4)
    inner = box.adjusted(8, 4, -8, -4)
    x = inner.left()
    if colour is not None:
        p.setPen(QPen(QColor(colour.border), 0.8))
        p.setBrush(QColor(colour.fill))
        p.drawRoundedRect(QRectF(x, inner.top() + 2, 10, 10), 2, 2)
        x += 15
    p.setPen(INK)
    p.setFont(_font(painter, 10, bold=True))
    p.drawText(QRectF(x, inner.top(), inner.right() - x, 14), LEFT, name)
    p.setFont(_font(painter, 13, bold=True))
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 14), RIGHT,
               _t("units").format(n=fmt.count(count)))
    p.setFont(_font(painter, 9))
    p.setPen(GREY)
    p.drawText(QRectF(inner.left(), inner.top() + 17, inner.width(), 13), LEFT,
               f"{fmt.area_number(area)} ㎡")
    p.drawText(QRectF(inner.left(), inner.top() + 31, inner.width(), 13), LEFT,
               _t("wan").format(value=fmt.wan(value)))


def paint_footer(p: QPainter, rect: QRectF, number: int, total: int,
                 painter: ChartPainter) -> None:
    p.setPen(GREY)
    p.setFont(_font(painter, 8))
    p.drawText(rect, LEFT, _t("footer"))
    p.drawText(rect, RIGHT, _t("page").format(n=number, total=total))
