"""Column widths that follow what a table shows: text columns fitted to their content (no
wider than their usual width), money columns to their widest amount, so that an amount is
never cut ("¥199,999,9…"). Only rows already loaded are measured, never a whole list."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.views.tables.paged_table_model import ColumnKind, ColumnSpec, PagedTableModel

# Room for the sort indicator, which the style draws over right-aligned header text.
SORT_INDICATOR_ROOM = 16
SORTABLE_HEADER_STYLE = f"QHeaderView::section {{ padding-right: {SORT_INDICATOR_ROOM}px; }}"


def make_room_for_sort_indicator(header: QHeaderView) -> None:
    """Header text keeps clear of the sort indicator, right-aligned text too."""
    header.setStyleSheet(SORTABLE_HEADER_STYLE)


def header_width(header: QHeaderView, column: int) -> int:
    """What the header of ``column`` needs. With the sort indicator shown, Qt's size hint
    already keeps room for it, which the padding above only moves to the text's right."""
    hint = header.sectionSizeHint(column)
    if header.isSortIndicatorShown() and header.styleSheet() == SORTABLE_HEADER_STYLE:
        return hint - SORT_INDICATOR_ROOM
    return hint


def usual_width(view: QTableView, spec: ColumnSpec[Any]) -> int:
    return spec.width_chars * view.fontMetrics().horizontalAdvance("0") + 16


# Texts measured in the font per column: the longest by character count (a wide CJK
# character counting two). Measuring every cell of a page took half the time of showing it.
MEASURED = 8


def _rough_width(text: str) -> int:
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def content_width(view: QTableView, column: int, first: int, last: int) -> int:
    """The width the widest text of rows ``first``..``last`` needs in ``column``."""
    model = view.model()
    if isinstance(model, PagedTableModel):
        texts = model.loaded_texts(column, first, last)
    else:
        texts = [
            (row, model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            for row in range(first, last + 1)
        ]
    longest = heapq.nlargest(MEASURED, texts, key=lambda found: _rough_width(found[1]))
    metrics = view.fontMetrics()
    widest, widest_row = -1, -1
    for row, text in longest:
        width = metrics.horizontalAdvance(text) if text else 0
        if width > widest:
            widest, widest_row = width, row
    if widest_row < 0:
        return 0
    # The delegate's hint has the cell's margins; the grid line takes one pixel more.
    return view.sizeHintForIndex(model.index(widest_row, column)).width() + 1


def fit_columns(
    view: QTableView,
    columns: Sequence[ColumnSpec[Any]],
    first: int,
    last: int,
    *,
    money_only: bool = False,
) -> None:
    """Money columns grow to fit rows ``first``..``last`` (never shrink: other rows may be
    wider). Unless ``money_only``, other columns are set to fit their header and these
    rows, up to their usual width."""
    header = view.horizontalHeader()
    for column, spec in enumerate(columns):
        if spec.kind is ColumnKind.MONEY:
            needed = max(content_width(view, column, first, last), header_width(header, column))
            if money_only:
                needed = max(needed, view.columnWidth(column))
        elif money_only:
            continue
        else:
            content = min(content_width(view, column, first, last), usual_width(view, spec))
            needed = max(content, header_width(header, column))
        if needed != view.columnWidth(column):
            view.setColumnWidth(column, needed)
