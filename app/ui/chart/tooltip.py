"""The hover card of a unit: everything a salesperson is asked at the chart — layout,
orientation, areas, prices, status and why, who changed it and when, until when a pencil
holds, and (for roles allowed to see them) the customer and salesperson."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.chart import ChartUnit
from app.domain.status_colours import STATUS_COLOURS
from app.ui.chart import formatting as fmt
from app.ui.common.labels import unit_status_name

CONTEXT = "UnitTooltip"
KNOWN_REASONS = {"pencil expired": QT_TRANSLATE_NOOP("UnitTooltip", "The pencil ran out")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(reason: str | None) -> str | None:
    """Reasons the database writes itself (in English) shown in the user's language."""
    if reason is None:
        return None
    known = KNOWN_REASONS.get(reason)
    return _tr(known) if known else reason


LABELS = {
    "layout": QT_TRANSLATE_NOOP("UnitTooltip", "Layout"),
    "orientation": QT_TRANSLATE_NOOP("UnitTooltip", "Orientation"),
    "gross": QT_TRANSLATE_NOOP("UnitTooltip", "Gross area"),
    "inner": QT_TRANSLATE_NOOP("UnitTooltip", "Inner area"),
    "price": QT_TRANSLATE_NOOP("UnitTooltip", "List unit price"),
    "total": QT_TRANSLATE_NOOP("UnitTooltip", "List total"),
    "reason": QT_TRANSLATE_NOOP("UnitTooltip", "Reason"),
    "changed": QT_TRANSLATE_NOOP("UnitTooltip", "Last change"),
    "until": QT_TRANSLATE_NOOP("UnitTooltip", "Pencilled until"),
    "customer": QT_TRANSLATE_NOOP("UnitTooltip", "Customer"),
    "salesperson": QT_TRANSLATE_NOOP("UnitTooltip", "Salesperson"),
}


def _names() -> dict[str, str]:
    return {key: _tr(text) for key, text in LABELS.items()}


def unit_rows(unit: ChartUnit) -> list[tuple[str, str]]:
    """(label, value) pairs shown for a unit; rows without a value are left out."""
    n = _names()
    rows = [(n["layout"], unit.layout or "—"), (n["orientation"], unit.orientation or "—"),
            (n["gross"], fmt.area(unit.gross_area)), (n["inner"], fmt.area(unit.inner_area)),
            (n["price"], fmt.unit_price(unit.list_unit_price)),
            (n["total"], f"{fmt.yuan(unit.list_total)}（{fmt.money_short(unit.list_total)}）")]
    reason = reason_text(unit.status_reason)
    if reason:
        rows.append((n["reason"], reason))
    if unit.status_changed_at is not None or unit.status_changed_by:
        when = fmt.date_time(unit.status_changed_at)
        by = unit.status_changed_by
        rows.append((n["changed"], f"{when} · {by}" if by else when))
    if unit.pencil_expires_at is not None:
        rows.append((n["until"], fmt.date_time(unit.pencil_expires_at)))
    if unit.customer:
        rows.append((n["customer"], unit.customer))
    if unit.salesperson:
        rows.append((n["salesperson"], unit.salesperson))
    return rows


def unit_tooltip(unit: ChartUnit) -> str:
    """Rich text for QToolTip: a heading with the status chip, then a two-column table."""
    colour = STATUS_COLOURS[unit.status]
    chip = (f"<span style='background:{colour.fill}; color:{colour.text};'>"
            f"&nbsp;{escape(unit_status_name(unit.status))}&nbsp;</span>")
    body = "".join(
        f"<tr><td style='color:#6b7785; padding-right:12px'>{escape(label)}</td>"
        f"<td>{escape(value)}</td></tr>" for label, value in unit_rows(unit))
    title = escape(f"{unit.building_name} {fmt.entrance_label(unit.entrance_code)} "
                   f"{unit.room_no}")
    return (f"<div style='white-space:nowrap'><b style='font-size:12pt'>{title}</b>"
            f"&nbsp;&nbsp;{chip}<br><span style='color:#6b7785'>{escape(unit.code)}</span>"
            f"<table cellspacing='0' cellpadding='2' style='margin-top:4px'>{body}</table>"
            f"</div>")
