"""Import of a large legacy ledger: a generated 100k-row 应收账款台账 (.xlsx, written
streaming with openpyxl's write-only mode: title rows, a two-row header with merged group
cells, one invoice per row with its customer, project, number, date, amount, terms and two
payment date/amount pairs), timed against a bare pass over the same file.

Each of --runs rounds starts a fresh process for each of:
- openpyxl: a bare read-only pass (``load_workbook(read_only=True)``, every row's values);
- calamine: a bare python-calamine pass (the reader the importer uses);
- import: ``labledger import FILE`` into a new SQLite file (everything: header detection,
  parsing, customers matched, invoices, payments and allocations written, audit);
- sql floor: the database's own share of that import: the rows it wrote copied by SQLite
  itself (INSERT ... SELECT) into a new file of the same schema, secondary indexes dropped
  and built again as the importer does.
It prints the median wall time of each and the peak RSS of each child (ru_maxrss), and the
load average before the runs:

    .venv/bin/python bench/import_bench.py --rows 100000 --runs 3
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"

OPENPYXL_PASS = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        n += 1
print(n)
"""
CALAMINE_PASS = """
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
n = 0
for name in wb.sheet_names:
    for row in wb.get_sheet_by_name(name).iter_rows():
        n += 1
print(n)
"""

# The database's own share of an import: the rows one import wrote, copied by SQLite itself
# (INSERT ... SELECT, no Python per row) into a new database of the same schema, with the
# secondary indexes the importer drops dropped and built again, as the importer does.
SQLITE_FLOOR = """
import shutil, sqlite3, sys
imported, empty, out = sys.argv[1:4]
shutil.copy(empty, out)
c = sqlite3.connect(out, isolation_level=None)
c.execute("PRAGMA foreign_keys=ON")
c.execute("PRAGMA cache_size=-65536")
c.execute("ATTACH DATABASE ? AS src", (imported,))
c.execute("BEGIN IMMEDIATE")
bulk = ("invoices", "payments", "allocations", "projects", "project_stage_events")
marks = ",".join("?" * len(bulk))
indexes = c.execute(
    "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    f" AND tbl_name IN ({marks}) AND name != 'ix_projects_customer_id'", bulk
).fetchall()
for name, _ in indexes:
    c.execute(f"DROP INDEX main.{name}")
for table in ("customers", "projects", "project_stage_events", "invoices", "payments",
              "allocations"):
    c.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
for _, sql in indexes:
    c.execute(sql)
c.execute("COMMIT")
"""


def generate(path: Path, rows: int, seed: int = 7) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet.cell_range import CellRange

    rng = random.Random(seed)
    customers = [f"客户{n:05d}检测科技有限公司" for n in range(max(rows // 50, 1))]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("应收账款台账")
    ws.append(["应收账款台账"])
    ws.append(["编制单位：某某检测技术有限公司"])
    group = ["客户名称", "项目名称", "发票", None, None, "账期", "第一次回款", None, "第二次回款"]
    sub = [None, None, "号码", "开票日期", "开票金额", None, "日期", "金额", "日期", "金额"]
    ws.append(group)
    ws.append(sub)
    for ref in ("A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:H3", "I3:J3"):
        ws.merged_cells.ranges.add(CellRange(ref))  # type: ignore[attr-defined]
    start = date(2019, 1, 1)
    for n in range(rows):
        issued = start + timedelta(days=rng.randrange(5 * 365))
        fen = rng.randrange(10_000, 5_000_000)
        row: list[object] = [
            rng.choice(customers),
            f"检测项目{n}",
            f"{24000000 + n:08d}",
            issued,
            fen / 100 if n % 3 else f"{fen // 100:,}.{fen % 100:02d}",
            rng.choice([30, "30天", 60, "90天"]),
        ]
        first = rng.randrange(0, fen + 1) if n % 4 else 0
        if first:
            row += [issued + timedelta(days=rng.randrange(10, 120)), first / 100]
            if n % 2:
                row += [issued + timedelta(days=rng.randrange(120, 300)), (fen - first) / 100]
        ws.append([WriteOnlyCell(ws, v) if v is not None else None for v in row])
    wb.save(path)


def timed(args: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS MiB) of a child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=REPO, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, help="reuse this generated workbook")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    book = args.file or OUT / f"ledger-{args.rows}.xlsx"
    if not book.exists():
        t = time.perf_counter()
        generate(book, args.rows)
        print(
            f"generated {book} ({book.stat().st_size / 2**20:.1f} MiB) in "
            f"{time.perf_counter() - t:.0f} s"
        )
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    py = sys.executable
    figures: dict[str, list[tuple[float, float, float]]] = {
        "openpyxl": [],
        "calamine": [],
        "import": [],
        "sql floor": [],
    }
    for _ in range(args.runs):
        figures["openpyxl"].append(timed([py, "-c", OPENPYXL_PASS, str(book)]))
        figures["calamine"].append(timed([py, "-c", CALAMINE_PASS, str(book)]))
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "import.sqlite3"
            empty = Path(tmp) / "empty.sqlite3"
            for target in (db, empty):
                subprocess.run(
                    [py, "-m", "app", "--db", str(target), "init"],
                    cwd=REPO,
                    check=True,
                    stdout=subprocess.DEVNULL,
                    env={**os.environ, "PYTHONPATH": str(REPO)},
                )
            figures["import"].append(
                timed(
                    [
                        py,
                        "-m",
                        "app",
                        "--db",
                        str(db),
                        "--as-of",
                        "2025-01-01",
                        "import",
                        str(book),
                        "--kind",
                        "ledger",
                    ]
                )
            )
            floor = [py, "-c", SQLITE_FLOOR, str(db), str(empty), str(Path(tmp) / "floor.sqlite3")]
            figures["sql floor"].append(timed(floor))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name, runs in figures.items():
        wall = statistics.median(w for w, _, _ in runs)
        cpu = statistics.median(c for _, c, _ in runs)
        rss = max(m for _, _, m in runs)
        print(
            f"{name:10s} median wall {wall:6.1f} s  CPU {cpu:6.1f} s  peak RSS {rss:5.0f} MiB"
            f"  (wall of each run: {' '.join(f'{w:.1f}' for w, _, _ in runs)})"
        )


if __name__ == "__main__":
    main()
