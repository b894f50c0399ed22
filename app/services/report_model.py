"""The shape every report has, so one table widget and one Excel writer show them all: the
filter in, columns (key, English title for translation, type), rows of plain values and a
totals row out. Money, areas and ratios are Decimal, never float; a ratio (type percent)
is a fraction — 0.2500 is 25% — or None where its base is zero."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.db.queries.reports import GRAINS, ReportFilter
from app.domain.errors import tr_noop
from app.services.errors import ErrorKind, UserError

COLUMN_TYPES = ("text", "int", "money", "area", "percent", "date", "datetime")
CENT = Decimal("0.01")
RATIO = Decimal("0.0001")
ZERO = Decimal("0.00")
FILTER_FIELDS = tuple(f.name for f in fields(ReportFilter))


@dataclass(frozen=True)
class Column:
    """`type`: text, int, money (yuan), area (m²), percent (a ratio), date, datetime.
    `codes` names the list a text column's values come from (see CODE_LABELS: the screen
    shows their translated labels). `total`: how the totals row gets this column — "sum",
    "max", or None for none; a `derive`d column is computed from the other values of its
    row, and of the totals row, by the same function."""

    key: str
    title: str
    type: str
    codes: str | None = None
    total: str | None = None
    derive: Callable[[Mapping[str, Any]], Any] | None = field(default=None, compare=False,
                                                              repr=False)

    def __post_init__(self) -> None:
        if self.type not in COLUMN_TYPES:
            raise ValueError(f"unknown column type {self.type!r}")


def col(key: str, title: str, type_: str, codes: str | None = None,
        derive: Callable[[Mapping[str, Any]], Any] | None = None,
        total: str | None = "default") -> Column:
    """A column whose totals default to the sum for int, money and area columns."""
    if total == "default":
        total = "sum" if type_ in ("int", "money", "area") and derive is None else None
    return Column(key, title, type_, codes, total, derive)


@dataclass(frozen=True)
class Report:
    key: str
    title: str
    filter: ReportFilter           # as applied: the fields this report does not use are None
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    totals: tuple[Any, ...]

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def total(self, key: str) -> Any:
        return self.totals[self.index(key)]

    def values(self, key: str) -> list[Any]:
        i = self.index(key)
        return [row[i] for row in self.rows]


@dataclass(frozen=True)
class ChartSpec:
    """The native chart a summary report gets in Excel: `series` (column keys) against the
    report's first column; `kind` column or stacked (a report by period is drawn as lines)."""

    series: tuple[str, ...]
    kind: str = "column"

    def __post_init__(self) -> None:
        if self.kind not in ("column", "stacked") or not self.series:
            raise ValueError(f"bad chart {self!r}")


@dataclass(frozen=True)
class ReportSpec:
    """A report the screens can offer: its key, title, the filter fields it uses and how
    it is made (a function of a session and the filter)."""

    key: str
    title: str
    filters: frozenset[str]
    make: Callable[..., Report] = field(compare=False, repr=False)
    chart: ChartSpec | None = None   # a summary's chart (the Excel export draws it)


def ratio(part: Any, whole: Any) -> Decimal | None:
    if part is None or not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(RATIO, ROUND_HALF_UP)


def per(amount: Any, count: Any) -> Decimal | None:
    """Money per unit (per visitor, per m²), to the fen."""
    if amount is None or not count:
        return None
    return (Decimal(amount) / Decimal(count)).quantize(CENT, ROUND_HALF_UP)


def _plain(value: Any, type_: str) -> Any:
    if value is None:
        return None
    if type_ in ("money", "area"):
        return Decimal(value).quantize(CENT)
    if type_ == "int":
        return int(value)
    return value


def _sum(values: Iterable[Any]) -> Any:
    present = [v for v in values if v is not None]
    return sum(present[1:], present[0]) if present else None


def build(spec_key: str, title: str, f: ReportFilter, columns: Sequence[Column],
          rows: Iterable[Mapping[str, Any]], totals: Mapping[str, Any] | None = None) -> Report:
    """A report from row mappings: derived columns computed, values made plain, and the
    totals row summed (or taken from `totals`, e.g. distinct counts) and derived."""
    keys = [c.key for c in columns]
    done = []
    for row in rows:
        values = dict(row)
        for c in columns:
            if c.derive is not None:
                values[c.key] = c.derive(values)
        done.append(values)
    agg: dict[str, Any] = {}
    for c in columns:
        if totals is not None and c.key in totals:
            agg[c.key] = totals[c.key]
        elif c.total == "sum":
            agg[c.key] = _sum(r.get(c.key) for r in done)
        elif c.total == "max":
            agg[c.key] = max((r[c.key] for r in done if r.get(c.key) is not None), default=None)
    for c in columns:
        if c.derive is not None:
            agg[c.key] = c.derive(agg)
        elif c.total is None and not (totals is not None and c.key in totals):
            agg[c.key] = None
    out_rows = tuple(tuple(_plain(r.get(k), c.type) for k, c in zip(keys, columns, strict=True))
                     for r in done)
    out_totals = tuple(_plain(agg.get(c.key), c.type) for c in columns)
    return Report(spec_key, title, f, tuple(columns), out_rows, out_totals)


