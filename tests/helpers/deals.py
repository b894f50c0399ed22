"""Shared pieces of the deal tests: the discount rules, a buyer, and how a refusal reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from app.services.deals import Buyer, Terms
from app.services.errors import UserError
from tests.helpers.factories import resident_id

TODAY = dt.date.today()
RULES = [  # code, name, kind, value, order, payment method
    ("full97", "一次性付款97折", "percent", "0.97", 1, "full"),
    ("launch99", "开盘优惠99折", "percent", "0.99", 2, None),
    ("gift5000", "老带新立减5000", "fixed", "5000", 3, None),
    ("m2_100", "每平米优惠100元", "per_m2", "100", 4, None),
]
BUYER = Buyer("张三", "resident_id", resident_id(901), "+8613800000001")


def refusal(call: Callable[[], Any]) -> str:
    """The key of the refusal `call` must raise ("permission" for a missing right)."""
    with pytest.raises(UserError) as caught:
        call()
    if caught.value.kind.value == "not_allowed":
        return "permission"
    return caught.value.key


def unit_state(superuser: sa.Engine, unit_id: int) -> Any:
    with superuser.connect() as conn:
        return conn.execute(sa.text("SELECT status::text, list_total FROM estatedesk.units "
                                    "WHERE id = :u"), {"u": unit_id}).one()


def terms(deposit: str = "50000.00", codes: tuple[str, ...] = ("launch99",), method: str = "full",
          **kw: Any) -> Terms:
    return Terms(Decimal(deposit), tuple(codes), method, **kw)
