"""The customer list: count, totals and pages of rows, searched, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import CreditTier, Customer, User
from app.services.core.list_request import ListRequest, like_pattern
from app.services.core.visibility import owner_scope
from app.services.ledger.balances import (
    Balance,
    balances_query,
    customer_balances,
    nothing_dated_after,
    steady_balances,
)

SORT_KEYS = ("code", "name", "tier", "owner", "category", "balance", "overdue")


@dataclass(frozen=True)
class CustomerRow:
    id: int
    code: str
    name: str
    short_name: str
    uscc: str
    category: str
    tier_name: str
    owner_name: str
    open_fen: int
    overdue_fen: int
    unallocated_fen: int
    archived: bool

    @property
    def balance_fen(self) -> int:
        """What the customer owes: open invoices less payments not yet applied."""
        return self.open_fen - self.unallocated_fen


@dataclass(frozen=True)
class CustomerTotals:
    """What the rows a request shows add up to, as of the list's date."""

    count: int
    open_fen: int
    overdue_fen: int
    unallocated_fen: int

    @property
    def balance_fen(self) -> int:
        return self.open_fen - self.unallocated_fen


def _filtered(req: ListRequest) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if req.filter("archived") is None:
        conds.append(Customer.archived.is_(False))
    if (customer_id := req.filter("id")) is not None:
        conds.append(Customer.id == customer_id)
    if (tier_id := req.filter("tier_id")) is not None:
        conds.append(Customer.tier_id == tier_id)
    if (owner_id := req.filter("owner_id")) is not None:
        conds.append(Customer.owner_id == owner_id)
    if (category := req.filter("category")) is not None:
        conds.append(Customer.category == category)
    text = req.search.strip()
    if text:
        pattern = like_pattern(text)
        conds.append(
            or_(
                Customer.name.ilike(pattern, escape="\\"),
                Customer.short_name.ilike(pattern, escape="\\"),
                Customer.code.ilike(pattern, escape="\\"),
                Customer.uscc.ilike(pattern, escape="\\"),
            )
        )
    return conds


def count_customers(session: Session, req: ListRequest) -> int:
    stmt = select(func.count()).select_from(Customer).where(*_filtered(req), *owner_scope(session))
    return session.scalar(stmt) or 0


def customer_totals(session: Session, req: ListRequest, as_of: date) -> CustomerTotals:
    """Count and balances of every customer the request shows: the balances of all
    customers as of the day (the one query the workbench also adds up), kept for those."""
    later = not nothing_dated_after(session, as_of)
    owed = balances_query(as_of, later=later).subquery("owed")
    shown = select(Customer.id).where(*_filtered(req), *owner_scope(session))
    figures = session.execute(
        select(
            *(
                func.coalesce(func.sum(owed.c[name]), 0)
                for name in ("open_fen", "overdue_fen", "unallocated_fen")
            )
        ).where(owed.c.customer_id.in_(shown))
    ).one()
    return CustomerTotals(count_customers(session, req), *(int(f) for f in figures))


def fetch_customers(
    session: Session, req: ListRequest, offset: int, limit: int, as_of: date
) -> list[CustomerRow]:
    owner = aliased(User)
    needs_amounts_for_order = req.sort_key in ("balance", "overdue")
    stmt = (
        select(
            Customer.id,
            Customer.code,
            Customer.name,
            Customer.short_name,
            Customer.uscc,
            Customer.category,
            CreditTier.name,
            owner.display_name,
            Customer.archived,
        )
        .join(CreditTier, CreditTier.id == Customer.tier_id)
        .outerjoin(owner, owner.id == Customer.owner_id)
        .where(*_filtered(req), *owner_scope(session))
    )
    key: SQLColumnExpression[Any]
    if needs_amounts_for_order:
        # Worked out once for every customer, then joined (SQLite would otherwise run the
        # compound query again for each customer it joins); the page's figures come with it.
        # (Today's cached amounts alone when nothing is dated after the day, the invoices'
        # and the payments' sums joined side by side.)
        if nothing_dated_after(session, as_of):
            invoiced, prepaid = steady_balances(as_of)
            stmt = stmt.outerjoin(invoiced, invoiced.c.customer_id == Customer.id).outerjoin(
                prepaid, prepaid.c.customer_id == Customer.id
            )
            open_fen, overdue_fen = invoiced.c.open_fen, invoiced.c.overdue_fen
            unallocated_fen = prepaid.c.unallocated_fen
        else:
            owed = balances_query(as_of).cte("owed").prefix_with("MATERIALIZED")
            stmt = stmt.outerjoin(owed, owed.c.customer_id == Customer.id)
            open_fen, overdue_fen = owed.c.open_fen, owed.c.overdue_fen
            unallocated_fen = owed.c.unallocated_fen
        stmt = stmt.add_columns(open_fen, overdue_fen, unallocated_fen)
        key = (
            func.coalesce(open_fen, 0) - func.coalesce(unallocated_fen, 0)
            if req.sort_key == "balance"
            else func.coalesce(overdue_fen, 0)
        )
    else:
        key = {
            "name": Customer.name,
            "tier": CreditTier.sort_order,
            "owner": owner.display_name,
            "category": Customer.category,
        }.get(req.sort_key, Customer.code)
    order = key.desc() if req.descending else key.asc()
    tie = Customer.id.desc() if req.descending else Customer.id.asc()
    rows = session.execute(stmt.order_by(order, tie).offset(offset).limit(limit)).all()
    if needs_amounts_for_order:
        # (select() types only the columns it was built with: the figures were added.)
        amounts = {r[0]: Balance(*(int(f or 0) for f in list(r)[9:12])) for r in rows}
    else:
        amounts = customer_balances(session, as_of, [r[0] for r in rows])
    return [
        CustomerRow(
            id=r[0],
            code=r[1],
            name=r[2],
            short_name=r[3] or "",
            uscc=r[4] or "",
            category=r[5],
            tier_name=r[6],
            owner_name=r[7] or "",
            open_fen=amounts[r[0]].open_fen,
            overdue_fen=amounts[r[0]].overdue_fen,
            unallocated_fen=amounts[r[0]].unallocated_fen,
            archived=bool(r[8]),
        )
        for r in rows
    ]


def customer_row(session: Session, customer_id: int, as_of: date) -> CustomerRow | None:
    """One row, e.g. to refresh the line of a customer that was just edited."""
    req = ListRequest(filters=(("archived", "any"), ("id", customer_id)))
    rows = fetch_customers(session, req, 0, 1, as_of)
    return rows[0] if rows else None
