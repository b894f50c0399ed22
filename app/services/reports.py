"""Decision support (决策支持): every report the screens offer, by key, and the one way to
run one — `run(engine, key, ReportFilter(...))` returns a `Report` (columns, rows, totals)
that one table widget and one Excel writer can show — and `record_export`, which the
export calls to put who exported what in the audit log.

Rights are the database's: each report reads the report_* views under the caller's grants
and row-level security, so a salesperson's reports hold their own figures only, an
executive reads everything (and changes nothing), and the front desk and property staff
are refused (ErrorKind.NOT_ALLOWED). Sell-through, inventory, price history, channel cost
and the audit describe the whole project: managers, finance (not the audit) and
executives read them, salespeople do not.

Totals agree across reports for the same filter: the ledger's subscription and contract
values are the summaries' totals; sell-through's sold units and value are the
subscription ledger's rows and subscription value (when every sold unit has its deal in
EstateDesk); inventory units + sold units = all units; the funnel reports, staff
performance and channel report count visitors, subscriptions and contracts alike.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from functools import partial
from typing import Any

import sqlalchemy as sa

from app.db.queries.reports import ReportFilter, log_export, prepare
from app.domain.errors import tr_noop
from app.services import report_money, report_people, report_sales, transactions
from app.services.errors import ErrorKind, UserError
from app.services.report_model import (
    CODE_LABELS,
    ChartSpec,
    Column,
    Report,
    ReportSpec,
    applied,
)

__all__ = ["CODE_LABELS", "REPORTS", "Column", "Report", "ReportFilter", "ReportSpec",
           "record_export", "run"]

_PLACE = {"project_id", "building_id"}
_DATES = {"date_from", "date_to"}
_WHO = {"staff_id", "channel_id"}
ALL = frozenset(_PLACE | _DATES | _WHO)
SALES = ChartSpec(("subscription_value", "contract_value"))
STOCK = ChartSpec(("sold", "unsold"), "stacked")
FUNNEL = ChartSpec(("visitors", "subscriptions", "contracts"))
PROFILE = ChartSpec(("customers", "buyers"))


def _spec(key: str, title: str, filters: set[str] | frozenset[str], make: Any,
          chart: ChartSpec | None = None, **kw: Any) -> ReportSpec:
    return ReportSpec(key, title, frozenset(filters), partial(make, key=key, title=title, **kw),
                      chart)


_SPECS = (
    _spec("sales_ledger", tr_noop("Sales ledger (subscriptions and contracts)"), ALL,
          report_sales.ledger, which="any"),
    _spec("subscription_ledger", tr_noop("Subscriptions"), ALL, report_sales.ledger,
          which="subscribed"),
    _spec("contract_ledger", tr_noop("Contracts"), ALL, report_sales.ledger, which="contracted"),
    _spec("sales_by_period", tr_noop("Sales by period"), ALL | {"grain"}, report_sales.summary,
          chart=SALES, by="period"),
    _spec("sales_by_building", tr_noop("Sales by building"), ALL, report_sales.summary,
          chart=SALES, by="building"),
    _spec("sales_by_layout", tr_noop("Sales by layout"), ALL, report_sales.summary, chart=SALES,
          by="layout"),
    _spec("sales_by_staff", tr_noop("Sales by salesperson"), ALL, report_sales.summary,
          chart=SALES, by="staff"),
    _spec("sell_through_by_building", tr_noop("Sell-through by building"), _PLACE | _DATES,
          report_sales.sell_through, chart=STOCK, by="building"),
    _spec("sell_through_by_layout", tr_noop("Sell-through by layout"), _PLACE | _DATES,
          report_sales.sell_through, chart=STOCK, by="layout"),
    _spec("inventory", tr_noop("Inventory"), _PLACE, report_sales.inventory,
          chart=ChartSpec(("units",))),
    _spec("receivables", tr_noop("Receivables and overdue ageing"), _PLACE | _WHO,
          report_money.receivables),
    _spec("collections", tr_noop("Collections by period and method"), ALL | {"grain"},
          report_money.collections,
          chart=ChartSpec(("cash", "card", "transfer", "cheque"), "stacked")),
    _spec("collection_detail", tr_noop("Collection detail"), ALL, report_money.collection_detail),
    _spec("visitors_by_staff", tr_noop("Visitors and conversion by salesperson"), ALL,
          report_people.funnel, chart=FUNNEL, by="staff"),
    _spec("visitors_by_channel", tr_noop("Visitors and conversion by channel"), ALL,
          report_people.funnel, chart=FUNNEL, by="channel"),
    _spec("visit_list", tr_noop("Visits"), _DATES | _WHO, report_people.visit_list),
    _spec("queue_numbers", tr_noop("Queue numbers"), {"project_id"} | _DATES | _WHO,
          report_people.queue_list),
    _spec("channel_roi", tr_noop("Channel cost and result"),
          {"project_id", "channel_id"} | _DATES, report_people.channel_roi,
          chart=ChartSpec(("cost", "contract_value"))),
    _spec("profile_age", tr_noop("Customer profile: age"), ALL, report_people.profile,
          chart=PROFILE, by="age"),
    _spec("profile_district", tr_noop("Customer profile: district"), ALL,
          report_people.profile, chart=PROFILE, by="district"),
    _spec("profile_occupation", tr_noop("Customer profile: occupation"), ALL,
          report_people.profile, chart=PROFILE, by="occupation"),
    _spec("profile_grade", tr_noop("Customer profile: intent grade"), ALL,
          report_people.profile, chart=PROFILE, by="grade"),
    _spec("profile_purpose", tr_noop("Customer profile: purpose"), ALL,
          report_people.profile, chart=PROFILE, by="purpose"),
    _spec("price_history", tr_noop("Price history"), _PLACE | _DATES,
          report_sales.price_history),
    _spec("staff_performance", tr_noop("Staff performance"), _PLACE | _DATES | {"staff_id"},
          report_people.staff_performance,
          chart=ChartSpec(("contract_value",))),
    _spec("sensitive_actions", tr_noop("Audit of sensitive actions"),
          {"project_id", "staff_id"} | _DATES, report_people.sensitive_actions),
)
REPORTS: dict[str, ReportSpec] = {s.key: s for s in _SPECS}


def spec(key: str) -> ReportSpec:
    try:
        return REPORTS[key]
    except KeyError:
        raise UserError(ErrorKind.VALIDATION, tr_noop("There is no report \"{report}\"."),
                        {"report": key}, key="report:unknown") from None


def run(engine: sa.Engine, key: str, f: ReportFilter) -> Report:
    """The report `key` for the filter (the fields it does not use are ignored and come
    back cleared in Report.filter). Lapsed deadlines are applied first, as on the chart."""
    s = spec(key)
    used = applied(f, s.filters)

    def action(session: Any) -> Report:
        prepare(session)
        return s.make(session, used)

    return transactions.run(engine, action)


def filter_detail(f: ReportFilter | Mapping[str, Any]) -> dict[str, Any]:
    """The set fields of a filter as JSON values (dates as ISO text)."""
    values = dataclasses.asdict(f) if isinstance(f, ReportFilter) else dict(f)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v)
            for k, v in values.items() if v is not None}


def record_export(engine: sa.Engine, report_key: str, filters: ReportFilter | Mapping[str, Any],
                  rows: int) -> int:
    """Puts an export in the audit log — who (the login), when, which report, with which
    filters and how many rows — and returns the log entry's id. The Excel export calls it
    once the file is written; the audit report lists it."""
    s = spec(report_key)
    if not isinstance(rows, int) or rows < 0:
        raise ValueError("rows is a count")
    detail = json.dumps({"report": s.key, "title": s.title, "filters": filter_detail(filters),
                         "rows": rows}, ensure_ascii=False)
    return transactions.run(engine, lambda session: log_export(session, s.key, detail))
