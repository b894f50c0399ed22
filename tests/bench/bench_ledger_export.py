"""Ledger export benchmark: the 报表 screen's Excel export (app.exports.report_excel
.write_report — title, filter line, frozen header, ¥/m²/date formats, borders, translated
codes, SUM totals with cached results) of a 100,000-row, 15-column sales ledger, beside two
baselines writing the same rows bare in the same run: openpyxl write-only (`ws.append(row)`)
and XlsxWriter constant_memory (`write_row`). Time and peak memory (ru_maxrss) of each,
every writer in its own fresh process that first builds the same rows (so the rows' own
memory is in every figure; "rows only" shows it alone).

    python tests/bench/bench_ledger_export.py [--rows 100000] [--repeat 3] [--no-openpyxl-path]

The rows have the ledger's columns (app.services.report_sales.LEDGER without list total,
price per m² and payment method) and realistic values: Chinese names and unit codes,
Decimal areas and money, dates, state codes. `--no-openpyxl-path` skips our openpyxl writer
forced on the large report (what reports up to STREAM_ABOVE rows use), shown for scale.
Targets (issue 8): the export under 1.3× the faster bare baseline and under 300 MB peak.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DROPPED = ("list_total", "deal_unit_price", "payment_method")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
STAFF = ("顾问一", "顾问二", "顾问三", "王丽", "张伟")
CHANNELS = ("自然来访", "老带新", "网络推广", "户外广告", "中介分销")
LAYOUTS = ("两室两厅", "三室两厅", "四室两厅", "复式")


def columns() -> tuple:
    from app.services.report_sales import LEDGER

    return tuple(c for c in LEDGER if c.key not in DROPPED)


def make_rows(n: int) -> list[tuple]:
    """n ledger rows in the order of columns(): deal, unit, building, layout, area, customer,
    salesperson, channel, state, subscribed on, subscription value, signed on, contract no.,
    contract value, deal total."""
    start = dt.date(2025, 1, 1)
    rows = []
    for i in range(n):
        area = Decimal(8000 + (i * 37) % 9000) / 100
        price = Decimal(15000 + (i * 53) % 9000)
        total = (area * price).quantize(Decimal("0.01"))
        signed = i % 3 != 0
        subscribed_on = start + dt.timedelta(days=i % 600)
        rows.append((
            i + 1, f"{i % 40 + 1}-{i % 33 + 1:02d}{i % 4 + 1:02d}", f"{i % 40 + 1}号楼",
            LAYOUTS[i % 4], area, f"{SURNAMES[i % 20]}{'先生' if i % 2 else '女士'}{i}",
            STAFF[i % 5], CHANNELS[i % 5], "contracted" if signed else "subscribed",
            subscribed_on, total, subscribed_on + dt.timedelta(days=20) if signed else None,
            f"HT{i:08d}" if signed else None, total if signed else None, total))
    return rows


def _one(writer: str, n: int, out: Path) -> dict:
    """Runs in a fresh process: build the rows, then write them with `writer`."""
    import resource

    rows = make_rows(n)
    rows_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    if writer == "openpyxl_bare":
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet()
        for row in rows:
            ws.append(row)
        wb.save(out)
    elif writer == "xlsxwriter_bare":
        import xlsxwriter

        wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
        ws = wb.add_worksheet()
        for r, row in enumerate(rows):
            ws.write_row(r, 0, row)
        wb.close()
    else:
        from app.db.queries.reports import ReportFilter
        from app.exports.report_excel import write_report
        from app.services.report_model import build

        cols = columns()
        report = build("sales_ledger", "销售台账", ReportFilter(), cols,
                       (dict(zip([c.key for c in cols], row, strict=True)) for row in rows))
        del rows
        started = time.perf_counter()
        write_report(report, out, progress=lambda done, total: None,
                     cancelled=lambda: False, filter_text="项目：基准",
                     stream=None if writer == "export" else False)
    took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": took, "peak_mb": peak / 1024, "rows_mb": rows_rss / 1024,
            "bytes": out.stat().st_size}


def _run(writer: str, n: int, folder: Path) -> dict:
    out = folder / f"{writer}.xlsx"
    done = subprocess.run([sys.executable, __file__, "--child", writer, "--rows", str(n),
                           "--out", str(out)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _check(path: Path, n: int) -> str:
    """The export's file as a reader sees it: rows, a total formula, a Decimal kept."""
    from openpyxl import load_workbook

    from app.exports.report_excel import FIRST_ROW

    ws = load_workbook(path, read_only=True).active
    first = next(ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW, values_only=True))
    last = next(ws.iter_rows(min_row=FIRST_ROW + n, max_row=FIRST_ROW + n, values_only=True))
    expected = make_rows(1)[0]
    assert first[0] == expected[0] and Decimal(str(first[4])) == expected[4], first
    assert last[0] == "合计" and str(last[10]).startswith("=SUM("), last
    return f"checked: {n:,} rows, first row {first[:3]}, totals {last[10]}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-openpyxl-path", action="store_true")
    parser.add_argument("--child")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one(args.child, args.rows, Path(args.out))))
        return
    writers = ["openpyxl_bare", "xlsxwriter_bare", "export"]
    if not args.no_openpyxl_path:
        writers.append("export_openpyxl")
    results: dict[str, list[dict]] = {w: [] for w in writers}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            for w in writers:              # interleaved, so drift hits every writer alike
                results[w].append(_run(w, args.rows, Path(tmp)))
        _run("export", args.rows, Path(tmp))
        check = _check(Path(tmp) / "export.xlsx", args.rows)
    med = {w: statistics.median(r["seconds"] for r in rs) for w, rs in results.items()}
    peak = {w: max(r["peak_mb"] for r in rs) for w, rs in results.items()}
    rows_mb = max(r["rows_mb"] for rs in results.values() for r in rs)
    faster = min(med["openpyxl_bare"], med["xlsxwriter_bare"])
    names = {"openpyxl_bare": "bare openpyxl write-only", "xlsxwriter_bare":
             "bare XlsxWriter constant_memory", "export": "EstateDesk export (streamed)",
             "export_openpyxl": "EstateDesk export, openpyxl path"}
    print(f"{args.rows:,} rows × {len(columns())} columns, median of {args.repeat}")
    print(f"{'writer':<36}{'median s':>10}{'runs s':>22}{'peak MB':>9}{'× faster bare':>15}")
    for w in writers:
        runs = ", ".join(f"{r['seconds']:.1f}" for r in results[w])
        print(f"{names[w]:<36}{med[w]:>10.2f}{runs:>22}{peak[w]:>9.0f}{med[w] / faster:>15.2f}")
    print(f"(the rows alone: {rows_mb:.0f} MB peak before writing)")
    print(check)
    ok = med["export"] < 1.3 * faster and peak["export"] < 300
    print(f"targets: export under 1.3× the faster bare baseline and under 300 MB peak — "
          f"{'met' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
