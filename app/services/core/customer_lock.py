"""The customer row lock that serialises every write changing a customer's money or exposure.

Two writers that each read a customer's balance, limit or allocations and then write
(issue, credit, void, record, allocate, reverse, remove an allocation, write off, sign a
contract, merge) would otherwise both act on what they read: on PostgreSQL's READ
COMMITTED an allocation removed twice, or two invoices that each fit the credit limit
passing together. Every such write locks the customer first, before it reads anything it
decides on. On SQLite the writer already holds the whole file (``Database.write`` begins
IMMEDIATE), so the same code is correct there and the lock statement is a plain read."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFoundError
from app.models import Customer

_LOCKED = "labledger.locked_customers"


def lock_customer(session: Session, customer_id: int) -> Customer:
    """Lock the customer's row until the transaction ends and return the customer as it is
    now. Locking again in the same transaction returns at once.

    FOR NO KEY UPDATE: it excludes the other money writers (and edits of the customer) but
    not the inserts of rows that merely refer to the customer, such as a follow-up note.
    Anything read through the session before the lock is expired, so that it is read again
    as the writer we may have waited for left it."""
    locked = _locked(session)
    if customer_id in locked:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        return customer
    session.flush()
    session.expire_all()
    customer = session.scalars(
        select(Customer).where(Customer.id == customer_id).with_for_update(key_share=True)
    ).one_or_none()
    if customer is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    locked.add(customer_id)
    return customer


def lock_customers(session: Session, *customer_ids: int) -> list[Customer]:
    """Several customers, locked in id order so that two writers locking the same ones
    cannot each wait for the other; returned in the order asked."""
    by_id = {cid: lock_customer(session, cid) for cid in sorted(set(customer_ids))}
    return [by_id[cid] for cid in customer_ids]


def lock_customer_of(session: Session, customer_id_query: Select[int]) -> None:
    """Lock the customer a record belongs to, given the query of its ``customer_id`` (e.g.
    ``select(Invoice.customer_id).where(Invoice.id == invoice_id)``); nothing when there is
    no such record, whose absence the caller reports. The query runs again once the lock is
    held: a merge may have moved the record to another customer while we waited."""
    while (customer_id := session.scalar(customer_id_query)) is not None:
        if customer_id in _locked(session):
            return
        lock_customer(session, customer_id)


def _locked(session: Session) -> set[int]:
    """The customers locked in the session's current transaction."""
    session.connection()  # begins the transaction if nothing has yet
    transaction = session.get_transaction()
    held = session.info.get(_LOCKED)
    if held is None or held[0] is not transaction:
        held = session.info[_LOCKED] = (transaction, set())
    ids: set[int] = held[1]
    return ids
