"""Customer UI fixtures (engines per test login come from tests/conftest.py): customers
inserted quickly in bulk (as the superuser, in the clone), and screens and the customer
detail built for a login."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.services import customers, intake
from app.services.customers import CustomerForm
from app.ui.common.operations import OperationRunner
from app.ui.shell.screens import ScreenContext


@pytest.fixture
def staff_ids(engines) -> dict[str, int]:
    return {c.name: c.id for c in intake.salespeople(engines("manager"))}


@pytest.fixture
def bulk_customers(clone, staff_ids):
    """Insert `n` customers 客户1… (phones +86138000000nn…) for 顾问甲, newest = highest i."""
    def insert(n: int) -> None:
        engine = clone.superuser_engine()
        with engine.begin() as conn:
            conn.execute(sa.text("""
                INSERT INTO estatedesk.customers
                    (name, name_initials, phone, assigned_staff_id, created_at, grade)
                SELECT '客户' || i, 'kh' || i, '+86138' || lpad(i::text, 8, '0'), :staff,
                       now() - (:n - i) * interval '1 second', (ARRAY['A','B','C','D'])[i % 4 + 1]
                FROM generate_series(1, :n) AS i"""), {"n": n, "staff": staff_ids["顾问甲"]})
        engine.dispose()

    return insert


@pytest.fixture
def named_customers(engines, staff_ids) -> dict[str, int]:
    """张三 and 单田芳 for 顾问甲, 李张伟 for 顾问乙 (saved through the service: pinyin kept)."""
    ids = {}
    for name, phone, owner in (("张三", "13911112222", "顾问甲"), ("单田芳", "13933334444", "顾问甲"),
                               ("李张伟", "13755556666", "顾问乙")):
        ids[name] = customers.save_customer(engines("manager"), CustomerForm(
            name=name, phone=phone, assigned_staff_id=staff_ids[owner]))
    return ids


@pytest.fixture
def context_for(login_as):
    runners: list[OperationRunner] = []

    def make(key: str) -> ScreenContext:
        runner = OperationRunner()
        runners.append(runner)
        return ScreenContext(login_as(key), runner)

    yield make
    for runner in runners:
        runner.wait_for_done(10_000)


@pytest.fixture
def open_detail(qtbot, context_for):
    """The customer detail (None: a new customer) for a login, shown and loaded."""
    from app.ui.customers.detail_dialog import CustomerDetailDialog

    def _open(key: str, customer_id: int | None = None) -> CustomerDetailDialog:
        context = context_for(key)
        dialog = CustomerDetailDialog(context, customer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        idle(qtbot, context.runner)
        dialog.runner = context.runner
        return dialog

    return _open


def idle(qtbot, runner: OperationRunner, timeout: int = 10_000) -> None:
    """Wait until every background operation of `runner` has delivered."""
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=timeout)


TODAY = dt.date.today()
