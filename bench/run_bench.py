"""LabLedger benchmarks: run the measurements and print a table of figures.

    python bench/run_bench.py                      # everything, 100k and 1M invoices
    python bench/run_bench.py --sizes 100k         # quicker
    python bench/run_bench.py --only aging_all_customers --reuse

Each measurement is a function registered with @measurement: it takes the Bench (which
makes or reuses the demo databases) and returns Figures. They run in definition order;
add new ones at the end. Not part of the test run: figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(ROOT))

from sqlalchemy import and_, case, func, select  # noqa: E402

from app.db.location import resolve  # noqa: E402
from app.db.session import Database  # noqa: E402
from app.domain.aging import DEFAULT_BUCKETS  # noqa: E402
from app.models import Invoice  # noqa: E402
from app.services.core.startup import open_database  # noqa: E402
from app.services.ledger.ledger_queries import OPEN_INVOICE  # noqa: E402

# label -> (invoices, customers); the performance reference uses 1M invoices, 20k customers.
SIZES = {"100k": (100_000, 2_000), "1m": (1_000_000, 20_000)}
SEED = 3


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    note: str = ""


@dataclass
class Bench:
    out_dir: Path
    sizes: list[str]
    today: date
    reuse: bool
    generated: dict[str, dict] = field(default_factory=dict)  # label -> generate.py's JSON

    def path(self, label: str) -> Path:
        return self.out_dir / f"demo-{label}.sqlite3"

    def generate(self, label: str) -> dict:
        """Run bench/generate.py in its own process, so its peak memory is its own."""
        invoices, customers = SIZES[label]
        command = [
            sys.executable,
            str(BENCH_DIR / "generate.py"),
            "--invoices",
            str(invoices),
            "--customers",
            str(customers),
            "--seed",
            str(SEED),
            "--today",
            self.today.isoformat(),
            "--out",
            str(self.path(label)),
            "--force",
            "--json",
        ]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        self.generated[label] = json.loads(done.stdout.strip().splitlines()[-1])
        return self.generated[label]

    def database(self, label: str) -> Database:
        """The demo database of that size, generated first unless it exists (and --reuse)."""
        if label not in self.generated and not (self.reuse and self.path(label).exists()):
            self.generate(label)
        db, _ = open_database(resolve(str(self.path(label))))  # upgrades an older file
        return db

    @property
    def largest(self) -> str:
        return max(self.sizes, key=lambda label: SIZES[label][0])


Measurement = Callable[[Bench], list[Figure]]
MEASUREMENTS: dict[str, Measurement] = {}


def measurement(fn: Measurement) -> Measurement:
    MEASUREMENTS[fn.__name__] = fn
    return fn


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median seconds of `repeat` runs after one warm-up run (warm page cache)."""
    fn()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def query_plan(db: Database, stmt) -> str:
    with db.engine.connect() as conn:
        compiled = stmt.compile(conn)
        rows = conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}",
            tuple(compiled.params[k] for k in compiled.positiontup),
        )
        return "; ".join(str(row[-1]) for row in rows)


OPEN = OPEN_INVOICE


def aging_statement(as_of: date, customer_id: int | None = None):
    open_fen = Invoice.amount_fen - Invoice.settled_fen
    columns = []
    for bucket in DEFAULT_BUCKETS:
        # days overdue = as_of - due_date, so low <= days <= high bounds the due date.
        bounds = []
        if bucket.low is not None:
            bounds.append(Invoice.due_date <= as_of - timedelta(days=bucket.low))
        if bucket.high is not None:
            bounds.append(Invoice.due_date >= as_of - timedelta(days=bucket.high))
        columns.append(func.sum(case((and_(*bounds), open_fen), else_=0)).label(bucket.key))
    stmt = select(Invoice.customer_id, *columns).where(OPEN).group_by(Invoice.customer_id)
    if customer_id is not None:
        stmt = stmt.where(Invoice.customer_id == customer_id)
    return stmt


@measurement
def generation(bench: Bench) -> list[Figure]:
    figures = []
    for label in bench.sizes:
        if bench.reuse and bench.path(label).exists():
            continue
        r = bench.generate(label)
        note = f"{r['invoices']:,} invoices, {r['customers']:,} customers"
        figures += [
            Figure(f"generate {label}", r["generate_s"], "s", note),
            Figure(f"generate {label}: peak RSS", r["peak_rss_mb"] or 0, "MB"),
            Figure(f"generate {label}: file size", r["file_mb"], "MB"),
        ]
    return figures


