"""A paged list to Excel as the user sees it: every row the search and filters match (not
just the pages loaded), in the list's sort, the visible columns in their on-screen order,
with the list's headers and texts. The rows come from the list's own source — the same
service query the page pages through, so whatever the service leaves out of the list
(visibility rules included) is left out of the file too. Amounts are numbers in yuan,
dates real dates (see ``app.reports.xlsx_writer``). The writing itself is
``app.views.tables.list_file``'s, which the command line's ``labledger export`` shares."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from app.services.core.list_request import ListRequest
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.tables.list_file import list_sheet, write_list
from app.views.tables.paged_table_model import ListSource, PagedTableModel
from app.views.widgets.excel_export import ExcelExport, export_to_excel


def shown_columns(header: QHeaderView) -> list[int]:
    """The visible columns (logical numbers) in the order they are shown."""
    visual = sorted(
        (header.visualIndex(c), c) for c in range(header.count()) if not header.isSectionHidden(c)
    )
    return [column for _position, column in visual]


def header_texts(header: QHeaderView, columns: Sequence[int]) -> tuple[str, ...]:
    model = header.model()
    return tuple(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)


def export_list(
    ctx: ViewContext,
    parent: QWidget,
    title: str,
    source: ListSource[Any],
    request: ListRequest,
    header: QHeaderView,
    filters: Sequence[str],
) -> ExcelExport | None:
    """Ask for the file, then write every row of ``request`` (whose ``as_of`` is the date
    the list shows) with the columns ``header`` shows, in its order, off the GUI thread;
    None when the user cancelled the file dialog."""
    assert request.as_of is not None
    model = header.model()
    assert isinstance(model, PagedTableModel)
    columns = shown_columns(header)
    sort = model.sort_column()
    sheet = list_sheet(
        title,
        header_texts(header, columns),
        request,
        str(model.headerData(sort, Qt.Orientation.Horizontal)) if sort >= 0 else "",
        filters,
    )
    specs = [model.columns[c] for c in columns]

    def write(op: Op, path: Path) -> int:
        return write_list(op, path, sheet, source, request, specs)

    return export_to_excel(ctx, parent, title, write)
