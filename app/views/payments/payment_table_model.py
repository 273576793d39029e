"""Columns of the payment list and the list source that feeds them from the service."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QObject

from app.db.session import Database
from app.domain.clock import Clock
from app.services.core.list_request import ListRequest
from app.services.ledger.payment_list_service import (
    PaymentRow,
    PaymentTotals,
    count_payments,
    fetch_payments,
    payment_totals,
)
from app.views.ledger_labels import method_label, payment_state_label
from app.views.ops.op_runner import OpRunner
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec, PagedTableModel
from app.views.translate import QT_TRANSLATE_NOOP

# The order the list opens in (also that of `labledger export`).
DEFAULT_REQUEST = ListRequest(sort_key="received_date", descending=True)
CONTEXT = "PaymentTableModel"


class PaymentColumn(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    CUSTOMER = 2
    AMOUNT = 3
    ALLOCATED = 4
    UNALLOCATED = 5
    METHOD = 6
    PAYER = 7
    BANK_REF = 8
    STATUS = 9


COLUMNS: tuple[ColumnSpec[PaymentRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Number"),
        lambda r, _d: r.number,
        sort_key="number",
        width_chars=14,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Received"),
        lambda r, _d: r.received_date,
        ColumnKind.DATE,
        sort_key="received_date",
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Customer"),
        lambda r, _d: r.customer_name,
        width_chars=20,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Amount"),
        lambda r, _d: r.amount_fen,
        ColumnKind.MONEY,
        sort_key="amount",
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Allocated"),
        lambda r, _d: r.allocated_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Prepayment left"),
        lambda r, _d: r.unallocated_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Method"),
        lambda r, _d: r.method,
        text=lambda r, _d: method_label(r.method),
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Payer"), lambda r, _d: r.payer_name, width_chars=16
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Bank reference"),
        lambda r, _d: r.bank_ref,
        width_chars=14,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("PaymentTableModel", "Status"),
        lambda r, _d: r.status,
        text=lambda r, _d: payment_state_label(r.status),
        width_chars=7,
    ),
)
assert len(COLUMNS) == len(PaymentColumn)


class PaymentListSource:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, req: ListRequest) -> int:
        with self._db.read() as session:
            return count_payments(session, req)

    def fetch(
        self, req: ListRequest, offset: int, limit: int, total: int | None
    ) -> Sequence[PaymentRow]:
        with self._db.read() as session:
            return fetch_payments(session, req, offset, limit)

    def totals(self, req: ListRequest) -> PaymentTotals:
        with self._db.read() as session:
            return payment_totals(session, req)


def payment_table_model(
    db: Database, runner: OpRunner, clock: Clock, parent: QObject | None = None
) -> PagedTableModel[PaymentRow]:
    source = PaymentListSource(db)
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
