"""A report table as the user sees it on screen (title, headers, rows, a totals row, notes),
and its Excel export: the amounts are numbers in yuan with two decimals, never text, so
the file adds up in Excel to the fen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MONEY_FORMAT = "#,##0.00"
PROGRESS_EVERY = 1000

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

    def __post_init__(self) -> None:
        width = len(self.headers)
        if len(self.money) != width or any(len(r) != width for r in self.rows):
            raise ValueError("every row needs one cell per header")
        if self.totals is not None and len(self.totals) != width:
            raise ValueError("the totals row needs one cell per header")


def yuan(fen: int) -> Decimal:
    """Exact yuan for a fen amount, e.g. 1234507 -> Decimal('12345.07')."""
    return Decimal(fen).scaleb(-2)


def write_xlsx(
    table: ReportTable,
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write ``table`` to ``path``: the title row, the header row, the rows, the totals row
    (bold) and the notes. Returns the number of rows written (without title, header,
    totals and notes). ``progress(done, total)`` is called every few rows."""
    # openpyxl takes a noticeable part of a second to import: only when a file is written.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(table.sheet_name))
    for index, money in enumerate(table.money, start=1):
        width = 18 if money else _text_width(table, index - 1)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C3" if len(table.headers) > 2 else "A3"
    bold = Font(bold=True)

    title = WriteOnlyCell(sheet, value=table.title)
    title.font = Font(bold=True, size=13)
    sheet.append([title])
    header = []
    for text, money in zip(table.headers, table.money, strict=True):
        cell = _text(sheet, text)
        cell.font = bold
        cell.alignment = Alignment(
            horizontal="right" if money else "left", vertical="center", wrap_text=True
        )
        header.append(cell)
    sheet.append(header)

    total = len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        sheet.append(_cells(sheet, table, row))
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    if table.totals is not None:
        sheet.append(_cells(sheet, table, table.totals, bold))
    if table.notes:
        sheet.append([])
        for note in table.notes:
            sheet.append([_text(sheet, note)])
    workbook.save(Path(path))
    return total


def _cells(
    sheet: WriteOnlyWorksheet, table: ReportTable, row: tuple[Cell, ...], font: Font | None = None
) -> list[SheetCell]:
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for value, money in zip(row, table.money, strict=True):
        if money and isinstance(value, int):
            # openpyxl writes a Decimal exactly; the stubs leave Decimal out of the value types.
            cell = WriteOnlyCell(sheet, value=yuan(value))  # type: ignore[arg-type]
            cell.number_format = MONEY_FORMAT
        else:
            cell = _text(sheet, str(value))
        if font is not None:
            cell.font = font
        cells.append(cell)
    return cells


def _text(sheet: WriteOnlyWorksheet, text: str) -> SheetCell:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    # Text, even when it starts with '=': a name is never a formula.
    cell.data_type = "s"
    return cell


def _text_width(table: ReportTable, column: int) -> int:
    """Characters, a CJK character counting two, of the longest text (at most 50)."""
    texts = [str(r[column]) for r in table.rows[:2000]]
    texts.append(table.headers[column])
    if table.totals is not None:
        texts.append(str(table.totals[column]))
    longest = max(sum(2 if ord(ch) > 0x2E80 else 1 for ch in t) for t in texts)
    return min(max(longest + 2, 8), 50)


def _sheet_title(name: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()
    return (cleaned or "Report")[:31]
