"""Dashboard benchmark: the executive's dashboard (app.services.dashboard.load) on the
10,000-unit demo project, beside a baseline measured in the same run — a bare
`SELECT count(*) FROM deals` over the same engine and login — median and p95 over repeated
loads; the same for a salesperson (row-level security on every view) and for the largest
reports.

    python tests/bench/bench_dashboard.py [--units 10000] [--repeat 20] [--walk-ins 20000]

The demo project has its deals, payments and receipts; the bench adds walk-in visitors (one
visit each, spread over the past year, with a follow-up for one in three) and a second visit
for every buyer, so the visitor and funnel figures have rows to count. Uses
ESTATEDESK_TEST_DB_URL (a superuser URL) if set, else a throwaway embedded server.
Target (issue 8): dashboard under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa  # noqa: E402

import server_schema  # noqa: E402
from app.db.connection import make_engine  # noqa: E402
from app.domain.passwords import scram_verifier  # noqa: E402
from app.services import dashboard, demo, reports, transactions  # noqa: E402
from app.services.demo_accounts import DEMO_PASSWORD  # noqa: E402
from app.services.reports import ReportFilter  # noqa: E402
from tests.bench.bench_chart import _server  # noqa: E402

DB = "edbench_dashboard"
PASSWORD = "bench2026pw"
LOGINS = {"executive": "edbench_exec", "sales": "guwen1"}   # guwen1: a demo salesperson
VISITORS = """
    WITH made AS (
        INSERT INTO estatedesk.customers (name, name_initials, phone, channel_id,
                                          assigned_staff_id, birthday, grade, created_at)
        SELECT '访客' || g, 'fk', '+86137' || lpad(g::text, 8, '0'),
               (SELECT id FROM estatedesk.channels ORDER BY id OFFSET g % 8 LIMIT 1),
               (SELECT id FROM estatedesk.staff WHERE login = CASE WHEN g % 2 = 0
                    THEN 'guwen1' ELSE 'guwen2' END),
               DATE '1960-01-01' + (g * 37) % 14000, substr('ABCD', g % 4 + 1, 1),
               now() - make_interval(days => g % 365)
        FROM generate_series(1, :n) g
        RETURNING id, assigned_staff_id, channel_id, created_at)
    INSERT INTO estatedesk.visits (customer_id, visit_type, visited_at, channel_id, staff_id)
    SELECT id, 'visit', created_at, channel_id, assigned_staff_id FROM made"""
REVISITS = """
    INSERT INTO estatedesk.visits (customer_id, visit_type, visited_at, channel_id, staff_id)
    SELECT d.customer_id, 'revisit', d.subscribed_at - interval '3 days', c.channel_id, d.staff_id
    FROM estatedesk.deals d JOIN estatedesk.customers c ON c.id = d.customer_id
    WHERE d.project_id = :p"""
FOLLOWUPS = """
    INSERT INTO estatedesk.followups (customer_id, staff_id, method, content, next_contact_on,
                                      contacted_at)
    SELECT v.customer_id, v.staff_id, 'call', '电话回访', v.visited_at::date + 7,
           v.visited_at + interval '1 day'
    FROM estatedesk.visits v WHERE v.id % 3 = 0"""


def _prepare(superuser: sa.URL, units: int, walk_ins: int) -> tuple[sa.URL, int]:
    admin = sa.create_engine(superuser, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)'))
        conn.execute(sa.text(f"CREATE DATABASE \"{DB}\" TEMPLATE template0 ENCODING 'UTF8'"))
        conn.execute(sa.text(f"DROP ROLE IF EXISTS {LOGINS['executive']}"))
    admin.dispose()
    engine = make_engine(superuser.set(database=DB), pool_size=1)
    server_schema.upgrade(engine)
    project = demo.seed(engine, units).project_id
    with engine.begin() as conn:
        conn.execute(sa.text("SELECT estatedesk.staff_create(:l, '基准决策', :p, "
                             "ARRAY['executive'])"),
                     {"l": LOGINS["executive"], "p": scram_verifier(PASSWORD)})
        conn.execute(sa.text(VISITORS), {"n": walk_ins})
        conn.execute(sa.text(REVISITS), {"p": project})
        conn.execute(sa.text(FOLLOWUPS))
    with engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text("ANALYZE"))
    engine.dispose()
    return superuser.set(database=DB), project


def _times(action: Callable[[], object], repeat: int) -> list[float]:
    action()   # warm the connection and the plan cache
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (statistics.median(ordered) * 1000,
            ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)] * 1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--walk-ins", type=int, default=20000)
    args = parser.parse_args()
    superuser, stop = _server()
    lines = []
    try:
        url, project = _prepare(superuser, args.units, args.walk_ins)
        for who, login in LOGINS.items():
            password = DEMO_PASSWORD if who == "sales" else PASSWORD
            engine = make_engine(url.set(username=login, password=password))
            bare = _times(lambda e=engine: transactions.run(e, lambda s: s.execute(sa.text(
                "SELECT count(*) FROM estatedesk.deals")).scalar_one()), args.repeat)
            load = _times(lambda e=engine: dashboard.load(e, project), args.repeat)
            lines.append((f"dashboard as {who}", _ms(load), _ms(bare)))
            if who == "executive":
                for key in ("sales_ledger", "sell_through_by_building", "collections",
                            "receivables", "visitors_by_channel", "staff_performance",
                            "sensitive_actions"):
                    f = ReportFilter(project_id=project)
                    took = _times(lambda e=engine, k=key, f=f: reports.run(e, k, f),
                                  max(3, args.repeat // 4))
                    lines.append((f"report {key}", _ms(took), _ms(bare)))
                figures = dashboard.load(engine, project)
            engine.dispose()
    finally:
        stop()
    print(f"{'measure':<34}{'median ms':>11}{'p95 ms':>9}{'bare median':>13}{'bare p95':>10}"
          f"{'ratio':>7}")
    for name, (med, p95), (bmed, bp95) in lines:
        print(f"{name:<34}{med:>11.1f}{p95:>9.1f}{bmed:>13.2f}{bp95:>10.2f}{med / bmed:>7.0f}")
    year = figures.period("year")
    print(f"\n{args.units} units, {sum(b.units for b in figures.sell_through)} in the "
          f"sell-through; this year: {year.visitors} visitors, {year.subscriptions.count} "
          f"subscriptions, {year.contracts.count} contracts, received {year.collections} "
          "(target: dashboard under 1 s)")


if __name__ == "__main__":
    main()
