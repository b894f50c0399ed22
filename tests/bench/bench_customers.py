"""Customer search benchmark with 1,000,000 customers: search by phone suffix, name part and
pinyin initials through the service (count + first page, as the list screen does), median
and p95, beside a baseline of a bare indexed lookup in the same run; and registering a
walk-in end to end through the service.

    python tests/bench/bench_customers.py [--customers 1000000] [--repeat 30]

Uses ESTATEDESK_TEST_DB_URL (a superuser URL) if set, else a throwaway embedded server.
Targets (issue 5): p95 under 100 ms for each search; a walk-in under 50 ms median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa  # noqa: E402

from app.db.connection import make_engine  # noqa: E402
from app.domain.passwords import scram_verifier  # noqa: E402
from app.domain.pinyin import name_initials  # noqa: E402
from app.services import customers, intake  # noqa: E402
from app.services.demo import GIVEN, SURNAMES  # noqa: E402
from tests.bench.bench_chart import _server, _stats  # noqa: E402

DB = "edbench_customers"
PASSWORD = "bench2026pw"


def _prepare(superuser: sa.URL, count: int) -> sa.URL:
    import server_schema

    admin = sa.create_engine(superuser, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{DB}" TEMPLATE template0 ENCODING \'UTF8\''))
        for role in ("edbench_cmanager", "edbench_creception"):
            conn.execute(sa.text(f"DROP ROLE IF EXISTS {role}"))
    admin.dispose()
    engine = make_engine(superuser.set(database=DB), pool_size=1)
    server_schema.upgrade(engine)
    names = [s + g for s, g in itertools.product(SURNAMES, GIVEN)]
    started = time.perf_counter()
    with engine.begin() as conn:
        verifier = scram_verifier(PASSWORD)
        for login, role in (("edbench_cmanager", "sales_manager"),
                            ("edbench_creception", "receptionist")):
            conn.execute(sa.text("SELECT estatedesk.staff_create(:l, :l, :p, ARRAY[:r])"),
                         {"l": login, "p": verifier, "r": role})
        conn.execute(sa.text("SELECT estatedesk.staff_create('edbench_sales', '基准顾问', :p, "
                             "ARRAY['sales'])"), {"p": verifier})
        conn.execute(sa.text("CREATE TEMP TABLE bench_names (n int, name text, initials text)"))
        conn.execute(sa.text("INSERT INTO bench_names VALUES (:n, :name, :i)"),
                     [{"n": i, "name": n, "i": name_initials(n)} for i, n in enumerate(names)])
        conn.execute(sa.text("""
            INSERT INTO estatedesk.customers (name, name_initials, phone, grade, status,
                                              assigned_staff_id, created_at)
            SELECT b.name, b.initials, '+861' || (30 + g % 60)::text || lpad(g::text, 8, '0'),
                   (ARRAY['A','B','C','D'])[1 + g % 4], 'visitor',
                   (SELECT id FROM estatedesk.staff WHERE login = 'edbench_sales'),
                   now() - make_interval(mins => g)
            FROM generate_series(1, :count) g
            JOIN bench_names b ON b.n = g % :names"""), {"count": count, "names": len(names)})
        conn.execute(sa.text("SELECT estatedesk.duty_roster_set(current_date, ARRAY["
                             "(SELECT id FROM estatedesk.staff WHERE login = 'edbench_sales')])"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("VACUUM ANALYZE estatedesk.customers"))
    engine.dispose()
    print(f"seeded {count:,} customers in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    return superuser.set(database=DB, username="edbench_cmanager", password=PASSWORD)


def _time_each(fn, args: list, repeat: int) -> tuple[float, float]:  # noqa: ANN001
    fn(args[0])
    samples = []
    for arg in itertools.islice(itertools.cycle(args), repeat):
        start = time.perf_counter()
        fn(arg)
        samples.append(time.perf_counter() - start)
    return _stats(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    superuser, stop = _server()
    rng = random.Random(7)
    try:
        url = _prepare(superuser, args.customers)
        engine = make_engine(url, pool_size=2)
        bare = make_engine(url, pool_size=1)

        def bare_lookup(n: int) -> object:
            with bare.connect() as conn:
                return conn.execute(sa.text("SELECT id, name FROM estatedesk.customers "
                                            "WHERE id = :i"), {"i": n}).all()

        def search(text: str) -> object:
            query = customers.CustomerQuery(text=text)
            total = customers.count_customers(engine, query)
            return customers.customer_page(engine, query, 0, expected_rows=total)

        suffixes = [f"{rng.randrange(10000):04d}" for _ in range(20)]
        parts = [g for g in GIVEN[:20]]
        initials = ["zs", "lm", "wf", "cj", "zq", "ly", "hj", "sl"]
        rows = [("bare indexed lookup by id", _time_each(
            bare_lookup, [rng.randrange(1, args.customers) for _ in range(50)], args.repeat))]
        rows.append(("search phone suffix (4 digits)", _time_each(search, suffixes, args.repeat)))
        rows.append(("search name part", _time_each(search, parts, args.repeat)))
        rows.append(("search pinyin initials", _time_each(search, initials, args.repeat)))
        reception = make_engine(url.set(username="edbench_creception"), pool_size=1)
        phones = iter(f"1990{n:07d}" for n in range(10**7))

        def walk_in(_: object) -> object:
            return intake.register_visit(reception, intake.VisitForm(
                phone=next(phones), name="基准访客", party_size=2))

        rows.append(("register a walk-in (service call)", _time_each(
            walk_in, [None], args.repeat)))
        engine.dispose()
        bare.dispose()
        reception.dispose()
    finally:
        stop()
    print(f"{args.customers:,} customers, {dt.date.today()}")
    print(f"{'case':<40} {'median ms':>10} {'p95 ms':>10}")
    for name, (median, p95) in rows:
        print(f"{name:<40} {median:>10.1f} {p95:>10.1f}")


if __name__ == "__main__":
    main()
