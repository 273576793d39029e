"""Notices what other PCs saved: every few seconds it reads the database's change counter
off the GUI thread, and when other PCs committed writes since the last look it announces
every kind of record on the change bus, so that open lists and windows reload (keeping
selection and scroll as they do after the user's own writes)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.db.session import Database
from app.domain.errors import LabLedgerError
from app.services.core.change_feed import ChangeMark, change_mark
from app.services.core.changes import ALL_KINDS
from app.views.ops.change_bus import ChangeBus
from app.views.ops.op_runner import OpRunner

# Often enough that another PC's payment shows within seconds; a poll is one row read.
POLL_MS = 3000


class ChangeWatcher(QObject):
    othersChanged = Signal()  # after the bus was told

    def __init__(
        self, runner: OpRunner, db: Database, bus: ChangeBus, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._db = db
        self._bus = bus
        self._last: ChangeMark | None = None
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self.timer.start()

    def poll(self) -> None:
        if self._polling:
            return  # the last look has not answered yet (a busy shared file)
        self._polling = True
        db = self._db
        self._runner.query(
            lambda session: change_mark(db, session),
            self._seen,
            owner=self,
            on_expected_error=self._not_seen,
            on_finished=self._done,
        )

    def _seen(self, mark: ChangeMark) -> None:
        earlier, self._last = self._last, mark
        if earlier is not None and mark.others_since(earlier):
            self._bus.announce(ALL_KINDS)
            self.othersChanged.emit()

    def _not_seen(self, _exc: LabLedgerError) -> None:
        """The file stayed locked past the busy timeout: the next poll looks again."""

    def _done(self) -> None:
        self._polling = False
