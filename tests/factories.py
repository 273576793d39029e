"""Small, explicit ledger records for the db and ui tests (the demo generator covers volume)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.models import Allocation, CreditTier, Customer, Invoice, Payment, User
from app.services.core.context import Actor
from app.services.ledger.write_off_service import approve_write_off, request_write_off

_seq = count(1)


def tier(session: Session, code: str = "regular") -> CreditTier:
    return session.scalars(select(CreditTier).where(CreditTier.code == code)).one()


def user(session: Session, name: str = "王芳", role: str = "sales") -> User:
    n = next(_seq)
    u = User(login=f"user{n}", display_name=name, role=role)
    session.add(u)
    session.flush()
    return u


def customer(
    session: Session,
    name: str,
    *,
    code: str | None = None,
    tier_code: str = "regular",
    owner: User | None = None,
    archived: bool = False,
    uscc: str | None = None,
) -> Customer:
    n = next(_seq)
    c = Customer(
        code=code or f"T{n:05d}",
        name=name,
        name_key=name,
        tier=tier(session, tier_code),
        owner=owner,
        archived=archived,
        uscc=uscc,
    )
    session.add(c)
    session.flush()
    return c


def invoice(
    session: Session,
    cust: Customer,
    amount_fen: int,
    issue: date,
    *,
    terms: int = 30,
    number: str | None = None,
    settled_fen: int = 0,
    status: str = "issued",
    original: Invoice | None = None,
) -> Invoice:
    n = next(_seq)
    inv = Invoice(
        number=number or f"FP{n:08d}",
        kind="vat_normal",
        customer_id=cust.id,
        issue_date=issue,
        due_date=issue + timedelta(days=terms),
        amount_fen=amount_fen,
        tax_fen=0,
        settled_fen=settled_fen,
        status=status,
        # A void invoice keeps the day it was voided: the day it was issued, here.
        voided_on=issue if status == "void" else None,
        original_invoice_id=original.id if original else None,
    )
    session.add(inv)
    session.flush()
    return inv


def payment(
    session: Session,
    cust: Customer,
    amount_fen: int,
    received: date,
    allocations: list[tuple[Invoice, int]] = (),
) -> Payment:
    """A payment with its allocations, keeping the cached sums exact."""
    n = next(_seq)
    pay = Payment(
        number=f"SK{n:08d}",
        customer_id=cust.id,
        received_date=received,
        amount_fen=amount_fen,
        allocated_fen=sum(a for _, a in allocations),
    )
    session.add(pay)
    session.flush()
    for inv, amount in allocations:
        session.add(
            Allocation(
                payment_id=pay.id, invoice_id=inv.id, amount_fen=amount, allocated_date=received
            )
        )
        inv.settled_fen += amount
    session.flush()
    return pay


def written_off(
    db: Database,
    requester: Actor,
    approver: Actor,
    invoice_id: int,
    amount_fen: int,
    on: date,
    reason: str = "破产清算",
) -> int:
    """A write-off asked for by ``requester`` and approved by ``approver``; its id."""
    asked = request_write_off(db, requester, invoice_id, amount_fen, on, reason).value
    return approve_write_off(db, approver, asked).value
