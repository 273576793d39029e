"""Time reconciliation statements (对账单) on a demo database: one statement of about 1,000
lines, built from the dated ledger and rendered to PDF, and a period-end batch of 1,000
customers issued and written one PDF each.

    python bench/statement_bench.py                        # bench/out/demo-1m.sqlite3
    python bench/statement_bench.py --db bench/out/demo-100k.sqlite3 --as-of 2026-11-30

The database is copied to a temporary folder first (issuing records statements, and the
copy is brought to the current schema), so the file given is never changed. Targets
(issue 12): one 1,000-line statement in under 0.5 s, 1,000 customers in under 60 s.
Prints figures; asserts nothing. Wall-clock and CPU seconds are both printed: on a machine
shared with other work, CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from functools import partial
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout without installing
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, union_all  # noqa: E402

from app.db.location import resolve  # noqa: E402
from app.db.session import Database  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.models import Invoice, Payment  # noqa: E402
from app.reports.pdf_fonts import find_cjk_font  # noqa: E402
from app.reports.statement_files import write_statement_files  # noqa: E402
from app.reports.statement_pdf import write_statements  # noqa: E402
from app.services.core.context import system_actor  # noqa: E402
from app.services.core.settings_service import LabProfile, save_lab_profile  # noqa: E402
from app.services.statements.statement_builder import (  # noqa: E402
    build_statement,
    statement_customers,
)


def timed(fn):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return value, time.perf_counter() - wall, time.process_time() - cpu


def busiest_customer(db: Database) -> int:
    with db.read() as s:
        return s.execute(
            select(Invoice.customer_id)
            .group_by(Invoice.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()


def period_of_lines(db: Database, customer_id: int, end: date, lines: int) -> date:
    """The start of the period ending ``end`` in which the customer has about ``lines``
    invoices and payments."""
    days = union_all(
        select(Invoice.issue_date.label("day")).where(
            Invoice.customer_id == customer_id, Invoice.issue_date <= end
        ),
        select(Payment.received_date).where(
            Payment.customer_id == customer_id, Payment.received_date <= end
        ),
    ).subquery()
    with db.read() as s:
        found = s.scalar(select(days.c.day).order_by(days.c.day.desc()).offset(lines - 1).limit(1))
    return found or date(2000, 1, 1)


def one_statement(db: Database, as_of: date, lines: int, repeat: int) -> None:
    customer = busiest_customer(db)
    start = period_of_lines(db, customer, as_of, lines)
    font = find_cjk_font()  # read once per process, as the application does

    def run() -> tuple[int, int]:
        with db.read() as s:
            content = build_statement(s, customer, start, as_of)
        out = BytesIO()
        write_statements([content.issued("DZ-BENCH", as_of)], out, font=font)
        return len(content.lines), out.getvalue().count(b"/Type /Page\n")

    run()  # warm: query plans, the font's first use
    results = [timed(run) for _ in range(repeat)]
    (count, pages), _, _ = results[0]
    with db.read() as s:
        _, build_wall, build_cpu = timed(lambda: build_statement(s, customer, start, as_of))
    print(
        f"one statement  customer {customer}, {start} to {as_of}: {count} lines, {pages} pages; "
        f"median of {repeat}: {statistics.median(r[1] for r in results):.3f} s wall, "
        f"{statistics.median(r[2] for r in results):.3f} s CPU "
        f"(building alone {build_wall:.3f} s wall, {build_cpu:.3f} s CPU)"
    )


def batch(db: Database, as_of: date, customers: int, folder: Path) -> None:
    end = as_of.replace(day=1) - timedelta(days=1)  # the last full month
    start = end.replace(day=1)
    with db.read() as s:
        ids, wall, cpu = timed(lambda: statement_customers(s, start, end))
    print(
        f"batch          {len(ids):,} customers with a balance or entries in {start:%Y-%m}, "
        f"found in {wall:.2f} s"
    )
    chosen = ids[:customers]
    actor = system_actor(FixedClock(as_of))
    for draft in (True, False):
        target = folder / ("draft" if draft else "issued")
        target.mkdir()
        result, wall, cpu = timed(
            partial(
                write_statement_files, db, actor, chosen, start, end, out_dir=target, draft=draft
            )
        )
        result = result.value
        lines = sum(f.lines for f in result.files)
        print(
            f"batch          {len(result.files):,} statements ({lines:,} lines), "
            f"{'drafts, nothing recorded' if draft else 'issued and recorded'}: "
            f"{wall:.1f} s wall, {cpu:.1f} s CPU"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=str(ROOT / "bench" / "out" / "demo-1m.sqlite3"))
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from app.services.core.startup import open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite3"
        _, wall, _ = timed(lambda: shutil.copyfile(args.db, copy))
        print(f"copied {args.db} in {wall:.1f} s")
        db, _ = open_database(resolve(str(copy)))
        lab = LabProfile(
            name="江苏华测环境检测技术有限公司",
            address="江苏省南京市江宁区秣周东路12号",
            phone="025-8765 4321",
            bank_name="中国工商银行南京江宁支行",
            bank_account="4301 0123 0920 0123 456",
        )
        save_lab_profile(db, system_actor(FixedClock(args.as_of)), lab)
        try:
            one_statement(db, args.as_of, args.lines, args.repeat)
            batch(db, args.as_of, args.customers, Path(tmp))
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
