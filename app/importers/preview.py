"""What the import wizard shows before anything is written: a file's sheets, a sheet's header
and guessed mapping, and its first data rows as parsed, each bad cell with its reason.

Each reads only what it needs (the first rows of one sheet), so a 100k-row file opens as
fast as a small one; the whole file is read only by the check and the import
(engine.run_import)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from app.importers.engine import filled_rows, guess_kind, head_rows, is_filled, sheet_columns
from app.importers.headers import ColumnMapping, Columns
from app.importers.records import REQUIRED, CellProblem, field_value, parse_row, skip_row
from app.importers.values import (
    REASON_TEMPLATES,
    CellValueError,
    is_blank,
    parse_amount,
    parse_date,
    text_of,
)
from app.importers.workbook import NO_CACHED_VALUE, open_workbook

PREVIEW_ROWS = 50


@dataclass(frozen=True)
class SheetInfo:
    name: str
    rows: int


@dataclass(frozen=True)
class SheetLayout:
    """A sheet's first rows, and where each field is (None: no header recognised)."""

    sheet: str
    head: list[tuple[int, list[object]]]
    columns: Columns | None
    width: int
    guessed_kind: str | None
    filled: bool  # merged cells carry their value (Excel, not CSV)
    samples: dict[int, str] = field(default_factory=dict)  # column -> first data value

    def field_of_column(self) -> dict[int, str]:
        """Column index -> field name, payment columns included."""
        if self.columns is None:
            return {}
        out = {col: name for name, col in self.columns.fields.items()}
        for date_col, amount_col in self.columns.payments:
            if date_col >= 0:
                out[date_col] = "payment_date"
            if amount_col is not None:
                out[amount_col] = "payment_amount"
        return out

    def missing(self, kind: str) -> list[str]:
        """Fields ``kind`` needs that no column holds."""
        fields = self.columns.fields if self.columns is not None else {}
        absent = [name for name in REQUIRED[kind] if name not in fields]
        if kind == "payments" and (self.columns is None or not self.columns.payments):
            absent.append("payment_date")
        return absent


@dataclass(frozen=True)
class PreviewCell:
    raw: str
    value: object  # typed: str, date, int fen (amounts), int days (terms), int bp (tax rate)
    problem: str = ""  # the reason, in English (a template of REASON_TEMPLATES, formatted)
    template: str = ""
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class PreviewRow:
    number: int
    cells: dict[int, PreviewCell]
    problems: list[CellProblem]


def list_sheets(path: Path) -> list[SheetInfo]:
    """The file's sheets; ImportFileError when it cannot be read."""
    book = open_workbook(path)
    try:
        return [SheetInfo(s.name, s.height) for s in book.sheets]
    finally:
        book.close()


def sheet_layout(path: Path, sheet: str, mapping: ColumnMapping | None) -> SheetLayout:
    """The header of ``sheet`` and the fields of its columns, as the import will see them."""
    book = open_workbook(path)
    try:
        target = next(s for s in book.sheets if s.name == sheet)
        return relayout(sheet, head_rows(book, target), mapping, is_filled(book))
    finally:
        book.close()


def relayout(
    sheet: str, head: list[tuple[int, list[object]]], mapping: ColumnMapping | None, filled: bool
) -> SheetLayout:
    """The layout of a sheet whose first rows are ``head`` under ``mapping`` (no reading)."""
    columns = sheet_columns(head, mapping, filled)
    width = max((len(v) for _, v in head), default=0)
    samples: dict[int, str] = {}
    if columns is not None:
        width = max(width, *(c + 1 for c in columns.headers), 0)
        for number, values in head:
            if number < columns.data_start or skip_row(values, columns):
                continue
            for col, value in enumerate(values):
                if col not in samples and not is_blank(value) and value is not NO_CACHED_VALUE:
                    samples[col] = text_of(value)
    kind = guess_kind(columns) if columns is not None else None
    return SheetLayout(sheet, head, columns, width, kind, filled, samples)


def preview_rows(
    path: Path, sheet: str, kind: str, mapping: ColumnMapping | None, limit: int = PREVIEW_ROWS
) -> list[PreviewRow]:
    """The first ``limit`` data rows of ``sheet`` parsed as the import parses them."""
    book = open_workbook(path)
    rows: list[PreviewRow] = []
    try:
        target = next(s for s in book.sheets if s.name == sheet)
        columns = sheet_columns(head_rows(book, target), mapping, is_filled(book))
        if columns is None:
            return rows
        money = frozenset(
            [columns.fields[f] for f in ("amount", "credit_limit") if f in columns.fields]
            + [a for _, a in columns.payments if a is not None]
        )
        for number, values in filled_rows(book, target, money=money):
            if number < columns.data_start or skip_row(values, columns):
                continue
            rows.append(_preview_row(kind, sheet, number, values, columns))
            if len(rows) >= limit:
                break
        return rows
    finally:
        book.close()


def _preview_row(
    kind: str, sheet: str, number: int, values: list[object], columns: Columns
) -> PreviewRow:
    def raw(col: int) -> object:
        return values[col] if 0 <= col < len(values) else None

    cells: dict[int, PreviewCell] = {}
    for name, col in columns.fields.items():
        cells[col] = _typed(raw(col), partial(field_value, name))
    for date_col, amount_col in columns.payments:
        if date_col >= 0:
            cells[date_col] = _typed(raw(date_col), parse_date)
        if amount_col is not None:
            cells[amount_col] = _typed(raw(amount_col), parse_amount)
    problems: list[CellProblem] = []
    parse_row(kind, sheet, number, values, columns, problems)
    labels = {columns.label(col): col for col in cells}
    for problem in problems:
        where = labels.get(problem.column)
        if where is not None and not cells[where].problem:
            before = cells[where]
            cells[where] = PreviewCell(
                before.raw, before.value, problem.message, problem.reason, problem.params
            )
    return PreviewRow(number, cells, problems)


def _typed(raw: object, parse: Callable[[object], object]) -> PreviewCell:
    if raw is NO_CACHED_VALUE:
        template = REASON_TEMPLATES["formula"]
        return PreviewCell("", None, template, template)
    text = text_of(raw)
    if is_blank(raw):
        return PreviewCell("", None)
    try:
        return PreviewCell(text, parse(raw))
    except CellValueError as exc:
        template = REASON_TEMPLATES[exc.reason]
        return PreviewCell(text, None, template.format(**exc.params), template, exc.params)
