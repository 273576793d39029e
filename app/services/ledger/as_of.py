"""What the books said on a date: open invoices, prepayments and balances as of any day D,
from the entries dated on or before D only.

Every entry is dated and none is edited or deleted (an allocation taken back is a reversing
row, a reversed payment and a voided invoice keep the day it happened), so

    open(D) = open today + what was applied after D - what was taken back after D

and the same for a payment's unallocated part. The queries start from today's cached
figures (``settled_fen``, ``allocated_fen``, read from the covering partial indexes of
open invoices and prepayments) and add the entries dated after D, found through the date
indexes. As of today that is the cached figures alone; as of a year ago it reads a year's
entries, never the whole history. ``labledger check`` proves the caches equal the sums of
the entries, and the tests recompute every figure from the entries themselves.

An invoice counts on D when it is a normal (not red-letter) invoice issued on or before D
and not voided on or before D. A payment counts when received on or before D and not
reversed on or before D.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    Subquery,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from app.domain.aging import Bucket
from app.models import Allocation, Invoice, Payment, WriteOff
from app.services.ledger.ledger_queries import ACTIVE, ISSUED, OPEN_INVOICE, UNALLOCATED_PAYMENT

VOID = literal("void")
REVERSED = literal("reversed")


def _counted_invoice(invoice: type[Invoice], as_of: date) -> ColumnElement[bool]:
    """Wrapped so that no index can serve them: these conditions hold for nearly every
    invoice, and the queries must be driven by the date indexes of what happened after the
    day (SQLite would otherwise walk every invoice through one of these columns' indexes)."""
    return and_(
        func.coalesce(invoice.original_invoice_id, invoice.original_invoice_id).is_(None),
        func.coalesce(invoice.issue_date, invoice.issue_date) <= as_of,
        or_(invoice.status == ISSUED, invoice.voided_on > as_of),
    )


def _counted_payment(as_of: date) -> ColumnElement[bool]:
    return and_(
        Payment.received_date <= as_of,
        or_(Payment.status == ACTIVE, Payment.reversed_on > as_of),
    )


Customers = int | Collection[int] | None
# A select of (id, customer_id, due_date, amount_fen) or, for payments, (id, customer_id,
# amount_fen).
Part = Select[*tuple[Any, ...]]


def _of(
    column: SQLColumnExpression[int], customers: Customers, *, drives: bool = True
) -> ColumnElement[bool]:
    """One customer, a page of them (one expanding parameter shared by every part), or all.
    ``drives=False`` hides the condition from the indexes: the parts of what happened after
    a day must be read through the date indexes, not through every invoice of the
    customers (thousands each for the largest)."""
    if customers is None:
        return true()
    if not drives:
        column = func.coalesce(column, column)
    if isinstance(customers, int):
        return column == customers
    return column.in_(bindparam("customer_ids", list(customers), expanding=True))


def open_now(customers: Customers = None) -> Part:
    """Invoices open today, read from the partial covering index: (id, customer_id,
    due_date, amount_fen)."""
    return (
        select(
            Invoice.id,
            Invoice.customer_id,
            Invoice.due_date,
            (Invoice.amount_fen - Invoice.settled_fen).label("amount_fen"),
        )
        # A condition on the customer, always true for all: SQLite then reads the partial
        # index by customer, which holds every column asked for, rather than the one by due
        # date, which lacks the customer and sends it to every row of the table.
        .where(OPEN_INVOICE, _of(Invoice.customer_id, customers), Invoice.customer_id > 0)
    )


def open_changes(as_of: date, customers: Customers = None) -> list[Part]:
    """Rows (id, customer_id, due_date, amount_fen) that turn today's open amounts into
    those of ``as_of``: everything dated after it, found through the date indexes. Empty
    when nothing is dated after ``as_of``."""
    cols = (Invoice.id, Invoice.customer_id, Invoice.due_date)
    mine = _of(Invoice.customer_id, customers, drives=False)
    # Not yet issued on the day (normal ones; red-letter invoices are never open).
    # (Through ix_invoices_open_by_issue, which holds every column asked for.)
    later = select(*cols, (Invoice.settled_fen - Invoice.amount_fen)).where(
        OPEN_INVOICE, Invoice.issue_date > as_of, mine
    )
    # Voided after the day: open then by their whole amount less what was applied then.
    voided = select(*cols, Invoice.amount_fen - Invoice.settled_fen).where(
        Invoice.status == VOID,
        Invoice.voided_on > as_of,
        _counted_invoice(Invoice, as_of),
        mine,
    )
    counted = and_(_counted_invoice(Invoice, as_of), mine)
    # Applied after the day (a reversing row is negative: taken back after the day).
    allocated = (
        select(*cols, Allocation.amount_fen)
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .where(Allocation.allocated_date > as_of, counted)
    )
    written_off = (
        select(*cols, WriteOff.amount_fen)
        .join(Invoice, Invoice.id == WriteOff.invoice_id)
        .where(WriteOff.write_off_date > as_of, counted)
    )
    red = aliased(Invoice)
    # A red-letter credit counts from its issue date until it is voided.
    credited = (
        select(*cols, -red.amount_fen)
        .join(Invoice, Invoice.id == red.original_invoice_id)
        .where(
            # Stated, though the join implies it: SQLite then reads the red-letter index.
            red.original_invoice_id.is_not(None),
            red.issue_date > as_of,
            red.status == ISSUED,
            counted,
        )
    )
    uncredited = (
        select(*cols, red.amount_fen)
        .join(Invoice, Invoice.id == red.original_invoice_id)
        # (The issue date hidden from the indexes: the few voided after the day drive.)
        .where(
            red.voided_on > as_of,
            func.coalesce(red.issue_date, red.issue_date) <= as_of,
            counted,
        )
    )
    return [later, voided, allocated, written_off, credited, uncredited]


def open_parts(as_of: date, customers: Customers = None) -> Subquery:
    """Rows (id, customer_id, due_date, amount_fen) whose sums per invoice id are each
    counted invoice's open amount on ``as_of`` (of one customer, some, or all); invoices
    settled on that day sum to zero."""
    parts = open_now(customers).union_all(*open_changes(as_of, customers))
    return parts.subquery("open_parts")


def prepayment_parts(as_of: date, customers: Customers = None) -> Subquery:
    """Rows (id, customer_id, amount_fen) whose sums per payment id are each counted
    payment's unallocated part (预收) on ``as_of`` (of one customer, some, or all)."""
    cols = (Payment.id, Payment.customer_id)
    mine = _of(Payment.customer_id, customers)
    later_mine = _of(Payment.customer_id, customers, drives=False)
    now = select(*cols, (Payment.amount_fen - Payment.allocated_fen).label("amount_fen")).where(
        UNALLOCATED_PAYMENT, mine
    )
    later = select(*cols, Payment.allocated_fen - Payment.amount_fen).where(
        UNALLOCATED_PAYMENT, Payment.received_date > as_of, mine
    )
    reversed_later = select(*cols, Payment.amount_fen - Payment.allocated_fen).where(
        Payment.status == REVERSED,
        Payment.reversed_on > as_of,
        Payment.received_date <= as_of,
        later_mine,
    )
    allocated = (
        select(*cols, Allocation.amount_fen)
        .join(Payment, Payment.id == Allocation.payment_id)
        .where(Allocation.allocated_date > as_of, _counted_payment(as_of), later_mine)
    )
    return now.union_all(later, reversed_later, allocated).subquery("prepayment_parts")


def invoice_open_amounts(
    session: Session, as_of: date, invoice_ids: Iterable[int] | None = None
) -> dict[int, int]:
    """Open amount on ``as_of`` of every invoice open that day (or of those asked for)."""
    parts = open_parts(as_of)
    stmt = select(parts.c.id, func.sum(parts.c.amount_fen)).group_by(parts.c.id)
    if invoice_ids is not None:
        stmt = stmt.where(parts.c.id.in_(list(invoice_ids)))
    return {iid: int(total) for iid, total in session.execute(stmt) if total}


def bucket_of(
    due_date: ColumnElement[date], as_of: date, buckets: Sequence[Bucket]
) -> ColumnElement[str]:
    """The aging bucket key of a due date on ``as_of``, in SQL: days overdue = as_of - due,
    compared through dates so that the same expression runs on SQLite and PostgreSQL."""
    whens = []
    for bucket in buckets[:-1]:
        assert bucket.high is not None
        # days <= high  <=>  due >= as_of - high
        whens.append((due_date >= as_of - timedelta(days=bucket.high), literal(bucket.key)))
    return case(*whens, else_=literal(buckets[-1].key))


def recomputed_open_amounts(session: Session, as_of: date) -> dict[int, int]:
    """The same figures as ``invoice_open_amounts``, summed from every entry dated on or
    before ``as_of`` instead of from the caches: slower, and the proof that both agree
    (``labledger check``, the tests)."""
    red = aliased(Invoice)
    entries = union_all(
        select(Allocation.invoice_id, Allocation.amount_fen).where(
            Allocation.allocated_date <= as_of
        ),
        select(WriteOff.invoice_id, WriteOff.amount_fen).where(WriteOff.write_off_date <= as_of),
        select(red.original_invoice_id, -red.amount_fen).where(
            red.original_invoice_id.is_not(None),
            red.issue_date <= as_of,
            or_(red.voided_on.is_(None), red.voided_on > as_of),
        ),
    ).subquery("entries")
    settled = (
        select(entries.c.invoice_id, func.sum(entries.c.amount_fen).label("total"))
        .group_by(entries.c.invoice_id)
        .subquery("settled")
    )
    stmt = (
        select(Invoice.id, Invoice.amount_fen - func.coalesce(settled.c.total, 0))
        .outerjoin(settled, settled.c.invoice_id == Invoice.id)
        .where(_counted_invoice(Invoice, as_of))
    )
    return {iid: int(open_fen) for iid, open_fen in session.execute(stmt) if open_fen}
