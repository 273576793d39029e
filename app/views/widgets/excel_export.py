"""One Excel export as the user goes through it, for every list and report: ask where to save
(a default name such as 发票列表-2026-12-01.xlsx, in the folder used last for an export),
write off the GUI thread with progress and Cancel, then say how it went — the rows written,
or why the file could not be written (open in Excel, a read-only folder). The writing is
``app.reports.xlsx_writer``'s: a cancelled export leaves nothing at the target path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.reports.xlsx_writer import ExportCancelled, safe_file_name
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.messages import show_information

# Writes the file at the path, reporting progress on the op; returns the rows written.
Writer = Callable[[Op, Path], int]


@dataclass(frozen=True)
class ExportFailed:
    """The file could not be written (e.g. it is open in Excel, or the folder is read-only)."""

    reason: str


@dataclass(frozen=True)
class ExportStopped:
    """The user cancelled; nothing was written."""


def default_file_name(title: str, as_of: date) -> str:
    """E.g. '发票列表-2026-12-01.xlsx'."""
    return f"{safe_file_name(title) or 'export'}-{as_of.isoformat()}.xlsx"


class ExcelExport(QObject):
    """One export: ``choose_path`` then ``start``; ``finished`` carries the number of rows
    written, an ``ExportFailed`` or an ``ExportStopped``."""

    finished = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.title = title
        self.op: Op | None = None
        self.progress: QProgressDialog | None = None

    def choose_path(self, file_name: str) -> Path | None:
        return ask_save_path(
            self._parent,
            self.tr("Export to Excel"),
            FilePurpose.EXPORT,
            self.tr("Excel workbook (*.xlsx)"),
            file_name=file_name,
            suffix=".xlsx",
        )

    def start(self, path: Path, write: Writer) -> None:
        def run(op: Op) -> int | ExportFailed | ExportStopped:
            try:
                return write(op, path)
            except ExportCancelled:
                return ExportStopped()
            except OSError as exc:
                # Windows refuses to replace a file Excel holds open (PermissionError).
                return ExportFailed(exc.strerror or str(exc))

        progress = QProgressDialog(
            self.tr("Writing {file}…").format(file=path.name),
            self.tr("Cancel"),
            0,
            0,
            self._parent,
        )
        progress.setWindowTitle(self.tr("Export to Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        self.op = self._ctx.runner.run(
            run,
            lambda result: self._done(path, result),
            owner=self,
            on_finished=self._close_progress,
            on_progress=self._progress,
        )

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: Path, result: int | ExportFailed | ExportStopped) -> None:
        if isinstance(result, ExportFailed):
            show_information(
                self._parent,
                self.tr("Export to Excel"),
                self.tr(
                    "Could not write {path}: {reason}. If the file is open in Excel, close it "
                    "and export again."
                ).format(path=str(path), reason=result.reason),
            )
        elif isinstance(result, int):
            show_information(
                self._parent,
                self.tr("Export to Excel"),
                self.tr("Exported {count} rows to {path}.").format(
                    count=f"{result:,}", path=str(path)
                ),
            )
        self.finished.emit(result)


def export_to_excel(
    ctx: ViewContext, parent: QWidget, title: str, write: Writer
) -> ExcelExport | None:
    """Ask for the file (named after ``title`` and today), then write it with ``write``
    off the GUI thread; None when the user cancelled the file dialog."""
    export = ExcelExport(ctx, parent, title)
    path = export.choose_path(default_file_name(title, ctx.as_of()))
    if path is None:
        export.deleteLater()
        return None
    export.start(path, write)
    return export
