"""Reading for a report: each step in a read transaction of its own (``Reads``), so that a
report of many steps never holds the SQLite file's shared lock long enough to hold up a
writer past the busy timeout; and cancelling while its SQL runs: on SQLite the statement
running is interrupted (a progress handler asks the operation whether it was cancelled);
elsewhere the report stops between its steps."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.views.ops.op_runner import Op

T = TypeVar("T")

# SQLite virtual machine instructions between two looks at the cancel flag (about a
# millisecond).
CHECK_EVERY = 20_000


class Cancelled(Exception):
    """The user cancelled the report."""


@contextmanager
def interruptible(session: Session, op: Op) -> Iterator[None]:
    """Raise Cancelled out of the block soon after ``op`` is cancelled."""
    raw = session.connection().connection.driver_connection
    handler = isinstance(raw, sqlite3.Connection)
    if handler:
        assert isinstance(raw, sqlite3.Connection)
        raw.set_progress_handler(lambda: 1 if op.is_cancelled() else 0, CHECK_EVERY)
    try:
        yield
    except OperationalError:
        if op.is_cancelled():
            raise Cancelled() from None
        raise
    finally:
        if handler:
            assert isinstance(raw, sqlite3.Connection)
            raw.set_progress_handler(None, 0)


def step(op: Op, done: int, total: int, text: str = "") -> None:
    """Report progress, and stop here when cancelled."""
    if op.is_cancelled():
        raise Cancelled()
    op.report(done, total, text)


class Reads:
    """Runs one step of a report, ``fn(session)``, in a read transaction of its own that
    Cancel interrupts."""

    def __init__(self, op: Op) -> None:
        self.op = op

    def __call__(self, fn: Callable[[Session], T]) -> T:
        if self.op.is_cancelled():
            raise Cancelled()
        with self.op.database.read() as session, interruptible(session, self.op):
            return fn(session)
