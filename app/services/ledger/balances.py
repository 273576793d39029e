"""What customers owe as of a date: the one definition the customer list, the detail panel,
the 360 view, the workbench and aging all use.

As of D counts the ledger entries dated on or before D (DESIGN.md, "Money, dates"):
invoices and red-letter invoices by issue date, payments by date received, allocations and
write-offs by their own dates. Void invoices and reversed payments never count (neither
has a date of its own yet; the append-only ledger will give them one). An invoice is
overdue as of D when its due date is before D.

Nearly always nothing is dated after D (entries cannot be dated ahead unless a setting
allows it), so the figures start from the cached open amounts (``Invoice.settled_fen``,
``Payment.allocated_fen``) read through the partial covering indexes, and then take back
what is dated after D, found through the date indexes:
- invoices issued after D, and payments received after D, are left out;
- red-letter credits, write-offs and allocations dated after D are given back to the
  invoices (issued by D) they reduced, and allocations dated after D to the payments
  (received by D) they came from.
An allocation is dated on the later of its payment's and its invoice's dates
(payment_service), so the allocations dated after D are exactly those of a payment received
after D or on an invoice issued after D."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    Subquery,
    bindparam,
    case,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from app.models import Allocation, Invoice, Payment, WriteOff
from app.services.ledger.ledger_queries import ACTIVE, ISSUED, OPEN_INVOICE, UNALLOCATED_PAYMENT

ZERO: ColumnElement[int] = literal_column("0")
COLUMNS = ("open_fen", "overdue_fen", "unallocated_fen", "open_invoices", "overdue_invoices")


@dataclass(frozen=True)
class Balance:
    """Receivables as of a date (one customer's, or every customer's), in fen."""

    open_fen: int = 0  # open invoices
    overdue_fen: int = 0  # the part of open_fen past its due date
    unallocated_fen: int = 0  # payments not yet applied (prepayments)
    open_invoices: int = 0
    overdue_invoices: int = 0


def _of(column: SQLColumnExpression[int], ids: Collection[int] | None) -> list[ColumnElement[bool]]:
    # One expanding parameter, shared by every part: building an IN list per part costs more
    # than running the query for a page of customers.
    if ids is None:
        return []
    return [column.in_(bindparam("customer_ids", list(ids), expanding=True))]


def _invoice_figures(
    as_of: date, fen: ColumnElement[int], count: ColumnElement[int], summed: bool
) -> tuple[ColumnElement[Any], ...]:
    """The five figures of invoice rows (added up per customer when ``summed``)."""
    overdue = Invoice.due_date < as_of
    figures = (fen, case((overdue, fen), else_=0), ZERO, count, case((overdue, count), else_=0))
    return (
        Invoice.customer_id.label("customer_id"),
        *(
            (func.sum(f) if summed and f is not ZERO else f).label(n)
            for f, n in zip(figures, COLUMNS, strict=True)
        ),
    )


def _payment_figures(fen: SQLColumnExpression[int]) -> tuple[SQLColumnExpression[Any], ...]:
    return (Payment.customer_id, ZERO, ZERO, fen, ZERO, ZERO)


def _later_credits(as_of: date, ids: Collection[int] | None) -> Subquery:
    """Per invoice: red-letter credits, write-offs and allocations dated after ``as_of``.
    Write-offs are few and read whatever their customer, so with ``ids`` other customers'
    invoices may appear too."""
    red = select(
        Invoice.original_invoice_id.label("invoice_id"), (-Invoice.amount_fen).label("fen")
    ).where(
        Invoice.issue_date > as_of,
        Invoice.original_invoice_id.is_not(None),
        Invoice.status == ISSUED,
        *_of(Invoice.customer_id, ids),
    )
    written = select(WriteOff.invoice_id, WriteOff.amount_fen).where(
        WriteOff.write_off_date > as_of
    )
    paid = (
        select(Allocation.invoice_id, Allocation.amount_fen)
        .join(Payment, Payment.id == Allocation.payment_id)
        .where(
            Payment.received_date > as_of,
            Allocation.allocated_date > as_of,
            *_of(Payment.customer_id, ids),
        )
    )
    credits = red.union_all(written, paid).subquery()
    return (
        select(credits.c.invoice_id, func.sum(credits.c.fen).label("fen"))
        .group_by(credits.c.invoice_id)
        .subquery()
    )


def _parts(as_of: date, ids: Collection[int] | None) -> list[Select[*tuple[Any, ...]]]:
    """Rows of (customer_id, *COLUMNS) that add up to the figures as of ``as_of``: what is
    open now (summed per customer through the partial covering indexes), less invoices and
    payments dated after it, plus what was applied after it to invoices and from payments
    dated on or before it (a few rows, through the date indexes)."""
    open_amount = Invoice.amount_fen - Invoice.settled_fen
    by_invoice = _of(Invoice.customer_id, ids)
    by_payment = _of(Payment.customer_id, ids)
    one: ColumnElement[int] = literal_column("1")
    # A bound status, unlike OPEN_INVOICE's literal, keeps SQLite off the partial indexes
    # (a scan of every open invoice) and on the date index for the few dated after as_of.
    issued = Invoice.status == bindparam("issued", "issued")
    later = _later_credits(as_of, ids)
    free = Payment.amount_fen - Payment.allocated_fen
    return [
        select(*_invoice_figures(as_of, open_amount, one, summed=True))
        .where(OPEN_INVOICE, *by_invoice)
        .group_by(Invoice.customer_id),
        select(*_invoice_figures(as_of, -open_amount, -one, summed=False)).where(
            Invoice.issue_date > as_of,
            Invoice.amount_fen > Invoice.settled_fen,
            issued,
            *by_invoice,
        ),
        select(
            *_invoice_figures(
                as_of,
                later.c.fen,
                # Settled now but open then: one more open invoice.
                case((Invoice.amount_fen == Invoice.settled_fen, 1), else_=0),
                summed=False,
            )
        )
        # Reached by primary key from ``later``, the few invoices touched after as_of.
        .join(later, later.c.invoice_id == Invoice.id)
        .where(
            Invoice.issue_date <= as_of,
            Invoice.status == ISSUED,
            Invoice.original_invoice_id.is_(None),
        ),
        select(*_payment_figures(func.sum(free)))
        .where(UNALLOCATED_PAYMENT, *by_payment)
        .group_by(Payment.customer_id),
        select(*_payment_figures(-free)).where(
            Payment.received_date > as_of,
            Payment.status == bindparam("active", "active"),
            Payment.amount_fen > Payment.allocated_fen,
            *by_payment,
        ),
        select(*_payment_figures(Allocation.amount_fen))
        .select_from(Invoice)
        .join(Allocation, Allocation.invoice_id == Invoice.id)
        .join(Payment, Payment.id == Allocation.payment_id)
        .where(
            Invoice.issue_date > as_of,
            Allocation.allocated_date > as_of,
            Payment.received_date <= as_of,
            Payment.status == ACTIVE,
            # From the invoices' side: a payment only settles its own customer's invoices.
            *by_invoice,
        ),
    ]


def balances_query(as_of: date) -> Select[*tuple[Any, ...]]:
    """(customer_id, open_fen, overdue_fen, unallocated_fen, open_invoices,
    overdue_invoices) of every customer with an open invoice or a prepayment as of
    ``as_of``, for the lists to join and sort by. The sums cannot overflow: amounts are
    bounded per document (see ledger_queries)."""
    return _balances(as_of, None)


def _balances(as_of: date, ids: Collection[int] | None) -> Select[*tuple[Any, ...]]:
    """balances_query, read through the indexes of the customers in ``ids`` (other
    customers may appear with part of their figures: see _later_credits)."""
    parts = _parts(as_of, ids)
    union = parts[0].union_all(*parts[1:]).subquery()
    return select(
        union.c.customer_id, *(func.sum(union.c[name]).label(name) for name in COLUMNS)
    ).group_by(union.c.customer_id)


def customer_balances(session: Session, as_of: date, ids: Collection[int]) -> dict[int, Balance]:
    """The balance of each customer in ``ids`` (an empty one for a customer who owes
    nothing)."""
    found = dict.fromkeys(ids, Balance())
    if ids:
        for cid, *figures in session.execute(_balances(as_of, ids)):
            if cid in found:
                found[cid] = Balance(*(int(f or 0) for f in figures))
    return found


def customer_balance(session: Session, customer_id: int, as_of: date) -> Balance:
    return customer_balances(session, as_of, [customer_id])[customer_id]


def total_balance(session: Session, as_of: date) -> Balance:
    """Every customer's receivables added up (the workbench)."""
    each = balances_query(as_of).subquery()
    figures = session.execute(
        select(*(func.coalesce(func.sum(each.c[name]), 0) for name in COLUMNS))
    ).one()
    return Balance(*(int(f) for f in figures))


def open_by_due_date(session: Session, customer_id: int, as_of: date) -> dict[date, int]:
    """A customer's invoices open as of ``as_of``, added up per due date (for aging)."""
    parts = [
        p.with_only_columns(*p.selected_columns[:2], Invoice.due_date, maintain_column_froms=True)
        for p in _parts(as_of, [customer_id])[:3]
    ]
    parts[0] = parts[0].group_by(None).group_by(Invoice.customer_id, Invoice.due_date)
    union = parts[0].union_all(*parts[1:]).subquery()
    rows = session.execute(
        select(union.c.customer_id, union.c.due_date, func.sum(union.c.open_fen)).group_by(
            union.c.customer_id, union.c.due_date
        )
    )
    # Other customers' write-offs may show up (see _later_credits).
    return {due: int(fen) for cid, due, fen in rows if cid == customer_id and fen}
