"""A customer's contacts, saved as one set so that exactly one of them is primary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.errors import NotFoundError, ValidationError
from app.models import Contact, Customer
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.field_checks import EMAIL, check_length, check_phone
from app.services.core.permissions import SALES, require


@dataclass(frozen=True)
class ContactInput:
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    is_primary: bool = False
    id: int | None = None  # an existing contact to keep; None adds one


def list_contacts(session: Session, customer_id: int) -> list[ContactInput]:
    rows = session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.is_primary.desc(), Contact.id)
    )
    return [
        ContactInput(
            c.name, c.title or "", c.phone or "", c.email or "", c.wechat or "", c.is_primary, c.id
        )
        for c in rows
    ]


def clean_contacts(contacts: Sequence[ContactInput]) -> list[ContactInput]:
    """Trimmed and checked; with any contacts exactly one is primary (the first is made
    primary when none is marked)."""
    cleaned = [
        replace(
            c,
            name=c.name.strip(),
            title=c.title.strip(),
            phone=c.phone.strip(),
            email=c.email.strip(),
            wechat=c.wechat.strip(),
        )
        for c in contacts
    ]
    for n, c in enumerate(cleaned, start=1):
        if not c.name:
            raise ValidationError("contacts", "Contact {n}: the name is required.", n=n)
        for value, label, column in (
            (c.name, "Contact name", Contact.name),
            (c.title, "Contact title", Contact.title),
            (c.phone, "Contact phone", Contact.phone),
            (c.email, "Contact e-mail", Contact.email),
            (c.wechat, "Contact WeChat", Contact.wechat),
        ):
            check_length("contacts", label, value, column)
        if c.email and not EMAIL.match(c.email):
            raise ValidationError(
                "contacts", "Contact {n}: {email} is not an e-mail address.", n=n, email=c.email
            )
    primaries = sum(c.is_primary for c in cleaned)
    if primaries > 1:
        raise ValidationError("contacts", "Only one contact can be the primary contact.")
    if cleaned and primaries == 0:
        cleaned[0] = ContactInput(**{**cleaned[0].__dict__, "is_primary": True})
    return cleaned


def replace_contacts(
    session: Session, actor: Actor, customer_id: int, cleaned: Sequence[ContactInput]
) -> list[ContactInput]:
    """Inside the caller's write transaction; ``cleaned`` comes from clean_contacts."""
    existing = {
        c.id: c for c in session.scalars(select(Contact).where(Contact.customer_id == customer_id))
    }
    for c in cleaned:
        stored = existing.get(c.id) if c.id is not None else None
        check_phone("contacts", "Contact phone", c.phone, stored.phone if stored else None)
    before = [c.name for c in existing.values()]
    kept = {c.id for c in cleaned if c.id is not None}
    for cid, contact in existing.items():
        if cid not in kept:
            session.delete(contact)
    for c in cleaned:
        row = existing.get(c.id) if c.id is not None else None
        if c.id is not None and row is None:
            raise NotFoundError(entity="Contact", key=c.id)
        if row is None:
            row = Contact(customer_id=customer_id)
            session.add(row)
        row.name, row.title, row.phone = c.name, c.title or None, c.phone or None
        row.email, row.wechat, row.is_primary = c.email or None, c.wechat or None, c.is_primary
    session.flush()
    after = [c.name for c in cleaned]
    if after != before:
        record_audit(
            session,
            actor,
            "customer.contacts",
            "customer",
            customer_id,
            {"contacts": before},
            {"contacts": after},
        )
    return list_contacts(session, customer_id)


def save_contacts(
    db: Database, actor: Actor, customer_id: int, contacts: Sequence[ContactInput]
) -> Changed[list[ContactInput]]:
    """Replace the customer's contacts with ``contacts``."""
    require(actor, "edit customers", SALES)
    cleaned = clean_contacts(contacts)
    with db.write() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError(entity="Customer", key=customer_id)
        return Changed.of(replace_contacts(session, actor, customer_id, cleaned), Kind.CUSTOMERS)
