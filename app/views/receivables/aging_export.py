"""Excel export of the 应收 table exactly as shown (same rows in the same order, the same
headers, the totals row and the notes), written off the GUI thread with progress. The save
dialog opens in the folder used last for an export, or in Documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.reports.report_table import ReportTable, write_xlsx
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.messages import show_information

# Above this many rows the export shows its progress.
PROGRESS_FROM_ROWS = 2000


def file_name(table: ReportTable) -> str:
    """The title with what a file name cannot hold replaced, e.g.
    '应收账龄（截至 2026-06-30，按客户）.xlsx'."""
    safe = "".join("_" if ch in '<>:"/\\|?*' else ch for ch in table.title).strip()
    return (safe or "aging") + ".xlsx"


@dataclass(frozen=True)
class ExportFailed:
    """The file could not be written (e.g. it is open in Excel, or the folder is read-only)."""

    reason: str


class AgingExport(QObject):
    """One export: ask where to save, write off the GUI thread, say how it went."""

    finished = Signal(object)  # the number of rows written, or ExportFailed

    def __init__(self, ctx: ViewContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.progress: QProgressDialog | None = None

    def choose_path(self, table: ReportTable) -> Path | None:
        return ask_save_path(
            self._parent,
            self.tr("Export to Excel"),
            FilePurpose.EXPORT,
            self.tr("Excel workbook (*.xlsx)"),
            file_name=file_name(table),
            suffix=".xlsx",
        )

    def start(self, table: ReportTable, path: Path) -> None:
        def write(op: Op) -> int | ExportFailed:
            try:
                return write_xlsx(table, path, op.report)
            except OSError as exc:
                return ExportFailed(exc.strerror or str(exc))

        if len(table.rows) >= PROGRESS_FROM_ROWS:
            self.progress = QProgressDialog(
                self.tr("Writing {file}…").format(file=path.name),
                "",
                0,
                len(table.rows),
                self._parent,
            )
            self.progress.setWindowTitle(self.tr("Export to Excel"))
            self.progress.setCancelButton(None)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)
        self._ctx.runner.run(
            write,
            lambda result: self._done(path, result),
            owner=self,
            on_finished=self._close_progress,
            on_progress=self._progress,
        )

    def _progress(self, done: int, _total: int, _text: str) -> None:
        if self.progress is not None:
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: Path, result: int | ExportFailed) -> None:
        if isinstance(result, ExportFailed):
            show_information(
                self._parent,
                self.tr("Export to Excel"),
                self.tr(
                    "Could not write {path}: {reason}. If the file is open in Excel, close it "
                    "and export again."
                ).format(path=str(path), reason=result.reason),
            )
        else:
            show_information(
                self._parent,
                self.tr("Export to Excel"),
                self.tr("Exported {count} rows and the totals to {path}.").format(
                    count=f"{result:,}", path=str(path)
                ),
            )
        self.finished.emit(result)


def export_report(ctx: ViewContext, parent: QWidget, table: ReportTable) -> AgingExport | None:
    """Ask for the file, then export; None when the user cancelled the file dialog."""
    export = AgingExport(ctx, parent)
    path = export.choose_path(table)
    if path is None:
        export.deleteLater()
        return None
    export.start(table, path)
    return export
