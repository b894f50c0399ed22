"""Exporting the filtered customer list to Excel — personal data, so only managers and
administrators may, and every export is written to the audit log. Streams (openpyxl
write-only) in pages, reports progress and can be cancelled; a cancelled or failed export
leaves no file behind."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from app.domain.phones import format_phone_display
from app.services import transactions
from app.services.customers import PAGE, CustomerQuery, count_customers, customer_page
from app.services.errors import ErrorKind, UserError
from app.services.messages import tr_noop

HEADERS = ("客户姓名", "性别", "电话", "等级", "状态", "置业顾问", "来源渠道", "最近联系",
           "下次联系", "登记时间")
STATUS_NAMES = {"visitor": "来访", "queued": "排号", "reserved": "认购", "contracted": "签约",
                "owner": "业主", "lost": "流失"}


class ExportCancelled(Exception):
    pass


def export_customers(engine: sa.Engine, query: CustomerQuery, path: Path,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> int:
    """Write the customers matching `query` to `path`; returns how many rows."""
    allowed = transactions.run(engine, lambda s: s.execute(sa.text(
        "SELECT estatedesk.has_role('sales_manager') OR estatedesk.has_role('admin')"))
        .scalar_one())
    if not allowed:
        raise UserError(ErrorKind.NOT_ALLOWED,
                        tr_noop("Only sales managers and administrators export customers."))
    from openpyxl import Workbook

    total = count_customers(engine, query)
    partial = path.with_name(path.name + ".part")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(HEADERS)
    written = 0
    try:
        while written < total:
            if cancelled and cancelled():
                raise ExportCancelled
            page = customer_page(engine, query, written, PAGE * 5)
            if not page:  # rows went away while exporting: write what there is
                break
            for r in page:
                ws.append([r.name, {"M": "男", "F": "女"}.get(r.gender or "", ""),
                           format_phone_display(r.phone) if r.phone and "*" not in r.phone
                           else r.phone, r.grade, STATUS_NAMES.get(r.status, r.status),
                           r.salesperson, r.channel,
                           r.last_contact_at.replace(tzinfo=None) if r.last_contact_at else None,
                           r.next_contact_on, r.created_at.replace(tzinfo=None)])
                written += 1
            if progress:
                progress(written, total)
        wb.save(partial)
        os.replace(partial, path)
    except BaseException:
        _discard(wb, partial)
        raise
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.log_event('EXPORT', 'customers', NULL, "
                "CAST(:d AS jsonb))"),
        {"d": _detail(query, written, path)}))
    return written


def _discard(wb: object, partial: Path) -> None:
    """Close the streaming writer properly (it holds an open XML stream) and remove what it
    wrote, so a cancelled export leaves no file and no half-closed generator behind."""
    try:
        wb.save(partial)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 — the export failed already; this is only cleanup
        pass
    partial.unlink(missing_ok=True)


def _detail(query: CustomerQuery, rows: int, path: Path) -> str:
    import json

    return json.dumps({"rows": rows, "file": path.name, "text": query.text,
                       "grades": list(query.grades), "statuses": list(query.statuses),
                       "staff_id": query.staff_id, "channel_id": query.channel_id},
                      ensure_ascii=False)
