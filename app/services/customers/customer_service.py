"""Customer details for the detail panel (the full 360 view builds on this)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.aging import make_buckets
from app.domain.errors import NotFoundError
from app.models import Contact, CreditTier, Customer, Invoice, Project
from app.services.core.settings_service import get_aging_bounds
from app.services.credit.credit_control_service import CreditPosition, credit_position
from app.services.customers.customer_list_service import CustomerRow, customer_row
from app.services.ledger.aging_service import customer_aging


@dataclass(frozen=True)
class ContactInfo:
    name: str
    title: str
    phone: str
    email: str
    wechat: str
    is_primary: bool


@dataclass(frozen=True)
class CustomerDetail:
    row: CustomerRow
    address: str
    invoice_title: str
    tax_id: str
    bank_name: str
    bank_account: str
    notes: str
    payment_terms_days: int
    credit: CreditPosition  # what credit control counts, as everywhere else
    contacts: tuple[ContactInfo, ...]
    aging: dict[str, int]
    project_count: int
    invoice_count: int

    @property
    def credit_limit_fen(self) -> int:
        return self.credit.credit_limit_fen

    @property
    def available_credit_fen(self) -> int:
        return self.credit.available_fen


def customer_detail(session: Session, customer_id: int, as_of: date) -> CustomerDetail:
    row = customer_row(session, customer_id, as_of)
    customer = session.get(Customer, customer_id)
    if row is None or customer is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    tier = session.get(CreditTier, customer.tier_id)
    assert tier is not None
    contacts = session.scalars(
        select(Contact)
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.is_primary.desc(), Contact.id)
    )
    return CustomerDetail(
        row=row,
        address=customer.address or "",
        invoice_title=customer.invoice_title or customer.name,
        tax_id=customer.tax_id or customer.uscc or "",
        bank_name=customer.bank_name or "",
        bank_account=customer.bank_account or "",
        notes=customer.notes or "",
        payment_terms_days=(
            customer.payment_terms_override_days
            if customer.payment_terms_override_days is not None
            else tier.payment_terms_days
        ),
        credit=credit_position(session, customer_id, as_of),
        contacts=tuple(
            ContactInfo(
                c.name, c.title or "", c.phone or "", c.email or "", c.wechat or "", c.is_primary
            )
            for c in contacts
        ),
        aging=customer_aging(session, customer_id, as_of, make_buckets(get_aging_bounds(session))),
        project_count=session.scalar(
            select(func.count()).select_from(Project).where(Project.customer_id == customer_id)
        )
        or 0,
        invoice_count=session.scalar(
            select(func.count()).select_from(Invoice).where(Invoice.customer_id == customer_id)
        )
        or 0,
    )
