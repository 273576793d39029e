"""Export the customer list to Excel exactly as it is shown: the same search, filters and
sort, the visible columns in their on-screen order, with the headers and category names the
list shows. The file is written off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from app.domain.enums import CustomerCategory
from app.reports.customer_list_export import export_customer_list
from app.services.core.list_request import ListRequest
from app.views.customers.customer_table_model import COLUMNS, CustomerColumn
from app.views.labels import category_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.messages import show_information

# The export column each list column is written as (app.reports.customer_list_export keys).
EXPORT_KEYS = {
    CustomerColumn.CODE: "code",
    CustomerColumn.NAME: "name",
    CustomerColumn.TIER: "tier",
    CustomerColumn.CATEGORY: "category",
    CustomerColumn.OWNER: "owner",
    CustomerColumn.BALANCE: "balance",
    CustomerColumn.OVERDUE: "overdue",
    CustomerColumn.UNALLOCATED: "unallocated",
    CustomerColumn.USCC: "uscc",
}
assert set(EXPORT_KEYS) == set(CustomerColumn)


def default_file_name(today: date) -> str:
    return f"客户列表_{today:%Y%m%d}.xlsx"


def shown_columns(header: QHeaderView) -> list[CustomerColumn]:
    """The list's visible columns in the order they are shown (columns can be moved)."""
    visual = sorted(
        (header.visualIndex(c), CustomerColumn(c))
        for c in range(header.count())
        if not header.isSectionHidden(c)
    )
    return [column for _position, column in visual]


@dataclass(frozen=True)
class ExportJob:
    """Everything the worker needs, with the texts translated on the GUI thread."""

    request: ListRequest
    columns: tuple[CustomerColumn, ...]
    path: Path
    as_of: date
    headers: dict[str, str]
    categories: dict[str, str]

    @classmethod
    def of(
        cls, request: ListRequest, columns: Sequence[CustomerColumn], path: Path, as_of: date
    ) -> ExportJob:
        headers = {
            EXPORT_KEYS[c]: QCoreApplication.translate("CustomerTableModel", COLUMNS[c].header)
            for c in columns
        }
        categories = {c.value: category_label(c) for c in CustomerCategory}
        return cls(request, tuple(columns), path, as_of, headers, categories)

    def run(self, session: Session) -> int:
        keys = [EXPORT_KEYS[c] for c in self.columns]
        return export_customer_list(
            session,
            self.request,
            keys,
            self.path,
            self.as_of,
            headers=self.headers,
            category_labels=self.categories,
        )


@dataclass(frozen=True)
class ExportFailed:
    """The file could not be written (e.g. it is open in Excel, or the folder is read-only)."""

    reason: str


class CustomerExport(QObject):
    """One export: ask where to save, write off the GUI thread, say how it went."""

    finished = Signal(object)  # the number of rows written, or ExportFailed

    def __init__(self, ctx: ViewContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.progress: QProgressDialog | None = None

    def choose_path(self) -> Path | None:
        return ask_save_path(
            self._parent,
            self.tr("Export customers to Excel"),
            FilePurpose.EXPORT,
            self.tr("Excel workbook (*.xlsx)"),
            file_name=default_file_name(self._ctx.as_of()),
            suffix=".xlsx",
        )

    def start(self, request: ListRequest, columns: Sequence[CustomerColumn], path: Path) -> None:
        job = ExportJob.of(request, columns, path, request.as_of or self._ctx.as_of())

        def write(session: Session) -> int | ExportFailed:
            try:
                return job.run(session)
            except OSError as exc:
                return ExportFailed(exc.strerror or str(exc))

        self.progress = QProgressDialog(
            self.tr("Writing {file}…").format(file=path.name), "", 0, 0, self._parent
        )
        self.progress.setWindowTitle(self.tr("Export customers"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self._ctx.runner.query(
            write,
            lambda result: self._done(path, result),
            owner=self,
            on_finished=self._close_progress,
        )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: Path, result: int | ExportFailed) -> None:
        if isinstance(result, ExportFailed):
            show_information(
                self._parent,
                self.tr("Export customers"),
                self.tr(
                    "Could not write {path}: {reason}. If the file is open in Excel, close it "
                    "and export again."
                ).format(path=str(path), reason=result.reason),
            )
        else:
            show_information(
                self._parent,
                self.tr("Export customers"),
                self.tr("Exported {count} customers to {path}.").format(
                    count=f"{result:,}", path=str(path)
                ),
            )
        self.finished.emit(result)


def export_customers(
    ctx: ViewContext, parent: QWidget, request: ListRequest, columns: Sequence[CustomerColumn]
) -> CustomerExport | None:
    """Ask for the file, then export; None when the user cancelled the file dialog."""
    export = CustomerExport(ctx, parent)
    path = export.choose_path()
    if path is None:
        export.deleteLater()
        return None
    export.start(request, columns, path)
    return export
