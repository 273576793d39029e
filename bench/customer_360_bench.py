"""Time the customer 360 view of the customer with the most invoices, and the scoring of
every customer, on a demo database.

    python bench/customer_360_bench.py                        # bench/out/demo-1m.sqlite3
    python bench/customer_360_bench.py --db bench/out/demo-100k.sqlite3 --repeat 20

Make the database first with bench/generate.py (1,000,000 invoices / 20,000 customers for
the reference figure). Prints figures; asserts nothing. The target is under 0.4 s for the
360 view of the largest customer on the 1M-invoice database (issue 10). The floor, timed
in the same run: the plain SQL that reads what the view is built from, the customer's
invoices with their allocations (one index search each), summed.

The window reads the view without the credit score, which reads the customer's whole
payment history, and the score on its own (in parallel, shown when it comes): the view
without the score is what stands between opening the window and seeing it, timed next to
the score alone and the view with the score in one read. Each figure is wall-clock and the
CPU time of the process (what a machine that other work does not share would wait).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from app.db.location import resolve  # noqa: E402
from app.db.session import Database  # noqa: E402
from app.models import Invoice  # noqa: E402
from app.services.core.startup import open_database  # noqa: E402
from app.services.credit.credit_score_service import (  # noqa: E402
    payment_histories,
    payment_history,
)
from app.services.customers.customer_360_service import customer_360  # noqa: E402
from app.services.customers.customer_timeline_service import timeline  # noqa: E402
from app.views.customers.customer_360_view import load_customer_360  # noqa: E402


def runs(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first run, median of the next ``repeat`` runs) in seconds."""
    first, median, _ = runs_cpu(fn, repeat)
    return first, median


def runs_cpu(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(first run, median of the next ``repeat`` runs, median CPU time of the process of
    those runs) in seconds."""
    started = time.perf_counter()
    fn()
    first = time.perf_counter() - started
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return first, statistics.median(times), statistics.median(cpu)


def largest_customer(db: Database) -> tuple[int, int]:
    with db.read() as session:
        customer_id, count = session.execute(
            select(Invoice.customer_id, func.count())
            .group_by(Invoice.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    return customer_id, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="bench/out/demo-1m.sqlite3", help="path or URL")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--skip-all", action="store_true", help="skip scoring every customer")
    args = parser.parse_args(argv)
    location = resolve(args.db)
    if location.sqlite_path is not None and not location.sqlite_path.exists():
        parser.error(f"{location.sqlite_path} does not exist; make it with bench/generate.py")
    db, _ = open_database(location, migrate=False)
    try:
        customer_id, count = largest_customer(db)

        def view() -> object:
            with db.read() as session:
                return customer_360(session, customer_id, args.as_of)

        def window() -> object:
            with db.read() as session:
                return load_customer_360(session, customer_id, args.as_of)

        def credit_score() -> object:
            with db.read() as session:
                return payment_history(session, customer_id, args.as_of)

        first, median, cpu = runs_cpu(window, args.repeat)
        print(
            f"customer 360 of customer {customer_id} ({count:,} invoices) as the window reads "
            f"it, without the score: first {first:.3f} s, median of {args.repeat} {median:.3f} s"
            f" (CPU {cpu:.3f} s; target < 0.4 s)"
        )
        _, median, cpu = runs_cpu(credit_score, args.repeat)
        print(f"its credit score, read on its own: median {median:.3f} s (CPU {cpu:.3f} s)")
        first, median, cpu = runs_cpu(view, args.repeat)
        shown = view()
        assert shown.header.score is not None
        print(
            f"the view with the score in one read: first {first:.3f} s, median of "
            f"{args.repeat} {median:.3f} s (CPU {cpu:.3f} s); {len(shown.timeline)} timeline "
            f"entries, score {shown.header.score.score}"
        )

        def plain_sql() -> object:
            with db.read() as session:
                return session.execute(
                    text(
                        "SELECT count(*), sum(a.amount_fen) FROM invoices AS i "
                        "LEFT JOIN allocations AS a ON a.invoice_id = i.id "
                        "WHERE i.customer_id = :customer"
                    ),
                    {"customer": customer_id},
                ).one()

        _, floor = runs(plain_sql, args.repeat)
        print(f"floor, its invoices joined to their allocations in plain SQL: {floor:.3f} s")

        cursor = shown.timeline[-1].cursor if shown.timeline else None

        def next_page() -> object:
            with db.read() as session:
                return timeline(session, customer_id, before=cursor)

        _, page = runs(next_page, args.repeat)
        print(f"timeline, second page: median {page:.3f} s")

        if not args.skip_all:

            def everyone() -> object:
                with db.read() as session:
                    return payment_histories(session, args.as_of)

            started = time.perf_counter()
            histories = everyone()
            print(
                f"payment histories of all {len(histories):,} customers: "
                f"{time.perf_counter() - started:.2f} s"
            )
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
