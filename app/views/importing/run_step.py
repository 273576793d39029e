"""What the check (step 4) and the import (step 5) share: the engine run over the whole file
on the serial writer, with progress in rows and Cancel. Each step says what it shows before,
while and after it runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from app.domain.errors import LabLedgerError
from app.importers.engine import ImportOptions, ImportResult, run_import
from app.views.importing.import_draft import ImportDraft
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext


class RunStep(QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, draft: ImportDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._draft = draft
        self.op: Op | None = None
        self.result: ImportResult | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m rows"))

    @property
    def running(self) -> bool:
        return self.op is not None

    def _run(self, options: ImportOptions, text: str, done: Callable[[ImportResult], None]) -> None:
        """Run the engine on the draft's file with ``options``, saying ``text`` meanwhile."""
        path = self._draft.path
        if path is None or self.running:
            return
        actor = self._ctx.actor
        self.result = None
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.op = self._ctx.writer.write(
            lambda op: run_import(
                op.database, actor, path, options, progress=op.report, cancelled=op.is_cancelled
            ),
            done,
            owner=self,
            on_expected_error=self._failed,
            on_progress=self._progressed,
            on_finished=self._finished,
        )
        self._show_controls()
        self.changed.emit()

    def _stop(self, text: str) -> None:
        if self.op is not None:
            self.op.cancel()
            self.status.setText(text)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.op = None
        self._show_controls()
        self.changed.emit()

    def _failed(self, exc: LabLedgerError) -> None:
        raise NotImplementedError

    def _show_controls(self) -> None:
        raise NotImplementedError
