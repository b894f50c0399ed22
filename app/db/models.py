"""Typed mappings of the tables created by server_schema's migrations.

The migrations (SQL) are the source of truth for the tables; these classes mirror them for
queries and inserts, and a test compares the two so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Computed, ForeignKey, Identity, Numeric, SmallInteger, Text
from sqlalchemy.dialects.postgresql import ENUM, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.domain.statuses import CustomerStatus, UnitStatus

SCHEMA = "estatedesk"


class Base(DeclarativeBase):
    pass


def _enum(py_enum: type, name: str) -> ENUM:
    return ENUM(py_enum, name=name, schema=SCHEMA, create_type=False,
                values_callable=lambda e: [m.value for m in e])


def _pk() -> Mapped[int]:
    return mapped_column(BigInteger, Identity(always=True), primary_key=True)


class Project(Base):
    __tablename__ = "projects"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    developer: Mapped[str | None] = mapped_column(Text)
    pricing_basis: Mapped[str] = mapped_column(
        ENUM("gross_area", "inner_area", "whole_unit", name="pricing_basis", schema=SCHEMA,
             create_type=False), server_default="gross_area")
    rounding_unit: Mapped[Decimal] = mapped_column(Numeric(3, 2), server_default="1")
    rounding_mode: Mapped[str] = mapped_column(Text, server_default="half_up")
    pencil_hold_minutes: Mapped[int] = mapped_column(server_default="120")
    round_at: Mapped[str] = mapped_column(Text, server_default="unit_price")
    small_deposit_days: Mapped[int] = mapped_column(server_default="3")
    sign_days: Mapped[int] = mapped_column(server_default="7")
    expiry_action: Mapped[str] = mapped_column(Text, server_default="release")
    created_at: Mapped[dt.datetime] = mapped_column(server_default="now()")

    buildings: Mapped[list[Building]] = relationship(back_populates="project")


class Phase(Base):
    __tablename__ = "phases"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    project_id: Mapped[int] = mapped_column(ForeignKey(f"{SCHEMA}.projects.id"))
    name: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(server_default="0")


class Building(Base):
    __tablename__ = "buildings"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    project_id: Mapped[int] = mapped_column(ForeignKey(f"{SCHEMA}.projects.id"))
    phase_id: Mapped[int | None] = mapped_column(BigInteger)
    code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(server_default="0")

    project: Mapped[Project] = relationship(back_populates="buildings")


class Entrance(Base):
    __tablename__ = "entrances"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    building_id: Mapped[int] = mapped_column(ForeignKey(f"{SCHEMA}.buildings.id"))
    code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)


class Floor(Base):
    __tablename__ = "floors"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    building_id: Mapped[int] = mapped_column(ForeignKey(f"{SCHEMA}.buildings.id"))
    number: Mapped[int] = mapped_column(SmallInteger)
    label: Mapped[str] = mapped_column(Text)


class Unit(Base):
    """A sellable unit. `base_price` is confidential: it is deferred and raises if touched
    without asking, so a query made for a salesperson never selects it by accident."""

    __tablename__ = "units"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    project_id: Mapped[int] = mapped_column(BigInteger)
    building_id: Mapped[int] = mapped_column(BigInteger)
    entrance_id: Mapped[int] = mapped_column(BigInteger)
    floor_id: Mapped[int] = mapped_column(BigInteger)
    room_no: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(Text)
    layout: Mapped[str | None] = mapped_column(Text)
    orientation: Mapped[str | None] = mapped_column(Text)
    usage: Mapped[str] = mapped_column(Text, server_default="residential")
    gross_area: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    inner_area: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    shared_area: Mapped[Decimal | None] = mapped_column(
        Numeric(10, 2), Computed("gross_area - inner_area", persisted=True))
    list_unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    list_total: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    base_price: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), deferred=True,
                                                       deferred_raiseload=True)
    status: Mapped[UnitStatus] = mapped_column(_enum(UnitStatus, "unit_status"),
                                               server_default="not_released")
    status_reason: Mapped[str | None] = mapped_column(Text)
    status_changed_at: Mapped[dt.datetime] = mapped_column(server_default="now()")
    status_changed_by: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(server_default="1")
    pencil_customer_id: Mapped[int | None] = mapped_column(BigInteger)
    pencil_staff_id: Mapped[int | None] = mapped_column(BigInteger)
    pencil_expires_at: Mapped[dt.datetime | None]
    measured_area: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    login: Mapped[str] = mapped_column(Text)
    full_name: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text, deferred=True, deferred_raiseload=True)
    active: Mapped[bool] = mapped_column(server_default="true")
    created_at: Mapped[dt.datetime] = mapped_column(server_default="now()")
    disabled_at: Mapped[dt.datetime | None]
    discount_limit: Mapped[Decimal | None] = mapped_column(Numeric(5, 4))
    director: Mapped[bool] = mapped_column(server_default="false")


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    kind: Mapped[str] = mapped_column(
        ENUM("individual", "enterprise", name="customer_kind", schema=SCHEMA,
             create_type=False), server_default="individual")
    name: Mapped[str] = mapped_column(Text)
    gender: Mapped[str | None] = mapped_column(Text)
    birthday: Mapped[dt.date | None]
    id_type: Mapped[str | None] = mapped_column(Text)
    id_number: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    phone2: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(Text)
    occupation: Mapped[str | None] = mapped_column(Text)
    employer: Mapped[str | None] = mapped_column(Text)
    income_band: Mapped[str | None] = mapped_column(Text)
    household: Mapped[str | None] = mapped_column(Text)
    education: Mapped[str | None] = mapped_column(Text)
    industry: Mapped[str | None] = mapped_column(Text)
    company_size: Mapped[str | None] = mapped_column(Text)
    legal_representative: Mapped[str | None] = mapped_column(Text)
    grade: Mapped[str | None] = mapped_column(Text)
    status: Mapped[CustomerStatus] = mapped_column(_enum(CustomerStatus, "customer_status"),
                                                   server_default="visitor")
    lost_reason: Mapped[str | None] = mapped_column(Text)
    lost_reason_id: Mapped[int | None] = mapped_column(BigInteger)
    name_initials: Mapped[str] = mapped_column(Text, server_default="")
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    purpose: Mapped[str | None] = mapped_column(Text)
    wanted_layout: Mapped[str | None] = mapped_column(Text)
    wanted_area_min: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    wanted_area_max: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    first_visit_at: Mapped[dt.datetime | None]
    last_contact_at: Mapped[dt.datetime | None]
    next_contact_on: Mapped[dt.date | None]
    merged_into_id: Mapped[int | None] = mapped_column(BigInteger)
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey(f"{SCHEMA}.staff.id"))
    created_by: Mapped[str] = mapped_column(Text, server_default="session_user")
    created_at: Mapped[dt.datetime] = mapped_column(server_default="now()")
    updated_at: Mapped[dt.datetime] = mapped_column(server_default="now()")


class CustomerContact(Base):
    __tablename__ = "customer_contacts"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    customer_id: Mapped[int] = mapped_column(ForeignKey(f"{SCHEMA}.customers.id"))
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    at: Mapped[dt.datetime] = mapped_column(server_default="clock_timestamp()")
    login: Mapped[str] = mapped_column(Text, server_default="session_user")
    action: Mapped[str] = mapped_column(Text)
    table_name: Mapped[str | None] = mapped_column(Text)
    row_key: Mapped[str | None] = mapped_column(Text)
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    txid: Mapped[int] = mapped_column(BigInteger)


class _ListEntry:
    """Columns of the lists an administrator maintains."""

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(server_default="true")
    sort_order: Mapped[int] = mapped_column(server_default="0")


class Channel(_ListEntry, Base):
    __tablename__ = "channels"
    __table_args__ = {"schema": SCHEMA}


class LostReason(_ListEntry, Base):
    __tablename__ = "lost_reasons"
    __table_args__ = {"schema": SCHEMA}


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    customer_id: Mapped[int] = mapped_column(BigInteger)
    visit_type: Mapped[str] = mapped_column(Text)
    visited_at: Mapped[dt.datetime] = mapped_column(server_default="now()")
    party_size: Mapped[int | None] = mapped_column(SmallInteger)
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    staff_id: Mapped[int | None] = mapped_column(BigInteger)
    by_rotation: Mapped[bool] = mapped_column(server_default="false")
    registered_by: Mapped[str] = mapped_column(Text, server_default="session_user")
    note: Mapped[str | None] = mapped_column(Text)


class Followup(Base):
    __tablename__ = "followups"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    customer_id: Mapped[int] = mapped_column(BigInteger)
    staff_id: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    next_contact_on: Mapped[dt.date | None]
    contacted_at: Mapped[dt.datetime] = mapped_column(server_default="now()")


class DutyRoster(Base):
    __tablename__ = "duty_roster"
    __table_args__ = {"schema": SCHEMA}

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    staff_id: Mapped[int] = mapped_column(BigInteger)


class CustomerAssignment(Base):
    __tablename__ = "customer_assignments"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    customer_id: Mapped[int] = mapped_column(BigInteger)
    from_staff_id: Mapped[int | None] = mapped_column(BigInteger)
    to_staff_id: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(server_default="now()")
    by_login: Mapped[str] = mapped_column(Text, server_default="session_user")


class PricePlanRow(Base):
    __tablename__ = "price_plans"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    project_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    definition: Mapped[dict[str, Any]] = mapped_column(JSONB)
    status: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    submitted_at: Mapped[dt.datetime] = mapped_column(server_default="now()")
    decided_by: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[dt.datetime | None]
    decision_note: Mapped[str | None] = mapped_column(Text)
    applied_units: Mapped[int | None]
    skipped_units: Mapped[int | None]


class PricePlanLine(Base):
    __tablename__ = "price_plan_lines"
    __table_args__ = {"schema": SCHEMA}

    plan_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    unit_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    old_unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    old_total: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    new_unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    new_total: Mapped[Decimal] = mapped_column(Numeric(14, 2))


class PriceHistory(Base):
    __tablename__ = "price_history"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    unit_id: Mapped[int] = mapped_column(BigInteger)
    plan_id: Mapped[int | None] = mapped_column(BigInteger)
    old_unit_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    old_total: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    new_unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    new_total: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    changed_by: Mapped[str] = mapped_column(Text, server_default="session_user")
    changed_at: Mapped[dt.datetime] = mapped_column(server_default="now()")


class DiscountRuleRow(Base):
    __tablename__ = "discount_rules"
    __table_args__ = {"schema": SCHEMA}

    id: Mapped[int] = _pk()
    project_id: Mapped[int] = mapped_column(BigInteger)
    code: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    value: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    sort_order: Mapped[int] = mapped_column(server_default="0")
    payment_method: Mapped[str | None] = mapped_column(
        ENUM("full", "instalments", "commercial_loan", "provident_loan", "combined_loan",
             name="payment_method", schema=SCHEMA, create_type=False))
    active: Mapped[bool] = mapped_column(server_default="true")


class DiscountLevel(Base):
    __tablename__ = "discount_levels"
    __table_args__ = {"schema": SCHEMA}

    project_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    level: Mapped[str] = mapped_column(Text, primary_key=True)
    min_ratio: Mapped[Decimal] = mapped_column(Numeric(5, 4))
