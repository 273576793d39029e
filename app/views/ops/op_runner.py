"""Runs a service call off the GUI thread and delivers its result back on the GUI thread.

Every database call a view makes goes through here (reads) or through the serial writer
(writes, which uses this runner on a one-thread pool). Results cross threads as the plain
dataclasses services return, never ORM objects. Expected errors (``LabLedgerError``) go to
the error presenter as a clear dialog; anything else goes to the unexpected-error path.

A view that loads the same thing again and again (the selected record, the matches of what
was typed) starts each load with a ``latest`` key: only the newest load of that owner and key
reports back, so an older answer arriving late never overwrites a newer one.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session

from app.domain.errors import LabLedgerError

if TYPE_CHECKING:
    from app.db.session import Database
    from app.views.shell.error_dialogs import ErrorPresenter

T = TypeVar("T")
PROGRESS_INTERVAL = 0.1
# Whose newest operation of one kind is wanted: (owner, key).
LatestKey = tuple[QObject | None, Hashable]
log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries outcomes from workers to the GUI thread. There is one for the whole process
    and it is never deleted: a worker may still be inside ``emit`` when the GUI thread
    already handles the result, so the emitting object must outlive every worker."""

    outcome = Signal(int, bool, object)  # job key, succeeded, result or exception
    progress = Signal(int, int, int, str)  # job key, done, total, text

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[int, _Pending] = {}
        self.outcome.connect(self._deliver_outcome)
        self.progress.connect(self._deliver_progress)

    @Slot(int, bool, object)
    def _deliver_outcome(self, key: int, succeeded: bool, value: object) -> None:
        pending = self.pending.pop(key, None)
        if pending is not None:
            pending.deliver(succeeded, value)

    @Slot(int, int, int, str)
    def _deliver_progress(self, key: int, done: int, total: int, text: str) -> None:
        pending = self.pending.get(key)
        if pending is not None:
            pending.progress(done, total, text)


_bridge: _Bridge | None = None
_keys = itertools.count(1)


def _the_bridge() -> _Bridge:
    """Created on first use, on the GUI thread (where every run() is called)."""
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()
    return _bridge


