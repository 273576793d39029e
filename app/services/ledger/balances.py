"""What customers owe as of a date: the one definition the customer list, the detail panel,
the 360 view, the workbench and aging all use.

As of D counts the ledger entries dated on or before D (DESIGN.md, "Money, dates"), as
app/services/ledger/as_of.py defines them: invoices by issue date until voided, payments by
date received until reversed, allocations (and the rows taking them back), write-offs and
red-letter credits by their own dates. An invoice is overdue as of D when its due date is
before D.

Nearly always nothing is dated after D, so the figures are today's cached open amounts
summed per customer through the partial covering indexes. The few invoices an entry dated
after D touches are left out of that sum and worked out one by one instead; when
``nothing_dated_after`` D (six index probes), the lists ask for the sums alone, without
that work (a third of the time, sorting 20,000 customers by balance)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    Subquery,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session

from app.models import Allocation, Invoice, Payment, WriteOff
from app.services.core.visibility import scope_conditions
from app.services.ledger.as_of import open_changes, open_now, prepayment_parts
from app.services.ledger.ledger_queries import UNALLOCATED_PAYMENT

ZERO: ColumnElement[int] = literal_column("0")
COLUMNS = ("open_fen", "overdue_fen", "unallocated_fen", "open_invoices", "overdue_invoices")


@dataclass(frozen=True)
class Balance:
    """Receivables as of a date (one customer's, or every customer's), in fen."""

    open_fen: int = 0  # open invoices
    overdue_fen: int = 0  # the part of open_fen past its due date
    unallocated_fen: int = 0  # payments not yet applied (prepayments, 预收)
    open_invoices: int = 0
    overdue_invoices: int = 0

    @property
    def balance_fen(self) -> int:
        return self.open_fen - self.unallocated_fen


def nothing_dated_after(session: Session, as_of: date) -> bool:
    """True when no invoice, payment, allocation or write-off is dated after ``as_of``
    (issued, voided, received, reversed, applied, written off): the figures as of it are
    then today's cached amounts. Each date is probed through its index."""
    dated = (
        (Invoice.id, Invoice.issue_date),
        (Invoice.id, Invoice.voided_on),
        (Allocation.id, Allocation.allocated_date),
        (WriteOff.id, WriteOff.write_off_date),
        (Payment.id, Payment.received_date),
        (Payment.id, Payment.reversed_on),
    )
    later = or_(*(exists(select(key).where(day > as_of)) for key, day in dated))
    return not session.scalar(select(later))


def _parts(
    as_of: date, ids: Collection[int] | None, later: bool = True
) -> list[Select[*tuple[Any, ...]]]:
    """Rows of (customer_id, *COLUMNS) that add up to the figures as of ``as_of``; without
    ``later`` (nothing is dated after it), today's open amounts alone."""
    if not later:
        return [*_open_sums([open_now(ids).subquery("steady")], as_of), _prepaid(as_of, ids)]
    changes = open_changes(as_of, ids)
    # Read once (MATERIALIZED), though three parts below use it.
    touched = changes[0].union_all(*changes[1:]).cte("touched").prefix_with("MATERIALIZED")
    # Invoices no later entry touches: open then as they are today, summed per customer.
    steady = open_now(ids).where(Invoice.id.not_in(select(touched.c.id))).subquery("steady")
    # Invoices some later entry touches: each one's open amount then, from its parts.
    moved_parts = (
        open_now(ids)
        .where(Invoice.id.in_(select(touched.c.id)))
        .union_all(select(touched))
        .subquery("moved_parts")
    )
    moved = (
        select(
            moved_parts.c.customer_id,
            moved_parts.c.due_date,
            func.sum(moved_parts.c.amount_fen).label("amount_fen"),
        )
        .group_by(moved_parts.c.id, moved_parts.c.customer_id, moved_parts.c.due_date)
        .subquery("moved")
    )
    return [*_open_sums([steady, moved], as_of), _prepaid(as_of, ids)]


