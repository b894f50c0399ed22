"""The front desk (来访/来电登记): find a returning visitor by phone, register a visit or a
call in one call, and the day's duty rotation (轮岗) that decides who takes a new visitor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain import customer_rules as rules
from app.domain.errors import ValidationError
from app.domain.phones import normalize_phone
from app.domain.pinyin import name_initials
from app.services import transactions
from app.services.errors import ErrorKind, UserError, from_validation
from app.services.messages import tr_noop

VISIT_TYPES = ("visit", "call", "revisit")   # 来访 / 来电 / 回访
WAN = Decimal(10000)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class LookupHit:
    """A returning visitor as the front desk may see them: masked."""

    customer_id: int
    masked_name: str
    masked_phone: str
    grade: str | None
    status: str
    salesperson: str | None


@dataclass(frozen=True)
class VisitForm:
    """What the receptionist typed, as typed: the service checks and converts it."""

    phone: str
    name: str
    visit_type: str = "visit"
    gender: str | None = None
    channel_id: int | None = None
    purpose: str | None = None
    wanted_layout: str | None = None
    area_min: str | None = None
    area_max: str | None = None
    budget_wan: str | None = None      # 预算（万元）
    party_size: int | None = None
    assign_to: int | None = None       # a manager's choice; else the rotation
    note: str | None = None


@dataclass(frozen=True)
class VisitResult:
    customer_id: int
    is_new: bool
    staff_id: int
    staff_name: str


def find_by_phone(engine: sa.Engine, phone: str) -> list[LookupHit]:
    try:
        e164 = normalize_phone(phone)
    except ValidationError as error:
        raise from_validation(error) from None
    return transactions.run(engine, lambda s: [
        LookupHit(r.customer_id, r.masked_name, r.masked_phone, r.grade, r.status,
                  r.assigned_staff_name)
        for r in s.execute(sa.text("SELECT * FROM estatedesk.customer_lookup_by_phone(:p)"),
                           {"p": e164})])


def _checked(form: VisitForm) -> dict:
    try:
        if form.visit_type not in VISIT_TYPES:
            raise ValidationError("visit_type", "visit_type", "Unknown visit type.")
        if form.purpose is not None and form.purpose not in rules.PURPOSES:
            raise ValidationError("purpose", "purpose", "Unknown purpose.")
        if form.gender not in (None, "M", "F"):
            raise ValidationError("gender", "gender", "Unknown gender.")
        name = rules.clean_name(form.name)
        area_min = rules.parse_area(form.area_min, "area_min")
        area_max = rules.parse_area(form.area_max, "area_max")
        rules.check_range(area_min, area_max, "area_max")
        values = {
            "phone": normalize_phone(form.phone), "name": name,
            "initials": name_initials(name), "visit_type": form.visit_type,
            "gender": form.gender, "channel": form.channel_id, "purpose": form.purpose,
            "layout": rules.clean_text(form.wanted_layout, "wanted_layout", 30),
            "area_min": area_min, "area_max": area_max,
            "budget": rules.parse_money(form.budget_wan, "budget", unit=WAN),
            "party": form.party_size, "assign": form.assign_to,
            "note": rules.clean_text(form.note, "note", 200)}
    except ValidationError as error:
        raise from_validation(error) from None
    if form.party_size is not None and not 1 <= form.party_size <= 50:
        raise UserError(ErrorKind.VALIDATION, tr_noop("The party size is 1 to 50 people."),
                        key="party_size:range")
    return values


def register_visit(engine: sa.Engine, form: VisitForm) -> VisitResult:
    """Check everything, then one database call: nothing is saved if anything is wrong."""
    values = _checked(form)

    def action(session: Session) -> VisitResult:
        row = session.execute(sa.text(
            "SELECT * FROM estatedesk.register_visit(:phone, :name, "
            "CAST(:visit_type AS estatedesk.visit_type), :initials, :gender, :channel, "
            ":purpose, :layout, :area_min, :area_max, :budget, :party, :assign, :note)"),
            values).one()
        return VisitResult(row.customer_id, row.is_new, row.staff_id, row.staff_name)

    return transactions.run(engine, action)


def channels(engine: sa.Engine) -> list[Choice]:
    return transactions.run(engine, lambda s: [Choice(r.id, r.name) for r in s.execute(sa.text(
        "SELECT id, name FROM estatedesk.channels WHERE active ORDER BY sort_order, name"))])


def lost_reasons(engine: sa.Engine) -> list[Choice]:
    return transactions.run(engine, lambda s: [Choice(r.id, r.name) for r in s.execute(sa.text(
        "SELECT id, name FROM estatedesk.lost_reasons WHERE active ORDER BY sort_order, name"))])


def salespeople(engine: sa.Engine) -> list[Choice]:
    """Active staff in the sales group (for the roster and reassignment)."""
    return transactions.run(engine, lambda s: [Choice(r.id, r.full_name) for r in s.execute(
        sa.text("SELECT id, full_name FROM estatedesk.staff WHERE active AND "
                "pg_has_role(login, 'estatedesk_sales', 'MEMBER') ORDER BY full_name"))])


def duty_roster(engine: sa.Engine, day: dt.date) -> list[Choice]:
    """The day's rotation in order, and who is next."""
    return transactions.run(engine, lambda s: [Choice(r.id, r.full_name) for r in s.execute(
        sa.text("SELECT s.id, s.full_name FROM estatedesk.duty_roster r "
                "JOIN estatedesk.staff s ON s.id = r.staff_id WHERE r.day = :d "
                "ORDER BY r.position"), {"d": day})])


def next_on_duty(engine: sa.Engine, day: dt.date) -> int | None:
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.next_on_duty(:d)"), {"d": day}).scalar_one())


def set_duty_roster(engine: sa.Engine, day: dt.date, staff_ids: list[int]) -> int:
    if len(set(staff_ids)) != len(staff_ids):
        raise UserError(ErrorKind.VALIDATION,
                        tr_noop("A salesperson appears twice in the rotation."))
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.duty_roster_set(:d, :ids)"),
        {"d": day, "ids": staff_ids}).scalar_one())
