"""Under load no unit is ever in two live deals: 50 reservation attempts from 50 separate
connections at the same 10 units, released together. Exactly 10 succeed — one per unit —
every other attempt is refused with a reason naming the unit, and the audit log holds
exactly the 10 deals and 10 unit changes."""

from __future__ import annotations

import threading
from decimal import Decimal

import sqlalchemy as sa

from app.services import deals
from app.services.deals import Terms
from app.services.errors import UserError
from tests.helpers.factories import create_customer, create_project, create_units

ATTEMPTS = 50
UNITS = 10


def test_fifty_concurrent_reservations_on_ten_units(clone, engines):
    superuser = clone.superuser_engine()
    from sqlalchemy.orm import Session

    with Session(superuser, expire_on_commit=False) as session, session.begin():
        project = create_project(session)
        units = create_units(session, project, floors=2, per_floor=5)
        people = ["sales1", "sales2"]
        customers = [create_customer(session, people[i % 2], name=f"抢房客户{i}")
                     for i in range(ATTEMPTS)]
    with superuser.connect() as conn:
        audit_before = conn.execute(sa.text("SELECT max(id) FROM estatedesk.audit_log")).scalar()
    # one engine (and so one connection) per attempt, connected before the start
    attempt_engines = [clone.engine_as(f"edt_{people[i % 2]}") for i in range(ATTEMPTS)]
    for engine in attempt_engines:
        with engine.connect():
            pass
    barrier = threading.Barrier(ATTEMPTS)
    results: list[object] = [None] * ATTEMPTS

    def attempt(i: int) -> None:
        unit = units[i % UNITS]
        barrier.wait()
        try:
            results[i] = deals.subscribe(attempt_engines[i], unit.id, customers[i].id,
                                         Terms(Decimal("50000.00"), (), "full"))
        except UserError as error:
            results[i] = error

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(ATTEMPTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for engine in attempt_engines:
        engine.dispose()

    won = {i: r for i, r in enumerate(results) if isinstance(r, int)}
    refused = {i: r for i, r in enumerate(results) if isinstance(r, UserError)}
    assert len(won) == UNITS and len(refused) == ATTEMPTS - UNITS
    assert sorted(i % UNITS for i in won) == list(range(UNITS))        # one winner per unit
    for i, error in refused.items():
        assert error.key == "unit_taken", (i, error.key, error.message)
        assert error.params["unit"] == units[i % UNITS].code
        assert error.params["status"] == "reserved"
    with superuser.connect() as conn:
        live = conn.execute(sa.text(
            """SELECT unit_id, count(*) FROM estatedesk.deals
               WHERE stage IN ('small_deposit', 'subscribed', 'contracted') GROUP BY unit_id""")).all()
        assert sorted(u for u, _ in live) == sorted(u.id for u in units)
        assert all(n == 1 for _, n in live)
        statuses = conn.execute(sa.text("SELECT DISTINCT status::text FROM estatedesk.units "
                                        "WHERE project_id = :p"), {"p": project.id}).scalars().all()
        assert statuses == ["reserved"]
        audit = conn.execute(sa.text(
            """SELECT table_name, action, count(*) FROM estatedesk.audit_log
               WHERE id > :after AND table_name IN ('deals', 'units')
               GROUP BY table_name, action ORDER BY 1, 2"""), {"after": audit_before}).all()
        assert audit == [("deals", "INSERT", UNITS), ("units", "UPDATE", UNITS)]
        logged = set(conn.execute(sa.text(
            """SELECT (row_key)::bigint FROM estatedesk.audit_log
               WHERE id > :after AND table_name = 'deals'"""), {"after": audit_before}).scalars())
        assert logged == set(won.values())
    superuser.dispose()
