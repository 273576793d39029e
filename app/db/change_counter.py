"""The database-wide change counter: every write transaction that changed rows bumps the one
row of ``change_counter`` just before it commits, in the same transaction; an open window
reads it every few seconds and reloads its views when it moved more than its own writes
moved it.

Why a row rather than SQLite's ``PRAGMA data_version``: the pragma is per connection (the
poll would need one connection held open for it, outside the pool) and counts this
process's own commits made through other pooled connections as well, and it does not exist
on PostgreSQL, which would need LISTEN/NOTIFY (a connection held open too) or a table
anyway. A row is one mechanism for both servers; it is transactional, so a poll never sees
the bump before the data it announces (a PostgreSQL sequence would); and reading it is one
primary-key lookup (measured in bench/concurrency_bench.py). On SQLite writers are
serialised by the file lock anyway; on PostgreSQL the row serialises the commits of write
transactions, which are short."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event, insert, inspect, select, update
from sqlalchemy.orm import Session

from app.models.change_counter import COUNTER_ID, ChangeCounter

_WROTE = "labledger_wrote"
_WRITES = ("insert", "update", "delete", "replace")


def watch_writes(engine: Engine) -> None:
    """Mark a connection once a statement that may change rows runs on it (ORM flushes,
    Core statements and raw SQL alike)."""

    @event.listens_for(engine, "after_cursor_execute")
    def _mark(conn: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip()[:7].lower().startswith(_WRITES):
            conn.info[_WROTE] = True


def forget_writes(conn: Connection) -> None:
    """At the start of a write transaction: what an earlier, failed one marked is gone."""
    conn.info.pop(_WROTE, None)


def bump_if_written(session: Session) -> bool:
    """Before the commit of a write transaction: bump the counter when the transaction
    changed rows. False when it changed nothing, or on a database older than the counter
    (a migration in progress)."""
    conn = session.connection()
    if not conn.info.pop(_WROTE, False):
        return False
    if not _has_counter(conn):
        return False
    bumped = conn.execute(
        update(ChangeCounter)
        .where(ChangeCounter.id == COUNTER_ID)
        .values(value=ChangeCounter.value + 1)
    )
    if bumped.rowcount == 0:  # a schema made by create_all has no row yet
        conn.execute(insert(ChangeCounter).values(id=COUNTER_ID, value=1))
    conn.info.pop(_WROTE, None)
    return True


def _has_counter(conn: Connection) -> bool:
    # Once seen, the table stays (cached per connection); only an old schema asks each time.
    if conn.info.get("labledger_counter"):
        return True
    found = inspect(conn).has_table(ChangeCounter.__tablename__)
    conn.info["labledger_counter"] = found
    return found


def read_counter(session: Session) -> int:
    """The number of write transactions committed so far, by every PC."""
    return session.scalar(select(ChangeCounter.value).where(ChangeCounter.id == COUNTER_ID)) or 0
