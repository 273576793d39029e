"""The one writer: every write runs on a single worker thread, so SQLite sees one writer per
process, and announces afterwards the kinds of records the write service reported changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.services.core.changes import Changed
from app.views.ops.op_runner import Op, OpRunner

if TYPE_CHECKING:
    from app.db.session import Database
    from app.views.ops.change_bus import ChangeBus
    from app.views.shell.error_dialogs import ErrorPresenter

T = TypeVar("T")


class _WaitBridge(QObject):
    """Carries "a write waits for another PC" from the database's timer thread to the GUI
    thread. One for the process, never deleted: the timer thread may emit at any time."""

    waiting = Signal(bool)


_wait_bridge: _WaitBridge | None = None


def _the_wait_bridge() -> _WaitBridge:
    global _wait_bridge
    if _wait_bridge is None:
        _wait_bridge = _WaitBridge()
    return _wait_bridge


class SerialWriter(QObject):
    # True while a write waits for another PC to finish saving (SQLite's lock on a shared
    # file), False when it goes on or gives up; on the GUI thread.
    waiting = Signal(bool)

    def __init__(
        self,
        db: Database | None,
        errors: ErrorPresenter,
        bus: ChangeBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = OpRunner(db, errors, pool=self._pool, parent=self)
        self._bus = bus
        bridge = _the_wait_bridge()
        bridge.waiting.connect(self.waiting)
        if db is not None:
            db.on_wait = bridge.waiting.emit

    def write(
        self,
        fn: Callable[[Op], Changed[T]],
        on_done: Callable[[T], None] | None = None,
        **kwargs: Any,
    ) -> Op:
        """Queue ``fn(op)``, a call of a write service, behind earlier writes. Once it has
        succeeded, announce the kinds of records the service says it changed, then call
        ``on_done`` with the service's result."""

        def job(op: Op) -> Changed[T]:
            result = fn(op)
            if not isinstance(result, Changed):
                raise TypeError(f"a write must return Changed, not {type(result).__name__}")
            return result

        def done(result: Changed[T]) -> None:
            self._bus.announce(result.kinds)
            if on_done is not None:
                on_done(result.value)

        return self._runner.run(job, done, **kwargs)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.shutdown(timeout_ms)
