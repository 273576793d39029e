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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MONEY_FORMAT = "#,##0.00"
PROGRESS_EVERY = 1000

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
        if money:
            width = 18
        elif column_format(table, index - 1):
            width = max(_header_width(table, index - 1), 10)
        else:
            width = _text_width(table, index - 1)
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
    sheet: WriteOnlyWorksheet,
    table: ReportTable,
    row: tuple[ReportCell, ...],
    font: Font | None = None,
) -> list[SheetCell]:
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for column, (value, money) in enumerate(zip(row, table.money, strict=True)):
        number_format = column_format(table, column)
        if money and isinstance(value, int):
            # openpyxl writes a Decimal exactly; the stubs leave Decimal out of the value types.
            cell = WriteOnlyCell(sheet, value=yuan(value))  # type: ignore[arg-type]
            cell.number_format = MONEY_FORMAT
        elif number_format and value is None:
            cell = WriteOnlyCell(sheet, value=None)
        elif number_format and isinstance(value, int | Decimal):
            cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
            cell.number_format = number_format
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


def _header_width(table: ReportTable, column: int) -> int:
    """Characters of the header's longest line, a CJK character counting two."""
    lines = table.headers[column].splitlines() or [""]
    return max(sum(2 if ord(ch) > 0x2E80 else 1 for ch in line) for line in lines) + 2


def _sheet_title(name: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()
    return (cleaned or "Report")[:31]
