"""The four big lists (invoices, customers, projects, payments) on a demo ledger: how long
each takes to show its first page, its count and its totals, opened and then sorted by each
sortable column and filtered, next to the bare SQL under each.

Each of --runs fresh processes opens the database and, for each list in turn, builds its
section (offscreen, as the main window does), then changes the order or the filter case by
case, timing from the change to:
- page: the first page shown (the model's ``loaded``), the figure the issue's 0.1 s is for;
- count: the number of rows known (``counted``; the scroll bar covers every row);
- totals: the totals row filled (``totalsChanged``); "kept" when only the order changed;
- cpu: the CPU time of the process (all its threads) from the change to the first page, what
  a machine that no other work shares would wait for it.
The floor is the same SQL the service ran for the first page, run again through the bare
sqlite3 module (warm), so what is above it is SQLAlchemy, Qt and the thread hand-over.
The file is read once before each run, so that the operating system has it in its cache as
on a PC that has opened it before (what other programs evicted would otherwise decide the
figures). Medians over the runs:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/list_bench.py \\
        --db bench/out/demo-1m.sqlite3 --as-of 2026-12-01
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TIMEOUT_S = 60.0

# (list, case): what each case changes, from the list as it opens.
CASES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "invoices": [
        ("open (newest first)", {}),
        *(
            (f"sort {key}", {"sort": key})
            for key in (
                "number",
                "customer",
                "amount",
                "open",
                "due_date",
                "days_overdue",
            )
        ),
        *((f"status {status}", {"status": status}) for status in ("open", "overdue", "void")),
        ("overdue, most days first", {"status": "overdue", "sort": "days_overdue"}),
        ("overdue, largest open first", {"status": "overdue", "sort": "open"}),
        ("search customer 科技", {"search": "科技"}),
        ("search number prefix", {"search": "26322000000000999"}),
    ],
    "customers": [
        ("open (by code)", {}),
        *(
            (f"sort {key}", {"sort": key})
            for key in ("name", "tier", "category", "owner", "balance", "overdue")
        ),
        ("search 环境", {"search": "环境"}),
    ],
    "projects": [
        ("open (list, latest stage first)", {}),
        *((f"sort {key}", {"sort": key}) for key in ("code", "contract_amount", "customer")),
        *(
            (f"filter {flag}", {"flag": flag})
            for flag in ("open_only", "deadline_overdue", "stalled")
        ),
        ("search 检测", {"search": "检测"}),
    ],
    "payments": [
        ("open (newest first)", {}),
        *((f"sort {key}", {"sort": key}) for key in ("number", "amount")),
        *((f"status {status}", {"status": status}) for status in ("unallocated", "reversed")),
        ("search 科技", {"search": "科技"}),
    ],
}


def measure(db_path: str, as_of: date, only: list[str]) -> dict[str, dict[str, float | None]]:
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from app.db.location import resolve
    from app.domain.clock import FixedClock
    from app.services.core.context import system_actor
    from app.services.core.list_request import ListRequest
    from app.services.core.startup import open_database
    from app.services.customers.customer_list_service import fetch_customers
    from app.services.ledger.invoice_list_service import fetch_invoices
    from app.services.ledger.payment_list_service import fetch_payments
    from app.services.projects.project_list_service import fetch_projects
    from app.views.customers.customer_list_view import CustomerListView
    from app.views.invoices.invoice_list_view import InvoiceListView
    from app.views.ops.change_bus import ChangeBus
    from app.views.ops.op_runner import OpRunner
    from app.views.ops.serial_writer import SerialWriter
    from app.views.payments.payment_list_view import PaymentListView
    from app.views.projects.projects_page import ProjectsPage
    from app.views.shell.error_dialogs import ErrorPresenter
    from app.views.shell.view_context import ViewContext

    application = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    db, _ = open_database(resolve(db_path))
    clock = FixedClock(as_of)
    errors = ErrorPresenter()
    bus = ChangeBus()
    ctx = ViewContext(
        db,
        clock,
        system_actor(clock),
        OpRunner(db, errors),
        SerialWriter(db, errors, bus),
        bus,
        errors,
    )
    pages: dict[str, Callable[[], Any]] = {
        "invoices": lambda: InvoiceListView(ctx),
        "customers": lambda: CustomerListView(ctx),
        "projects": lambda: ProjectsPage(ctx),
        "payments": lambda: PaymentListView(ctx),
    }
    first_pages: dict[str, Callable[[Any, ListRequest], object]] = {
        "invoices": lambda s, r: fetch_invoices(s, r, 0, 200, as_of),
        "customers": lambda s, r: fetch_customers(s, r, 0, 200, as_of),
        "projects": lambda s, r: fetch_projects(s, r, 0, 200, as_of),
        "payments": lambda s, r: fetch_payments(s, r, 0, 200),
    }
    raw = sqlite3.connect(db_path)
    figures: dict[str, dict[str, float | None]] = {}

    def wait(
        model: Any, started: float, totals_expected: bool, started_cpu: float = 0.0
    ) -> dict[str, float | None]:
        marks: dict[str, float | None] = {}
        wanted = {"page", "count"} | ({"totals"} if totals_expected else set())
        # Waits in the event loop (not polling it, which would keep the GUI thread busy and
        # count its polling as the list's CPU time) until every mark is in, or the deadline.
        loop = QEventLoop()

        def mark(name: str) -> None:
            if name == "page" and "page" not in marks:
                marks["cpu"] = time.process_time() - started_cpu
            marks.setdefault(name, time.perf_counter() - started)
            if wanted <= marks.keys():
                loop.quit()

        connections = [
            model.loaded.connect(lambda: mark("page")),
            model.counted.connect(lambda: mark("count")),
            model.totalsChanged.connect(lambda: model.totals is not None and mark("totals")),
        ]
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(int(TIMEOUT_S * 1000))
        if not wanted <= marks.keys():
            loop.exec()
        deadline.stop()
        for connection in connections:
            model.disconnect(connection)
        if not totals_expected:
            marks["totals"] = None  # kept: only the order changed
        return marks

    def floor(name: str, req: ListRequest) -> float:
        """The first page's own SQL through the bare driver, best of three (warm)."""
        seen: list[tuple[str, Any]] = []

        def grab(conn, cursor, statement, parameters, context, executemany) -> None:
            seen.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", grab)
        with db.read() as session:
            first_pages[name](session, req)
        event.remove(db.engine, "before_cursor_execute", grab)
        statements = [
            (sql, p) for sql, p in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))
        ]
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            for sql, params in statements:
                raw.execute(sql, params).fetchall()
            best = min(best, time.perf_counter() - started)
        return best

    for name, cases in CASES.items():
        if only and name not in only:
            continue
        started, started_cpu = time.perf_counter(), time.process_time()
        page = pages[name]()
        if name == "projects":
            page.list_button.click()
        model = page.model
        for case, change in cases:
            if change:
                before = model.request
                started, started_cpu = time.perf_counter(), time.process_time()
                apply(page, model, change, Qt)
                totals_expected = (before.search, before.filters) != (
                    model.request.search,
                    model.request.filters,
                )
            else:
                totals_expected = True
            marks = wait(model, started, totals_expected, started_cpu)
            request = model.request if model.request.as_of else _dated(model.request, as_of)
            marks["floor"] = floor(name, request)
            figures[f"{name}: {case}"] = marks
            # Back to how the list opened, for the next case (all its work done first).
            filtered = bool(model.request.search or model.request.filters)
            as_it_was = model.request
            reset(page, model, Qt)
            # A list already as it opened reloads nothing: there is nothing to wait for.
            if model.request != as_it_was:
                wait(model, time.perf_counter(), totals_expected=filtered)
        page.deleteLater()
    ctx.runner.shutdown()
    db.dispose()
    return figures


