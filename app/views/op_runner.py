"""Runs a service call off the GUI thread and delivers its result back on the GUI thread.

Every database call a view makes goes through here (reads) or through the serial writer
(writes, which uses this runner on a one-thread pool). Results cross threads as the plain
dataclasses services return, never ORM objects. Expected errors (``LabLedgerError``) go to
the error presenter as a clear dialog; anything else goes to the unexpected-error path.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session

from app.domain.errors import LabLedgerError

if TYPE_CHECKING:
    from app.services.unit_of_work import Database
    from app.views.error_dialogs import ErrorPresenter

T = TypeVar("T")


class Op:
    """What a running operation sees (the database, progress, cancellation) and the handle
    the GUI keeps to cancel it. Safe to use from both threads."""

    def __init__(self, db: Database | None, delivery: _Delivery) -> None:
        self.db = db
        self._cancelled = threading.Event()
        self._delivery = delivery

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Progress from the worker; delivered to ``on_progress`` on the GUI thread."""
        self._delivery.progress.emit(int(done), int(total), str(text))


class _Delivery(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Op], Any], op: Op, delivery: _Delivery) -> None:
        super().__init__()
        self._fn = fn
        self._op = op
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._fn(self._op)
        except BaseException as exc:  # every failure must reach the GUI, never vanish
            self._delivery.failed.emit(exc)
        else:
            self._delivery.succeeded.emit(result)


class _Pending(QObject):
    """Callbacks of one operation, called on the GUI thread unless their owner is gone."""

    def __init__(self, runner: OpRunner, owner: QObject | None, on_done, on_expected_error,
                 on_finished, on_progress) -> None:
        super().__init__(runner)
        self.delivery = _Delivery(self)
        self.op: Op | None = None
        self._runner = runner
        self._owner = owner
        self._on_done = on_done
        self._on_expected_error = on_expected_error
        self._on_finished = on_finished
        self._on_progress = on_progress
        self.delivery.succeeded.connect(self._succeeded)
        self.delivery.failed.connect(self._failed)
        self.delivery.progress.connect(self._progress)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        try:
            if self._owner_alive() and self._on_done is not None:
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            if isinstance(exc, LabLedgerError) and self._on_expected_error is not None:
                if self._owner_alive():
                    self._on_expected_error(exc)
            else:
                self._runner.report_exception(exc)
        finally:
            self._finish()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and self._owner_alive():
            self._on_progress(done, total, text)

    def _finish(self) -> None:
        try:
            if self._on_finished is not None and self._owner_alive():
                self._on_finished()
        finally:
            self._runner._forget(self)


class OpRunner(QObject):
    """Runs callables on a thread pool; ``query`` wraps one in a read transaction."""

    idle = Signal()

    def __init__(self, db: Database | None, errors: ErrorPresenter,
                 pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.errors = errors
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Pending] = set()

    def run(self, fn: Callable[[Op], T], on_done: Callable[[T], None] | None = None, *,
            owner: QObject | None = None,
            on_expected_error: Callable[[LabLedgerError], None] | None = None,
            on_finished: Callable[[], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> Op:
        """Start ``fn(op)`` on the pool. Callbacks run on the GUI thread, and not at all once
        ``owner`` has been deleted. ``on_expected_error`` replaces the standard dialog for
        expected errors; ``on_finished`` runs last whatever happened."""
        pending = _Pending(self, owner, on_done, on_expected_error, on_finished, on_progress)
        op = Op(self._db, pending.delivery)
        pending.op = op
        self._pending.add(pending)
        self._pool.start(_Job(fn, op, pending.delivery))
        return op

    def query(self, fn: Callable[[Session], T], on_done: Callable[[T], None] | None = None,
              **kwargs: Any) -> Op:
        """Run ``fn(session)`` inside one read transaction off the GUI thread."""

        def read(op: Op) -> T:
            assert op.db is not None, "this runner has no database"
            with op.db.read() as session:
                return fn(session)

        return self.run(read, on_done, **kwargs)

    def report_exception(self, exc: BaseException) -> None:
        """Show an error that happened in a worker or a model the standard way."""
        if isinstance(exc, LabLedgerError):
            self.errors.expected(exc)
        else:
            self.errors.unexpected((type(exc), exc, exc.__traceback__))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def cancel_all(self) -> None:
        for pending in self._pending:
            if pending.op is not None:
                pending.op.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel what can be cancelled and wait for the workers (on closing the window)."""
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, pending: _Pending) -> None:
        self._pending.discard(pending)
        pending.deleteLater()
        if not self._pending:
            self.idle.emit()


def current_exc_info() -> tuple:
    return sys.exc_info()
