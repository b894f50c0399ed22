"""The deal's printed papers, filled from the database: the subscription form (认购书) of a
subscribed deal and the area settlement notice (面积补差通知书) of a settlement change. The
papers are Chinese legal documents, so their labels are Chinese whatever the UI language;
the settlement's explanation lines come in through `translate` like every other text."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain.phones import format_phone_display
from app.domain.settlement import settle
from app.exports.deal_pdf import (
    Buyer,
    DiscountLine,
    SettlementNotice,
    SubscriptionForm,
    write_settlement_notice,
    write_subscription_form,
)
from app.services import transactions
from app.services.errors import ErrorKind, UserError
from app.services.messages import tr_noop

METHOD_CN = {"full": "一次性付款", "instalments": "分期付款", "commercial_loan": "商业贷款",
             "provident_loan": "公积金贷款", "combined_loan": "组合贷款"}
BASIS_CN = {"gross_area": "按建筑面积计价", "inner_area": "按套内面积计价", "whole_unit": "按套计价"}

_DEAL = sa.text("""
    SELECT d.id, d.stage::text AS stage, d.subscribed_at, d.sign_deadline, d.deposit,
           d.breakdown, d.deal_total, d.deal_unit_price, d.payment_method::text AS method,
           d.list_total, d.list_unit_price, d.price_area, d.pricing_basis::text AS basis,
           d.contract_no, p.name AS project_name, coalesce(p.developer, '') AS developer,
           u.code AS unit_code, b.name AS building, coalesce(u.layout, '') AS layout,
           u.gross_area, u.inner_area, c.name AS customer_name, c.id_number, c.phone,
           s.full_name AS salesperson
    FROM estatedesk.deals d
    JOIN estatedesk.projects p ON p.id = d.project_id
    JOIN estatedesk.units u ON u.id = d.unit_id
    JOIN estatedesk.buildings b ON b.id = u.building_id
    JOIN estatedesk.customers c ON c.id = d.customer_id
    JOIN estatedesk.staff s ON s.id = d.staff_id
    WHERE d.id = :d""")


def _not_found() -> UserError:
    return UserError(ErrorKind.RULE, tr_noop("The deal does not exist."), key="deal_not_found")


def _buyers(session: Session, deal_id: int, row: Any) -> tuple[Buyer, ...]:
    listed = session.execute(sa.text(
        "SELECT name, id_number, phone FROM estatedesk.deal_buyers WHERE deal_id = :d "
        "ORDER BY position"), {"d": deal_id}).all()
    people = listed or [(row.customer_name, row.id_number, row.phone)]
    return tuple(Buyer(name, id_number or "", format_phone_display(phone) if phone else "")
                 for name, id_number, phone in people)


def subscription_form(session: Session, deal_id: int) -> SubscriptionForm:
    row = session.execute(_DEAL, {"d": deal_id}).first()
    if row is None:
        raise _not_found()
    if row.subscribed_at is None:
        raise UserError(ErrorKind.RULE, tr_noop("Only a subscribed deal has a subscription form."),
                        key="not_subscribed")
    steps = tuple(DiscountLine("额外优惠" if s["code"] == "extra" else s["name"],
                               Decimal(str(s["amount"])), Decimal(str(s["after"])))
                  for s in row.breakdown["steps"])
    return SubscriptionForm(
        project_name=row.project_name, developer=row.developer, deal_number=f"RG{row.id:06d}",
        subscription_date=row.subscribed_at.date(), unit_code=row.unit_code,
        building=row.building, layout=row.layout, gross_area=row.gross_area,
        inner_area=row.inner_area or row.gross_area, pricing_basis=BASIS_CN[row.basis],
        basis_area=None if row.basis == "whole_unit" else row.price_area,
        list_unit_price=row.list_unit_price or (row.list_total / row.price_area).quantize(
            Decimal("0.01")),
        list_total=row.list_total, discounts=steps, deal_total=row.deal_total,
        deal_unit_price=row.deal_unit_price, deposit=row.deposit,
        payment_method=METHOD_CN[row.method], sign_deadline=row.sign_deadline,
        buyers=_buyers(session, deal_id, row), salesperson=row.salesperson)


def settlement_notice(session: Session, change_id: int,
                      translate: Callable[[str], str]) -> SettlementNotice:
    change = session.execute(sa.text(
        """SELECT deal_id, request, coalesce(decided_at, requested_at) AS at
           FROM estatedesk.deal_changes WHERE id = :c AND kind = 'area_settlement'"""),
        {"c": change_id}).first()
    if change is None:
        raise UserError(ErrorKind.RULE, tr_noop("This change is not an area settlement."),
                        key="not_a_settlement")
    row = session.execute(_DEAL, {"d": change.deal_id}).one()
    result = settle(row.price_area, Decimal(str(change.request["measured_area"])),
                    row.deal_unit_price)
    lines = tuple(translate(line.template).format(**line.params) for line in result.explanation)
    return SettlementNotice(
        project_name=row.project_name, developer=row.developer, unit_code=row.unit_code,
        buyer_names=tuple(b.name for b in _buyers(session, change.deal_id, row)),
        contract_number=row.contract_no or "", notice_date=change.at.date(),
        settlement=result, explanation=lines)


def write_subscription(engine: sa.Engine, deal_id: int, target: str | Path | BinaryIO) -> None:
    form = transactions.run(engine, lambda s: subscription_form(s, deal_id))
    write_subscription_form(form, target)


def write_settlement(engine: sa.Engine, change_id: int, target: str | Path | BinaryIO,
                     translate: Callable[[str], str] = str) -> None:
    notice = transactions.run(engine, lambda s: settlement_notice(s, change_id, translate))
    write_settlement_notice(notice, target)
