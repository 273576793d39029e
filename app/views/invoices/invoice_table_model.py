"""Columns of the invoice list and the list source that feeds them from the service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QObject

from app.db.session import Database
from app.domain.clock import Clock
from app.services.core.list_request import ListRequest
from app.services.ledger.invoice_list_service import (
    InvoiceRow,
    InvoiceTotals,
    count_invoices,
    fetch_invoices,
    invoice_totals,
)
from app.views.labels import invoice_kind_label, invoice_status, invoice_status_label
from app.views.ops.op_runner import OpRunner
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec, PagedTableModel
from app.views.translate import QT_TRANSLATE_NOOP

# The order the list opens in (also that of `labledger export`).
DEFAULT_REQUEST = ListRequest(sort_key="issue_date", descending=True)
CONTEXT = "InvoiceTableModel"


class InvoiceColumn(IntEnum):
    NUMBER = 0
    ISSUE_DATE = 1
    CUSTOMER = 2
    AMOUNT = 3
    OPEN = 4
    DUE_DATE = 5
    DAYS_OVERDUE = 6
    STATUS = 7
    KIND = 8
    PROJECT = 9


def _days_overdue(row: InvoiceRow, as_of: date) -> int | None:
    days = row.days_overdue(as_of)
    return days if days > 0 else None


COLUMNS: tuple[ColumnSpec[InvoiceRow], ...] = (
    # Fully digital (数电) invoice numbers have 20 digits.
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Number"),
        lambda r, _d: r.number,
        sort_key="number",
        width_chars=20,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Issued"),
        lambda r, _d: r.issue_date,
        ColumnKind.DATE,
        sort_key="issue_date",
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Customer"),
        lambda r, _d: r.customer_name,
        sort_key="customer",
        width_chars=20,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Amount"),
        lambda r, _d: r.amount_fen,
        ColumnKind.MONEY,
        sort_key="amount",
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Open"),
        lambda r, _d: r.open_fen,
        ColumnKind.MONEY,
        sort_key="open",
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Due"),
        lambda r, _d: r.due_date,
        ColumnKind.DATE,
        sort_key="due_date",
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Days overdue"),
        _days_overdue,
        ColumnKind.COUNT,
        sort_key="days_overdue",
        width_chars=7,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Status"),
        invoice_status,
        text=invoice_status_label,
        width_chars=7,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Kind"),
        lambda r, _d: r.kind,
        text=lambda r, _d: invoice_kind_label(r.kind),
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("InvoiceTableModel", "Project"),
        lambda r, _d: r.project_code,
        width_chars=12,
    ),
)
assert len(COLUMNS) == len(InvoiceColumn)


class InvoiceListSource:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, req: ListRequest) -> int:
        assert req.as_of is not None
        with self._db.read() as session:
            return count_invoices(session, req, req.as_of)

    def fetch(
        self, req: ListRequest, offset: int, limit: int, total: int | None
    ) -> Sequence[InvoiceRow]:
        assert req.as_of is not None
        with self._db.read() as session:
            return fetch_invoices(session, req, offset, limit, req.as_of, total=total)

    def totals(self, req: ListRequest) -> InvoiceTotals:
        assert req.as_of is not None
        with self._db.read() as session:
            return invoice_totals(session, req, req.as_of)


def is_overdue(row: InvoiceRow, as_of: date) -> bool:
    return row.days_overdue(as_of) > 0


def invoice_table_model(
    db: Database, runner: OpRunner, clock: Clock, parent: QObject | None = None
) -> PagedTableModel[InvoiceRow]:
    source = InvoiceListSource(db)
    return PagedTableModel(
        COLUMNS,
        source,
        runner,
        clock,
        DEFAULT_REQUEST,
        context=CONTEXT,
        highlight=is_overdue,
        totals=source.totals,
        parent=parent,
    )
