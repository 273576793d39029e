"""Several PCs writing one SQLite file: throughput, the longest wait for a save, lost writes;
and what an open window's poll of the change counter costs.

    python bench/concurrency_bench.py                          # 2 PCs x 5,000 payments
    python bench/concurrency_bench.py --pcs 3 --payments 1000
    python bench/concurrency_bench.py --poll bench/out/demo-1m-0021.sqlite3

Each PC is a fresh OS process that opens the file itself and records payments, allocated
automatically, to random customers as fast as it can (a new temp file with 50 customers of
100 open invoices each). Every save is timed as the user would wait for it: taking the
write lock (behind the other PCs), the payment and its allocations, the commit. Printed:
payments per second over all PCs together (first start to last finish), the median, 99th
percentile and longest save, the saves reported as failed (a typed error, e.g. the file
stayed busy), and lost writes: payments a PC was told were saved but are not in the file,
or are in the file although the PC was told they failed. Then ``labledger check`` runs.

``--poll FILE`` times the main window's poll (one read transaction reading the change
counter) on FILE, e.g. a copy of the 1M demo upgraded to the counter's migration; it opens
the file without migrating it and reads only.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.db.location import resolve  # noqa: E402
from app.services.core.startup import open_database  # noqa: E402

TODAY = date(2026, 6, 30)


def make_ledger(path: Path, customers: int, invoices: int) -> None:
    from app.models import CreditTier, Customer, Invoice

    db, _ = open_database(resolve(str(path)))
    with db.write() as s:
        tier = s.scalars(select(CreditTier).where(CreditTier.code == "regular")).one()
        for c in range(customers):
            customer = Customer(
                code=f"B{c:04d}", name=f"并发客户{c:04d}", name_key=f"并发客户{c:04d}", tier=tier
            )
            s.add(customer)
            s.flush()
            for n in range(invoices):
                issued = TODAY - timedelta(days=invoices - n)
                s.add(
                    Invoice(
                        number=f"B{c:04d}{n:05d}",
                        kind="vat_normal",
                        customer_id=customer.id,
                        issue_date=issued,
                        due_date=issued + timedelta(days=30),
                        amount_fen=500_00,
                        tax_fen=0,
                        settled_fen=0,
                        status="issued",
                    )
                )
    db.dispose()


def worker(path: str, seed: int, payments: int) -> dict[str, Any]:
    """One PC: ``payments`` payments, each timed; the outcome of each."""
    from app.domain.clock import FixedClock
    from app.domain.enums import Role
    from app.domain.errors import LabLedgerError
    from app.models import Customer
    from app.services.core.context import Actor
    from app.services.ledger.payment_service import PaymentInput, record_payment

    db, _ = open_database(resolve(path), migrate=False)
    actor = Actor(None, f"pc{seed}", Role.FINANCE, clock=FixedClock(TODAY))
    with db.read() as s:
        customers = list(s.scalars(select(Customer.id)))
    rng = random.Random(seed)
    saved: dict[str, int] = {}
    failed: list[str] = []
    took: list[float] = []
    started = time.time()
    for n in range(payments):
        amount = rng.randrange(1_00, 800_00)
        data = PaymentInput(rng.choice(customers), TODAY, amount, bank_ref=f"pc{seed}-{n}")
        before = time.perf_counter()
        try:
            saved[record_payment(db, actor, data, "auto").value.number] = amount
        except LabLedgerError as exc:
            failed.append(type(exc).__name__)
        took.append(time.perf_counter() - before)
    finished = time.time()
    db.dispose()
    return {"saved": saved, "failed": failed, "took": took, "span": [started, finished]}


def run_pcs(path: Path, pcs: int, payments: int) -> None:
    from app.cli import main as cli
    from app.models import Payment
    from app.services.core.audit_service import verify_chain

    procs = [
        subprocess.Popen(
            [
                *(sys.executable, __file__, "--worker", str(path)),
                *("--seed", str(n), "--payments", str(payments)),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(pcs)
    ]
    results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    saved = {number: amount for r in results for number, amount in r["saved"].items()}
    failed = [name for r in results for name in r["failed"]]
    took = sorted(t for r in results for t in r["took"])
    span = max(r["span"][1] for r in results) - min(r["span"][0] for r in results)
    db, _ = open_database(resolve(str(path)), migrate=False)
    with db.read() as s:
        stored = {n: a for n, a in s.execute(select(Payment.number, Payment.amount_fen))}
        breaks = verify_chain(s)
    db.dispose()
    lost = len(set(saved.items()) ^ set(stored.items()))
    print(f"{pcs} PCs x {payments:,} payments into one SQLite file (rollback journal)")
    print(f"  saved        {len(saved):,} in {span:.1f} s: {len(saved) / span:.1f} payments/s")
    print(
        f"  each save    median {statistics.median(took) * 1000:.0f} ms, "
        f"99% {took[int(len(took) * 0.99) - 1] * 1000:.0f} ms, "
        f"longest {took[-1] * 1000:.0f} ms"
    )
    print(f"  reported     {len(failed)} ({', '.join(sorted(set(failed))) or 'none'})")
    print(f"  lost writes  {lost}; audit chain breaks {len(breaks)}")
    print(f"  labledger check exit code {cli(['--db', str(path), 'check'])}")


def time_poll(path: Path, repeat: int) -> None:
    from app.services.core.change_feed import change_mark

    db, _ = open_database(resolve(str(path)), migrate=False)
    with db.read() as s:
        change_mark(db, s)  # the pooled connection opened and the schema read, as in the GUI
    took = []
    for _ in range(repeat):
        started = time.perf_counter()
        with db.read() as s:
            change_mark(db, s)
        took.append(time.perf_counter() - started)
    db.dispose()
    took.sort()
    print(
        f"poll of the change counter on {path.name} ({path.stat().st_size / 1e9:.2f} GB): "
        f"median {statistics.median(took) * 1e6:.0f} us, longest {took[-1] * 1e6:.0f} us "
        f"over {repeat} polls"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pcs", type=int, default=2)
    parser.add_argument("--payments", type=int, default=5000, help="per PC")
    parser.add_argument("--poll", type=Path, help="time the change-counter poll on this file")
    parser.add_argument("--repeat", type=int, default=1000)
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # one PC, in a fresh process
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.seed, args.payments)))
        return
    if args.poll:
        time_poll(args.poll, args.repeat)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shared.sqlite3"
        make_ledger(path, customers=50, invoices=100)
        run_pcs(path, args.pcs, args.payments)


if __name__ == "__main__":
    main()
