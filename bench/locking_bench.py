"""The cost of the locks that serialise money writes (issue 8), on one payment recorded with
automatic allocation over 500 open invoices of one customer.

    python bench/locking_bench.py                                   # SQLite only
    python bench/locking_bench.py --pg postgresql+psycopg://postgres@127.0.0.1:54329/postgres

Each run is a fresh process on a fresh database (a temp SQLite file; on PostgreSQL a new
database on the server given, dropped afterwards). The payment is timed as a whole, and
within it the locking, measured in the same call: taking the customer row lock
(``lock_customer``, which also expires what the session had read), the statements on the
number sequence row and on the audit chain head. "Without locking" is the whole less that
part: what the same payment costs when nothing waits, before and after, in the same run.
Prints the median of ``--repeat`` runs (three by default); asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, event, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from app.db.location import DbLocation, resolve, to_url  # noqa: E402
from app.services.core.startup import open_database  # noqa: E402

TODAY = date(2026, 6, 30)
PARTS = ("customer lock", "number sequence", "audit chain head")


def run_once(url: str, invoices: int) -> dict[str, Any]:
    """In this (fresh) process: make the ledger, then time the payment and its locking."""
    from app.domain.clock import FixedClock
    from app.domain.enums import Role
    from app.domain.money import MAX_AMOUNT_FEN
    from app.models import CreditTier, Customer, Invoice, User
    from app.services.core.context import Actor
    from app.services.ledger import payment_service

    db, _ = open_database(DbLocation(make_url(url), "argument"))
    with db.write() as s:
        tier = s.scalars(select(CreditTier).where(CreditTier.code == "key")).one()
        tier.overdue_hold_days = None
        tier.credit_limit_fen = MAX_AMOUNT_FEN
        clerk = User(login="clerk", display_name="出纳", role="finance")
        big = Customer(code="C1", name="大客户", name_key="大客户", tier_id=tier.id)
        warm = Customer(code="C2", name="小客户", name_key="小客户", tier_id=tier.id)
        s.add_all([clerk, big, warm])
        s.flush()
        for n, customer in enumerate([warm] + [big] * invoices):
            issued = TODAY - timedelta(days=invoices + 1 - n)
            s.add(
                Invoice(
                    number=f"B{n:07d}",
                    kind="vat_normal",
                    customer_id=customer.id,
                    issue_date=issued,
                    due_date=issued + timedelta(days=30),
                    amount_fen=1_000_00 + n,
                    tax_fen=0,
                    settled_fen=0,
                    status="issued",
                )
            )
        ids = (big.id, warm.id, clerk.id)
    customer_id, warm_id, clerk_id = ids
    actor = Actor(clerk_id, "clerk", Role.FINANCE, clock=FixedClock(TODAY))
    # The same call once on the small customer, so that both runs compare warm statements.
    payment_service.record_payment(db, actor, payment_service.PaymentInput(warm_id, TODAY, 100))

    spent: dict[str, float] = defaultdict(float)
    locking = payment_service.lock_customer

    def timed_lock(session: Any, cid: int) -> Any:
        started = time.perf_counter()
        try:
            return locking(session, cid)
        finally:
            spent["customer lock"] += time.perf_counter() - started

    def before(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        conn.info["bench_started"] = time.perf_counter()

    def after(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        took = time.perf_counter() - conn.info.pop("bench_started")
        if "number_sequences" in statement:
            spent["number sequence"] += took
        elif "audit_chain_head" in statement:
            spent["audit chain head"] += took

    payment_service.lock_customer = timed_lock  # type: ignore[assignment]
    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    with db.read() as s:
        total = sum(s.scalars(select(Invoice.amount_fen).where(Invoice.customer_id == customer_id)))
    started = time.perf_counter()
    result = payment_service.record_payment(
        db, actor, payment_service.PaymentInput(customer_id, TODAY, total), "auto"
    ).value
    elapsed = time.perf_counter() - started
    assert len(result.lines) == invoices and result.unallocated_fen == 0
    db.dispose()
    return {"total": elapsed, **{part: spent[part] for part in PARTS}}


def fresh_database(backend: str, pg_url: str | None, folder: Path, n: int) -> tuple[str, Any]:
    """A URL of a new, empty database and how to drop it afterwards."""
    if backend == "sqlite":
        path = folder / f"locking-{n}.sqlite3"
        return resolve(str(path)).url.render_as_string(hide_password=False), path.unlink
    assert pg_url is not None
    admin = create_engine(to_url(pg_url), isolation_level="AUTOCOMMIT")
    name = f"bench_lock_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return to_url(pg_url).set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", help="a PostgreSQL server URL to measure on as well")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--invoices", type=int, default=500)
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # one run, in a fresh process
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run_once(args.worker, args.invoices)))
        return
    backends = ["sqlite"] + (["postgresql"] if args.pg else [])
    print(f"one payment, automatic allocation over {args.invoices} open invoices; ", end="")
    print(f"median of {args.repeat} fresh processes")
    print(f"{'backend':<11} {'with locks':>11} {'locking':>9} {'without':>9}   locking part")
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            runs = []
            for n in range(args.repeat):
                url, drop = fresh_database(backend, args.pg, Path(tmp), n)
                try:
                    done = subprocess.run(
                        [
                            sys.executable,
                            __file__,
                            "--worker",
                            url,
                            "--invoices",
                            str(args.invoices),
                        ],
                        check=True,
                        capture_output=True,
                        text=True,
                    )
                finally:
                    drop()
                runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            total = statistics.median(r["total"] for r in runs)
            parts = {p: statistics.median(r[p] for r in runs) for p in PARTS}
            locking = statistics.median(sum(r[p] for p in PARTS) for r in runs)
            without = statistics.median(r["total"] - sum(r[p] for p in PARTS) for r in runs)
            shown = ", ".join(f"{p} {v * 1000:.2f} ms" for p, v in parts.items())
            print(
                f"{backend:<11} {total * 1000:>8.1f} ms {locking * 1000:>6.2f} ms "
                f"{without * 1000:>6.1f} ms   {shown}"
            )


if __name__ == "__main__":
    main()
