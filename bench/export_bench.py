"""导出 Excel of the whole invoice list of a demo ledger: wall clock, CPU time and peak RSS of
the export, next to the bare floor — the plain SQL read of the same rows in the same order
through the sqlite3 module, nothing written.

The export is the one the list's 导出 Excel button runs (``write_list``: the list service's
count and pages through ``InvoiceListSource``, every column, the shared writer), the list as
it opens (all invoices, newest first). The database is opened read-only (a ``mode=ro``
URI), so the demo file is never written. Each figure is the median of --runs fresh
processes per side (peak RSS is the process's own, so the two sides do not share one);
the file is read once before the runs so that the operating system has it in its cache.

    .venv/bin/python bench/export_bench.py --db /tmp/benchout/demo-1m.sqlite3 \\
        --as-of 2026-12-01
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

FLOOR_SQL = """
SELECT i.id, i.number, i.kind, i.customer_id, c.name, p.code, i.issue_date, i.due_date,
       i.amount_fen, i.tax_fen, i.settled_fen, i.status, i.original_invoice_id
FROM invoices i
JOIN customers c ON c.id = i.customer_id
LEFT JOIN projects p ON p.id = i.project_id
ORDER BY i.issue_date DESC, i.id DESC
"""


def read_only_uri(db: str) -> str:
    return f"file:{Path(db).resolve()}?mode=ro"


class _Op:
    """What write_list needs of the GUI's operation handle: progress and cancellation."""

    def __init__(self) -> None:
        self.last = (0, 0)

    def is_cancelled(self) -> bool:
        return False

    def report(self, done: int, total: int, text: str = "") -> None:
        self.last = (done, total)


def floor(db: str) -> dict[str, Any]:
    conn = sqlite3.connect(read_only_uri(db), uri=True)
    rows = 0
    for _row in conn.execute(FLOOR_SQL):
        rows += 1
    conn.close()
    return {"rows": rows}


def export(db: str, as_of: date, out: Path) -> dict[str, Any]:
    sys.path.insert(0, str(REPO))
    from sqlalchemy import create_engine

    from app.db.engine import _configure_sqlite
    from app.db.session import Database
    from app.reports.xlsx_writer import Sheet
    from app.services.core.list_request import ListRequest
    from app.views.invoices.invoice_table_model import COLUMNS, InvoiceListSource
    from app.views.tables.list_file import write_list

    engine = create_engine(
        f"sqlite+pysqlite:///{read_only_uri(db)}&uri=true",
        connect_args={"check_same_thread": False},
    )
    _configure_sqlite(engine)
    database = Database(engine)
    request = ListRequest(sort_key="issue_date", descending=True, as_of=as_of)
    sheet = Sheet(
        title="发票列表",
        headers=tuple(spec.header for spec in COLUMNS),
        description=(f"筛选：无；排序：开票日期 降序；截至 {as_of.isoformat()}",),
        sheet_name="发票列表",
    )
    op = _Op()
    rows = write_list(op, out, sheet, InvoiceListSource(database), request, COLUMNS)  # type: ignore[arg-type]
    engine.dispose()
    return {"rows": rows, "file_mb": out.stat().st_size / 1e6}


def child(kind: str, db: str, as_of: date) -> dict[str, Any]:
    started, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as folder:
        result = floor(db) if kind == "floor" else export(db, as_of, Path(folder) / "发票列表.xlsx")
    result["wall"] = time.perf_counter() - started
    result["cpu"] = time.process_time() - cpu
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["peak_rss_mb"] = peak / (1e6 if sys.platform == "darwin" else 1e3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/benchout/demo-1m.sqlite3")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 12, 1))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("floor", "export"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.db, args.as_of)))
        return
    with open(args.db, "rb") as f:  # into the operating system's cache
        while f.read(1 << 24):
            pass
    load_before = os.getloadavg()
    runs: dict[str, list[dict[str, Any]]] = {"floor": [], "export": []}
    for _ in range(args.runs):
        for kind in runs:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    kind,
                    "--db",
                    args.db,
                    "--as-of",
                    str(args.as_of),
                ],
                check=True,
                capture_output=True,
                text=True,
                cwd=REPO,
            ).stdout
            runs[kind].append(json.loads(out))
            done = runs[kind][-1]
            print(
                f"  run {len(runs[kind])} {kind}: wall {done['wall']:.1f} s, "
                f"CPU {done['cpu']:.1f} s, peak RSS {done['peak_rss_mb']:.0f} MB",
                flush=True,
            )
    load_after = os.getloadavg()
    for kind, results in runs.items():
        median = {
            key: statistics.median(r[key] for r in results)
            for key in ("wall", "cpu", "peak_rss_mb")
        }
        extra = f", file {results[0]['file_mb']:.0f} MB" if kind == "export" else ""
        walls = ", ".join(f"{r['wall']:.1f}" for r in results)
        print(
            f"{kind:7} {results[0]['rows']:,} rows: wall {median['wall']:.1f} s, "
            f"CPU {median['cpu']:.1f} s, peak RSS {median['peak_rss_mb']:.0f} MB{extra} "
            f"(median of {len(results)}; walls {walls})"
        )
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")


if __name__ == "__main__":
    main()
