"""A report table as the user sees it on screen (title, headers, rows, a totals row, notes),
and its Excel export: the amounts are numbers in yuan with two decimals, never text, so
the file adds up in Excel to the fen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.reports import xlsx_writer
from app.reports.xlsx_writer import Fen, Sheet, Value

# A text cell, or an amount in fen in a money column.
Cell = str | int


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    money: tuple[bool, ...]  # per column: amounts in fen
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None
    notes: tuple[str, ...] = ()
    sheet_name: str = "Report"
    # Lines under the title saying what the table holds (grouping, filters).
    description: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        width = len(self.headers)
        if len(self.money) != width or any(len(r) != width for r in self.rows):
            raise ValueError("every row needs one cell per header")
        if self.totals is not None and len(self.totals) != width:
            raise ValueError("the totals row needs one cell per header")


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
    )
    return xlsx_writer.write_xlsx(
        path,
        sheet,
        (_values(table, row) for row in table.rows),
        total=len(table.rows),
        progress=progress,
        cancelled=cancelled,
    )


def _values(table: ReportTable, row: tuple[Cell, ...]) -> tuple[Value, ...]:
    """Amounts in money columns as ``Fen``; everything else as text."""
    return tuple(
        Fen(value) if money and isinstance(value, int) else str(value)
        for value, money in zip(row, table.money, strict=True)
    )
