"""Inserting rows that carry a unique key so that a row already there (written by an earlier
run, or at the same moment by another PC) is skipped, not duplicated and not an error."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.models import Base

ROWS_PER_STATEMENT = 500


def insert_new(session: Session, entity: type[Base], rows: Sequence[dict[str, Any]]) -> list[str]:
    """Insert ``rows`` into the table of ``entity``, skipping any that would break a unique
    constraint (``INSERT ... ON CONFLICT DO NOTHING``, on SQLite and PostgreSQL alike); the
    ``dedupe_key`` of each row this call inserted."""
    if not rows:
        return []
    table = cast(Table, entity.__table__)
    dialect = session.get_bind().dialect.name
    key = table.c.dedupe_key
    # Most rows of a repeated run are there already: looking their keys up is cheaper than
    # trying to insert them (the conflict clause still settles any row added meanwhile).
    there: set[str] = set()
    # Through the driver: compiling an IN list of hundreds of parameters per chunk in
    # SQLAlchemy costs more than the lookup itself.
    mark = "?" if dialect == "sqlite" else "%s"
    conn = session.connection()
    for start in range(0, len(rows), ROWS_PER_STATEMENT):
        keys = tuple(r["dedupe_key"] for r in rows[start : start + ROWS_PER_STATEMENT])
        marks = ", ".join([mark] * len(keys))
        found = conn.exec_driver_sql(
            f"SELECT dedupe_key FROM {table.name} WHERE dedupe_key IN ({marks})", keys
        )
        there.update(str(k) for (k,) in found)
    new = [r for r in rows if r["dedupe_key"] not in there]
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(table).on_conflict_do_nothing().returning(key)
    inserted: list[str] = []
    for start in range(0, len(new), ROWS_PER_STATEMENT):
        chunk = new[start : start + ROWS_PER_STATEMENT]
        inserted.extend(str(r[0]) for r in session.execute(stmt, chunk))
    return inserted
