"""A paged list written to an Excel file: the part of the list export that needs no widgets,
shared by the GUI's 导出 Excel (``app.views.tables.list_export``) and the command line's
``labledger export``. The rows come from the list's own source a page of ``EXPORT_PAGE``
at a time (memory stays bounded), each cell what the list shows as ``export_value`` types
it; the sheet has the list's title, a line saying what was searched, filtered and sorted
and the date the figures are as of, and the header row (see ``app.reports.xlsx_writer``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from app.reports.xlsx_writer import Sheet, Value, write_xlsx
from app.services.core.list_request import ListRequest
from app.views.tables.paged_table_model import ColumnSpec, ListSource, export_value
from app.views.translate import QT_TRANSLATE_NOOP

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


class Progress(Protocol):
    """Where the export reports and asks whether to stop (the GUI's ``Op``)."""

    def is_cancelled(self) -> bool: ...

    def report(self, done: int, total: int, text: str = "") -> None: ...


class NoProgress:
    """For a caller that shows no progress and never cancels (the command line)."""

    def is_cancelled(self) -> bool:
        return False

    def report(self, done: int, total: int, text: str = "") -> None:
        del done, total, text


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


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


def list_sheet(
    title: str,
    headers: Sequence[str],
    request: ListRequest,
    sort_column: str,
    filters: Sequence[str] = (),
) -> Sheet:
    """The sheet of a list export: ``title`` (also the sheet's name), the description of
    ``request`` (whose ``as_of`` is the date the list shows) and the headers."""
    assert request.as_of is not None, "the export is as of the date the list shows"
    description = describe(
        search=request.search,
        filters=filters,
        sort_column=sort_column,
        descending=request.descending,
        as_of=request.as_of,
    )
    return Sheet(title=title, headers=tuple(headers), description=(description,), sheet_name=title)


def list_rows(
    op: Progress,
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
    op: Progress,
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
