"""Customers: the list (searched and paged by the database), one customer's profile,
creating and editing with validation and duplicate detection, and the manager's tools —
reassign, merge, export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries import customers as q
from app.domain import customer_rules as rules
from app.domain.errors import ValidationError
from app.domain.identity import normalize_id
from app.domain.phones import normalize_phone
from app.domain.pinyin import name_initials
from app.services import transactions
from app.services.errors import ErrorKind, UserError, from_validation
from app.services.messages import tr_noop

CustomerQuery = q.CustomerQuery
PAGE = 200
SEARCH_CAP = q.SEARCH_CAP  # a text search lists at most this many (count says CAP + 1)


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    gender: str | None
    phone: str | None          # E.164, or already masked for roles that see masks
    grade: str | None
    status: str
    assigned_staff_id: int | None
    salesperson: str | None
    channel: str | None
    last_contact_at: dt.datetime | None
    next_contact_on: dt.date | None
    created_at: dt.datetime


def _masked(session: Session) -> bool:
    return bool(session.execute(q.USES_MASKED_VIEW).scalar_one())


def count_customers(engine: sa.Engine, query: CustomerQuery) -> int:
    """How many rows the list has. For a text search at most SEARCH_CAP + 1: more than
    SEARCH_CAP means "refine the search" (the first SEARCH_CAP + 1 rows are still real)."""
    def action(session: Session) -> int:
        sql, params = q.count_query(query, masked=_masked(session))
        return session.execute(sql, params).scalar_one()

    return transactions.run(engine, action)


def customer_page(engine: sa.Engine, query: CustomerQuery, offset: int,
                  limit: int = PAGE, expected_rows: int | None = None) -> list[CustomerRow]:
    """Rows `offset`… of the query's result, in its order (the list model fetches the pages
    the user scrolls to, never the whole list). Pass the count as `expected_rows` when known:
    it picks the faster plan."""
    def action(session: Session) -> list[CustomerRow]:
        sql, params = q.page_query(query, masked=_masked(session), offset=offset, limit=limit,
                                   expected_rows=expected_rows)
        return [CustomerRow(**r._mapping) for r in session.execute(sql, params)]

    return transactions.run(engine, action)


@dataclass(frozen=True)
class CustomerForm:
    """A customer as typed in the profile form (strings as typed; the service checks)."""

    id: int | None = None
    kind: str = "individual"
    name: str = ""
    gender: str | None = None
    birthday: dt.date | None = None
    id_type: str | None = None
    id_number: str | None = None
    phone: str | None = None
    phone2: str | None = None
    email: str | None = None
    address: str | None = None
    district: str | None = None
    occupation: str | None = None
    employer: str | None = None
    income_band: str | None = None
    household: str | None = None
    education: str | None = None
    industry: str | None = None
    company_size: str | None = None
    legal_representative: str | None = None
    grade: str | None = None
    channel_id: int | None = None
    purpose: str | None = None
    wanted_layout: str | None = None
    wanted_area_min: str | None = None
    wanted_area_max: str | None = None
    budget_wan: str | None = None
    assigned_staff_id: int | None = None
    status: str | None = None   # shown, never saved: status moves through its own actions


_TEXT_LIMITS = {"address": 200, "district": 50, "occupation": 50, "employer": 100,
                "income_band": 30, "household": 50, "education": 30, "industry": 50,
                "company_size": 30, "legal_representative": 50, "wanted_layout": 30}


def check_form(form: CustomerForm) -> dict:
    """All checks before the database sees anything; returns the column values."""
    try:
        enterprise = form.kind == "enterprise"
        values: dict = {"kind": form.kind, "gender": form.gender, "birthday": form.birthday,
                        "grade": form.grade, "channel_id": form.channel_id,
                        "purpose": form.purpose, "assigned_staff_id": form.assigned_staff_id}
        values["name"] = rules.clean_name(form.name, enterprise=enterprise)
        values["name_initials"] = name_initials(values["name"])
        for name, limit in _TEXT_LIMITS.items():
            values[name] = rules.clean_text(getattr(form, name), name, limit)
        values["phone"] = normalize_phone(form.phone) if form.phone else None
        values["phone2"] = normalize_phone(form.phone2) if form.phone2 else None
        values["email"] = rules.clean_text(form.email, "email", 100)
        values["id_type"] = form.id_type if form.id_number else None
        values["id_number"] = (normalize_id(form.id_type or "resident_id", form.id_number)
                               if form.id_number else None)
        values["wanted_area_min"] = rules.parse_area(form.wanted_area_min, "wanted_area_min")
        values["wanted_area_max"] = rules.parse_area(form.wanted_area_max, "wanted_area_max")
        rules.check_range(values["wanted_area_min"], values["wanted_area_max"],
                          "wanted_area_max")
        values["budget"] = rules.parse_money(form.budget_wan, "budget", unit=Decimal(10000))
    except ValidationError as error:
        raise from_validation(error) from None
    if form.grade not in (None, *rules.GRADES):
        raise UserError(ErrorKind.VALIDATION, tr_noop("The grade is A, B, C or D."))
    if not values["phone"] and not values["id_number"] and not enterprise:
        raise UserError(ErrorKind.VALIDATION,
                        tr_noop("A customer needs a phone number or an ID number."))
    return values


def save_customer(engine: sa.Engine, form: CustomerForm) -> int:
    """Create (form.id None) or update a customer. Refuses a phone or ID number that is
    already another customer's, saying whose — salespeople must not poach each other's."""
    values = check_form(form)

    def action(session: Session) -> int:
        dup = session.execute(sa.text(
            "SELECT * FROM estatedesk.customer_find_duplicates(:p, :t, :n, :id) LIMIT 1"),
            {"p": values["phone"], "t": values["id_type"], "n": values["id_number"],
             "id": form.id}).first()
        if dup is not None:
            raise UserError(ErrorKind.DUPLICATE, tr_noop(
                "This {matched} already belongs to customer {name} of {owner}."),
                {"matched": dup.matched_on, "name": dup.masked_name,
                 "owner": dup.assigned_staff_name or "-"}, key="customer_duplicate")
        if form.id is None:
            if values["assigned_staff_id"] is None:
                values["assigned_staff_id"] = session.execute(
                    sa.text("SELECT estatedesk.current_staff_id()")).scalar_one()
            cols = ", ".join(values)
            return session.execute(sa.text(
                f"INSERT INTO estatedesk.customers ({cols}) VALUES "
                f"({', '.join(':' + k for k in values)}) RETURNING id"), values).scalar_one()
        values.pop("assigned_staff_id")  # reassignment is the manager's own action
        sets = ", ".join(f"{k} = :{k}" for k in values)
        done = session.execute(sa.text(
            f"UPDATE estatedesk.customers SET {sets} WHERE id = :id"), {**values, "id": form.id})
        if done.rowcount != 1:
            raise UserError(ErrorKind.NOT_ALLOWED, tr_noop(
                "This customer does not exist or is not one of yours."))
        return form.id

    return transactions.run(engine, action)


def load_form(engine: sa.Engine, customer_id: int) -> CustomerForm:
    """The profile as the form shows it (money back in 万元)."""
    names = [f.name for f in fields(CustomerForm) if f.name != "budget_wan"]
    names[names.index("status")] = "status::text AS status"

    def action(session: Session) -> CustomerForm:
        masked = _masked(session)
        table = "estatedesk.customers_masked" if masked else "estatedesk.customers"
        available = set(session.execute(sa.text(
            f"SELECT * FROM {table} WHERE false")).keys())
        cols = [n for n in names if n.split("::")[0] in available]
        row = session.execute(sa.text(
            f"SELECT {', '.join(cols)}, budget FROM {table} WHERE id = :id"),
            {"id": customer_id}).first()
        if row is None:
            raise UserError(ErrorKind.NOT_ALLOWED, tr_noop(
                "This customer does not exist or is not one of yours."))
        data = {k: v for k, v in row._mapping.items() if k != "budget"}
        for key in ("wanted_area_min", "wanted_area_max"):
            data[key] = None if data.get(key) is None else str(data[key])
        budget = row._mapping["budget"]
        # format "f": Decimal("3E+2").normalize() would print in exponent form
        return CustomerForm(**data, budget_wan=None if budget is None
                            else format((budget / 10000).normalize(), "f"))

    return transactions.run(engine, action)


def reassign(engine: sa.Engine, customer_ids: list[int], to_staff: int,
             reason: str | None = None) -> int:
    return transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.customers_reassign(:ids, :to, :reason)"),
        {"ids": customer_ids, "to": to_staff, "reason": reason}).scalar_one())


def merge(engine: sa.Engine, keep_id: int, drop_id: int) -> None:
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.customer_merge(:k, :d)"), {"k": keep_id, "d": drop_id}))


def mark_lost(engine: sa.Engine, customer_id: int, reason_id: int | None,
              note: str | None = None) -> None:
    try:
        note = rules.clean_text(note, "note", 100)
    except ValidationError as error:
        raise from_validation(error) from None
    transactions.run(engine, lambda s: s.execute(
        sa.text("SELECT estatedesk.customer_mark_lost(:c, :r, :n)"),
        {"c": customer_id, "r": reason_id or -1, "n": note}))


@dataclass(frozen=True)
class Contact:
    """A contact person of an enterprise customer (联系人)."""

    name: str
    title: str | None = None
    phone: str | None = None
    id: int | None = None


def contacts(engine: sa.Engine, customer_id: int) -> list[Contact]:
    """The contact persons; without their phones for roles that may not reach customers
    (executives read names and titles only)."""
    def action(session: Session) -> list[Contact]:
        phone = ("phone" if session.execute(sa.text(
            "SELECT has_column_privilege('estatedesk.customer_contacts', 'phone', 'SELECT')"))
            .scalar_one() else "NULL::text AS phone")
        return [Contact(r.name, r.title, r.phone, r.id) for r in session.execute(sa.text(
            f"SELECT id, name, title, {phone} FROM estatedesk.customer_contacts "
            "WHERE customer_id = :c ORDER BY id"), {"c": customer_id})]

    return transactions.run(engine, action)


def save_contacts(engine: sa.Engine, customer_id: int, people: list[Contact]) -> int:
    """Replace the customer's contact persons with `people` (checked first; all or none)."""
    try:
        rows = [{"c": customer_id, "n": rules.clean_name(p.name, "contact_name"),
                 "t": rules.clean_text(p.title, "contact_title", 50),
                 "p": normalize_phone(p.phone) if p.phone else None} for p in people]
    except ValidationError as error:
        raise from_validation(error) from None

    def action(session: Session) -> int:
        visible = session.execute(sa.text(
            "SELECT kind::text FROM estatedesk.customers WHERE id = :c"),
            {"c": customer_id}).scalar_one_or_none()
        if visible is None:
            raise UserError(ErrorKind.NOT_ALLOWED, tr_noop(
                "This customer does not exist or is not one of yours."))
        if visible != "enterprise" and rows:
            raise UserError(ErrorKind.VALIDATION, tr_noop(
                "Only enterprise customers have contact persons."))
        session.execute(sa.text("DELETE FROM estatedesk.customer_contacts WHERE customer_id = :c"),
                        {"c": customer_id})
        if rows:
            session.execute(sa.text("INSERT INTO estatedesk.customer_contacts "
                                    "(customer_id, name, title, phone) VALUES (:c, :n, :t, :p)"),
                            rows)
        return len(rows)

    return transactions.run(engine, action)
