"""The payment list: count, totals and pages of rows, searched, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import Session

from app.models import Customer, Payment
from app.services.core.list_request import ListRequest, like_pattern
from app.services.ledger.ledger_queries import ACTIVE, UNALLOCATED_PAYMENT

SORT_KEYS = ("received_date", "number", "amount")
STATUS_FILTERS = ("unallocated", "allocated", "reversed")


@dataclass(frozen=True)
class PaymentRow:
    id: int
    number: str
    customer_id: int
    customer_name: str
    received_date: date
    amount_fen: int
    allocated_fen: int
    method: str
    bank_ref: str
    payer_name: str
    status: str

    @property
    def unallocated_fen(self) -> int:
        return self.amount_fen - self.allocated_fen if self.status == "active" else 0


@dataclass(frozen=True)
class PaymentTotals:
    """What the rows a request shows add up to, each figure as its column shows it."""

    count: int
    amount_fen: int
    unallocated_fen: int


def _conditions(req: ListRequest) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if (payment_id := req.filter("id")) is not None:
        conds.append(Payment.id == payment_id)
    if (customer_id := req.filter("customer_id")) is not None:
        conds.append(Payment.customer_id == customer_id)
    status = req.filter("status")
    if status == "unallocated":
        # As the partial indexes of unallocated payments state it (a literal status).
        conds.append(UNALLOCATED_PAYMENT)
    elif status == "allocated":
        conds += [Payment.status == ACTIVE, Payment.amount_fen == Payment.allocated_fen]
    elif status == "reversed":
        # Every reversed payment has its day (`check` proves it): its index finds the few
        # (see fetch_payments), through a range, which SQLite takes and IS NOT NULL it does not.
        conds += [Payment.status == "reversed", Payment.reversed_on >= date.min]
    text = req.search.strip()
    if text:
        pattern = like_pattern(text)
        customers = select(Customer.id).where(
            or_(
                Customer.name.ilike(pattern, escape="\\"), Customer.code.ilike(pattern, escape="\\")
            )
        )
        conds.append(
            or_(
                (Payment.number >= text) & (Payment.number < text + "\uffff"),
                Payment.bank_ref == text,
                Payment.payer_name.ilike(pattern, escape="\\"),
                Payment.customer_id.in_(customers),
            )
        )
    return conds


def count_payments(session: Session, req: ListRequest) -> int:
    return session.scalar(select(func.count()).select_from(Payment).where(*_conditions(req))) or 0


def payment_totals(session: Session, req: ListRequest) -> PaymentTotals:
    """Count and sums of every row the request shows: the amounts of all of them (through
    ix_payments_amount_id when nothing narrows them), the unallocated parts of those with
    one (through the partial index; no payment is allocated beyond its amount)."""
    conds = _conditions(req)
    count, amount = session.execute(
        select(func.count(), func.coalesce(func.sum(Payment.amount_fen), 0)).where(*conds)
    ).one()
    unallocated = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_fen - Payment.allocated_fen), 0)).where(
            *conds, UNALLOCATED_PAYMENT
        )
    )
    return PaymentTotals(int(count), int(amount), int(unallocated or 0))


def fetch_payments(session: Session, req: ListRequest, offset: int, limit: int) -> list[PaymentRow]:
    by_key: dict[str, list[SQLColumnExpression[Any]]] = {
        "number": [Payment.number],
        "amount": [Payment.amount_fen, Payment.id],
    }
    columns = by_key.get(req.sort_key, [Payment.received_date, Payment.id])
    if req.filter("status") == "unallocated" and req.sort_key not in by_key:
        # By date as the partial index of unallocated payments holds them (ties aside), so
        # the query reads that index alone, in order, not the table through the dates.
        columns = [
            Payment.received_date,
            Payment.customer_id,
            Payment.amount_fen,
            Payment.allocated_fen,
            Payment.id,
        ]
    if req.filter("status") == "reversed":
        # A few rows, found through the index of reversal dates and then put in order:
        # hidden from the order's index, which SQLite would otherwise walk through them all.
        columns = [func.coalesce(c, c) for c in columns]
    order = [c.desc() if req.descending else c.asc() for c in columns]
    stmt = (
        select(
            Payment.id,
            Payment.number,
            Payment.customer_id,
            Customer.name,
            Payment.received_date,
            Payment.amount_fen,
            Payment.allocated_fen,
            Payment.method,
            Payment.bank_ref,
            Payment.payer_name,
            Payment.status,
        )
        .join(Customer, Customer.id == Payment.customer_id)
        .where(*_conditions(req))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    rows = session.execute(stmt)
    return [PaymentRow(*r[:8], r[8] or "", r[9] or "", r[10]) for r in rows]
