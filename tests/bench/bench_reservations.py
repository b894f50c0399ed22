"""Reservation (认购) benchmark: throughput with 20 concurrent connections on distinct units,
and the latency of one reservation, each beside a baseline measured in the same run — a bare
`UPDATE … RETURNING` of the same unit rows, committed the same way over the same driver.

    python tests/bench/bench_reservations.py [--units 2000] [--connections 20]

A reservation is `deal_subscribe()` as a salesperson: role and customer checks, expiry of the
unit's pencils and deals, the unit locked, the price computed from the discount rules, the
approval level, the deal inserted, the unit marked reserved, the customer updated — and the
audit trigger on each row. Uses ESTATEDESK_TEST_DB_URL (a superuser URL) if set, else a
throwaway embedded server. Targets (issue 6): ≥ 200 reservations/s on 2 cores and a single
reservation under 4× the bare UPDATE.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg2  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import server_schema  # noqa: E402
from app.db.connection import make_engine  # noqa: E402
from app.db.inventory import InventoryWriter, UnitRow  # noqa: E402
from app.db.models import Customer, Project  # noqa: E402
from app.domain.passwords import scram_verifier  # noqa: E402
from tests.bench.bench_chart import _server  # noqa: E402

DB = "edbench_reserve"
PASSWORD = "bench2026pw"
SUBSCRIBE = ("SELECT estatedesk.deal_subscribe(%s, %s, 50000.00, ARRAY['launch99'], 0, "
             "'full', NULL, NULL)")
BARE = "UPDATE estatedesk.units SET version = version + 1 WHERE id = %s RETURNING id"


def _prepare(superuser: sa.URL, units: int, connections: int) -> tuple[sa.URL, list[int], list[int]]:
    admin = sa.create_engine(superuser, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)'))
        conn.execute(sa.text(f"CREATE DATABASE \"{DB}\" TEMPLATE template0 ENCODING 'UTF8'"))
        conn.execute(sa.text("DROP ROLE IF EXISTS edbench_sales"))
    admin.dispose()
    engine = make_engine(superuser.set(database=DB), pool_size=1)
    server_schema.upgrade(engine)
    with Session(engine) as session, session.begin():
        session.execute(sa.text("SELECT estatedesk.staff_create('edbench_sales', '基准顾问', :p, "
                                "ARRAY['sales'])"), {"p": scram_verifier(PASSWORD)})
        sales = session.execute(sa.text("SELECT id FROM estatedesk.staff "
                                        "WHERE login = 'edbench_sales'")).scalar_one()
        project = Project(code="BENCH", name="基准项目")
        session.add(project)
        session.flush()
        floors = units // 10
        rows = [UnitRow("1", "1", f, f"{f}{i:02d}", Decimal("100.00"), Decimal("80.00"),
                        "三室两厅两卫", "南", "residential", Decimal("20000.00"),
                        Decimal("2000000.00"), Decimal("1900000.00"), "available")
                for f in range(1, floors + 1) for i in range(1, 11)]
        InventoryWriter(session, project.id).add_units(rows)
        session.execute(sa.text(
            """INSERT INTO estatedesk.discount_rules (project_id, code, name, kind, value)
               VALUES (:p, 'launch99', '开盘优惠99折', 'percent', 0.99)"""), {"p": project.id})
        customers = [Customer(name=f"基准客户{i}", phone=f"+86139{i:08d}", assigned_staff_id=sales)
                     for i in range(connections)]
        session.add_all(customers)
        session.flush()
        customer_ids = [c.id for c in customers]
        unit_ids = list(session.execute(sa.text(
            "SELECT id FROM estatedesk.units WHERE project_id = :p ORDER BY id"),
            {"p": project.id}).scalars())
    engine.dispose()
    return superuser.set(database=DB), unit_ids, customer_ids


def _connect(url: sa.URL, login: str | None = None) -> psycopg2.extensions.connection:
    params = url.translate_connect_args(username="user", database="dbname")
    params.update(url.query)      # the embedded server's socket directory (host=…)
    if login:
        params.update(user=login, password=PASSWORD)
    return psycopg2.connect(**params)


def _timed(conn, sql: str, args: tuple) -> float:
    start = time.perf_counter()
    with conn.cursor() as cur:
        cur.execute(sql, args)
        cur.fetchone()
    conn.commit()
    return time.perf_counter() - start


def _concurrent(connect: Callable[[], object], work: list[list[tuple]], sql: str) -> float:
    """Runs each connection's list of statements in its own thread; returns per second."""
    conns = [connect() for _ in work]
    barrier = threading.Barrier(len(work) + 1)

    def run(conn, items: list[tuple]) -> None:
        barrier.wait()
        for args in items:
            _timed(conn, sql, args)

    threads = [threading.Thread(target=run, args=(c, w)) for c, w in zip(conns, work, strict=True)]
    for t in threads:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    for conn in conns:
        conn.close()
    return sum(len(w) for w in work) / elapsed


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--single", type=int, default=200, help="units for the latency run")
    args = parser.parse_args()
    superuser, stop = _server()
    try:
        url, units, customers = _prepare(superuser, args.units, args.connections)
        n = args.connections
        single, rest = units[:args.single], units[args.single:]
        # latency: one connection, one reservation after another; then the bare UPDATE
        conn = _connect(url, "edbench_sales")
        latency = [_timed(conn, SUBSCRIBE, (u, customers[0])) for u in single]
        conn.close()
        bare_conn = _connect(url)
        bare_latency = [_timed(bare_conn, BARE, (u,)) for u in single]
        bare_conn.close()
        # throughput: n connections, each on its own slice of the units
        work = [[(u, customers[i]) for u in rest[i::n]] for i in range(n)]
        rate = _concurrent(lambda: _connect(url, "edbench_sales"), work, SUBSCRIBE)
        bare_rate = _concurrent(lambda: _connect(url), [[(u,) for u in rest[i::n]]
                                                        for i in range(n)], BARE)
        check = sa.create_engine(url)
        with check.connect() as c:
            live = c.execute(sa.text("SELECT count(*) FROM estatedesk.deals "
                                     "WHERE stage = 'subscribed'")).scalar()
        check.dispose()
    finally:
        stop()
    med, p95 = _ms(latency)
    bmed, bp95 = _ms(bare_latency)
    print(f"{'measure':<44}{'reservation':>14}{'bare UPDATE':>14}{'ratio':>8}")
    print(f"{'one at a time, median ms':<44}{med:>14.2f}{bmed:>14.2f}{med / bmed:>8.1f}")
    print(f"{'one at a time, p95 ms':<44}{p95:>14.2f}{bp95:>14.2f}{p95 / bp95:>8.1f}")
    print(f"{f'{n} connections, per second':<44}{rate:>14.0f}{bare_rate:>14.0f}"
          f"{bare_rate / rate:>8.1f}")
    print(f"deals made: {live} of {len(units)} units "
          f"(targets: ≥ 200/s, single reservation < 4× bare UPDATE)")


if __name__ == "__main__":
    main()
