"""A project's discount settings, kept by its sales managers: the discount rules (一次性付款
97折, 开盘优惠, fixed amounts…) in their stacking order, the discount ceilings per level,
each salesperson's own limit, and the deal deadlines (small deposit hold, days to sign,
release or flag when they pass). The deal functions read these; every change is audited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain.discounts import DEFAULT_LEVELS, DiscountKind, DiscountRule, _check_levels
from app.domain.errors import ValidationError, refuse, tr_noop
from app.domain.payment_plans import PaymentMethod
from app.services import transactions
from app.services.errors import from_validation

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,29}$")


@dataclass(frozen=True)
class RuleSetting:
    code: str
    name: str
    kind: str                  # percent (0.97 = 97折), fixed (yuan off), per_m2 (yuan per m²)
    value: Decimal
    sort_order: int = 0
    payment_method: str | None = None
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class DealDeadlines:
    small_deposit_days: int
    sign_days: int
    expiry_action: str         # release or flag


@dataclass(frozen=True)
class StaffLimit:
    staff_id: int
    full_name: str
    login: str
    discount_limit: Decimal | None
    director: bool


def _checked(rule: RuleSetting) -> RuleSetting:
    try:
        if not _CODE.match(rule.code):
            raise refuse("code", "rule_code_format", tr_noop(
                "A code is 2 to 30 lower-case letters, digits or _, starting with a letter."))
        if not 1 <= len(rule.name.strip()) <= 40:
            raise refuse("name", "rule_name_length", tr_noop("A name has 1 to 40 characters."))
        if rule.value <= 0 or rule.value != rule.value.quantize(Decimal("0.0001")):
            raise refuse("value", "rule_value", tr_noop(
                "The value must be above zero with at most four decimals."))
        if rule.payment_method is not None:
            PaymentMethod(rule.payment_method)
        DiscountRule(rule.code, rule.name, DiscountKind(rule.kind), rule.value, rule.sort_order)
    except ValidationError as error:
        raise from_validation(error) from error
    return rule


def rules(engine: sa.Engine, project_id: int) -> list[RuleSetting]:
    return transactions.run(engine, lambda s: [RuleSetting(**r._mapping) for r in s.execute(sa.text(
        """SELECT code, name, kind, value, sort_order, payment_method::text AS payment_method,
                  active, id
           FROM estatedesk.discount_rules WHERE project_id = :p
           ORDER BY NOT active, sort_order, code"""), {"p": project_id})])


def save_rule(engine: sa.Engine, project_id: int, rule: RuleSetting) -> int:
    """Adds a rule or changes the one with this code (deals keep the price they froze)."""
    rule = _checked(rule)
    return transactions.run(engine, lambda s: s.execute(sa.text(
        """INSERT INTO estatedesk.discount_rules
               (project_id, code, name, kind, value, sort_order, payment_method, active)
           VALUES (:p, :code, :name, :kind, :value, :sort_order,
                   CAST(:payment_method AS estatedesk.payment_method), :active)
           ON CONFLICT ON CONSTRAINT discount_rules_project_code_key DO UPDATE
           SET name = excluded.name, kind = excluded.kind, value = excluded.value,
               sort_order = excluded.sort_order, payment_method = excluded.payment_method,
               active = excluded.active
           RETURNING id"""),
        {"p": project_id, "code": rule.code, "name": rule.name.strip(), "kind": rule.kind,
         "value": rule.value, "sort_order": rule.sort_order,
         "payment_method": rule.payment_method, "active": rule.active}).scalar_one())


def levels(engine: sa.Engine, project_id: int) -> list[tuple[str, Decimal]]:
    """(level, lowest deal/list ratio it may grant), the project's own or the defaults."""
    def read(session: Session) -> list[tuple[str, Decimal]]:
        own = dict(session.execute(sa.text(
            "SELECT level, min_ratio FROM estatedesk.discount_levels WHERE project_id = :p"),
            {"p": project_id}).all())
        return [(level, own.get(level, ratio)) for level, ratio in DEFAULT_LEVELS]

    return transactions.run(engine, read)


def save_levels(engine: sa.Engine, project_id: int, ratios: list[tuple[str, Decimal]]) -> None:
    try:
        _check_levels(ratios, "sales_manager")
    except ValidationError as error:
        raise from_validation(error) from error

    def write(session: Session) -> None:
        session.execute(sa.text("DELETE FROM estatedesk.discount_levels WHERE project_id = :p"),
                        {"p": project_id})
        for level, ratio in ratios:
            session.execute(sa.text(
                "INSERT INTO estatedesk.discount_levels (project_id, level, min_ratio) "
                "VALUES (:p, :l, :r)"), {"p": project_id, "l": level, "r": ratio})

    transactions.run(engine, write)


def deadlines(engine: sa.Engine, project_id: int) -> DealDeadlines:
    return transactions.run(engine, lambda s: DealDeadlines(**s.execute(sa.text(
        """SELECT small_deposit_days, sign_days, expiry_action FROM estatedesk.projects
           WHERE id = :p"""), {"p": project_id}).one()._mapping))


def save_deadlines(engine: sa.Engine, project_id: int, values: DealDeadlines) -> None:
    transactions.run(engine, lambda s: s.execute(sa.text(
        """UPDATE estatedesk.projects SET small_deposit_days = :small_deposit_days,
                  sign_days = :sign_days, expiry_action = :expiry_action WHERE id = :p"""),
        {"p": project_id, **values.__dict__}))


def staff_limits(engine: sa.Engine) -> list[StaffLimit]:
    """Active salespeople and sales managers with their own limit and director flag."""
    return transactions.run(engine, lambda s: [StaffLimit(**r._mapping) for r in s.execute(sa.text(
        """SELECT s.id AS staff_id, s.full_name, s.login, s.discount_limit, s.director
           FROM estatedesk.staff s
           WHERE s.active AND (pg_has_role(s.login, 'estatedesk_sales', 'MEMBER')
                               OR pg_has_role(s.login, 'estatedesk_sales_manager', 'MEMBER'))
           ORDER BY s.full_name"""))])


def set_staff_limit(engine: sa.Engine, staff_id: int, limit: Decimal | None,
                    director: bool | None = None) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.staff_set_discount(:s, CAST(:l AS numeric), :d)"),
        {"s": staff_id, "l": None if limit is None else str(limit), "d": director}))
