"""Document numbers: prefix, year and a running sequence, e.g. SK2026000123.

The running value comes from the ``number_sequences`` row of the kind and year, never from
the numbers already in a table: a number typed by hand (``FP2026O00002``, ``FP2026999999``)
cannot derail it. The value is taken by an UPDATE, which locks the row until the
transaction ends, so two writers (processes, PCs on one server) never get the same one; a
value already used by a typed number is skipped."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.models import NumberSequence

PREFIXES = {"invoice": "FP", "payment": "SK", "project": "XM", "statement": "DZ"}
DIGITS = 6  # 000001 to 999999; the sequence goes on with more digits after that


def next_number(session: Session, column: InstrumentedAttribute[str], kind: str, on: date) -> str:
    """The next number of the kind for the year of ``on`` that ``column`` does not hold
    yet. Call it inside the write transaction that stores the number, as late as possible:
    the sequence row stays locked until that transaction ends."""
    stem = f"{PREFIXES[kind]}{on.year}"
    while True:
        number = f"{stem}{_take(session, kind, on.year):0{DIGITS}d}"
        if session.scalar(select(column).where(column == number)) is None:
            return number


def lock_for_typed(session: Session, kind: str, number: str) -> None:
    """Before a number typed by hand is checked and stored: when it has the shape of an
    automatic number, lock that sequence so that the check and an automatic number taken
    at the same moment cannot both pick it."""
    match = re.fullmatch(rf"{PREFIXES[kind]}(\d{{4}})\d{{{DIGITS},}}", number)
    if match:
        year = int(match.group(1))
        _ensure(session, kind, year)
        session.execute(
            update(NumberSequence)
            .where(NumberSequence.kind == kind, NumberSequence.year == year)
            .values(next_value=NumberSequence.next_value)
            .execution_options(synchronize_session=False)
        )


def is_duplicate(exc: IntegrityError, column: InstrumentedAttribute[str]) -> bool:
    """Whether ``exc`` is the unique index of ``column`` refusing a number that another
    writer stored between the check and the insert."""
    table, name = column.class_.__tablename__, column.key
    text = str(exc.orig)
    return f"{table}.{name}" in text or f'"uq_{table}_{name}"' in text


def _take(session: Session, kind: str, year: int) -> int:
    taken = _increment(session, kind, year)
    if taken is None:
        _ensure(session, kind, year)
        taken = _increment(session, kind, year)
        assert taken is not None
    return taken


def _increment(session: Session, kind: str, year: int) -> int | None:
    return session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind == kind, NumberSequence.year == year)
        .values(next_value=NumberSequence.next_value + 1)
        .returning(NumberSequence.next_value - 1)
        .execution_options(synchronize_session=False)
    ).scalar()


def _ensure(session: Session, kind: str, year: int) -> None:
    """The first number of a year creates its row; two writers doing that at once both go
    on (the second waits for the first and inserts nothing)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(
        dialect.insert(NumberSequence)
        .values(kind=kind, year=year, next_value=1)
        .on_conflict_do_nothing(index_elements=["kind", "year"])
    )
