"""Excel export of a table that is not a paged list (tasks, the agenda, notifications, credit
tiers and proposals, request queues, statements): the rows it shows, in the order shown,
the visible columns in their on-screen order. A cell's value is what the table gives for
``ItemRole.ExportRole`` (the record tables give amounts in fen, dates and counts), else its
text, where an amount as the application shows it (¥1,234.50) becomes a number and an
ISO date (2026-06-30) a date. A table that loads more rows as it scrolls
(``RecordTableModel``) exports them all."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from app.reports.xlsx_writer import Fen, Sheet, Value, write_xlsx
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.tables.list_export import header_texts, shown_columns
from app.views.tables.list_file import AS_OF, CONTEXT, SEPARATOR
from app.views.tables.paged_table_model import ItemRole, export_value
from app.views.tables.record_table_model import RecordTableModel
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.excel_export import ExcelExport, export_to_excel
from app.views.widgets.icons import Icon, icon

_MONEY = re.compile(r"^(-?)¥(\d{1,3}(?:,\d{3})*)\.(\d{2})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EXPORT_TEXT = QT_TRANSLATE_NOOP("ListExport", "Export to Excel…")
EXPORT_TIP = QT_TRANSLATE_NOOP(
    "ListExport", "The rows of this table as shown, to an Excel workbook"
)

# The rows still to load of a table that loads more as it scrolls, read off the GUI thread.
MoreRows = Callable[[Op], Iterable[Sequence[Value]]]


def text_value(text: str) -> Value:
    """A shown text as the file holds it: amounts and dates typed, the rest as text."""
    text = text.strip()
    if not text:
        return None
    money = _MONEY.match(text)
    if money is not None:
        sign, yuan, cents = money.groups()
        fen = int(yuan.replace(",", "")) * 100 + int(cents)
        return Fen(-fen if sign else fen)
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return text


def cell_of(model: QAbstractItemModel, row: int, column: int) -> Value:
    index = model.index(row, column)
    value = index.data(ItemRole.ExportRole)
    if value is not None:
        assert isinstance(value, str | int | date), value
        return value
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    return text_value(str(shown)) if shown is not None else None


def shown_rows(view: QTableView) -> tuple[tuple[str, ...], list[int], list[tuple[Value, ...]]]:
    """The headers, the columns (logical numbers) and the rows the view shows, in order."""
    header = view.horizontalHeader()
    columns = shown_columns(header)
    model = view.model()
    rows = [
        tuple(cell_of(model, r, c) for c in columns)
        for r in range(model.rowCount())
        if not view.isRowHidden(r)
    ]
    return header_texts(header, columns), columns, rows


def export_view(
    ctx: ViewContext,
    parent: QWidget,
    view: QTableView,
    title: str,
    description: Sequence[str] = (),
    more: MoreRows | None = None,
) -> ExcelExport | None:
    """Ask for the file, then write the rows the view shows (and ``more``, the rows it has
    not loaded yet) off the GUI thread; None when the user cancelled the file dialog."""
    headers, _columns, rows = shown_rows(view)
    as_of = QCoreApplication.translate(CONTEXT, AS_OF).format(date=ctx.as_of().isoformat())
    # One line under the title: what the table shows (its filters), then the date.
    line = QCoreApplication.translate(CONTEXT, SEPARATOR).join((*description, as_of))
    sheet = Sheet(title=title, headers=headers, description=(line,), sheet_name=title)

    def all_rows(op: Op) -> Iterator[Sequence[Value]]:
        yield from rows
        if more is not None:
            yield from more(op)

    def write(op: Op, path: Path) -> int:
        return write_xlsx(
            path,
            sheet,
            all_rows(op),
            total=None if more is not None else len(rows),
            progress=lambda done, total: op.report(done, total),
            cancelled=op.is_cancelled,
        )

    return export_to_excel(ctx, parent, title, write)


def export_records(
    ctx: ViewContext,
    parent: QWidget,
    view: QTableView,
    model: RecordTableModel[Any],
    title: str,
    description: Sequence[str] = (),
) -> ExcelExport | None:
    """``export_view`` of a table of records, with the rows it has not loaded yet."""
    remaining = model.remaining()
    if remaining is None:
        return export_view(ctx, parent, view, title, description)
    specs = [model.columns[c] for c in shown_columns(view.horizontalHeader())]
    as_of = model.as_of

    def more(op: Op) -> Iterator[tuple[Value, ...]]:
        for row in remaining(op):
            yield tuple(export_value(spec, row, as_of) for spec in specs)

    return export_view(ctx, parent, view, title, description, more)


def export_button(slot: Callable[[], object]) -> QPushButton:
    """The 导出 Excel button of a table's bar."""
    button = QPushButton(icon(Icon.EXPORT), QCoreApplication.translate(CONTEXT, EXPORT_TEXT))
    button.setToolTip(QCoreApplication.translate(CONTEXT, EXPORT_TIP))
    button.clicked.connect(lambda _checked=False: slot())
    return button
