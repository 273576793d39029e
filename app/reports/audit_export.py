"""The audit log as an Excel workbook: one row per entry, the entries a filter shows in
the viewer's order, before and after as text. The caller supplies the headers and turns
each entry into its cells (the view translates them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from app.domain.errors import ReportFileError
from app.services.audit.audit_log_service import AuditRow, fetch_audit
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest

PAGE = 2_000
# Excel's last row, less the header.
MAX_ROWS = 1_048_575
WIDTHS = (20, 12, 22, 32, 30, 50, 50)


def write_audit_xlsx(
    session: Session,
    actor: Actor,
    req: ListRequest,
    path: Path,
    headers: Sequence[str],
    cells: Callable[[AuditRow], Sequence[str]],
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write every entry ``req`` shows (``fetch_audit`` checks the actor may see them);
    returns how many were written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("audit")
    for index, width in enumerate(WIDTHS[: len(headers)], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    header = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    written = 0
    while written < MAX_ROWS and not cancelled():
        rows = fetch_audit(session, actor, req, written, min(PAGE, MAX_ROWS - written))
        for row in rows:
            line = []
            for value in cells(row):
                cell = WriteOnlyCell(sheet, value=value)
                cell.alignment = wrap
                line.append(cell)
            sheet.append(line)
        written += len(rows)
        if len(rows) < PAGE:
            break
    try:
        workbook.save(path)
    except OSError as exc:
        raise ReportFileError(path=str(path), reason=exc.strerror or str(exc)) from exc
    return written
