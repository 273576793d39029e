"""The 工作台 dashboard's figures and the charts' data, against the bare SQL under them, on a
database opened READ-ONLY (a SQLite URI with ``mode=ro``: nothing is migrated or written,
so the shared 1M demo file can be measured as it is).

Each of --runs fresh processes times, in this order:
- floor: the plain sums the dashboard cannot do without, each bare SQL read to the end:
  open amounts today over the covering partial index, the 90 days' invoices and payments
  over their date indexes, and the month's payments (first in the process, and again
  after the dashboard: "floor warm");
- dashboard: ``dashboard_figures`` as of D, the first call in the process (what the
  工作台 waits for), then again (warm); and each of its parts apart (warm);
- charts: ``chart_data`` as of D (12 months, no filter), first call.
And in a fresh process of its own, first: page: the 工作台 page built offscreen as the GUI
builds it, from its creation to the dashboard's figures shown (the summary and the
dashboard read on their threads meanwhile; CPU of the whole process, every thread).
Medians over the runs, wall clock and CPU (user + system). The issue's target: the
dashboard under 1 s on the 1M-invoice demo.

    .venv/bin/python bench/dashboard_bench.py --db /tmp/benchout/demo-1m.sqlite3 --as-of 2026-12-01
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAMES = (
    "page",
    "floor",
    "floor warm",
    "dashboard",
    "dashboard warm",
    "workbench summary",
    "  kpis",
    "  collected",
    "  targets",
    "  top overdue",
    "  promises",
    "  awaiting replies",
    "charts",
)


def measure(db: str, as_of: date) -> dict[str, float]:
    sys.path.insert(0, str(REPO))
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import configure_mappers

    from app.db.engine import _configure_sqlite
    from app.db.session import Database
    from app.services.reports import dashboard_service as ds
    from app.services.reports.chart_service import ChartFilter, chart_data
    from app.services.reports.kpi_service import kpi_report
    from app.services.reports.performance_service import collected_by_owner
    from app.services.reports.periods import Period, month_start
    from app.services.reports.targets_service import targets_in
    from app.services.statements.statement_service import awaiting_reply
    from app.services.workbench_service import workbench_summary

    engine = create_engine(f"sqlite:///file:{Path(db).resolve()}?mode=ro&uri=true")
    _configure_sqlite(engine)
    database = Database(engine)
    configure_mappers()
    trailing = Period(as_of - timedelta(days=ds.TRAILING_DAYS - 1), as_of)
    month = Period(month_start(as_of), as_of)
    week = Period(as_of - timedelta(days=as_of.weekday()), as_of)
    bounds = {
        "start": trailing.start.isoformat(),
        "end": as_of.isoformat(),
        "month": month.start.isoformat(),
    }
    floor = (
        "SELECT SUM(amount_fen - settled_fen) FROM invoices "
        "WHERE amount_fen > settled_fen AND status = 'issued'",
        "SELECT SUM(amount_fen) FROM invoices WHERE issue_date BETWEEN :start AND :end",
        "SELECT SUM(amount_fen) FROM payments WHERE received_date BETWEEN :start AND :end",
        "SELECT SUM(amount_fen) FROM payments WHERE received_date BETWEEN :month AND :end",
    )
    timings: dict[str, float] = {}
    with database.read() as session:

        def timed(name: str, work: Callable[[], object]) -> None:
            started, cpu = time.perf_counter(), time.process_time()
            work()
            timings[name] = time.perf_counter() - started
            timings[f"{name} cpu"] = time.process_time() - cpu

        timed("floor", lambda: [session.execute(text(sql), bounds).all() for sql in floor])
        timed("dashboard", lambda: ds.dashboard_figures(session, as_of))
        timed("dashboard warm", lambda: ds.dashboard_figures(session, as_of))
        timed("workbench summary", lambda: workbench_summary(session, as_of))
        timed(
            "  kpis",
            lambda: kpi_report(session, trailing, settlements=False, due=False),
        )
        timed("  collected", lambda: collected_by_owner(session, month))
        timed("  targets", lambda: targets_in(session, month))
        timed("  top overdue", lambda: ds._top_overdue(session, as_of, None, ds.TOP_OVERDUE))
        timed("  promises", lambda: ds._promises(session, week, None))
        timed("  awaiting replies", lambda: awaiting_reply(session, as_of))
        timed("floor warm", lambda: [session.execute(text(sql), bounds).all() for sql in floor])
        timed("charts", lambda: chart_data(session, as_of, ChartFilter.last_months(as_of)))
    database.dispose()
    return timings


def measure_page(db: str, as_of: date) -> dict[str, float]:
    """The 工作台 page as the GUI builds it (offscreen), from its creation to the dashboard's
    figures shown: the summary and the dashboard read on their threads meanwhile."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine
    from sqlalchemy.orm import configure_mappers

    from app.db.engine import _configure_sqlite
    from app.db.session import Database
    from app.domain.clock import FixedClock
    from app.services.core.context import system_actor
    from app.views.ops.change_bus import ChangeBus
    from app.views.ops.op_runner import OpRunner
    from app.views.ops.serial_writer import SerialWriter
    from app.views.shell.error_dialogs import ErrorPresenter
    from app.views.shell.view_context import ViewContext
    from app.views.workbench.workbench_page import WorkbenchPage

    application = QApplication([])
    engine = create_engine(f"sqlite:///file:{Path(db).resolve()}?mode=ro&uri=true")
    _configure_sqlite(engine)
    database = Database(engine)
    configure_mappers()
    clock, errors, bus = FixedClock(as_of), ErrorPresenter(), ChangeBus()
    ctx = ViewContext(
        database,
        clock,
        system_actor(clock),
        OpRunner(database, errors),
        SerialWriter(database, errors, bus),
        bus,
        errors,
    )
    started, cpu = time.perf_counter(), time.process_time()
    page = WorkbenchPage(ctx)
    page.resize(1216, 700)
    page.show()
    while page.dashboard is None or page.figures is None:
        application.processEvents()
        time.sleep(0.002)
    application.processEvents()
    timings = {"page": time.perf_counter() - started, "page cpu": time.process_time() - cpu}
    ctx.runner.shutdown()
    ctx.writer.shutdown()
    database.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/benchout/demo-1m.sqlite3")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("service", "page"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        work = measure if args.child == "service" else measure_page
        print(json.dumps(work(args.db, args.as_of)))
        return
    load_before = os.getloadavg()
    runs = []
    for _ in range(args.runs):
        run: dict[str, float] = {}
        for child in ("page", "service"):
            command = [sys.executable, __file__, "--child", child, "--db", args.db]
            out = subprocess.run(
                [*command, "--as-of", str(args.as_of)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            run.update(json.loads(out.splitlines()[-1]))
        runs.append(run)
    load_after = os.getloadavg()
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"Dashboard on {args.db} (read-only) as of {args.as_of}, median of {args.runs} runs")
    print(f"  load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    for name in NAMES:
        cpu = median[f"{name} cpu"] * 1000
        print(f"  {name:<20}: {median[name] * 1000:8.0f} ms (CPU {cpu:.0f} ms)")


if __name__ == "__main__":
    main()