class Op:
    """What a running operation sees (the database, progress, cancellation) and the handle
    the GUI keeps to cancel it. Safe to use from both threads."""

    def __init__(self, db: Database | None, key: int) -> None:
        self.db = db
        self.key = key
        self._cancelled = threading.Event()
        self._last_report = -PROGRESS_INTERVAL

    @property
    def database(self) -> Database:
        """The database of a runner that has one (every runner but those of some tests)."""
        assert self.db is not None, "this runner has no database"
        return self.db

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Progress from the worker; delivered to ``on_progress`` on the GUI thread at most
        every PROGRESS_INTERVAL seconds (and at the end), however often work reports."""
        now = time.monotonic()
        if now - self._last_report < PROGRESS_INTERVAL and done < total:
            return
        self._last_report = now
        _the_bridge().progress.emit(self.key, int(done), int(total), str(text))


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Op], Any], op: Op, bridge: _Bridge) -> None:
        super().__init__()
        self._fn = fn
        self._op = op
        self._bridge = bridge

    def run(self) -> None:
        try:
            result = self._fn(self._op)
        except BaseException as exc:  # every failure must reach the GUI, never vanish
            self._bridge.outcome.emit(self._op.key, False, exc)
        else:
            self._bridge.outcome.emit(self._op.key, True, result)


class _Pending:
    """Callbacks of one operation, called on the GUI thread unless their owner is gone or a
    newer operation of the same slot replaced this one."""

    def __init__(
        self,
        runner: OpRunner,
        op: Op,
        owner: QObject | None,
        on_done: Callable[[Any], None] | None,
        on_expected_error: Callable[[LabLedgerError], None] | None,
        on_finished: Callable[[], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        slot: LatestKey | None = None,
    ) -> None:
        self.op = op
        self.slot = slot
        self.dropped = False
        self._runner = runner
        self._owner = owner
        self._on_done = on_done
        self._on_expected_error = on_expected_error
        self._on_finished = on_finished
        self._on_progress = on_progress

    def _alive(self) -> bool:
        return shiboken6.isValid(self._runner) and (
            self._owner is None or shiboken6.isValid(self._owner)
        )

    def deliver(self, succeeded: bool, value: Any) -> None:
        try:
            if not self._alive():
                return
            if self.dropped:
                # Nobody waits for this answer any more; only a bug still needs reporting.
                if not succeeded and not isinstance(value, LabLedgerError):
                    self._runner.report_exception(value)
                return
            if succeeded:
                if self._on_done is not None:
                    self._on_done(value)
            elif isinstance(value, LabLedgerError) and self._on_expected_error is not None:
                self._on_expected_error(value)
            else:
                self._runner.report_exception(value)
            if self._on_finished is not None:
                self._on_finished()
        finally:
            if shiboken6.isValid(self._runner):
                self._runner._forget(self)

    def progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and not self.dropped and self._alive():
            self._on_progress(done, total, text)


class OpRunner(QObject):
    """Runs callables on a thread pool; ``query`` wraps one in a read transaction."""

    def __init__(
        self,
        db: Database | None,
        errors: ErrorPresenter,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.errors = errors
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Pending] = set()
        self._latest: dict[LatestKey, _Pending] = {}
        self._closed = False
        self._siblings: list[OpRunner] = []

    def run(
        self,
        fn: Callable[[Op], T],
        on_done: Callable[[T], None] | None = None,
        *,
        owner: QObject | None = None,
        latest: Hashable | None = None,
        on_expected_error: Callable[[LabLedgerError], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Op:
        """Start ``fn(op)`` on the pool. Callbacks run on the GUI thread, and not at all once
        ``owner`` (or this runner) has been deleted. ``on_expected_error`` replaces the
        standard dialog for expected errors; ``on_finished`` runs last whatever happened.

        With ``latest`` (a key such as ``"detail"``), the latest operation started for this
        owner and key wins: starting it drops every older one still running for them (see
        ``drop``)."""
        op = Op(self._db, next(_keys))
        if self._closed:
            op.cancel()  # after shutdown nothing new starts
            return op
        bridge = _the_bridge()
        slot = None
        if latest is not None:
            slot = (owner, latest)
            self.drop(owner, latest)
        pending = _Pending(
            self, op, owner, on_done, on_expected_error, on_finished, on_progress, slot
        )
        if slot is not None:
            self._latest[slot] = pending
        bridge.pending[op.key] = pending
        self._pending.add(pending)
        self._pool.start(_Job(fn, op, bridge))
        return op

    def query(
        self, fn: Callable[[Session], T], on_done: Callable[[T], None] | None = None, **kwargs: Any
    ) -> Op:
        """Run ``fn(session)`` inside one read transaction off the GUI thread."""

        def read(op: Op) -> T:
            with op.database.read() as session:
                return fn(session)

        return self.run(read, on_done, **kwargs)

    def sibling(self, pool: QThreadPool, parent: QObject | None = None) -> OpRunner:
        """A runner on another pool, with the same database and error reporting, for work
        that may run long (a list's count and totals over a million rows): it then never
        holds up the work of this one. It is busy, and shuts down, with this one."""
        runner = OpRunner(self._db, self.errors, pool, parent)
        runner._closed = self._closed
        self._siblings.append(runner)
        return runner

    def drop(self, owner: QObject | None, latest: Hashable) -> None:
        """Drop the operation still running for ``owner`` and ``latest``, e.g. when the
        selection went away and there is nothing new to load: none of its callbacks will
        run (an unexpected error is still reported) and it is asked to cancel."""
        older = self._latest.pop((owner, latest), None)
        if older is not None:
            older.dropped = True
            older.op.cancel()

    def report_exception(self, exc: BaseException) -> None:
        """Show an error that happened in a worker or a model the standard way."""
        if isinstance(exc, LabLedgerError):
            self.errors.expected(exc)
        else:
            self.errors.unexpected((type(exc), exc, exc.__traceback__))

    @property
    def busy(self) -> bool:
        return bool(self._pending) or any(s.busy for s in self._live_siblings())

    def cancel_all(self) -> None:
        for pending in self._pending:
            pending.op.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Start nothing new, cancel what can be cancelled and wait for the workers (the
        main window does this on closing)."""
        self._closed = True
        self.cancel_all()
        done = [sibling.shutdown(timeout_ms) for sibling in self._live_siblings()]
        return self._pool.waitForDone(timeout_ms) and all(done)

    def _live_siblings(self) -> list[OpRunner]:
        self._siblings = [s for s in self._siblings if shiboken6.isValid(s)]
        return self._siblings

    def _forget(self, pending: _Pending) -> None:
        self._pending.discard(pending)
        if pending.slot is not None and self._latest.get(pending.slot) is pending:
            del self._latest[pending.slot]