def applied(f: ReportFilter, used: frozenset[str]) -> ReportFilter:
    """The filter as a report uses it (the other fields cleared), checked."""
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise UserError(ErrorKind.VALIDATION, tr_noop("The period ends before it starts."),
                        key="date_to:order")
    if f.grain not in GRAINS:
        raise UserError(ErrorKind.VALIDATION, tr_noop("Choose day, week or month."),
                        key="grain:unknown")
    cleared = {name: None for name in FILTER_FIELDS if name not in used and name != "grain"}
    if "grain" not in used:
        cleared["grain"] = "month"
    return replace(f, **cleared)


def periods_between(first: dt.date, last: dt.date, grain: str) -> list[dt.date]:
    """The first day of every day, week (Monday) or month from `first` to `last`."""
    if grain == "day":
        start = first
    elif grain == "week":
        start = first - dt.timedelta(days=first.weekday())
    else:
        start = first.replace(day=1)
    out = []
    while start <= last:
        out.append(start)
        if grain == "day":
            start += dt.timedelta(days=1)
        elif grain == "week":
            start += dt.timedelta(days=7)
        else:
            start = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


# Labels of the codes text columns hold (Column.codes), for the screen and the Excel file.
CODE_LABELS: dict[str, dict[str, str]] = {
    "deal_state": {"subscribed": tr_noop("subscribed"), "contracted": tr_noop("contracted"),
                   "filed": tr_noop("filed")},
    "unit_state": {"not_released": tr_noop("not released"), "available": tr_noop("available"),
                   "held": tr_noop("held"), "pencilled": tr_noop("pencilled"),
                   "small_deposit": tr_noop("small deposit"), "sold": tr_noop("sold")},
    "payment_method": {"full": tr_noop("full payment"), "instalments": tr_noop("instalments"),
                       "commercial_loan": tr_noop("commercial loan"),
                       "provident_loan": tr_noop("provident fund loan"),
                       "combined_loan": tr_noop("combined loan")},
    "money_method": {"cash": tr_noop("cash"), "card": tr_noop("card"),
                     "transfer": tr_noop("bank transfer"), "cheque": tr_noop("cheque")},
    "payment_kind": {"deposit": tr_noop("deposit"), "down_payment": tr_noop("down payment"),
                     "instalment": tr_noop("instalment"), "loan": tr_noop("loan"),
                     "maintenance_fund": tr_noop("maintenance fund"), "fee": tr_noop("fee"),
                     "refund": tr_noop("refund")},
    "money_entry": {"payment": tr_noop("payment"), "void": tr_noop("void"),
                    "refund": tr_noop("refund")},
    "visit_type": {"visit": tr_noop("visit"), "call": tr_noop("call"),
                   "revisit": tr_noop("revisit")},
    "ticket_status": {"active": tr_noop("active"), "used": tr_noop("used"),
                      "refunded": tr_noop("refunded")},
    "age_band": {"under_25": tr_noop("under 25"), "25_34": tr_noop("25–34"),
                 "35_44": tr_noop("35–44"), "45_54": tr_noop("45–54"),
                 "55_plus": tr_noop("55 and over"), "unknown": tr_noop("unknown")},
    "purpose": {"self_use": tr_noop("own use"), "investment": tr_noop("investment"),
                "upgrade": tr_noop("upgrade")},
    "plan_kind": {"plan": tr_noop("price plan"), "adjustment": tr_noop("price adjustment")},
    "sensitive_action": {"discount_decision": tr_noop("discount decision"),
                         "change_decision": tr_noop("change decision"),
                         "price_plan_decision": tr_noop("price plan decision"),
                         "receipt_void": tr_noop("receipt void"), "refund": tr_noop("refund"),
                         "export": tr_noop("export")},
    "change_kind": {"cancel": tr_noop("cancellation"), "exchange": tr_noop("exchange"),
                    "rename": tr_noop("buyer change"), "price": tr_noop("price change"),
                    "payment_method": tr_noop("payment method change"),
                    "area_settlement": tr_noop("area settlement"),
                    "plan": tr_noop("price plan"), "adjustment": tr_noop("price adjustment")},
    "outcome": {"approved": tr_noop("approved"), "rejected": tr_noop("rejected"),
                "voided": tr_noop("voided"), "paid": tr_noop("paid"),
                "exported": tr_noop("exported")},
}
