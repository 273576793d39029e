"""A read-only table of the records a service returned (one customer's invoices, payments,
follow-ups, timeline...). The first page comes with the view's data; further pages load off
the GUI thread when the user scrolls to the end (Qt's canFetchMore/fetchMore)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy.orm import Session

from app.views.ops.op_runner import Op, OpRunner
from app.views.tables.paged_table_model import ColumnSpec, cell_data, header_data

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# The next page after ``offset`` rows, the last of which is given (for cursor paging).
MoreRows = Callable[[Session, int, Any], Sequence[Any]]


class RecordTableModel(QAbstractTableModel, Generic[R]):
    # After more rows have arrived.
    grown = Signal()

    def __init__(
        self,
        columns: Sequence[ColumnSpec[R]],
        runner: OpRunner,
        context: str,
        *,
        highlight: Callable[[R, date], bool] | None = None,
        tooltip: Callable[[R], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._runner = runner
        self._context = context
        self._highlight = highlight
        self._tooltip = tooltip
        self._rows: list[R] = []
        self._as_of = date.today()
        self._more: MoreRows | None = None
        self._page_size = 0
        self._total: int | None = None
        self._has_more = False
        self._fetching = False

    @property
    def columns(self) -> tuple[ColumnSpec[R], ...]:
        return self._columns

    @property
    def rows(self) -> list[R]:
        return self._rows

    @property
    def as_of(self) -> date:
        return self._as_of

    def remaining(self) -> Callable[[Op], Iterator[R]] | None:
        """The rows not loaded yet, page after page, read off the GUI thread (an export
        writes them all); None when every row is in."""
        more = self._more
        if not self._has_more or more is None:
            return None
        offset, page, total = len(self._rows), self._page_size, self._total
        last = self._rows[-1] if self._rows else None

        def rows(op: Op) -> Iterator[R]:
            nonlocal offset, last
            while not op.is_cancelled():
                with op.database.read() as session:
                    batch = list(more(session, offset, last))
                yield from batch
                offset += len(batch)
                if not batch or (offset >= total if total is not None else len(batch) < page):
                    return
                last = batch[-1]

        return rows

    def set_rows(
        self,
        rows: Sequence[R],
        as_of: date,
        *,
        more: MoreRows | None = None,
        page_size: int = 0,
        total: int | None = None,
    ) -> None:
        """Show ``rows``. With ``more``, further pages of ``page_size`` load on demand: up to
        ``total`` rows, or (total unknown) while pages come back full."""
        self._runner.drop(self, "more")  # a page of the rows replaced here
        self.beginResetModel()
        self._rows = list(rows)
        self._as_of = as_of
        self._more = more
        self._page_size = page_size
        self._total = total
        self._has_more = more is not None and self._more_expected(len(rows))
        self._fetching = False
        self.endResetModel()

    def _more_expected(self, last_page: int) -> bool:
        if self._total is not None:
            return len(self._rows) < self._total
        return last_page >= self._page_size > 0

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self._columns, self._context, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row) if self._tooltip is not None else None
        return cell_data(self._columns[index.column()], row, self._as_of, role, self._highlight)

    # --- more rows ----------------------------------------------------------------------

    @property
    def has_more(self) -> bool:
        return self._has_more

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if not self.canFetchMore(parent) or self._more is None:
            return
        self._fetching = True
        more, offset = self._more, len(self._rows)
        last = self._rows[-1] if self._rows else None
        self._runner.query(
            lambda session: more(session, offset, last),
            self._arrived,
            owner=self,
            latest="more",
            on_finished=self._done,
        )

    def _arrived(self, rows: Sequence[R]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._has_more = bool(rows) and self._more_expected(len(rows))
        self.grown.emit()

    def _done(self) -> None:
        self._fetching = False