@measurement
def aging_all_customers(bench: Bench) -> list[Figure]:
    label = bench.largest
    db = bench.database(label)
    try:
        buckets = aging_statement(bench.today)
        balances = (
            select(Invoice.customer_id, func.sum(Invoice.amount_fen - Invoice.settled_fen))
            .where(OPEN)
            .group_by(Invoice.customer_id)
        )

        def run(stmt) -> Callable[[], object]:
            def go() -> object:
                with db.read() as session:
                    return session.execute(stmt).all()

            return go

        return [
            Figure(
                f"aging all customers, 7 buckets ({label})",
                timed(run(buckets), 5),
                "s",
                query_plan(db, buckets),
            ),
            Figure(
                f"open balance per customer ({label})",
                timed(run(balances), 5),
                "s",
                query_plan(db, balances),
            ),
        ]
    finally:
        db.dispose()


@measurement
def aging_largest_customer(bench: Bench) -> list[Figure]:
    label = bench.largest
    db = bench.database(label)
    try:
        with db.read() as session:
            customer_id, count = session.execute(
                select(Invoice.customer_id, func.count())
                .group_by(Invoice.customer_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
        stmt = aging_statement(bench.today, customer_id)

        def go() -> object:
            with db.read() as session:
                return session.execute(stmt).all()

        return [
            Figure(
                f"aging of the largest customer ({label})",
                timed(go, 20),
                "s",
                f"customer {customer_id}, {count:,} invoices; {query_plan(db, stmt)}",
            )
        ]
    finally:
        db.dispose()


@measurement
def invoice_list(bench: Bench) -> list[Figure]:
    """What the invoice list asks of the database: open (count + first page), a deep page,
    search-as-you-type and the overdue filter. Pages are 200 rows."""
    from app.services.core.list_request import ListRequest
    from app.services.ledger import invoice_list_service as invoices

    figures = []
    for label in bench.sizes:
        db = bench.database(label)

        def page(req: ListRequest, where: str, db: Database = db) -> Callable[[], object]:
            def go() -> object:
                with db.read() as session:
                    total = invoices.count_invoices(session, req, bench.today)
                    offset = {"first": 0, "middle": total // 2, "last": max(total - 200, 0)}
                    return invoices.fetch_invoices(
                        session, req, offset[where], 200, bench.today, total
                    )

            return go

        newest = ListRequest(sort_key="issue_date", descending=True)
        figures += [
            Figure(
                f"invoice list open: count + first page ({label})",
                timed(page(newest, "first"), 5),
                "s",
            ),
            Figure(f"invoice list: middle page ({label})", timed(page(newest, "middle"), 5), "s"),
            Figure(f"invoice list: last page ({label})", timed(page(newest, "last"), 5), "s"),
            Figure(
                f"invoice list: search customer '科技' ({label})",
                timed(
                    page(
                        ListRequest(search="科技", sort_key="issue_date", descending=True), "first"
                    ),
                    5,
                ),
                "s",
            ),
            Figure(
                f"invoice list: search number prefix ({label})",
                timed(
                    page(
                        ListRequest(search="FP2026", sort_key="issue_date", descending=True),
                        "first",
                    ),
                    5,
                ),
                "s",
            ),
            Figure(
                f"invoice list: overdue filter ({label})",
                timed(
                    page(
                        ListRequest(
                            filters=(("status", "overdue"),), sort_key="issue_date", descending=True
                        ),
                        "first",
                    ),
                    5,
                ),
                "s",
            ),
            Figure(
                f"invoice list: sort by amount ({label})",
                timed(page(ListRequest(sort_key="amount", descending=True), "first"), 5),
                "s",
            ),
        ]
        db.dispose()
    return figures


@measurement
def customer_list(bench: Bench) -> list[Figure]:
    from app.services.core.list_request import ListRequest
    from app.services.customers import customer_list_service as customers

    label = bench.largest
    db = bench.database(label)

    def page(req: ListRequest) -> Callable[[], object]:
        def go() -> object:
            with db.read() as session:
                customers.count_customers(session, req)
                return customers.fetch_customers(session, req, 0, 200, bench.today)

        return go

    try:
        return [
            Figure(f"customer list open ({label})", timed(page(ListRequest()), 5), "s"),
            Figure(
                f"customer list search '环境' ({label})",
                timed(page(ListRequest(search="环境")), 5),
                "s",
            ),
            Figure(
                f"customer list sorted by balance ({label})",
                timed(page(ListRequest(sort_key="balance", descending=True)), 5),
                "s",
            ),
        ]
    finally:
        db.dispose()


@measurement
def allocation_500(bench: Bench) -> list[Figure]:
    """Issue 3: one payment allocated across 500 open invoices (auto and by hand)."""
    import tempfile

    from app.domain.clock import FixedClock
    from app.domain.enums import Role
    from app.domain.money import MAX_AMOUNT_FEN
    from app.models import CreditTier, Customer, User
    from app.services.core.context import Actor
    from app.services.ledger import invoice_service, payment_service

    figures = []
    for mode in ("auto", "manual"):
        with tempfile.TemporaryDirectory() as tmp:
            db, _ = open_database(resolve(str(Path(tmp) / "alloc.sqlite3")))
            with db.write() as s:
                tier = s.scalars(select(CreditTier).where(CreditTier.code == "key")).one()
                tier.overdue_hold_days = None
                tier.credit_limit_fen = MAX_AMOUNT_FEN
                clerk = User(login="clerk", display_name="出纳", role="finance")
                s.add(clerk)
                s.add(Customer(code="C1", name="大客户", name_key="大客户", tier_id=tier.id))
                s.flush()
                customer_id, clerk_id = s.scalar(select(Customer.id)), clerk.id
            actor = Actor(clerk_id, "clerk", Role.FINANCE, clock=FixedClock(bench.today))
            ids = []
            for n in range(500):
                row = invoice_service.issue_invoice(
                    db,
                    actor,
                    invoice_service.InvoiceInput(
                        customer_id, 1_000_00 + n, bench.today - timedelta(days=500 - n)
                    ),
                ).value
                ids.append((row.id, row.amount_fen))
            total = sum(a for _, a in ids)
            payment = payment_service.PaymentInput(customer_id, bench.today, total)
            started = time.perf_counter()
            result = payment_service.record_payment(
                db, actor, payment, "auto" if mode == "auto" else ids
            ).value
            elapsed = time.perf_counter() - started
            assert len(result.lines) == 500 and result.unallocated_fen == 0
            figures.append(Figure(f"allocate one payment over 500 invoices ({mode})", elapsed, "s"))
            db.dispose()
    return figures


@measurement
def gui_start(bench: Bench) -> list[Figure]:
    """The real main window (offscreen) in a fresh process: interpreter start to window
    shown, and the invoice list filled once its section is opened; next to the floors in
    fresh processes of the same run (Qt and an empty window; plus SQLAlchemy, the models
    and one query). The modules are compiled to bytecode first, as an installed copy is:
    with PYTHONDONTWRITEBYTECODE set, a checkout would compile LabLedger's ~200 modules
    from source at every start."""
    import compileall
    import os

    compileall.compile_dir(ROOT / "app", quiet=1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def child(*args: str) -> dict[str, float]:
        done = subprocess.run(
            [sys.executable, str(BENCH_DIR / "gui_start.py"), *args],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    figures = [
        Figure("bare floor: Qt, empty window", child("--floor", "qt")["window_shown_s"], "s")
    ]
    for label in bench.sizes:
        bench.database(label).dispose()  # generated and migrated before timing
        path = str(bench.path(label))
        floor = child("--floor", "db", path)["window_shown_s"]
        r = child(path, bench.today.isoformat())
        figures += [
            Figure(f"floor: + SQLAlchemy, models, one query ({label})", floor, "s"),
            Figure(f"app start to main window ({label})", r["window_shown_s"], "s"),
            Figure(
                f"invoice list filled after opening it ({label})",
                r["invoice_list_filled_s"],
                "s",
                f"{r['rows']:,} rows",
            ),
            Figure(f"GUI peak RSS ({label})", r["peak_rss_mb"], "MB"),
        ]
    return figures


def print_table(figures: list[Figure]) -> None:
    width = max((len(f.name) for f in figures), default=10)
    for f in figures:
        if f.unit == "s" and f.value < 1:
            value, unit = f"{f.value * 1000:.2f}", "ms"
        else:
            value, unit = f"{f.value:,.{3 if f.unit == 's' else 1}f}", f.unit
        print(f"{f.name:<{width}}  {value:>10} {unit:<3} {f.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default=",".join(SIZES), help=f"comma-separated, from {', '.join(SIZES)}"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(MEASUREMENTS),
        help="run only this measurement (repeatable)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="use databases already in --out-dir instead of generating them",
    )
    parser.add_argument("--out-dir", type=Path, default=BENCH_DIR / "out")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown or not sizes:
        parser.error(f"unknown sizes {unknown}; choose from {', '.join(SIZES)}")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    bench = Bench(args.out_dir, sizes, args.today, args.reuse)

    figures: list[Figure] = []
    for name, fn in MEASUREMENTS.items():
        if args.only and name not in args.only:
            continue
        print(f"# {name} ...", file=sys.stderr, flush=True)
        results = fn(bench)
        print_table(results)
        figures += results
    if args.json:
        args.json.write_text(
            json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
