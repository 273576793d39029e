"""The 报表 section's reports as its tabs compute them (the same jobs, off the GUI), for the
year to --as-of: the KPIs by each dimension, the salesperson performance, the project cycle
times by category and by month. Wall clock and CPU time of each, in one process (the file
read into the OS cache by the first). Open the database read-only or on a copy:

    .venv/bin/python bench/reports_bench.py --db /tmp/kpi-1m.sqlite3 --as-of 2026-12-01
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/kpi-1m.sqlite3")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--only", default="", help="comma-separated case names")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from app.db.location import resolve
    from app.services.core.startup import open_database
    from app.services.reports.periods import Period
    from app.views.ops.op_runner import Op
    from app.views.reports.cycle_tab import CycleDimension, cycle_work
    from app.views.reports.interrupt import Reads
    from app.views.reports.kpi_tab import Dimension, kpi_work
    from app.views.reports.performance_tab import performance_work

    database, _ = open_database(resolve(args.db))
    period = Period.year_to_date(args.as_of)
    texts = {"whole": "", "groups": "", "piece": "{piece}"}
    cases = {
        **{f"kpi {d.value}": kpi_work(d, period, texts) for d in Dimension},
        "performance": performance_work(period, ""),
        **{f"cycle {d.value}": cycle_work(d, period) for d in CycleDimension},
    }
    wanted = [c for c in args.only.split(",") if c]
    print(f"报表 jobs on {args.db}, {period.start} to {period.end}")
    for name, job in cases.items():
        if wanted and name not in wanted:
            continue
        started, cpu = time.perf_counter(), time.process_time()
        op = Op(database, 0)
        result = job(op, Reads(op))
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        rows = len(getattr(result, "rows", None) or getattr(result, "keys", ()))
        print(f"  {name:<20} {wall * 1000:8.0f} ms (CPU {cpu * 1000:6.0f} ms) {rows:>7,} rows")
    database.dispose()


if __name__ == "__main__":
    main()
