"""A table model over a list that may hold a million rows: it knows the total and keeps only
the pages of rows that have been shown.

A page (``PAGE_SIZE`` rows) is fetched the first time one of its rows is shown. That is
normally one short indexed query, so it runs right there. Some orders cannot be served by an
index (customers by balance aggregate every open invoice); when a page takes longer than
``slow_page_seconds`` (``SLOW_PAGE_SECONDS`` unless given) the model fetches further pages
of that request off the GUI thread and shows their rows when they arrive.

Search, filter and sort changes re-query in SQL off the GUI thread, and a result that
arrives after a newer request was made is dropped. The first page is shown as soon as it is
in: the count (which may read every row of a million) runs beside it and the rows beyond
the first page appear when it arrives; the totals of the list (sums over every row shown,
when the list has them) start once the first page is in, so they never delay it. Counts
and totals run on a thread of the model's own, so that a new request's first page does not
wait behind them either. Another order of the same rows keeps their count and totals.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum, IntEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.clock import Clock
from app.domain.money import Money
from app.reports.xlsx_writer import Fen, Value
from app.services.core.list_request import ListRequest
from app.views.ops.op_runner import Op, OpRunner

log = logging.getLogger(__name__)

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
PAGE_SIZE = 200
MAX_PAGES = 50
SLOW_PAGE_SECONDS = 0.05

NEGATIVE_TEXT = QColor("#b3261e")
HIGHLIGHT_BACKGROUND = QColor("#fdecea")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ItemRole(IntEnum):
    RowIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    # What an Excel export writes for the cell (see export_value); any table may set it.
    ExportRole = Qt.ItemDataRole.UserRole + 40


class ColumnKind(Enum):
    TEXT = "text"
    MONEY = "money"  # integer fen
    DATE = "date"
    COUNT = "count"


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    """One column: English header (translated in the model's context), its native value,
    how to show it, and the service sort key (None when the column cannot be sorted)."""

    header: str
    value: Callable[[R, date], Any]
    kind: ColumnKind = ColumnKind.TEXT
    sort_key: str | None = None
    text: Callable[[R, date], str] | None = None
    width_chars: int = 12

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        if self.kind in (ColumnKind.MONEY, ColumnKind.COUNT):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ListSource(Protocol[R_co]):
    """A list service seen from the model: a count and pages, both for one request (whose
    ``as_of`` the model always sets). ``total`` is None while the count is not in yet."""

    def count(self, req: ListRequest) -> int: ...

    def fetch(
        self, req: ListRequest, offset: int, limit: int, total: int | None
    ) -> Sequence[R_co]: ...


class ListTotals(Protocol):
    """What every row a request shows adds up to (each list's service says which sums)."""

    @property
    def count(self) -> int: ...


class HasId(Protocol):
    """A row of a paged list: its record's id is what the views select by."""

    @property
    def id(self) -> int: ...


IdRow = TypeVar("IdRow", bound=HasId)


def _rows_of(request: ListRequest) -> ListRequest:
    """The request without its order: which rows it shows (and what they add up to)."""
    return replace(request, sort_key="", descending=False)


def display_text(spec: ColumnSpec[R], row: R, as_of: date) -> str:
    if spec.text is not None:
        return spec.text(row, as_of)
    value = spec.value(row, as_of)
    if value is None:
        return ""
    if spec.kind is ColumnKind.MONEY:
        return Money(int(value)).format()
    if spec.kind is ColumnKind.DATE:
        assert isinstance(value, date), "a DATE column's value is a date"
        return value.isoformat()
    if spec.kind is ColumnKind.COUNT:
        return f"{value:,}"
    return str(value)


def export_value(spec: ColumnSpec[R], row: R, as_of: date) -> Value:
    """What an Excel export holds for a cell: amounts as ``Fen``, dates as dates, counts as
    numbers, everything else the text the table shows. A cell shown empty (or as a dash)
    stays empty."""
    if spec.kind is ColumnKind.TEXT:
        return display_text(spec, row, as_of) or None
    value = spec.value(row, as_of)
    if value is None:
        return None
    if spec.text is not None and spec.text(row, as_of).strip() in ("", "-", "–"):
        return None
    if spec.kind is ColumnKind.MONEY:
        return Fen(int(value))
    if spec.kind is ColumnKind.DATE:
        assert isinstance(value, date), "a DATE column's value is a date"
        return value
    return int(value)


def header_data(
    columns: Sequence[ColumnSpec[Any]],
    context: str,
    section: int,
    orientation: Qt.Orientation,
    role: int,
) -> Any:
    """Column headers (translated in ``context``) and their alignment."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    spec = columns[section]
    if role == Qt.ItemDataRole.DisplayRole:
        return QCoreApplication.translate(context, spec.header)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return spec.alignment
    return None


def cell_data(
    spec: ColumnSpec[R],
    row: R,
    as_of: date,
    role: int,
    highlight: Callable[[R, date], bool] | None,
) -> Any:
    """The roles every table of records shares: text, alignment, negative money in red, a
    highlighted row, the native sort value."""
    if role == Qt.ItemDataRole.DisplayRole:
        return display_text(spec, row, as_of)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return spec.alignment
    if role == Qt.ItemDataRole.ForegroundRole:
        if spec.kind is ColumnKind.MONEY and (spec.value(row, as_of) or 0) < 0:
            return QBrush(NEGATIVE_TEXT)
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        if highlight is not None and highlight(row, as_of):
            return QBrush(HIGHLIGHT_BACKGROUND)
        return None
    if role == ItemRole.SortRole:
        return spec.value(row, as_of)
    if role == ItemRole.ExportRole:
        return export_value(spec, row, as_of)
    return None


class PagedTableModel(QAbstractTableModel, Generic[IdRow]):
    loadingChanged = Signal(bool)
    # Emitted once a new request's first page is in (also on refresh); the count may follow.
    loaded = Signal()
    # Rows first..last of a further page were fetched (possibly while the view was painting).
    pageStored = Signal(int, int)
    # Emitted once the number of rows of the shown request is known.
    counted = Signal()
    # Emitted when the totals of the shown request arrive, or are cleared for a new one.
    totalsChanged = Signal()

    def __init__(
        self,
        columns: Sequence[ColumnSpec[IdRow]],
        source: ListSource[IdRow],
        runner: OpRunner,
        clock: Clock,
        request: ListRequest,
        *,
        context: str = "PagedTableModel",
        highlight: Callable[[IdRow, date], bool] | None = None,
        slow_page_seconds: float = SLOW_PAGE_SECONDS,
        totals: Callable[[ListRequest], ListTotals] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # A page that takes longer than this makes further pages load off the GUI thread.
        self.slow_page_seconds = slow_page_seconds
        self._columns = tuple(columns)
        self._source = source
        self._runner = runner
        self._clock = clock
        self._context = context
        self._highlight = highlight
        self._request = request  # the request the shown rows belong to
        self._wanted = request  # the newest request, possibly still loading
        self._total = 0
        self._counted = False
        self._early_count: tuple[ListRequest, int] | None = None  # in before its first page
        self._totals_source = totals
        self._totals: ListTotals | None = None
        # Counts and totals may read every row of a million: on a thread of their own, so
        # that the next search's first page never waits behind the last one's sums.
        aggregates = QThreadPool(self)
        aggregates.setMaxThreadCount(1)
        self._aggregates = runner.sibling(aggregates, parent=self)
        self._pages: OrderedDict[int, Sequence[IdRow]] = OrderedDict()
        self._as_of = clock.today()
        self._loading = False
        self._slow_pages = False  # fetch pages off the GUI thread for this request
        self._pages_coming: set[int] = set()

    # --- what the views ask -------------------------------------------------------------

    @property
    def columns(self) -> tuple[ColumnSpec[IdRow], ...]:
        return self._columns

    @property
    def source(self) -> ListSource[IdRow]:
        """The list service the rows come from (an export reads every row through it)."""
        return self._source

    @property
    def request(self) -> ListRequest:
        """The newest request (what the search box and filters say)."""
        return self._wanted

    @property
    def total(self) -> int:
        """The number of rows: those of the first page until the count is in."""
        return self._total

    @property
    def is_counted(self) -> bool:
        return self._counted

    @property
    def totals(self) -> ListTotals | None:
        """What the rows shown add up to, once worked out (None before, or without)."""
        return self._totals

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def as_of(self) -> date:
        return self._as_of

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self._columns, self._context, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ItemRole.RowIdRole:
            return row.id
        return cell_data(self._columns[index.column()], row, self._as_of, role, self._highlight)

    def row_at(self, row: int) -> IdRow | None:
        """The row's record, fetching its page if this is the first time it is needed."""
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            if self._slow_pages:
                self._fetch_page_later(number)
                return None
            page = self._fetch_page(number)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def loaded_texts(self, column: int, first: int, last: int) -> list[tuple[int, str]]:
        """(row, shown text) of ``column`` for rows ``first``..``last`` already loaded (what
        the view fits its columns to), read without the model index round trip: a page's
        first fit measures 200 rows of every column."""
        spec = self._columns[column]
        found: list[tuple[int, str]] = []
        for number in range(first // PAGE_SIZE, last // PAGE_SIZE + 1):
            page = self._pages.get(number)
            if page is None:
                continue
            start = number * PAGE_SIZE
            for offset in range(max(first - start, 0), min(last - start + 1, len(page))):
                found.append((start + offset, display_text(spec, page[offset], self._as_of)))
        return found

    def row_of_id(self, row_id: int) -> int | None:
        """Where a record is among the pages already loaded (None if not loaded)."""
        for number, page in self._pages.items():
            for offset, record in enumerate(page):
                if record.id == row_id:
                    return number * PAGE_SIZE + offset
        return None

    # --- what changes the list ----------------------------------------------------------

    def set_search(self, text: str) -> None:
        self.set_request(replace(self._wanted, search=text))

    def set_filter(self, name: str, value: object) -> None:
        self.set_request(self._wanted.with_filter(name, value))

    def set_request(self, request: ListRequest) -> None:
        if request != self._wanted:
            self._wanted = request
            self.refresh()

    def sort_column(self) -> int:
        """The column whose sort key the request uses (-1 if none shows it)."""
        for number, spec in enumerate(self._columns):
            if spec.sort_key == self._wanted.sort_key:
                return number
        return -1

    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self._wanted.descending else Qt.SortOrder.AscendingOrder
        )

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort_key is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL; a column without a sort key ignores the request."""
        if not self.is_sortable(column):
            return
        key = self._columns[column].sort_key
        assert key is not None  # is_sortable said so
        self.set_request(
            replace(self._wanted, sort_key=key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    def refresh(self) -> None:
        """First page and count of the newest request, side by side off the GUI thread (a
        newer refresh drops an older one still running); the totals follow the first page."""
        # The as-of date is fixed per load so that every page of it agrees.
        request = replace(self._wanted, as_of=self._clock.today())
        source = self._source

        def first_page(op: Op) -> tuple[Sequence[IdRow], float]:
            if op.is_cancelled():
                return (), 0.0  # a newer request came before this one started
            started = time.perf_counter()
            page = source.fetch(request, 0, PAGE_SIZE, None)
            return page, time.perf_counter() - started

        def count(op: Op) -> int:
            return 0 if op.is_cancelled() else source.count(request)

        self._early_count = None
        self._set_loading(True)
        self._runner.run(
            first_page,
            lambda result: self._apply(request, *result),
            owner=self,
            latest="load",
            on_finished=lambda: self._set_loading(False),
        )
        if (
            self._counted
            and request != self._request
            and _rows_of(request) == _rows_of(self._request)
        ):
            # Another order of the rows shown: as many as counted.
            self._aggregates.drop(self, "count")
            self._early_count = (request, self._total)
            return
        self._aggregates.run(
            count, lambda total: self._count_arrived(request, total), owner=self, latest="count"
        )

    def locate(
        self,
        row_id: int,
        found: Callable[[int | None, bool], None],
        max_rows: int = MAX_PAGES * PAGE_SIZE,
    ) -> None:
        """Where a record is among the rows of the request shown, off the GUI thread:
        ``found(row, matches)``, the row None when the record does not match the search and
        filters, or lies further than ``max_rows`` down. The list source must know the
        ``id`` filter."""
        request, total, source = self._request, self._total, self._source

        def find(_op: Op) -> tuple[int | None, bool]:
            if not source.count(request.with_filter("id", row_id)):
                return None, False
            for offset in range(0, min(total, max_rows), PAGE_SIZE):
                for number, row in enumerate(source.fetch(request, offset, PAGE_SIZE, total)):
                    if row.id == row_id:
                        return offset + number, True
            return None, True

        def answer(result: tuple[int | None, bool]) -> None:
            if request is self._request:  # else the rows shown are another request's
                found(*result)

        self._runner.run(find, answer, owner=self, latest="locate")

    # --- internals ----------------------------------------------------------------------

    def _apply(
        self, request: ListRequest, first_page: Sequence[IdRow], page_seconds: float
    ) -> None:
        # A short first page is the whole list; otherwise the count says (if it is in).
        total, counted = len(first_page), len(first_page) < PAGE_SIZE
        early = self._early_count
        if not counted and early is not None and early[0] is request:
            total, counted = max(early[1], total), True
        self._early_count = None
        previous = self._request
        if _rows_of(request) != _rows_of(previous):
            self._totals = None  # other rows: these totals are not theirs
        self.beginResetModel()
        self._request = request
        self._as_of = request.as_of or self._as_of
        self._total = total
        self._counted = counted
        self._slow_pages = page_seconds > self.slow_page_seconds
        self._pages.clear()
        self._pages_coming.clear()
        if total:
            self._pages[0] = first_page
        self.endResetModel()
        self.loaded.emit()
        if counted:
            self.counted.emit()
        self.totalsChanged.emit()
        # Another order of the same rows adds up the same; the same request again (a
        # refresh after a change) adds up again.
        if self._totals is None or request == previous:
            self._add_up(request)

    def _count_arrived(self, request: ListRequest, total: int) -> None:
        if request is not self._request:
            # Its first page is not in yet (an older request's count was dropped).
            self._early_count = (request, total)
            return
        if self._counted:
            return  # the first page was short: it said how many there are
        shown = self._total
        if total > shown:
            self.beginInsertRows(_ROOT, shown, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < shown:
            # Rows went away between the page and the count; the next refresh tells.
            self.beginRemoveRows(_ROOT, total, shown - 1)
            self._total = total
            self.endRemoveRows()
        self._counted = True
        self.counted.emit()

    def _add_up(self, request: ListRequest) -> None:
        """The totals of the rows shown, once their first page is in."""
        totals = self._totals_source
        if totals is None:
            return

        def add_up(op: Op) -> ListTotals | None:
            return None if op.is_cancelled() else totals(request)

        self._aggregates.run(
            add_up,
            lambda result: self._totals_arrived(request, result),
            owner=self,
            latest="totals",
        )

    def _totals_arrived(self, request: ListRequest, totals: ListTotals | None) -> None:
        if request is self._request and totals is not None:
            self._totals = totals
            self.totalsChanged.emit()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    def _fetch_page(self, number: int) -> Sequence[IdRow]:
        started = time.perf_counter()
        try:
            page = self._source.fetch(self._request, number * PAGE_SIZE, PAGE_SIZE, self._total)
        except Exception as exc:
            # Remember an empty page so that painting does not retry (and fail) in a loop;
            # the next refresh clears it.
            page = ()
            self._runner.report_exception(exc)
        self._slow_pages = time.perf_counter() - started > self.slow_page_seconds
        self._store_page(number, page)
        return page

    def _fetch_page_later(self, number: int) -> None:
        """Several pages may be on their way at once, so these loads are not "latest wins":
        each page is kept if the rows shown are still those of the request it belongs to."""
        if number in self._pages_coming:
            return
        self._pages_coming.add(number)
        request, total, source = self._request, self._total, self._source
        self._runner.run(
            lambda _op: source.fetch(request, number * PAGE_SIZE, PAGE_SIZE, total),
            lambda page: self._page_arrived(request, number, page),
            owner=self,
        )

    def _page_arrived(self, request: ListRequest, number: int, page: Sequence[IdRow]) -> None:
        if request is not self._request:
            return  # a page of rows no longer shown (a newer load replaced them)
        self._pages_coming.discard(number)
        self._store_page(number, page)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def _store_page(self, number: int, page: Sequence[IdRow]) -> None:
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        if page:
            self.pageStored.emit(number * PAGE_SIZE, number * PAGE_SIZE + len(page) - 1)
