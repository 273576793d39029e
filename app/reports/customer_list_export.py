"""Excel export of the customer list as the user sees it: the same search, filters and
sort, the chosen columns in the chosen order. The first row is the header (no title row),
so the file imports back cleanly; money is in yuan as exact numbers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.domain.enums import CustomerCategory
from app.services.core.list_request import ListRequest
from app.services.customers.customer_list_service import CustomerRow, fetch_customers

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

PAGE = 2000
MONEY_FORMAT = "#,##0.00"
SHEET_TITLE = "客户列表"

DEFAULT_HEADERS: Mapping[str, str] = {
    "code": "客户编号",
    "name": "客户名称",
    "short_name": "简称",
    "uscc": "统一社会信用代码",
    "category": "类别",
    "tier": "信用等级",
    "owner": "业务员",
    "open": "未结金额",
    "overdue": "逾期金额",
    "unallocated": "预收款",
    "balance": "应收余额",
}
COLUMNS: tuple[str, ...] = tuple(DEFAULT_HEADERS)
MONEY_COLUMNS = frozenset(("open", "overdue", "unallocated", "balance"))

DEFAULT_CATEGORY_LABELS: Mapping[str, str] = {
    CustomerCategory.GOVERNMENT.value: "政府机关",
    CustomerCategory.ENTERPRISE.value: "企业",
    CustomerCategory.INSTITUTION.value: "事业单位",
    CustomerCategory.INDIVIDUAL.value: "个人",
}

# Widths in characters; a CJK character takes about two.
_WIDTHS: Mapping[str, int] = {
    "code": 12,
    "name": 40,
    "short_name": 16,
    "uscc": 22,
    "category": 10,
    "tier": 12,
    "owner": 10,
}
_MONEY_WIDTH = 18

_TEXT: Mapping[str, Callable[[CustomerRow], str]] = {
    "code": lambda r: r.code,
    "name": lambda r: r.name,
    "short_name": lambda r: r.short_name,
    "uscc": lambda r: r.uscc,
    "category": lambda r: r.category,
    "tier": lambda r: r.tier_name,
    "owner": lambda r: r.owner_name,
}
_FEN: Mapping[str, Callable[[CustomerRow], int]] = {
    "open": lambda r: r.open_fen,
    "overdue": lambda r: r.overdue_fen,
    "unallocated": lambda r: r.unallocated_fen,
    "balance": lambda r: r.balance_fen,
}


def yuan(fen: int) -> Decimal:
    """Exact yuan for a fen amount, e.g. 1234507 -> Decimal('12345.07')."""
    return Decimal(fen).scaleb(-2)


def export_customer_list(
    session: Session,
    req: ListRequest,
    columns: Sequence[str],
    path: str | Path,
    as_of: date,
    headers: Mapping[str, str] | None = None,
    category_labels: Mapping[str, str] | None = None,
) -> int:
    """Write the rows ``customer_list_service.fetch_customers`` gives for ``req``, in that
    order, with ``columns`` (keys of ``COLUMNS``) in the given order. ``headers`` replaces
    the Chinese header names (e.g. with translated ones); returns the number of rows."""
    unknown = [c for c in columns if c not in DEFAULT_HEADERS]
    if unknown or not columns:
        raise ValueError(f"unknown or no columns: {unknown or columns}")
    names = {**DEFAULT_HEADERS, **(headers or {})}
    categories = DEFAULT_CATEGORY_LABELS if category_labels is None else category_labels
    # openpyxl takes a noticeable part of a second to import: only when a file is written.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    for index, column in enumerate(columns, start=1):
        width = _MONEY_WIDTH if column in MONEY_COLUMNS else _WIDTHS[column]
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=names[column])
        cell.font = bold
        header.append(cell)
    sheet.append(header)

    written = 0
    offset = 0
    while True:
        rows = fetch_customers(session, req, offset, PAGE, as_of)
        for row in rows:
            sheet.append(_cells(sheet, row, columns, categories))
        written += len(rows)
        offset += len(rows)
        if len(rows) < PAGE:
            break
    workbook.save(Path(path))
    return written


def _cells(
    sheet: WriteOnlyWorksheet,
    row: CustomerRow,
    columns: Sequence[str],
    categories: Mapping[str, str],
) -> list[object]:
    from openpyxl.cell import WriteOnlyCell

    cells: list[object] = []
    for column in columns:
        if column in _FEN:
            # openpyxl writes a Decimal exactly; the stubs leave Decimal out of the value types.
            cell = WriteOnlyCell(sheet, value=yuan(_FEN[column](row)))  # type: ignore[arg-type]
            cell.number_format = MONEY_FORMAT
            cells.append(cell)
        else:
            text = (
                categories.get(row.category, row.category)
                if column == "category"
                else _TEXT[column](row)
            )
            cell = WriteOnlyCell(sheet, value=text)
            # Text, even when it starts with '=': a name is never a formula.
            cell.data_type = "s"
            cells.append(cell)
    return cells
