"""The rejected rows of an import as a workbook: each row as it was, its sheet and row
number, and why it was rejected; fix them there and import that file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from app.domain.errors import ReportFileError
from app.importers.workbook import NO_CACHED_VALUE

if TYPE_CHECKING:
    from app.importers.engine import ImportResult


def _cell(value: object) -> object:
    if value is NO_CACHED_VALUE or value is None:
        return None
    if isinstance(value, str | int | float | date | datetime | bool):
        # Text that Excel would take for a formula stays text.
        if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
            return "'" + value
        return value
    return str(value)


def write_error_workbook(path: Path, result: ImportResult) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("rejected")
    sheet.append(["sheet", "row", "reason", "values…"])
    for sheet_name, number, values, reason in result.rejected:
        sheet.append([sheet_name, number, reason, *(_cell(v) for v in values)])
    problems = book.create_sheet("problems")
    problems.append(["sheet", "row", "column", "value", "reason"])
    for p in result.problems:
        problems.append([p.sheet, p.row, p.column, _cell(p.value), p.message])
    try:
        book.save(path)
    except OSError as exc:
        raise ReportFileError(path=str(path), reason=exc.strerror or str(exc)) from exc
