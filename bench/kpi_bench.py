"""`labledger report kpi` for a year, and the dashboard's figures, against the bare SQL under
them.

Each of --runs rounds times, in this order:
- command: `labledger --as-of D report kpi --format json` (the year to D) as a fresh process,
  wall clock from start to exit, interpreter and imports included;
- and in one fresh process of its own:
  - floor: the plain sums the KPIs cannot do without, each one bare SQL read to the end:
    open amounts today over the covering partial index, and the year's invoices, payments
    and write-offs summed over their date indexes;
  - kpi: `kpi_report` of the year as the command runs it (no settlements);
  - kpi full: the same with the settlements (money applied, days to pay, on-time share);
  - dashboard: `dashboard_figures` as of D (first call in the process), then again (warm).
The medians over the runs are printed with the load average before and after. The issue's
targets: `report kpi` for a year under 2 s, the dashboard under 1 s. Each figure is also
given in CPU time (user + system), which a machine shared with other work inflates less
than the wall clock.

Run it on a copy (the first open migrates the file):

    cp bench/out/demo-1m.sqlite3 /tmp/kpi-1m.sqlite3
    .venv/bin/python bench/kpi_bench.py --db /tmp/kpi-1m.sqlite3 --as-of 2026-12-01
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def measure(db: str, as_of: date) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    from sqlalchemy import text

    from app.db.location import resolve
    from app.services.core.startup import open_database
    from app.services.reports.dashboard_service import dashboard_figures
    from app.services.reports.kpi_service import kpi_report
    from app.services.reports.periods import Period

    database, _ = open_database(resolve(db))
    period = Period.year_to_date(as_of)
    bounds = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    floor = (
        "SELECT SUM(amount_fen - settled_fen) FROM invoices "
        "WHERE amount_fen > settled_fen AND status = 'issued'",
        "SELECT SUM(amount_fen) FROM invoices WHERE issue_date BETWEEN :start AND :end",
        "SELECT SUM(amount_fen) FROM payments WHERE received_date BETWEEN :start AND :end",
        "SELECT SUM(amount_fen) FROM write_offs WHERE write_off_date BETWEEN :start AND :end",
    )
    timings: dict[str, float] = {}
    with database.read() as session:

        def timed(name: str, work: Callable[[], object]) -> None:
            started, cpu = time.perf_counter(), time.process_time()
            work()
            timings[name] = time.perf_counter() - started
            timings[f"{name} cpu"] = time.process_time() - cpu

        timed("floor", lambda: [session.execute(text(sql), bounds).all() for sql in floor])
        timed("kpi", lambda: kpi_report(session, period, settlements=False))
        timed("kpi full", lambda: kpi_report(session, period))
        timed("dashboard", lambda: dashboard_figures(session, as_of))
        timed("dashboard warm", lambda: dashboard_figures(session, as_of))
    database.dispose()
    return timings


def command(db: str, as_of: date) -> tuple[float, float]:
    """Wall clock and CPU time (user + system) of the whole command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            db,
            "--as-of",
            str(as_of),
            "report",
            "kpi",
            "--format",
            "json",
        ],
        check=True,
        capture_output=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/kpi-1m.sqlite3")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.db, args.as_of)))
        return
    load_before = os.getloadavg()
    runs = []
    for _ in range(args.runs):
        took, cpu = command(args.db, args.as_of)
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--db", args.db, "--as-of", str(args.as_of)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs.append({"command": took, "command cpu": cpu, **json.loads(out)})
    load_after = os.getloadavg()
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"KPIs on {args.db} as of {args.as_of}, median of {args.runs} fresh processes")
    print(f"  load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    print(
        f"  `report kpi` for the year, whole command: {median['command'] * 1000:8.0f} ms "
        f"(CPU {median['command cpu'] * 1000:.0f} ms)"
    )
    for name in ("floor", "kpi", "kpi full", "dashboard", "dashboard warm"):
        cpu = median[f"{name} cpu"] * 1000
        print(f"  {name:<15}: {median[name] * 1000:8.0f} ms (CPU {cpu:.0f} ms)")


if __name__ == "__main__":
    main()
