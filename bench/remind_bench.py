"""Reminders and the calendar on the 1M-invoice demo ledger (issue 11).

- first run: ``generate_reminders`` on the ledger as migrated, nothing reminded before
  (target under 5 s); each of --runs starts from a fresh copy of the migrated file;
- second run: the same again right after it, when there is nothing new to create;
- month: ``month_totals`` for the month of --as-of, every kind, no filter (target 0.2 s),
  and with the salesperson filter.
Each figure is timed in a fresh process (the file read once before, so that it is in the
operating system's cache as on a PC that has opened it before); medians over the runs.
The floor is the bare SQL under each, through the sqlite3 module: the reads of a reminder
run (its queries without the Python around them and without the writes), and the month's
GROUP BY statements.

The source file is never modified: it is copied to --work first and migrated there.

    .venv/bin/python bench/remind_bench.py --source bench/out/demo-1m.sqlite3 \\
        --work /tmp/remind-1m.sqlite3 --as-of 2026-12-01
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this checkout's app, whatever the environment has installed


def _warm(path: Path) -> None:
    with path.open("rb") as f:
        while f.read(1 << 24):
            pass


def _month(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start, date.fromordinal(following.toordinal() - 1)


def _child(kind: str, db_path: str, as_of: date) -> dict[str, Any]:
    from app.db.location import resolve
    from app.domain.clock import FixedClock
    from app.services.core.context import system_actor
    from app.services.core.startup import open_database
    from app.services.reminders.calendar_service import month_totals
    from app.services.reminders.reminder_service import generate_reminders

    db, _ = open_database(resolve(db_path), migrate=False)
    start, end = _month(as_of)
    try:
        if kind == "remind":
            began, cpu = time.perf_counter(), time.process_time()
            run = generate_reminders(db, system_actor(FixedClock(as_of))).value
            return {
                "seconds": time.perf_counter() - began,
                "cpu": time.process_time() - cpu,
                **run.counts(),
            }
        began, cpu = time.perf_counter(), time.process_time()
        with db.read() as session:
            if kind == "month":
                totals = month_totals(session, start, end)
            else:
                owner = (
                    session.connection()
                    .exec_driver_sql(
                        "SELECT owner_id FROM customers WHERE owner_id IS NOT NULL LIMIT 1"
                    )
                    .scalar()
                )
                totals = month_totals(session, start, end, salesperson_id=owner)
        return {
            "seconds": time.perf_counter() - began,
            "cpu": time.process_time() - cpu,
            "items": sum(t.count for t in totals),
        }
    finally:
        db.dispose()


def _fresh(kind: str, db: Path, as_of: date) -> dict[str, Any]:
    _warm(db)
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--work", str(db), "--as-of", str(as_of)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def _floor_reads(db: Path, as_of: date) -> float:
    """The reminder run's reads as bare SQL (warm): the per-customer overdue sums, the
    invoices near their due date, installments, stage deadlines, promises and follow-ups."""
    d = as_of.isoformat()
    statements = [
        "SELECT customer_id, MIN(due_date), SUM(amount_fen - settled_fen), COUNT(*) FROM invoices "
        f"WHERE amount_fen > settled_fen AND status = 'issued' AND due_date < '{d}' "
        "GROUP BY customer_id",
        "SELECT customer_id, due_date, COUNT(*), SUM(amount_fen - settled_fen) FROM invoices "
        "WHERE amount_fen > settled_fen AND status = 'issued' "
        f"AND due_date BETWEEN date('{d}', '-7 days') AND date('{d}', '+90 days') "
        "GROUP BY customer_id, due_date",
        "SELECT id, name, tier_id, owner_id FROM customers WHERE archived = 0",
        "SELECT i.id FROM installments i JOIN projects p ON p.id = i.project_id "
        f"WHERE i.due_date BETWEEN date('{d}', '-7 days') AND date('{d}', '+3 days') "
        "AND p.stage NOT IN ('paid', 'cancelled') AND NOT EXISTS (SELECT 1 FROM invoices v "
        "WHERE v.project_id = i.project_id AND v.installment_id = i.id)",
        "SELECT id FROM projects WHERE stage NOT IN ('paid', 'cancelled') "
        f"AND stage_deadline BETWEEN date('{d}', '-7 days') AND date('{d}', '+3 days')",
        "SELECT id FROM activities WHERE promise_status = 'open' "
        f"AND promise_date BETWEEN date('{d}', '-7 days') AND '{d}'",
    ]
    return _floor(db, statements)


def _floor_month(db: Path, as_of: date) -> float:
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from app.services.reminders.calendar_service import CALENDAR_KINDS, _sources

    start, end = _month(as_of)

    statements = []
    for kind in CALENDAR_KINDS:
        sub = _sources(start, end, names=False, salespeople=False)[kind].subquery()
        stmt = select(
            sub.c.day, func.count(), func.sum(sub.c.done), func.sum(sub.c.amount)
        ).group_by(sub.c.day)
        compiled = stmt.compile(
            dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
        )
        statements.append(str(compiled))
    return _floor(db, statements)


def _floor(db: Path, statements: list[str]) -> float:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        times = []
        for _ in range(3):
            began = time.perf_counter()
            for sql in statements:
                conn.execute(sql).fetchall()
            times.append(time.perf_counter() - began)
        return statistics.median(times)
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=REPO / "bench/out/demo-1m.sqlite3")
    parser.add_argument("--work", type=Path, default=Path("/tmp/remind-1m.sqlite3"))
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 12, 1))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("remind", "month", "month_salesperson"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, str(args.work), args.as_of)))
        return 0
    if args.work.resolve() == args.source.resolve():
        parser.error("--work must be another file than --source (the source is never changed)")
    base = args.work.with_suffix(".migrated.sqlite3")
    print(f"load average {os.getloadavg()[0]:.1f}; copying {args.source} -> {base}")
    shutil.copy(args.source, base)
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app", "--db", str(base), "init"],
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
    )
    for leftover in base.parent.glob(base.stem + ".before-*"):
        leftover.unlink()
    print(f"migrated in {time.perf_counter() - began:.1f} s (first open of the copy)")
    first, second = [], []
    for _ in range(args.runs):
        shutil.copy(base, args.work)
        first.append(_fresh("remind", args.work, args.as_of))
        second.append(_fresh("remind", args.work, args.as_of))
    month = [_fresh("month", args.work, args.as_of) for _ in range(args.runs)]
    mine = [_fresh("month_salesperson", args.work, args.as_of) for _ in range(args.runs)]

    def med(rows: list[dict[str, Any]]) -> str:
        wall = statistics.median(r["seconds"] for r in rows)
        cpu = statistics.median(r["cpu"] for r in rows)
        return f"{wall:.3f} / {cpu:.3f} s (wall / CPU)"

    created = {k: first[0][k] for k in ("notifications", "tasks", "emails")}
    again = {k: second[0][k] for k in ("notifications", "tasks", "emails")}
    print(f"reminders, first run:  {med(first)}  created {created}")
    print(f"reminders, second run: {med(second)}  created {again}")
    print(f"  floor (the run's reads as bare SQL): {_floor_reads(args.work, args.as_of):.2f} s")
    print(f"calendar month totals: {med(month)}  ({month[0]['items']} items)")
    print(f"  by one salesperson:  {med(mine)}  ({mine[0]['items']} items)")
    print(f"  floor (the GROUP BYs as bare SQL): {_floor_month(args.work, args.as_of):.3f} s")
    print(f"load average {os.getloadavg()[0]:.1f}")
    base.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
