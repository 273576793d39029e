"""A paged list to Excel as the user sees it: every row the search and filters match (not
just the pages loaded), in the list's sort, the visible columns in their on-screen order,
with the list's headers and texts. The rows come from the list's own source — the same
service query the page pages through, so whatever the service leaves out of the list
(visibility rules included) is left out of the file too. Amounts are numbers in yuan,
dates real dates (see ``app.reports.xlsx_writer``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from app.reports.xlsx_writer import Sheet, Value, write_xlsx
from app.services.core.list_request import ListRequest
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import (
    ColumnSpec,
    ListSource,
    PagedTableModel,
    export_value,
)
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.excel_export import ExcelExport, export_to_excel

# Rows a query reads at a time: few queries, each a bounded list of ids.
EXPORT_PAGE = 5000
CONTEXT = "ListExport"
SEARCH = QT_TRANSLATE_NOOP("ListExport", "Search: “{text}”")
FILTERS = QT_TRANSLATE_NOOP("ListExport", "Filters: {filters}")
NO_FILTERS = QT_TRANSLATE_NOOP("ListExport", "Filters: none (all rows)")
SORT = QT_TRANSLATE_NOOP("ListExport", "Sorted by: {column}, {order}")
ASCENDING = QT_TRANSLATE_NOOP("ListExport", "ascending")
DESCENDING = QT_TRANSLATE_NOOP("ListExport", "descending")
AS_OF = QT_TRANSLATE_NOOP("ListExport", "As of {date}")
SEPARATOR = QT_TRANSLATE_NOOP("ListExport", "; ")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("ListExport", ", ")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_columns(header: QHeaderView) -> list[int]:
    """The visible columns (logical numbers) in the order they are shown."""
    visual = sorted(
        (header.visualIndex(c), c) for c in range(header.count()) if not header.isSectionHidden(c)
    )
    return [column for _position, column in visual]


def header_texts(header: QHeaderView, columns: Sequence[int]) -> tuple[str, ...]:
    model = header.model()
    return tuple(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)


def describe(
    *,
    search: str,
    filters: Sequence[str],
    sort_column: str,
    descending: bool,
    as_of: date,
) -> str:
    """The line under the title: what was searched for, the filters, the sort, the date
    the figures are as of (in the user's language)."""
    parts = []
    if search:
        parts.append(_tr(SEARCH).format(text=search))
    if filters:
        parts.append(_tr(FILTERS).format(filters=_tr(LIST_SEPARATOR).join(filters)))
    else:
        parts.append(_tr(NO_FILTERS))
    if sort_column:
        order = _tr(DESCENDING if descending else ASCENDING)
        parts.append(_tr(SORT).format(column=sort_column, order=order))
    parts.append(_tr(AS_OF).format(date=as_of.isoformat()))
    return _tr(SEPARATOR).join(parts)


def list_rows(
    op: Op,
    source: ListSource[Any],
    request: ListRequest,
    specs: Sequence[ColumnSpec[Any]],
    as_of: date,
    total: int,
) -> Iterator[tuple[Value, ...]]:
    """Every row of ``request`` in its order, a page of ``EXPORT_PAGE`` per query."""
    offset = 0
    while offset < total and not op.is_cancelled():
        page = source.fetch(request, offset, EXPORT_PAGE, total)
        for row in page:
            yield tuple(export_value(spec, row, as_of) for spec in specs)
        offset += len(page)
        if len(page) < EXPORT_PAGE:
            break


def write_list(
    op: Op,
    path: Path,
    sheet: Sheet,
    source: ListSource[Any],
    request: ListRequest,
    specs: Sequence[ColumnSpec[Any]],
) -> int:
    """Count, then write every row of the list to ``path`` (off the GUI thread)."""
    assert request.as_of is not None, "the export is as of the date the list shows"
    total = source.count(request)
    op.report(0, total)
    return write_xlsx(
        path,
        sheet,
        list_rows(op, source, request, specs, request.as_of, total),
        total=total,
        progress=lambda done, all_rows: op.report(done, all_rows),
        cancelled=op.is_cancelled,
    )


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
    sheet = Sheet(
        title=title,
        headers=header_texts(header, columns),
        description=(
            describe(
                search=request.search,
                filters=filters,
                sort_column=str(model.headerData(sort, Qt.Orientation.Horizontal))
                if sort >= 0
                else "",
                descending=request.descending,
                as_of=request.as_of,
            ),
        ),
        sheet_name=title,
    )
    specs = [model.columns[c] for c in columns]

    def write(op: Op, path: Path) -> int:
        return write_list(op, path, sheet, source, request, specs)

    return export_to_excel(ctx, parent, title, write)