def _open_sums(sources: list[Subquery], as_of: date) -> list[Select[*tuple[Any, ...]]]:
    parts: list[Select[*tuple[Any, ...]]] = []
    for each in sources:
        fen = each.c.amount_fen
        overdue = each.c.due_date < as_of
        parts.append(
            select(
                each.c.customer_id.label("customer_id"),
                func.sum(fen).label("open_fen"),
                func.sum(case((overdue, fen), else_=0)).label("overdue_fen"),
                ZERO.label("unallocated_fen"),
                func.sum(case((fen != 0, 1), else_=0)).label("open_invoices"),
                func.sum(case((overdue & (fen != 0), 1), else_=0)).label("overdue_invoices"),
            ).group_by(each.c.customer_id)
        )
    return parts


def _prepaid(as_of: date, ids: Collection[int] | None) -> Select[*tuple[Any, ...]]:
    prepaid = prepayment_parts(as_of, ids)
    return select(
        prepaid.c.customer_id,
        ZERO,
        ZERO,
        func.sum(prepaid.c.amount_fen),
        ZERO,
        ZERO,
    ).group_by(prepaid.c.customer_id)


def balances_query(as_of: date, *, later: bool = True) -> Select[*tuple[Any, ...]]:
    """(customer_id, open_fen, overdue_fen, unallocated_fen, open_invoices,
    overdue_invoices) of every customer with an open invoice or a prepayment as of
    ``as_of``, for the lists to join and sort by. ``later=False`` when the caller found
    ``nothing_dated_after`` ``as_of``: the same figures, from today's amounts alone. The
    sums cannot overflow: amounts are bounded per document (see ledger_queries)."""
    return _balances(as_of, None, later)


def steady_balances(as_of: date) -> tuple[CTE, CTE]:
    """For a list to join side by side when ``nothing_dated_after`` ``as_of``: today's open
    amounts per customer (open_fen, overdue_fen, open_invoices, overdue_invoices) and today's
    unallocated payments per customer (unallocated_fen). Each is grouped in the order of
    its partial index, once (MATERIALIZED); the union of the two grouped again
    (``balances_query``) costs a third more when 20,000 customers are sorted by balance."""
    steady = open_now().subquery("steady")
    invoiced = _open_sums([steady], as_of)[0].cte("open_sums").prefix_with("MATERIALIZED")
    prepaid = (
        select(
            Payment.customer_id,
            func.sum(Payment.amount_fen - Payment.allocated_fen).label("unallocated_fen"),
        )
        .where(UNALLOCATED_PAYMENT, Payment.customer_id > 0)
        .group_by(Payment.customer_id)
        .cte("prepaid")
        .prefix_with("MATERIALIZED")
    )
    return invoiced, prepaid


def _balances(
    as_of: date, ids: Collection[int] | None, later: bool = True
) -> Select[*tuple[Any, ...]]:
    parts = _parts(as_of, ids, later)
    union = parts[0].union_all(*parts[1:]).subquery()
    return select(
        union.c.customer_id, *(func.sum(union.c[name]).label(name) for name in COLUMNS)
    ).group_by(union.c.customer_id)


def customer_balances(
    session: Session, as_of: date, ids: Collection[int] | None = None
) -> dict[int, Balance]:
    """The balance of each customer in ``ids`` (an empty one for a customer who owes
    nothing), or of every customer who owes or has prepaid something."""
    found = dict.fromkeys(ids, Balance()) if ids is not None else {}
    if ids is None or ids:
        for cid, *figures in session.execute(_balances(as_of, ids)):
            balance = Balance(*(int(f or 0) for f in figures))
            if ids is not None or balance != Balance():
                found[cid] = balance
    return found


def customer_balance(session: Session, customer_id: int, as_of: date) -> Balance:
    return customer_balances(session, as_of, [customer_id])[customer_id]


def total_balance(session: Session, as_of: date) -> Balance:
    """Every customer's receivables added up (the workbench)."""
    each = balances_query(as_of, later=not nothing_dated_after(session, as_of)).subquery()
    figures = session.execute(
        select(*(func.coalesce(func.sum(each.c[name]), 0) for name in COLUMNS)).where(
            *scope_conditions(session, each.c.customer_id)
        )
    ).one()
    return Balance(*(int(f) for f in figures))
