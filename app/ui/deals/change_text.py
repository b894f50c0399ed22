"""What a change request does, in sentences an approver reads before deciding and a
salesperson reads in the deal's history: the refund and the forfeited deposit, the new unit
and its price, the new buyers, the new price and payment method, the settlement amounts —
and, once decided, the deal before and after.

The request comes from the database as JSON (numbers as floats): every amount is turned
back into an exact Decimal through its text before it is shown."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.money import format_yuan
from app.ui.deals import labels

CONTEXT = "DealChanges"
translate = QCoreApplication.translate


def money(value: Any) -> str:
    """A JSON amount as ¥1,234.50 ("—" when missing)."""
    amount = decimal(value)
    return "—" if amount is None else format_yuan(amount)


def decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def area(value: Any) -> str:
    amount = decimal(value)
    return "—" if amount is None else f"{amount.quantize(Decimal('0.01'))} m²"


def percent(ratio: Any) -> str:
    value = decimal(ratio)
    if value is None:
        return "—"
    return f"{(value * 100).quantize(Decimal('0.01')):+}%"


def buyer_names(buyers: Any) -> str:
    names = []
    for buyer in buyers or []:
        share = decimal(buyer.get("share"))
        names.append(f"{buyer['name']} ({share.normalize():f}%)" if share else buyer["name"])
    return translate("DealChanges", ", ").join(names) if names else "—"


def discount_text(request: dict[str, Any]) -> str:
    steps = (request.get("quote") or {}).get("steps") or []
    names = [translate("DealChanges", "extra discount") if s.get("code") == "extra" else s.get("name", "")
             for s in steps]
    return translate("DealChanges", ", ").join(names) if names else translate("DealChanges", "no discount")


def describe(kind: str, request: dict[str, Any]) -> list[str]:
    """The lines saying what the change does (request = the request with its preview)."""
    if kind == "cancel":
        return [translate("DealChanges", "Refund {refund}, forfeit {forfeit} of the {received} received.").format(
            refund=money(request.get("refund")), forfeit=money(request.get("forfeit")),
            received=money(request.get("received")))]
    if kind == "exchange":
        quote = request.get("quote") or {}
        return [translate("DealChanges", "Move to unit {unit}: list {list_total}, deal total {total} "
                   "({per_m2}/m²).").format(
                    unit=quote.get("unit", "?"), list_total=money(quote.get("list_total")),
                    total=money(quote.get("deal_total")),
                    per_m2=money(quote.get("deal_unit_price"))),
                translate("DealChanges", "Discounts: {names}. The money received carries over.").format(
                    names=discount_text(request))]
    if kind == "rename":
        return [translate("DealChanges", "New buyers: {names}.").format(names=buyer_names(request.get("buyers")))]
    if kind in ("price", "payment_method"):
        quote = request.get("quote") or {}
        lines = [translate("DealChanges", "New deal total {total} ({per_m2}/m²), paid by {method}.").format(
                    total=money(quote.get("deal_total")),
                    per_m2=money(quote.get("deal_unit_price")),
                    method=labels.method_name(request.get("payment_method"))),
                 translate("DealChanges", "Discounts: {names}.").format(names=discount_text(request))]
        if request.get("approval_level"):
            lines.append(translate("DealChanges", "This price needs the approval of: {level}.").format(
                level=labels.level_name(request["approval_level"])))
        if request.get("schedule"):
            lines.append(translate("DealChanges", "New payment schedule of {n} lines.").format(
                n=len(request["schedule"])))
        return lines
    if kind == "area_settlement":
        return settlement_lines(request.get("settlement") or {}, request.get("measured_area"))
    return []


def settlement_lines(s: dict[str, Any], measured: Any = None) -> list[str]:
    lines = [translate("DealChanges", "Measured {measured} against {contract} contracted: {difference} "
                "({ratio}).").format(
                measured=area(s.get("measured_area", measured)),
                contract=area(s.get("contract_area")), difference=area(s.get("difference")),
                ratio=percent(s.get("ratio")))]
    if decimal(s.get("buyer_pays")):
        lines.append(translate("DealChanges", "The buyer pays {amount}.").format(amount=money(s["buyer_pays"])))
    if decimal(s.get("developer_refunds")):
        double = decimal(s.get("double_part"))
        lines.append(translate("DealChanges", "The developer refunds {amount}{double}.").format(
            amount=money(s["developer_refunds"]),
            double=translate("DealChanges", " (of which {amount} double)").format(amount=money(double))
            if double else ""))
    if decimal(s.get("developer_bears")):
        lines.append(translate("DealChanges", "The developer bears {amount}.").format(
            amount=money(s["developer_bears"])))
    if s.get("within") is False:
        lines.append(translate("DealChanges", "Beyond ±3%: the buyer may cancel with a full refund."))
    return lines


# what a decided change kept: label, snapshot key, how to show it
_COMPARED = (
    (QT_TRANSLATE_NOOP("DealChanges", "Stage"), "stage", labels.stage_name),
    (QT_TRANSLATE_NOOP("DealChanges", "Unit"), "unit", str),
    (QT_TRANSLATE_NOOP("DealChanges", "Deal total"), "deal_total", money),
    (QT_TRANSLATE_NOOP("DealChanges", "Price per m²"), "deal_unit_price", money),
    (QT_TRANSLATE_NOOP("DealChanges", "Payment method"), "payment_method", labels.method_name),
    (QT_TRANSLATE_NOOP("DealChanges", "Buyers"), "buyers", buyer_names),
    (QT_TRANSLATE_NOOP("DealChanges", "Measured area"), "measured_area", area),
    (QT_TRANSLATE_NOOP("DealChanges", "Area settlement"), "area_settlement", money),
)


def before_after(before: dict[str, Any] | None,
                 after: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    """(what, before, after) for each value the change altered."""
    if not before or not after:
        return []
    rows = []
    for label, key, shown in _COMPARED:
        old, new = before.get(key), after.get(key)
        if key in ("deal_total", "deal_unit_price", "measured_area", "area_settlement"):
            if decimal(old) == decimal(new):
                continue
        elif old == new:
            continue
        rows.append((translate(CONTEXT, label), "—" if old is None else shown(old),
                     "—" if new is None else shown(new)))
    return rows


def summary(kind: str, request: dict[str, Any]) -> str:
    """One line for a table cell."""
    lines = describe(kind, request)
    return lines[0] if lines else labels.change_kind_name(kind)
