"""Sales control chart benchmark: request → painted chart for 1,000 and 10,000 units, and a
change's NOTIFY → reloaded-on-the-other-client latency, each beside a baseline measured in
the same run (a bare SELECT of the same rows; a bare LISTEN/NOTIFY round trip), median and
p95 over repeated runs.

    python tests/bench/bench_chart.py [--repeat 15]

Uses ESTATEDESK_TEST_DB_URL (a superuser URL) if set, else a throwaway embedded server.
Targets (issue 4): 10,000-unit overview painted within 5× the bare query and under 0.5 s;
a change visible on the other client within 0.3 s p95.
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa  # noqa: E402

import server_schema  # noqa: E402
from app.db.connection import make_engine  # noqa: E402
from app.domain.passwords import scram_verifier  # noqa: E402

DB = "edbench_chart"
PASSWORD = "bench2026pw"
BARE_QUERY = """
    SELECT u.id, b.code, e.code, f.number, u.room_no, u.code, u.layout, u.orientation,
           u.gross_area, u.list_total, u.status
    FROM estatedesk.units u JOIN estatedesk.buildings b ON b.id = u.building_id
    JOIN estatedesk.entrances e ON e.id = u.entrance_id
    JOIN estatedesk.floors f ON f.id = u.floor_id WHERE u.project_id = %s"""


def _server() -> tuple[sa.URL, Callable[[], None]]:
    url = os.environ.get("ESTATEDESK_TEST_DB_URL")
    if url:
        return sa.make_url(url).set(drivername="postgresql+psycopg2"), lambda: None
    from app.db import embedded

    home = Path(tempfile.mkdtemp(prefix="edbench-"))
    server = embedded.start(home)

    def stop() -> None:
        embedded.stop(home)
        shutil.rmtree(home, ignore_errors=True)

    return sa.make_url(server.url(database="postgres")), stop


def _prepare(superuser: sa.URL) -> tuple[sa.URL, dict[int, int]]:
    admin = sa.create_engine(superuser, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{DB}" TEMPLATE template0 ENCODING \'UTF8\''))
        conn.execute(sa.text("DROP ROLE IF EXISTS edbench_manager"))
    admin.dispose()
    engine = make_engine(superuser.set(database=DB), pool_size=1)
    server_schema.upgrade(engine)
    from app.services import demo

    projects = {n: demo.seed(engine, n).project_id for n in (1000, 10000)}
    with engine.begin() as conn:
        conn.execute(sa.text("SELECT estatedesk.staff_create('edbench_manager', '基准经理', :p, "
                             "ARRAY['sales_manager'])"), {"p": scram_verifier(PASSWORD)})
    engine.dispose()
    return superuser.set(database=DB, username="edbench_manager", password=PASSWORD), projects


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _time(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return _stats(samples)


def _bare_query(url: sa.URL, project: int) -> Callable[[], object]:
    engine = make_engine(url, pool_size=1)

    def run() -> object:
        with engine.connect() as conn:
            cur = conn.connection.driver_connection.cursor()
            cur.execute(BARE_QUERY, (project,))
            return cur.fetchall()

    return run


def _chart_paint(url: sa.URL, project: int, units: int) -> Callable[[], object] | None:
    """Load through the service, build the model, and paint the whole overview once."""
    from app.services import chart

    engine = make_engine(url, pool_size=1)
    try:
        from PySide6.QtWidgets import QApplication

        from app.ui.chart.model import ChartModel
        from app.ui.chart.view import UnitChartView
    except ImportError:
        return None
    QApplication.instance() or QApplication([])
    model = ChartModel()
    view = UnitChartView(model)
    view.resize(1440, 900)
    # as the screen opens them: one building at 100 %, a large overview with floors fitted
    view.set_zoom(1.0 if units < 5000 else 0.22)

    def run() -> object:
        model.set_units(chart.load_chart(engine, project))
        return view.grab()

    return run


def _notify_round_trip(url: sa.URL) -> Callable[[], object]:
    """Baseline: NOTIFY on one connection, wait on another's socket."""
    engine = make_engine(url, pool_size=2)
    raw_l = engine.raw_connection()
    listen = raw_l.driver_connection
    raw_l.detach()
    listen.autocommit = True
    listen.cursor().execute("LISTEN edbench")
    raw_s = engine.raw_connection()
    send = raw_s.driver_connection
    raw_s.detach()
    send.autocommit = True

    def run() -> object:
        send.cursor().execute("NOTIFY edbench, 'x'")
        while not listen.notifies:
            select.select([listen], [], [], 2)
            listen.poll()
        listen.notifies.clear()
        return None

    return run


def _change_to_reload(url: sa.URL, project: int) -> Callable[[], object]:
    """Ours: a manager holds/releases a unit on one client; the other hears the NOTIFY and
    reloads just that unit through the service."""
    from app.db.listener import UnitChangeListener
    from app.services import chart, unit_actions

    actor = make_engine(url, pool_size=1)
    viewer = make_engine(url, pool_size=1)
    listener = UnitChangeListener(viewer)
    unit = chart.load_chart(viewer, project)[0].id
    state = {"held": False}

    def run() -> object:
        done = threading.Event()
        elapsed: list[float] = []
        start = time.perf_counter()

        def act() -> None:
            if state["held"]:
                unit_actions.release(actor, [unit])
            else:
                unit_actions.hold(actor, [unit], "bench")
            state["held"] = not state["held"]
            done.set()

        threading.Thread(target=act).start()
        while True:
            select.select([listener.fileno()], [], [], 2)
            changes = listener.drain()
            if changes:
                chart.load_units(viewer, set().union(*(c.unit_ids or () for c in changes)))
                elapsed.append(time.perf_counter() - start)
                break
        done.wait(5)
        return elapsed

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    superuser, stop = _server()
    try:
        url, projects = _prepare(superuser)
        rows = []
        for n, project in projects.items():
            base = _time(_bare_query(url, project), args.repeat)
            rows.append((f"bare SELECT of {n:,} units", *base, ""))
            painter = _chart_paint(url, project, n)
            if painter is not None:
                ours = _time(painter, args.repeat)
                rows.append((f"load + model + paint {n:,} units", *ours,
                             f"{ours[0] / base[0]:.1f}x"))
        base = _time(_notify_round_trip(url), args.repeat)
        rows.append(("bare LISTEN/NOTIFY round trip", *base, ""))
        ours = _time(_change_to_reload(url, projects[1000]), args.repeat)
        rows.append(("change → NOTIFY → reload on other client", *ours,
                     f"{ours[0] / max(base[0], 0.001):.1f}x"))
    finally:
        stop()
    print(f"{'case':<44} {'median ms':>10} {'p95 ms':>10} {'ratio':>7}")
    for name, median, p95, ratio in rows:
        print(f"{name:<44} {median:>10.1f} {p95:>10.1f} {ratio:>7}")


if __name__ == "__main__":
    main()
