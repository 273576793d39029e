"""The one Excel writer every list and report export goes through.

A sheet is: the title (bold), the lines that describe what it holds (filters, sort, as-of
date), the header row (bold, frozen with everything above it), the rows, an optional totals
row (bold) and notes. Memory stays bounded whatever the number of rows: openpyxl's
write-only mode streams rows to a temporary file, and only the first ``WIDTH_SAMPLE`` rows
are held back to size the columns from their content (a CJK character counts two).

Cells are typed by their value:

- ``Fen`` (an ``int`` marking an amount in fen): a number in yuan with two decimals. The
  file holds the exact decimal, ``Decimal(fen).scaleb(-2)`` (``1234507`` -> ``12345.07``),
  never a float computed from it; Excel reads it as the nearest double, which gives the
  same two decimals back for every amount below 10^13 yuan (15 significant digits).
- ``date`` / ``datetime``: a real date (an Excel serial number with a date format).
- ``int``, ``Decimal``, ``float``: a number as it is.
- ``str``: text, always, even when it starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return: the cell is a string cell, so nothing in it is ever a formula, and such a
  cell is also marked "quote prefix" so that editing it in Excel keeps it text. Characters
  XML cannot hold (other control characters) are dropped.
- ``None``: an empty cell.

The file is written to a temporary name beside the target and renamed over it once whole:
a cancelled or failed export leaves the target as it was (absent, or the old file).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PROGRESS_EVERY = 1000
WIDTH_SAMPLE = 500  # rows held back to size the columns
MIN_WIDTH = 6
MAX_WIDTH = 60
MAX_SHEET_ROWS = 1_048_576  # Excel's rows per sheet
# Text Excel (or a CSV reader) would take for a formula when typed in (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


class Fen(int):
    """An amount in fen, written as yuan: ``Fen(1234507)`` is 12,345.07 in the file."""

    __slots__ = ()


Value = str | int | Decimal | float | date | datetime | None


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written at the target path."""


@dataclass(frozen=True)
class Sheet:
    """What goes above and below the rows: the title, the lines describing the selection,
    the headers, the totals row and the notes. ``freeze_columns`` keeps that many columns
    in view beside the frozen header."""

    title: str
    headers: tuple[str, ...]
    description: tuple[str, ...] = ()
    totals: tuple[Value, ...] | None = None
    notes: tuple[str, ...] = ()
    sheet_name: str = "Sheet"
    freeze_columns: int = 0
    # Per column: an Excel number format for its numbers (ratios, days), "" for none.
    formats: tuple[str, ...] = ()

    @property
    def header_row(self) -> int:
        """The header's row number (1-based): under the title and the description."""
        return 2 + len(self.description)


def yuan(fen: int) -> Decimal:
    """Exact yuan for a fen amount, e.g. 1234507 -> Decimal('12345.07')."""
    return Decimal(int(fen)).scaleb(-2)


def display_width(text: str) -> int:
    """Columns a text takes in a fixed-width font: a CJK (wide) character takes two."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def clean_text(text: str) -> str:
    """The text without the control characters an .xlsx file cannot hold."""
    return _ILLEGAL.sub("", text)


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def write_xlsx(
    path: str | Path,
    sheet: Sheet,
    rows: Iterable[Sequence[Value]],
    *,
    total: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``sheet`` with ``rows`` (one value per header) to ``path``; returns the number
    of rows written. ``progress(done, total)`` is called every ``PROGRESS_EVERY`` rows and
    at the end (``total`` as given, else the rows so far); ``cancelled()`` is asked as
    often, and when it says so the export stops with ``ExportCancelled``. Raises
    ``OSError`` when the file cannot be written (e.g. it is open in Excel)."""
    target = Path(path)
    # The temporary file beside the target, so that the rename never crosses disks.
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.stem[:40]}-", suffix=".xlsx.part", dir=target.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        written = _write(temp, sheet, rows, total, progress, cancelled)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return written


def _write(
    path: Path,
    sheet: Sheet,
    rows: Iterable[Sequence[Value]],
    total: int | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    # openpyxl takes a noticeable part of a second to import: only when a file is written.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    width = len(sheet.headers)
    workbook = Workbook(write_only=True)
    it = iter(rows)
    sample: list[Sequence[Value]] = [tuple(r) for r in islice(it, WIDTH_SAMPLE)]
    widths = _widths(sheet, sample)
    bold = Font(bold=True)
    right = [bool(sample) and _is_number(sample[0][i]) for i in range(width)]
    # Rows a sheet holds under its title, description and header (Excel's limit).
    room = MAX_SHEET_ROWS - sheet.header_row
    sheets: list[WriteOnlyWorksheet] = []

    def start_sheet() -> WriteOnlyWorksheet:
        """A sheet with the column widths, the frozen header and the lines above it; a
        list longer than a sheet holds goes on in another, named "(2)", "(3)"..."""
        name = _sheet_title(sheet.sheet_name)
        if sheets:
            suffix = f" ({len(sheets) + 1})"
            name = name[: 31 - len(suffix)] + suffix
        # The stubs type it as an ordinary sheet (column_dimensions, freeze_panes).
        ws = workbook.create_sheet(name)
        sheets.append(cast("WriteOnlyWorksheet", ws))
        for index, chars in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = chars
        ws.freeze_panes = f"{get_column_letter(sheet.freeze_columns + 1)}{sheet.header_row + 1}"
        title = WriteOnlyCell(ws, value=clean_text(sheet.title))
        title.font = Font(bold=True, size=13)
        ws.append([title])
        for line in sheet.description:
            ws.append([_text(ws, line)])
        header = []
        for index, text in enumerate(sheet.headers):
            cell = _text(ws, text)
            cell.font = bold
            cell.alignment = Alignment(
                horizontal="right" if right[index] else "left", vertical="center"
            )
            header.append(cell)
        ws.append(header)
        return cast("WriteOnlyWorksheet", ws)

    try:
        ws = start_sheet()
        cells = _RowCells(ws, sheet.formats)
        done = 0
        for row in chain(sample, it):
            if len(row) != width:
                raise ValueError("every row needs one value per header")
            if done and done % room == 0:
                ws = start_sheet()
                cells = _RowCells(ws, sheet.formats)
            ws.append(cells.row(row))
            done = _tick(done + 1, total, progress, cancelled)
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done, total if total is not None else done)
        if sheet.totals is not None:
            if len(sheet.totals) != width:
                raise ValueError("the totals row needs one value per header")
            ws.append(_cells(ws, sheet.totals, bold, sheet.formats))
        if sheet.notes:
            ws.append([])
            for note in sheet.notes:
                ws.append([_text(ws, note)])
    except BaseException:
        for unsaved in sheets:
            _discard(unsaved)
        raise
    workbook.save(path)
    return done


