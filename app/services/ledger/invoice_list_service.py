"""The invoice list: count, totals and pages of rows, searched, filtered and sorted in SQL.

Only sorts an index can serve are offered, so that any page of a million invoices is one
short indexed query (see bench/). The open amount is today's, from the cached
``settled_fen``, as each row shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    UnaryExpression,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from app.models import Customer, Invoice, Project
from app.models.invoice import LIST_OPEN_AMOUNT, NOT_OPEN
from app.services.core.list_request import ListRequest, like_pattern
from app.services.core.visibility import scope_conditions
from app.services.ledger.ledger_queries import ISSUED, OPEN_INVOICE

T = TypeVar("T")
SORT_KEYS = ("issue_date", "number", "due_date", "amount", "customer", "open", "days_overdue")
STATUS_FILTERS = ("open", "overdue", "settled", "void", "red")
# Searching customer names first collects matching customer ids; past this many matches the
# search falls back to a join so the IN list stays small.
MAX_CUSTOMER_IDS = 500


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    kind: str
    customer_id: int
    customer_name: str
    project_code: str
    issue_date: date
    due_date: date
    amount_fen: int
    tax_fen: int
    settled_fen: int
    status: str
    original_invoice_id: int | None

    @property
    def open_fen(self) -> int:
        return self.amount_fen - self.settled_fen if self.status == "issued" else 0

    @property
    def is_red_letter(self) -> bool:
        return self.original_invoice_id is not None

    def days_overdue(self, as_of: date) -> int:
        return (as_of - self.due_date).days if self.open_fen > 0 else 0


@dataclass(frozen=True)
class InvoiceTotals:
    """What the rows a request shows add up to, each figure as its column shows it."""

    count: int
    amount_fen: int
    open_fen: int
    overdue_fen: int  # the open amount of the rows past their due date


def _conditions(
    session: Session, req: ListRequest, as_of: date, *, first_page: bool = False
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if (invoice_id := req.filter("id")) is not None:
        conds.append(Invoice.id == invoice_id)
    if (customer_id := req.filter("customer_id")) is not None:
        conds.append(Invoice.customer_id == customer_id)
    if (project_id := req.filter("project_id")) is not None:
        conds.append(Invoice.project_id == project_id)
    if (since := req.filter("issued_from")) is not None:
        conds.append(Invoice.issue_date >= since)
    if (until := req.filter("issued_to")) is not None:
        conds.append(Invoice.issue_date <= until)
    status = req.filter("status")
    is_open = (Invoice.amount_fen > Invoice.settled_fen, Invoice.status == ISSUED)
    if status == "open":
        conds.extend(is_open)
    elif status == "overdue":
        conds.extend((*is_open, Invoice.due_date < as_of))
    elif status == "settled":
        conds.extend((Invoice.amount_fen <= Invoice.settled_fen, Invoice.status == ISSUED))
    elif status == "void":
        # Every void invoice has its day (`check` proves it): its index finds the few (see
        # _order), through a range, which SQLite takes and IS NOT NULL it does not.
        conds += [Invoice.status == "void", Invoice.voided_on >= date.min]
    elif status == "red":
        conds.append(Invoice.original_invoice_id.is_not(None))
    text = req.search.strip()
    if text:
        conds.append(_search(session, text, first_page))
    conds += scope_conditions(session, Invoice.customer_id)
    return conds


def _search(session: Session, text: str, first_page: bool) -> ColumnElement[bool]:
    """Invoice number (prefix, served by the unique index) or customer name/code.

    A search that matches many customers (say 苏州) matches a good part of all invoices:
    collecting them through the indexes and sorting them all costs as much for the first
    page as for any, while the list's own order, walked from its start, meets a page of
    them at once. For the first page the conditions are hidden from their indexes, which
    makes that walk the plan; the rows are the same either way."""
    pattern = like_pattern(text)
    customer_match = or_(
        Customer.name.ilike(pattern, escape="\\"),
        Customer.short_name.ilike(pattern, escape="\\"),
        Customer.code.ilike(pattern, escape="\\"),
    )
    ids = session.scalars(
        select(Customer.id).where(customer_match).limit(MAX_CUSTOMER_IDS + 1)
    ).all()
    if len(ids) <= MAX_CUSTOMER_IDS:
        by_customer = Invoice.customer_id.in_(ids)
        walk = False
    else:
        by_customer = _hidden(Invoice.customer_id, first_page).in_(
            select(Customer.id).where(customer_match)
        )
        walk = first_page
    # A range instead of LIKE 'x%' so the unique index on number serves it on every backend.
    number = _hidden(Invoice.number, walk)
    return or_((number >= text) & (number < text + "\uffff"), by_customer)


def _hidden(column: SQLColumnExpression[T], hidden: bool) -> SQLColumnExpression[T]:
    """The column, or (``hidden``) the same value where no index can serve it."""
    return func.coalesce(column, column) if hidden else column


def count_invoices(session: Session, req: ListRequest, as_of: date) -> int:
    stmt = select(func.count()).select_from(Invoice).where(*_conditions(session, req, as_of))
    return session.scalar(stmt) or 0


def invoice_totals(session: Session, req: ListRequest, as_of: date) -> InvoiceTotals:
    """Count and sums of every row the request shows (not just a page). Two reads: the
    amounts of all of them (through ix_invoices_amount_id when nothing narrows them), the
    open and overdue amounts of the open ones only (through the partial indexes of open
    invoices; an issued invoice is never settled beyond its amount, so the rest add
    nothing)."""
    conds = _conditions(session, req, as_of)
    count, amount = session.execute(
        select(func.count(), func.coalesce(func.sum(Invoice.amount_fen), 0)).where(*conds)
    ).one()
    open_amount = Invoice.amount_fen - Invoice.settled_fen
    open_fen, overdue_fen = session.execute(
        select(
            func.coalesce(func.sum(open_amount), 0),
            func.coalesce(func.sum(case((Invoice.due_date < as_of, open_amount), else_=0)), 0),
        ).where(*conds, OPEN_INVOICE)
    ).one()
    return InvoiceTotals(int(count), int(amount), int(open_fen), int(overdue_fen))


def _order(req: ListRequest, reverse: bool) -> list[UnaryExpression[Any]]:
    descending = req.descending != reverse
    by_key: dict[str, list[SQLColumnExpression[Any]]] = {
        "issue_date": [Invoice.issue_date, Invoice.id],
        "number": [Invoice.number],
        "due_date": [Invoice.due_date, Invoice.id],
        "amount": [Invoice.amount_fen, Invoice.id],
        "customer": [Invoice.customer_id, Invoice.issue_date, Invoice.id],
        # Open amount and days overdue: the expression indexes of the models.
        "open": [LIST_OPEN_AMOUNT, Invoice.id],
        "days_overdue": [NOT_OPEN, Invoice.due_date, Invoice.id],
    }
    if req.filter("status") in ("open", "overdue"):
        # Only open invoices: the same orders (ties aside) as the partial indexes of open
        # invoices hold them, which the query then reads alone, in order, to the page.
        open_amount = Invoice.amount_fen - Invoice.settled_fen
        cached = [Invoice.amount_fen, Invoice.settled_fen, Invoice.id]
        by_key |= {
            "issue_date": [Invoice.issue_date, Invoice.customer_id, Invoice.due_date, *cached],
            "due_date": [Invoice.due_date, *cached],
            "customer": [Invoice.customer_id, Invoice.due_date, *cached],
            "open": [open_amount, Invoice.due_date, Invoice.id],
            "days_overdue": [Invoice.due_date, *cached],
        }
    columns = by_key.get(req.sort_key, by_key["issue_date"])
    if req.sort_key == "days_overdue":
        # The most days overdue first is the oldest due date first, among open invoices:
        # the order runs against the direction asked for.
        descending = not descending
    if req.filter("status") == "void":
        # A few rows, found through the index of void dates and then put in order: hidden
        # from the order's index, which SQLite would otherwise walk through every invoice.
        columns = [_hidden(c, True) for c in columns]
    return [c.desc() if descending else c.asc() for c in columns]


def fetch_invoices(
    session: Session,
    req: ListRequest,
    offset: int,
    limit: int,
    as_of: date,
    total: int | None = None,
) -> list[InvoiceRow]:
    """Rows ``offset``..``offset+limit`` in list order. Given the total, pages in the second
    half are read from the other end of the index so that no page walks past more than
    half the list."""
    reverse = total is not None and offset > total // 2
    if total is not None and reverse:
        end = min(offset + limit, total)
        limit, offset = end - offset, total - end
    conds = _conditions(session, req, as_of, first_page=offset == 0)
    ids_stmt = (
        select(Invoice.id).where(*conds).order_by(*_order(req, reverse)).offset(offset).limit(limit)
    )
    ids = list(session.scalars(ids_stmt))
    if reverse:
        ids.reverse()
    return rows_by_id(session, ids)


def rows_by_id(session: Session, ids: list[int]) -> list[InvoiceRow]:
    """Rows for these invoices, in the order given."""
    if not ids:
        return []
    stmt = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.customer_id,
            Customer.name,
            Project.code,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.amount_fen,
            Invoice.tax_fen,
            Invoice.settled_fen,
            Invoice.status,
            Invoice.original_invoice_id,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(Project, Project.id == Invoice.project_id)
        .where(Invoice.id.in_(ids))
    )
    found = {
        # select() types only the first ten columns of a row; the last three are Any.
        r[0]: InvoiceRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", *r[6:10], r[10], r[11], r[12])
        for r in session.execute(stmt)
    }
    return [found[i] for i in ids if i in found]
