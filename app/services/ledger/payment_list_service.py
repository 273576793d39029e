"""The payment list: count and pages of rows, searched, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import Session

from app.models import Customer, Payment
from app.services.core.list_request import ListRequest, like_pattern

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


def _conditions(req: ListRequest) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if (payment_id := req.filter("id")) is not None:
        conds.append(Payment.id == payment_id)
    if (customer_id := req.filter("customer_id")) is not None:
        conds.append(Payment.customer_id == customer_id)
    status = req.filter("status")
    if status == "unallocated":
        conds += [Payment.status == "active", Payment.amount_fen > Payment.allocated_fen]
    elif status == "allocated":
        conds += [Payment.status == "active", Payment.amount_fen == Payment.allocated_fen]
    elif status == "reversed":
        conds.append(Payment.status == "reversed")
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


def fetch_payments(session: Session, req: ListRequest, offset: int, limit: int) -> list[PaymentRow]:
    by_key: dict[str, list[SQLColumnExpression[Any]]] = {
        "number": [Payment.number],
        "amount": [Payment.amount_fen, Payment.id],
    }
    columns = by_key.get(req.sort_key, [Payment.received_date, Payment.id])
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