def _discard(ws: WriteOnlyWorksheet) -> None:
    """Close an unsaved sheet and delete the temporary file its rows went to (openpyxl
    would complain about the open file when the sheet is collected)."""
    try:
        ws.close()
    finally:
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            writer.cleanup()


def _tick(
    done: int,
    total: int | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    if done % PROGRESS_EVERY == 0:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(done, max(total or 0, done))
    return done


def _is_number(value: Value) -> bool:
    return isinstance(value, int | Decimal | float) and not isinstance(value, bool)


def _cells(
    ws: WriteOnlyWorksheet,
    row: Sequence[Value],
    font: Font | None = None,
    formats: tuple[str, ...] = (),
) -> list[object]:
    """A row of cells of its own (for a row styled as a whole: the totals)."""
    cells: list[object] = []
    for column, value in enumerate(row):
        cell = _RowCells(ws, formats).cell(column, value)
        if cell is not None and font is not None:
            cell.font = font
        cells.append(cell)
    return cells


class _RowCells:
    """The cells of the rows, one per column and kind of value, used again row after row:
    openpyxl's write-only sheet writes each cell of a row as the row is appended, so a cell
    is free again by the next row. This spares creating and styling a cell object per value,
    which is most of openpyxl's cost on a large list."""

    def __init__(self, ws: WriteOnlyWorksheet, formats: tuple[str, ...] = ()) -> None:
        self._ws = ws
        self._formats = formats
        self._made: dict[tuple[int, str], SheetCell] = {}

    def _kind(self, column: int, kind: str) -> SheetCell:
        cell = self._made.get((column, kind))
        if cell is None:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self._ws)
            if kind == "money":
                cell.number_format = MONEY_FORMAT
            elif kind == "date":
                cell.number_format = DATE_FORMAT
            elif kind == "datetime":
                cell.number_format = DATETIME_FORMAT
            elif kind == "number" and column < len(self._formats) and self._formats[column]:
                cell.number_format = self._formats[column]
            elif kind == "quoted":
                # Editing the cell in Excel keeps it text (Excel's leading apostrophe).
                cell.quotePrefix = True
            self._made[(column, kind)] = cell
        return cell

    def cell(self, column: int, value: Value) -> SheetCell | None:
        if value is None:
            return None
        if isinstance(value, str):
            text = clean_text(value)
            cell = self._kind(column, "quoted" if looks_like_formula(text) else "text")
            # Text, even when it starts with '=': a name is never a formula.
            cell.value = text
            cell.data_type = "s"
        elif isinstance(value, Fen):
            cell = self._kind(column, "money")
            cell.value = yuan(value)  # the exact decimal, written as its digits
        elif isinstance(value, datetime):
            cell = self._kind(column, "datetime")
            # Excel has no time zones: the local wall time.
            cell.value = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
        elif isinstance(value, date):
            cell = self._kind(column, "date")
            cell.value = value
        elif isinstance(value, bool):
            return self.cell(column, str(value))
        else:
            cell = self._kind(column, "number")
            cell.value = value
        return cell

    def row(self, values: Sequence[Value]) -> list[SheetCell | None]:
        return [self.cell(column, value) for column, value in enumerate(values)]


def _text(ws: WriteOnlyWorksheet, text: str) -> SheetCell:
    from openpyxl.cell import WriteOnlyCell

    text = clean_text(text)
    cell = WriteOnlyCell(ws, value=text)
    # Text, even when it starts with '=': a name is never a formula.
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell


def _shown(value: Value) -> str:
    """About what Excel shows for a value, to size its column."""
    if value is None:
        return ""
    if isinstance(value, Fen):
        return f"{yuan(value):,}"
    if isinstance(value, datetime):
        return "0000-00-00 00:00"
    if isinstance(value, date):
        return "0000-00-00"
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _widths(sheet: Sheet, sample: Sequence[Sequence[Value]]) -> list[int]:
    """Each column as wide as its header and the widest of the sample rows and totals."""
    widths = []
    for index, header in enumerate(sheet.headers):
        longest = display_width(header)
        for row in (*sample, *((sheet.totals,) if sheet.totals is not None else ())):
            longest = max(longest, display_width(_shown(row[index])))
        widths.append(min(max(longest + 2, MIN_WIDTH), MAX_WIDTH))
    return widths


def _sheet_title(name: str) -> str:
    """Excel allows 31 characters and none of []:*?/\\ in a sheet name."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()
    return (cleaned or "Sheet")[:31]


def safe_file_name(name: str) -> str:
    """``name`` with what a file name cannot hold (on Windows too) replaced by ``_``."""
    return "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip()
