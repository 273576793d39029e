"""`labledger report aging --by customer` against the bare SQL under it.

Each of --runs fresh processes opens the database and times, in this order:
- floor: the plain sum of open amounts per customer over the covering partial index
  (SELECT customer_id, SUM(amount_fen - settled_fen) ... GROUP BY customer_id), read to the
  end;
- today: the aging report by customer as of --as-of (default today), written as CSV exactly
  as the command line writes it;
- year ago: the same as of 365 days earlier.
The medians over the runs are printed with each report's ratio to the floor of the same
runs. The issue's target: within 2x of the floor and under 1 s.

    .venv/bin/python bench/aging_bench.py --db bench/out/demo-1m.sqlite3 --as-of 2026-12-01
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def measure(db: str, as_of: date) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    from sqlalchemy import text

    from app.db.location import resolve
    from app.reports.aging_export import write_csv
    from app.services.core.startup import open_database
    from app.services.ledger.aging_service import AgingBy, aging_report

    database, _ = open_database(resolve(db))
    timings: dict[str, float] = {}
    with database.read() as session:
        started = time.perf_counter()
        session.execute(
            text(
                "SELECT customer_id, SUM(amount_fen - settled_fen) FROM invoices "
                "WHERE amount_fen > settled_fen AND status = 'issued' GROUP BY customer_id"
            )
        ).all()
        timings["floor"] = time.perf_counter() - started
        for name, day in (("today", as_of), ("year ago", as_of - timedelta(days=365))):
            started = time.perf_counter()
            write_csv(aging_report(session, day, AgingBy.CUSTOMER), io.StringIO())
            timings[name] = time.perf_counter() - started
    database.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(REPO / "bench" / "out" / "demo-1m.sqlite3"))
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.db, args.as_of)))
        return
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--db", args.db, "--as-of", str(args.as_of)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs.append(json.loads(out))
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"aging by customer on {args.db}, median of {args.runs} fresh processes")
    print(f"  floor (plain SQL sum per customer): {median['floor'] * 1000:8.0f} ms")
    for name in ("today", "year ago"):
        ratio = median[name] / median["floor"]
        print(f"  as of {name:<8}: {median[name] * 1000:8.0f} ms  ({ratio:.2f}x the floor)")


if __name__ == "__main__":
    main()
