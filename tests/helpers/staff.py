"""Test staff logins, one per role (and two salespeople), and acting as them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.domain.passwords import scram_verifier

TEST_PASSWORD = "test2026pw"

# key: (login, full name, roles)
TEST_STAFF: dict[str, tuple[str, str, list[str]]] = {
    "reception": ("edt_reception", "前台测试", ["receptionist"]),
    "sales1": ("edt_sales1", "顾问甲", ["sales"]),
    "sales2": ("edt_sales2", "顾问乙", ["sales"]),
    "manager": ("edt_manager", "经理测试", ["sales_manager"]),
    "finance": ("edt_finance", "财务测试", ["finance"]),
    "executive": ("edt_executive", "决策测试", ["executive"]),
    "property": ("edt_property", "物业测试", ["property"]),
    "admin": ("edt_admin", "管理员测试", ["admin"]),
}

_VERIFIER = scram_verifier(TEST_PASSWORD)


def create_test_staff(conn: sa.Connection) -> None:
    for login, name, roles in TEST_STAFF.values():
        conn.execute(sa.text("SELECT estatedesk.staff_create(:l, :n, :p, :r)"),
                     {"l": login, "n": name, "p": _VERIFIER, "r": roles})


def staff_id(session: Session, key: str) -> int:
    login = TEST_STAFF[key][0]
    return session.execute(sa.text("SELECT id FROM estatedesk.staff WHERE login = :l"),
                           {"l": login}).scalar_one()


@contextmanager
def as_login(session: Session, key: str) -> Iterator[Session]:
    """Act as a test staff member inside the test's transaction (session_user changes, as
    it does for a real login), then return to the superuser."""
    login = TEST_STAFF[key][0]
    session.flush()
    session.execute(sa.text(f'SET SESSION AUTHORIZATION "{login}"'))
    session.execute(sa.text("SET LOCAL search_path = estatedesk, public"))
    try:
        yield session
    finally:
        session.execute(sa.text("RESET SESSION AUTHORIZATION"))
