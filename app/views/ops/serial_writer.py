"""The one writer: every write runs on a single worker thread, so SQLite sees one writer per
process, and announces afterwards which kinds of records it changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool

from app.views.ops.op_runner import Op, OpRunner

if TYPE_CHECKING:
    from app.db.session import Database
    from app.views.ops.change_bus import ChangeBus
    from app.views.shell.error_dialogs import ErrorPresenter

T = TypeVar("T")


class SerialWriter(QObject):
    def __init__(
        self, db: Database, errors: ErrorPresenter, bus: ChangeBus, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = OpRunner(db, errors, pool=self._pool, parent=self)
        self._bus = bus

    def write(
        self,
        fn: Callable[[Op], T],
        changes: Iterable[str],
        on_done: Callable[[T], None] | None = None,
        **kwargs: Any,
    ) -> Op:
        """Queue ``fn(op)`` behind earlier writes; once it has succeeded, announce
        ``changes`` (the kinds of records it may have changed), then call ``on_done``."""
        kinds = frozenset(changes)

        def done(result: T) -> None:
            self._bus.announce(kinds)
            if on_done is not None:
                on_done(result)

        return self._runner.run(fn, done, **kwargs)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        return self._runner.shutdown(timeout_ms)
