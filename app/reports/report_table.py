"""A report table as the user sees it on screen (title, headers, rows, a totals row, notes),
and its Excel export: the amounts are numbers in yuan with two decimals, never text, so
the file adds up in Excel to the fen. A column with a number format (``formats``) holds
ratios, days or counts (int or Decimal, None for a figure that means nothing), written as
numbers in that format; every other cell is text, never a formula."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.reports import xlsx_writer
from app.reports.xlsx_writer import Fen, Sheet, Value

# A text cell, or an amount in fen in a money column.
Cell = str | int
# Any cell of a report: also a number (None: no figure) in a column with a number format.
ReportCell = str | int | Decimal | None
PERCENT = "0.00%"  # a fraction shown as a percentage


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    money: tuple[bool, ...]  # per column: amounts in fen
    rows: tuple[tuple[ReportCell, ...], ...]
    totals: tuple[ReportCell, ...] | None = None
    notes: tuple[str, ...] = ()
    sheet_name: str = "Report"
    formats: tuple[str, ...] = ()  # per column: an Excel number format, "" for none
    # Lines under the title saying what the table holds (grouping, filters).
    description: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        width = len(self.headers)
        if len(self.money) != width or any(len(r) != width for r in self.rows):
            raise ValueError("every row needs one cell per header")
        if self.formats and len(self.formats) != width:
            raise ValueError("formats need one entry per header")
        if self.totals is not None and len(self.totals) != width:
            raise ValueError("the totals row needs one cell per header")


def column_format(table: ReportTable, column: int) -> str:
    return table.formats[column] if table.formats else ""


def cell_text(value: ReportCell, money: bool, number_format: str = "") -> str:
    """A cell as shown on screen and printed: ¥1,234.50, 12.34%, 45.6, – for no figure."""
    from app.domain.money import Money

    if value is None:
        return "–"
    if money and isinstance(value, int):
        return Money(value).format()
    if number_format and isinstance(value, int | Decimal):
        places = len(number_format.rstrip("%").partition(".")[2])
        if number_format.endswith("%"):
            return f"{Decimal(value) * 100:,.{places}f}%"
        return f"{Decimal(value):,.{places}f}"
    return str(value)


def write_xlsx(
    table: ReportTable,
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``table`` to ``path`` with the shared writer: the title row, the header row
    (frozen with the first two columns), the rows, the totals row (bold) and the notes.
    Returns the number of rows written (without title, header, totals and notes)."""
    sheet = Sheet(
        title=table.title,
        headers=table.headers,
        description=table.description,
        totals=None if table.totals is None else _values(table, table.totals),
        notes=table.notes,
        sheet_name=table.sheet_name,
        freeze_columns=2 if len(table.headers) > 2 else 0,
        formats=table.formats,
    )
    return xlsx_writer.write_xlsx(
        path,
        sheet,
        (_values(table, row) for row in table.rows),
        total=len(table.rows),
        progress=progress,
        cancelled=cancelled,
    )


def _values(table: ReportTable, row: tuple[ReportCell, ...]) -> tuple[Value, ...]:
    """Amounts in money columns as ``Fen``; numbers in a column with a number format as
    numbers (None: an empty cell); everything else as text."""
    values: list[Value] = []
    for column, (value, money) in enumerate(zip(row, table.money, strict=True)):
        if money and isinstance(value, int):
            values.append(Fen(value))
        elif column_format(table, column) and (value is None or isinstance(value, int | Decimal)):
            values.append(value)
        else:
            values.append(str(value))
    return tuple(values)
