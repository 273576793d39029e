"""The automatic daily backup while LabLedger runs: checked at start-up and every hour,
made off the GUI thread when the newest backup is a day old."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from app.domain.errors import LabLedgerError
from app.services.backup.backup_service import BackupResult, daily_backup
from app.views.ops.op_runner import Op
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    def __init__(self, ctx: ViewContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Only for a SQLite file: a server database is backed up by its server."""
        location = self._ctx.location
        if location is None or location.sqlite_path is None:
            return
        self.timer.start()
        self.check()

    def check(self) -> None:
        location = self._ctx.location
        if self._running or location is None:
            return
        self._running = True
        clock = self._ctx.clock

        def job(op: Op) -> BackupResult | None:
            return daily_backup(op.database, location, clock.now_utc())

        self._ctx.runner.run(
            job,
            self._done,
            owner=self,
            on_expected_error=self._failed,
            on_finished=self._finished,
        )

    def _finished(self) -> None:
        self._running = False

    def _done(self, result: BackupResult | None) -> None:
        if result is not None:
            log.info("daily backup %s (%d older removed)", result.path, len(result.removed))
            self._ctx.bus.notice(self.tr("Daily backup saved: {path}").format(path=result.path))

    def _failed(self, exc: LabLedgerError) -> None:
        # Not a dialog: the user did not ask for it; the status bar and the log say why.
        log.warning("daily backup failed: %s", exc.message)
        self._ctx.bus.notice(
            self.tr("The daily backup failed: {reason}").format(reason=translated_message(exc))
        )
