"""Columns of the customer list and the list source that feeds them from the service."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QObject

from app.db.session import Database
from app.domain.clock import Clock
from app.services.core.list_request import ListRequest
from app.services.customers.customer_list_service import (
    CustomerRow,
    CustomerTotals,
    count_customers,
    customer_totals,
    fetch_customers,
)
from app.views.labels import category_label
from app.views.ops.op_runner import OpRunner
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec, PagedTableModel
from app.views.translate import QT_TRANSLATE_NOOP

# The order the list opens in (also that of `labledger export`).
DEFAULT_REQUEST = ListRequest(sort_key="code")
CONTEXT = "CustomerTableModel"


class CustomerColumn(IntEnum):
    CODE = 0
    NAME = 1
    TIER = 2
    CATEGORY = 3
    OWNER = 4
    BALANCE = 5
    OVERDUE = 6
    UNALLOCATED = 7
    USCC = 8


COLUMNS: tuple[ColumnSpec[CustomerRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Code"),
        lambda r, _d: r.code,
        sort_key="code",
        width_chars=8,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Customer"),
        lambda r, _d: r.name,
        sort_key="name",
        width_chars=22,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Credit tier"),
        lambda r, _d: r.tier_name,
        sort_key="tier",
        width_chars=9,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Category"),
        lambda r, _d: r.category,
        sort_key="category",
        text=lambda r, _d: category_label(r.category),
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Salesperson"),
        lambda r, _d: r.owner_name,
        sort_key="owner",
        width_chars=8,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Balance"),
        lambda r, _d: r.balance_fen,
        ColumnKind.MONEY,
        sort_key="balance",
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Overdue"),
        lambda r, _d: r.overdue_fen,
        ColumnKind.MONEY,
        sort_key="overdue",
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "Unapplied payments"),
        lambda r, _d: r.unallocated_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("CustomerTableModel", "USCC"), lambda r, _d: r.uscc, width_chars=19
    ),
)
assert len(COLUMNS) == len(CustomerColumn)


class CustomerListSource:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, req: ListRequest) -> int:
        with self._db.read() as session:
            return count_customers(session, req)

    def fetch(
        self, req: ListRequest, offset: int, limit: int, total: int | None
    ) -> Sequence[CustomerRow]:
        assert req.as_of is not None
        with self._db.read() as session:
            return fetch_customers(session, req, offset, limit, req.as_of)

    def totals(self, req: ListRequest) -> CustomerTotals:
        assert req.as_of is not None
        with self._db.read() as session:
            return customer_totals(session, req, req.as_of)


def customer_table_model(
    db: Database, runner: OpRunner, clock: Clock, parent: QObject | None = None
) -> PagedTableModel[CustomerRow]:
    source = CustomerListSource(db)
    return PagedTableModel(
        COLUMNS,
        source,
        runner,
        clock,
        DEFAULT_REQUEST,
        context=CONTEXT,
        totals=source.totals,
        parent=parent,
    )
