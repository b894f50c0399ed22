"""Fixtures for the deal tests: a project with units, discount rules and customers."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.helpers.deals import RULES
from tests.helpers.factories import seed_committed


@pytest.fixture
def world(clone):
    """A project of 2 floors × 5 units (100 m², ¥2,000,000 list, ¥1,900,000 base), the
    discount rules, and a customer each for sales1 and sales2."""
    superuser = clone.superuser_engine()
    project, units, customers = seed_committed(superuser, floors=2, per_floor=5)
    with superuser.begin() as conn:
        for code, name, kind, value, order, method in RULES:
            conn.execute(sa.text(
                """INSERT INTO estatedesk.discount_rules
                   (project_id, code, name, kind, value, sort_order, payment_method)
                   VALUES (:p, :c, :n, :k, :v, :o, CAST(:m AS estatedesk.payment_method))"""),
                {"p": project.id, "c": code, "n": name, "k": kind, "v": value, "o": order,
                 "m": method})
    yield project, units, customers, superuser
    superuser.dispose()
