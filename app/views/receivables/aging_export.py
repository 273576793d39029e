"""Excel export of the 应收 table exactly as shown (same rows in the same order, the same
headers, the totals row and the notes), written off the GUI thread with progress and Cancel
by the shared export (``app.views.widgets.excel_export``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.reports.report_table import ReportTable, write_xlsx
from app.reports.xlsx_writer import safe_file_name
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.widgets.excel_export import ExcelExport


def file_name(table: ReportTable) -> str:
    """The title with what a file name cannot hold replaced, e.g.
    '应收账龄（截至 2026-06-30，按客户）.xlsx'."""
    return (safe_file_name(table.title) or "aging") + ".xlsx"


def export_report(ctx: ViewContext, parent: QWidget, table: ReportTable) -> ExcelExport | None:
    """Ask for the file, then export; None when the user cancelled the file dialog."""
    export = ExcelExport(ctx, parent, table.title)
    path = export.choose_path(file_name(table))
    if path is None:
        export.deleteLater()
        return None

    def write(op: Op, target: Path) -> int:
        return write_xlsx(table, target, op.report, op.is_cancelled)

    export.start(path, write)
    return export