def _dated(request: Any, as_of: date) -> Any:
    from dataclasses import replace

    return replace(request, as_of=as_of)


def apply(page: Any, model: Any, change: dict[str, Any], qt: Any) -> None:
    """Change the list the way the user does: a search typed, a filter picked, a column
    header clicked (descending)."""
    if "search" in change:
        page.search.setText(change["search"])
        if hasattr(page, "_apply_search"):
            page._apply_search()
        else:
            page._filters_changed()
    if "status" in change:
        page.status.setCurrentIndex(page.status.findData(change["status"]))
    if "flag" in change:
        {"open_only": page.open_only, "deadline_overdue": page.overdue, "stalled": page.stalled}[
            change["flag"]
        ].setChecked(True)
    if "sort" in change:
        column = next(i for i, c in enumerate(model.columns) if c.sort_key == change["sort"])
        page.table.sortByColumn(column, qt.SortOrder.DescendingOrder)


def reset(page: Any, model: Any, qt: Any) -> None:
    """As the list opened: no search, no filter, its first order."""
    page.search.blockSignals(True)
    page.search.clear()
    page.search.blockSignals(False)
    for box in ("status",):
        if hasattr(page, box):
            getattr(page, box).blockSignals(True)
            getattr(page, box).setCurrentIndex(0)
            getattr(page, box).blockSignals(False)
    for box in ("open_only", "overdue", "stalled"):
        if hasattr(page, box):
            getattr(page, box).blockSignals(True)
            getattr(page, box).setChecked(False)
            getattr(page, box).blockSignals(False)
    opening = {
        "InvoiceListView": ("issue_date", True),
        "CustomerListView": ("code", False),
        "ProjectsPage": ("stage_since", True),
        "PaymentListView": ("received_date", True),
    }[type(page).__name__]
    from dataclasses import replace

    model.set_request(
        replace(model.request, search="", filters=(), sort_key=opening[0], descending=opening[1])
    )
    page.table.horizontalHeader().setSortIndicator(
        model.sort_column(),
        qt.SortOrder.DescendingOrder if opening[1] else qt.SortOrder.AscendingOrder,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(REPO / "bench" / "out" / "demo-1m.sqlite3"))
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the medians to this file")
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(CASES),
        default=[],
        help="time only this list (repeatable; default all four)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.db, args.as_of, args.only)))
        return
    runs = []
    for _ in range(args.runs):
        with open(args.db, "rb") as whole:
            while whole.read(1 << 24):
                pass
        out = subprocess.run(
            [
                *(sys.executable, __file__, "--child", "--db", args.db),
                *("--as-of", str(args.as_of)),
                *(f"--only={name}" for name in args.only),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    medians: dict[str, dict[str, float | None]] = {}
    for case in runs[0]:
        medians[case] = {}
        for what in ("page", "count", "totals", "floor", "cpu"):
            values = [r[case].get(what) for r in runs]
            known = [v for v in values if v is not None]
            medians[case][what] = statistics.median(known) if len(known) == len(values) else None
    print(f"lists on {args.db} as of {args.as_of}, median of {args.runs} fresh processes (ms)")
    print(f"{'case':<48} {'page':>7} {'count':>7} {'totals':>7} {'floor':>7} {'cpu':>7}")
    for case, m in medians.items():
        cells = [
            "kept" if m[w] is None and w == "totals" else f"{1000 * (m[w] or 0):7.1f}"
            for w in ("page", "count", "totals", "floor", "cpu")
        ]
        print(f"{case:<48} " + " ".join(f"{c:>7}" for c in cells))
    if args.json:
        args.json.write_text(json.dumps(medians, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
