"""Document numbers: prefix, year and a running sequence, e.g. SK2026000123."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

PREFIXES = {"invoice": "FP", "payment": "SK", "project": "XM", "statement": "DZ"}


def next_number(session: Session, column: InstrumentedAttribute[str], kind: str, on: date) -> str:
    """The next free number of the year. Runs inside the write transaction that uses it, so
    SQLite's writer lock (or the unique index on PostgreSQL) keeps numbers unique."""
    stem = f"{PREFIXES[kind]}{on.year}"
    width = len(stem) + 6
    last = session.scalar(
        select(func.max(column)).where(column.like(f"{stem}%"), func.length(column) == width)
    )
    seq = int(last[len(stem) :]) + 1 if last and last[len(stem) :].isdigit() else 1
    return f"{stem}{seq:06d}"
