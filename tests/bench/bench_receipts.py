"""Receipts benchmark: money taken with its gapless receipt number, and receipts drawn as PDF,
each beside a baseline measured in the same run.

    python tests/bench/bench_receipts.py [--per-connection 200] [--connections 10]

Database: `payment_record()` as finance (role, deal, open day and over-payment checks, the
payment row, the next number of the cashier's book, the receipt row, audit) by 10 cashiers
on 10 books at once, and by 10 connections of one cashier sharing one book (where numbers
must come out gapless, so those transactions queue on the book), beside a bare INSERT of a
payment-like row by as many connections, and a bare shared counter (UPDATE … RETURNING +
INSERT, the least a gapless number costs). Then print_day() of the day's receipts (every
print counted, then drawn). PDF: one receipt to a file, median of repeated runs, and a batch
of 1,000, beside a minimal reportlab page in the same embedded font.

Uses ESTATEDESK_TEST_DB_URL (a superuser URL) if set, else a throwaway embedded server.
Targets: one receipt PDF < 50 ms median; 1,000 in < 30 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import server_schema  # noqa: E402
from app.db.connection import make_engine  # noqa: E402
from app.db.inventory import InventoryWriter, UnitRow  # noqa: E402
from app.db.models import Customer, Project  # noqa: E402
from app.domain.passwords import scram_verifier  # noqa: E402
from app.domain.payment_plans import generate_schedule  # noqa: E402
from app.exports.pdf_fonts import cjk_font  # noqa: E402
from app.exports.receipt_pdf import ReceiptDoc, write_receipts  # noqa: E402
from app.services import deals, receipt_printing  # noqa: E402
from tests.bench.bench_chart import _server  # noqa: E402
from tests.bench.bench_reservations import SUBSCRIBE, _concurrent, _connect  # noqa: E402
from tests.helpers.factories import resident_id  # noqa: E402

DB = "edbench_receipts"
PASSWORD = "bench2026pw"
PAY = ("SELECT estatedesk.payment_record(%s, CAST(2 AS smallint), 'instalment', 1.00, "
       "'transfer', '网银流水', current_date)")
BARE_TABLE = """CREATE TABLE public.bench_bare (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, deal_id bigint NOT NULL,
    number integer, amount numeric(14, 2) NOT NULL, note text,
    at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE TABLE public.bench_counter (id int PRIMARY KEY, next_no int NOT NULL);
INSERT INTO public.bench_counter VALUES (1, 1);"""
BARE = "INSERT INTO public.bench_bare (deal_id, amount, note) VALUES (%s, 1.00, '网银流水') RETURNING id"
BARE_GAPLESS = """WITH n AS (UPDATE public.bench_counter SET next_no = next_no + 1 WHERE id = 1
                            RETURNING next_no - 1 AS number)
    INSERT INTO public.bench_bare (deal_id, number, amount, note)
    SELECT %s, number, 1.00, '网银流水' FROM n RETURNING id"""
CASHIER = "edbench_rc_cash{}"


def _staff(session: Session, login: str, name: str, role: str) -> int:
    session.execute(sa.text("SELECT estatedesk.staff_create(:l, :n, :p, ARRAY[:r])"),
                    {"l": login, "n": name, "p": scram_verifier(PASSWORD), "r": role})
    return session.execute(sa.text("SELECT id FROM estatedesk.staff WHERE login = :l"),
                           {"l": login}).scalar_one()


def _prepare(superuser: sa.URL, connections: int) -> tuple[sa.URL, int, list[int], list[int]]:
    """A project, 2n contracted deals (n for the cashiers on their own books, n for the
    shared book), n+1 cashiers with a book each; returns (url, project, deals, books)."""
    admin = sa.create_engine(superuser, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)'))
        conn.execute(sa.text(f"CREATE DATABASE \"{DB}\" TEMPLATE template0 ENCODING 'UTF8'"))
        for (role,) in conn.execute(sa.text(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'edbench\\_rc\\_%'")):
            conn.execute(sa.text(f'DROP ROLE "{role}"'))
    admin.dispose()
    url = superuser.set(database=DB)
    engine = make_engine(url, pool_size=1)
    server_schema.upgrade(engine)
    n = connections
    with Session(engine) as session, session.begin():
        session.execute(sa.text(BARE_TABLE))
        sales = _staff(session, "edbench_rc_sales", "基准顾问", "sales")
        _staff(session, "edbench_rc_admin", "基准管理员", "admin")
        cashiers = [_staff(session, CASHIER.format(i), f"基准出纳{i}", "finance")
                    for i in range(n + 1)]
        project = Project(code="BENCH", name="基准项目")
        session.add(project)
        session.flush()
        rows = [UnitRow("1", "1", f, f"{f}{i:02d}", Decimal("100.00"), Decimal("80.00"),
                        "三室两厅两卫", "南", "residential", Decimal("20000.00"),
                        Decimal("2000000.00"), Decimal("1900000.00"), "available")
                for f in range(1, 2 * n // 10 + 2) for i in range(1, 11)]
        InventoryWriter(session, project.id).add_units(rows)
        session.execute(sa.text(
            """INSERT INTO estatedesk.discount_rules (project_id, code, name, kind, value)
               VALUES (:p, 'launch99', '开盘优惠99折', 'percent', 0.99)"""), {"p": project.id})
        customers = [Customer(name=f"基准客户{i}", phone=f"+86139{i:08d}",
                              assigned_staff_id=sales) for i in range(2 * n)]
        session.add_all(customers)
        session.flush()
        customer_ids = [c.id for c in customers]
        unit_ids = list(session.execute(sa.text(
            "SELECT id FROM estatedesk.units WHERE project_id = :p ORDER BY id"),
            {"p": project.id}).scalars())
        project_id = project.id
    engine.dispose()
    conn = _connect(url, "edbench_rc_sales")
    deal_ids = []
    with conn.cursor() as cur:
        for unit, customer in zip(unit_ids, customer_ids, strict=False):
            cur.execute(SUBSCRIBE, (unit, customer))
            deal_ids.append(cur.fetchone()[0])
    conn.commit()
    conn.close()
    sales_engine = make_engine(url.set(username="edbench_rc_sales", password=PASSWORD))
    today = dt.date.today()
    for i, deal in enumerate(deal_ids):
        buyer = deals.Buyer(f"基准买受人{i}", "resident_id", resident_id(500 + i),
                            f"+86137{i:08d}")
        deals.sign_contract(sales_engine, deal, f"HT-B{i}", today, [buyer], generate_schedule(
            "full", Decimal("1980000.00"), today, Decimal("50000.00")))
    sales_engine.dispose()
    conn = _connect(url, "edbench_rc_admin")
    books = []
    with conn.cursor() as cur:
        for i, cashier in enumerate(cashiers):
            cur.execute("SELECT estatedesk.receipt_book_register(%s, %s, 1, 10000)",
                        (project_id, f"B{i}"))
            books.append(cur.fetchone()[0])
            cur.execute("SELECT estatedesk.receipt_book_issue(%s, %s)", (books[-1], cashier))
    conn.commit()
    conn.close()
    return url, project_id, deal_ids, books


def _numbers(url: sa.URL, book: int) -> list[int]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        numbers = list(conn.execute(sa.text(
            "SELECT number FROM estatedesk.receipts WHERE book_id = :b ORDER BY number"),
            {"b": book}).scalars())
    engine.dispose()
    return numbers


def _database(url: sa.URL, project: int, deal_ids: list[int], books: list[int],
              per: int) -> dict[str, float | str]:
    n = len(books) - 1
    own, shared = deal_ids[:n], deal_ids[n:]
    logins = iter(range(n))
    separate = _concurrent(lambda: _connect(url, CASHIER.format(next(logins))),
                           [[(d,)] * per for d in own], PAY)
    one_book = _concurrent(lambda: _connect(url, CASHIER.format(n)),
                           [[(d,)] * per for d in shared], PAY)
    bare = _concurrent(lambda: _connect(url), [[(d,)] * per for d in own], BARE)
    bare_gapless = _concurrent(lambda: _connect(url), [[(d,)] * per for d in own], BARE_GAPLESS)
    numbers = _numbers(url, books[n])
    gapless = numbers == list(range(1, n * per + 1))
    own_ok = all(_numbers(url, b) == list(range(1, per + 1)) for b in books[:n])
    finance = make_engine(url.set(username=CASHIER.format(n), password=PASSWORD))
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        pages = receipt_printing.print_day(finance, project, dt.date.today(),
                                           Path(tmp) / "day.pdf")
        day_s = time.perf_counter() - start
    finance.dispose()
    return {"separate": separate, "one_book": one_book, "bare": bare,
            "bare_gapless": bare_gapless, "day_s": day_s, "day_pages": pages,
            "check": f"shared book: {len(numbers)} numbers, gapless 1..{len(numbers)}: "
                     f"{'yes' if gapless else 'NO'}; own books gapless: "
                     f"{'yes' if own_ok else 'NO'}"}


DOC = ReceiptDoc(receipt_no="SJ-0000123", project_name="锦绣华府", payer="张伟、李娜",
                 unit_code="1-2-1502", kind_label="首付", amount=Decimal("12345.60"),
                 method_label="转账", reference="网银流水 20250315-88231", cashier_name="王芳",
                 issued_on=dt.date(2025, 3, 15))


def _minimal(path: Path, pages: int) -> None:
    c = Canvas(str(path), initialFontName=cjk_font(), pageCompression=1)
    for i in range(pages):
        c.setFont(cjk_font(), 12)
        c.drawString(100, 700, f"收据 {i}")
        c.showPage()
    c.save()


def _median_ms(action, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _pdf(repeat: int) -> dict[str, float]:
    batch = [replace(DOC, receipt_no=f"SJ-{i:07d}", amount=Decimal(i) + Decimal("0.05"),
                     copy=i % 3 == 0, voided=i % 50 == 0) for i in range(1, 1001)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        start = time.perf_counter()
        write_receipts([DOC], out / "cold.pdf")          # registers the font
        cold = (time.perf_counter() - start) * 1000
        one = _median_ms(lambda: write_receipts([DOC], out / "one.pdf"), repeat)
        base_one = _median_ms(lambda: _minimal(out / "min.pdf", 1), repeat)
        start = time.perf_counter()
        write_receipts(batch, out / "batch.pdf")
        thousand = time.perf_counter() - start
        start = time.perf_counter()
        _minimal(out / "min1000.pdf", 1000)
        base_thousand = time.perf_counter() - start
    return {"cold": cold, "one": one, "base_one": base_one, "thousand": thousand,
            "base_thousand": base_thousand}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-connection", type=int, default=200)
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=50, help="runs of the one-receipt PDF")
    args = parser.parse_args()
    pdf = _pdf(args.repeat)
    superuser, stop = _server()
    try:
        url, project, deal_ids, books = _prepare(superuser, args.connections)
        db = _database(url, project, deal_ids, books, args.per_connection)
    finally:
        stop()
    n = args.connections
    print(f"{'measure':<52}{'receipts':>12}{'baseline':>12}{'ratio':>8}")
    print(f"{f'{n} cashiers, own books, per second':<52}{db['separate']:>12.0f}"
          f"{db['bare']:>12.0f}{db['bare'] / db['separate']:>8.1f}   (bare INSERT)")
    print(f"{f'{n} connections, one shared book, per second':<52}{db['one_book']:>12.0f}"
          f"{db['bare_gapless']:>12.0f}{db['bare_gapless'] / db['one_book']:>8.1f}"
          f"   (bare shared counter)")
    print(f"{'one receipt PDF, median ms':<52}{pdf['one']:>12.2f}{pdf['base_one']:>12.2f}"
          f"{pdf['one'] / pdf['base_one']:>8.1f}   (minimal page)")
    print(f"{'1,000 receipts PDF, s':<52}{pdf['thousand']:>12.2f}{pdf['base_thousand']:>12.2f}"
          f"{pdf['thousand'] / pdf['base_thousand']:>8.1f}   (1,000 minimal pages)")
    day_pages = int(db["day_pages"])
    print(f"{f'print_day of {day_pages} receipts (count + draw), s':<52}{db['day_s']:>12.2f}")
    print(f"first receipt PDF in the process (font registration): {pdf['cold']:.0f} ms")
    print(db["check"])
    print("targets: one receipt PDF < 50 ms median; 1,000 in < 30 s")


if __name__ == "__main__":
    main()
