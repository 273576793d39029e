"""Creating, editing, archiving and handing over customers, with validation that names
the field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import CustomerCategory
from app.domain.errors import (
    FieldProblems,
    NotFoundError,
    ValidationError,
)
from app.domain.money import Money, check_amount_limit
from app.domain.names import name_key
from app.domain.uscc import normalize_uscc
from app.models import CreditTier, Customer, CustomerOwnership, User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.conflicts import refuse_if_newer
from app.services.core.context import Actor
from app.services.core.field_checks import check_length, check_phone, raise_for_uscc
from app.services.core.permissions import MANAGERS, SALES, require
from app.services.core.visibility import can_see_customer, sees_everyone
from app.services.customers.contact_service import (
    ContactInput,
    clean_contacts,
    list_contacts,
    replace_contacts,
)

MAX_TERMS_DAYS = 365


@dataclass(frozen=True)
class CustomerInput:
    name: str
    tier_id: int
    category: str = CustomerCategory.ENTERPRISE.value
    code: str = ""  # generated when empty
    short_name: str = ""
    uscc: str = ""
    owner_id: int | None = None
    credit_limit_override_fen: int | None = None
    payment_terms_override_days: int | None = None
    region: str = ""
    address: str = ""
    phone: str = ""
    invoice_title: str = ""
    tax_id: str = ""
    bank_name: str = ""
    bank_account: str = ""
    notes: str = ""


def _clean(data: CustomerInput) -> dict[str, Any]:
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(data).items()}
    values["uscc"] = normalize_uscc(values["uscc"]) if values["uscc"] else ""
    return values


# What each text field is called in messages, and the column whose length limits it.
_TEXT_FIELDS = (
    ("name", "Customer name", Customer.name),
    ("short_name", "Short name", Customer.short_name),
    ("code", "Customer code", Customer.code),
    ("region", "Region", Customer.region),
    ("address", "Address", Customer.address),
    ("phone", "Phone", Customer.phone),
    ("invoice_title", "Invoice title", Customer.invoice_title),
    ("tax_id", "Tax ID", Customer.tax_id),
    ("bank_name", "Bank", Customer.bank_name),
    ("bank_account", "Bank account", Customer.bank_account),
)


def _validate(session: Session, values: dict[str, Any], stored: Customer | None) -> FieldProblems:
    """Every problem of the input, field by field (the caller raises them together)."""
    problems = FieldProblems()
    customer_id = stored.id if stored is not None else None
    for field, label, column in _TEXT_FIELDS:
        with problems.collect():
            check_length(field, label, values[field], column)
    with problems.collect():
        check_phone("phone", "Phone", values["phone"], stored.phone if stored is not None else None)
    others = (
        select(Customer.id).where(Customer.id != customer_id)
        if customer_id
        else select(Customer.id)
    )
    if not values["name"]:
        problems.add(ValidationError("name", "The customer name is required."))
    elif session.scalar(others.where(Customer.name_key == name_key(values["name"]))):
        problems.add(
            ValidationError("name", "A customer named {name} already exists.", name=values["name"])
        )
    if values["code"] and session.scalar(others.where(Customer.code == values["code"])):
        problems.add(
            ValidationError("code", "Customer code {code} is already used.", code=values["code"])
        )
    if values["uscc"]:
        with problems.collect():
            raise_for_uscc("uscc", values["uscc"])
        if not problems.has("uscc") and session.scalar(
            others.where(Customer.uscc == values["uscc"])
        ):
            problems.add(
                ValidationError(
                    "uscc",
                    "Another customer already has the unified social credit code {code}.",
                    code=values["uscc"],
                )
            )
    if values["category"] not in {c.value for c in CustomerCategory}:
        problems.add(
            ValidationError(
                "category", "Unknown customer category: {category}.", category=values["category"]
            )
        )
    if session.get(CreditTier, values["tier_id"]) is None:
        problems.add(ValidationError("tier", "Choose a credit tier."))
    # An owner who has left stays the owner until the customer is handed over: editing
    # anything else must not force that; choosing someone inactive is refused.
    owner_id = values["owner_id"]
    if owner_id is not None and (stored is None or owner_id != stored.owner_id):
        owner = session.get(User, owner_id)
        if owner is None or not owner.active:
            problems.add(ValidationError("owner", "The salesperson does not exist or is inactive."))
    limit = values["credit_limit_override_fen"]
    if limit is not None and limit < 0:
        problems.add(ValidationError("credit_limit", "The credit limit cannot be negative."))
    elif limit is not None:
        with problems.collect():
            check_amount_limit("credit_limit", limit, "The credit limit cannot be more than {max}.")
    terms = values["payment_terms_override_days"]
    if terms is not None and not 0 <= terms <= MAX_TERMS_DAYS:
        problems.add(
            ValidationError(
                "payment_terms", "Payment terms must be 0 to {max} days.", max=MAX_TERMS_DAYS
            )
        )
    return problems


def _no_looser_credit(
    session: Session,
    actor: Actor,
    values: dict[str, Any],
    customer: Customer | None,
    problems: FieldProblems,
) -> None:
    """Raising a limit or lengthening terms is a manager's credit decision. Anyone else may
    keep a customer's own limit and terms, or make them stricter than they are now (the
    tier's, for a new customer), never looser."""
    if actor.can(*MANAGERS):
        return
    tier = session.get(CreditTier, values["tier_id"] if customer is None else customer.tier_id)
    if tier is None:
        return  # the missing tier is a problem already

    def effective(own: int | None, of_tier: int) -> int:
        return of_tier if own is None else own

    # A new customer has no overrides yet: the tier's figures are the ones not to pass.
    own_limit = None if customer is None else customer.credit_limit_override_fen
    own_terms = None if customer is None else customer.payment_terms_override_days
    limit = effective(own_limit, tier.credit_limit_fen)
    wanted_limit = effective(values["credit_limit_override_fen"], tier.credit_limit_fen)
    if not problems.has("credit_limit") and wanted_limit > limit:
        problems.add(
            ValidationError(
                "credit_limit",
                "Only a manager can raise the credit limit above {limit}.",
                limit=Money(limit).format(),
            )
        )
    terms = effective(own_terms, tier.payment_terms_days)
    wanted_terms = effective(values["payment_terms_override_days"], tier.payment_terms_days)
    if not problems.has("payment_terms") and wanted_terms > terms:
        problems.add(
            ValidationError(
                "payment_terms",
                "Only a manager can give payment terms longer than {days} days.",
                days=terms,
            )
        )


def _checked_contacts(
    contacts: Sequence[ContactInput] | None, problems: FieldProblems
) -> list[ContactInput] | None:
    if contacts is None:
        return None
    with problems.collect():
        return clean_contacts(contacts)
    return None


def check_customer(
    session: Session,
    actor: Actor,
    data: CustomerInput,
    customer_id: int | None = None,
    contacts: Sequence[ContactInput] | None = None,
) -> tuple[ValidationError, ...]:
    """What saving ``data`` would refuse, field by field, without saving (a form asks this
    when it has problems of its own, to show every problem at once)."""
    values = _clean(data)
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    problems = _validate(session, values, customer)
    _no_looser_credit(session, actor, values, customer, problems)
    _checked_contacts(contacts, problems)
    return tuple(problems.errors)


def _next_code(session: Session) -> str:
    last = session.scalar(
        select(func.max(Customer.code)).where(
            Customer.code.like("C%"), func.length(Customer.code) == 7
        )
    )
    seq = int(last[1:]) + 1 if last and last[1:].isdigit() else 1
    return f"C{seq:06d}"


def _apply(customer: Customer, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if key == "owner_id":
            continue
        setattr(customer, key, value if value != "" else None)
    customer.name_key = name_key(values["name"])


def create_customer(
    db: Database, actor: Actor, data: CustomerInput, contacts: Sequence[ContactInput] | None = None
) -> Changed[int]:
    """The customer and (optionally) its contacts, in one transaction; its id."""
    require(actor, "create customers", SALES)
    values = _clean(data)
    if values["owner_id"] is None and not sees_everyone(actor):
        # A salesperson's new customer is theirs: they would not see it otherwise.
        values["owner_id"] = actor.user_id
    with db.write() as session:
        problems = _validate(session, values, None)
        _no_looser_credit(session, actor, values, None, problems)
        cleaned = _checked_contacts(contacts, problems)
        problems.raise_if_any()
        values["code"] = values["code"] or _next_code(session)
        customer = Customer(archived=False, since=actor.clock.today())
        _apply(customer, values)
        customer.owner_id = values["owner_id"]
        session.add(customer)
        session.flush()
        if customer.owner_id is not None:
            session.add(
                CustomerOwnership(
                    customer_id=customer.id,
                    owner_id=customer.owner_id,
                    start_date=actor.clock.today(),
                )
            )
        record_audit(session, actor, "customer.create", "customer", customer.id, None, values)
        if cleaned is not None:
            replace_contacts(session, actor, customer.id, cleaned)
        return Changed.of(customer.id, Kind.CUSTOMERS)


def update_customer(
    db: Database,
    actor: Actor,
    customer_id: int,
    version: int,
    data: CustomerInput,
    contacts: Sequence[ContactInput] | None = None,
) -> Changed[int]:
    """``version`` is the one the form loaded; a newer one means someone else saved first.
    Contacts, when given, are replaced in the same transaction. Returns the new version."""
    require(actor, "edit customers", SALES)
    values = _clean(data)
    with db.write() as session:
        customer = _load(session, customer_id)
        if not can_see_customer(session, actor, customer_id):
            raise NotFoundError(entity="Customer", key=customer_id)
        yours = _facts(session, {**values, "code": values["code"] or customer.code})
        theirs = _facts(session, {name: getattr(customer, name) for name in values})
        refuse_if_newer("Customer", customer.name, version, customer.version, yours, theirs)
        problems = _validate(session, values, customer)
        # Credit decisions are managers': a tier change is never a side effect of an edit.
        if values["tier_id"] != customer.tier_id:
            require(actor, "change a customer's credit tier", MANAGERS)
        _no_looser_credit(session, actor, values, customer, problems)
        cleaned = _checked_contacts(contacts, problems)
        problems.raise_if_any()
        if not values["code"]:
            values["code"] = customer.code
        before = _snapshot(customer)
        _apply(customer, values)
        if values["owner_id"] != customer.owner_id:
            _handover(session, customer, values["owner_id"], actor.clock.today())
        session.flush()
        record_audit(
            session, actor, "customer.update", "customer", customer.id, before, _snapshot(customer)
        )
        if cleaned is not None:
            replace_contacts(session, actor, customer.id, cleaned)
        session.flush()
        return Changed.of(customer.version, Kind.CUSTOMERS)


def set_archived(db: Database, actor: Actor, customer_id: int, archived: bool) -> Changed[None]:
    require(actor, "archive customers", SALES)
    with db.write() as session:
        customer = _load(session, customer_id)
        customer.archived = archived
        record_audit(
            session,
            actor,
            "customer.archive" if archived else "customer.restore",
            "customer",
            customer.id,
            None,
            {"archived": archived},
        )
    return Changed.of(None, Kind.CUSTOMERS)


def hand_over(
    db: Database, actor: Actor, customer_id: int, owner_id: int | None, on: date | None = None
) -> Changed[None]:
    """Give the customer to another salesperson; who owned it when is kept."""
    require(actor, "hand customers over", SALES)
    with db.write() as session:
        customer = _load(session, customer_id)
        if owner_id is not None:
            owner = session.get(User, owner_id)
            if owner is None or not owner.active:
                raise ValidationError("owner", "The salesperson does not exist or is inactive.")
        before = customer.owner_id
        _handover(session, customer, owner_id, on or actor.clock.today())
        record_audit(
            session,
            actor,
            "customer.hand_over",
            "customer",
            customer.id,
            {"owner_id": before},
            {"owner_id": owner_id},
        )
    return Changed.of(None, Kind.CUSTOMERS)


def _handover(session: Session, customer: Customer, owner_id: int | None, on: date) -> None:
    current = session.scalars(
        select(CustomerOwnership).where(
            CustomerOwnership.customer_id == customer.id, CustomerOwnership.end_date.is_(None)
        )
    )
    for row in current:
        row.end_date = on
    if owner_id is not None:
        session.add(CustomerOwnership(customer_id=customer.id, owner_id=owner_id, start_date=on))
    customer.owner_id = owner_id


def ownership_history(session: Session, customer_id: int) -> list[tuple[str, date, date | None]]:
    rows = session.execute(
        select(User.display_name, CustomerOwnership.start_date, CustomerOwnership.end_date)
        .join(User, User.id == CustomerOwnership.owner_id)
        .where(CustomerOwnership.customer_id == customer_id)
        .order_by(CustomerOwnership.start_date, CustomerOwnership.id)
    )
    return [(name, start, end) for name, start, end in rows]


def _load(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id, with_for_update=True)
    if customer is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    return customer


# The label of each field of CustomerInput, as a conflict lists it (the views translate it).
_LABELS = {
    "name": "Customer name",
    "code": "Customer code",
    "short_name": "Short name",
    "category": "Category",
    "uscc": "Unified social credit code",
    "tier_id": "Credit tier",
    "owner_id": "Owner",
    "credit_limit_override_fen": "Credit limit",
    "payment_terms_override_days": "Payment terms (days)",
    "region": "Region",
    "address": "Address",
    "phone": "Phone",
    "invoice_title": "Invoice title",
    "tax_id": "Tax ID",
    "bank_name": "Bank",
    "bank_account": "Bank account",
    "notes": "Notes",
}


def _facts(session: Session, values: dict[str, Any]) -> dict[str, str]:
    """The customer's fields as a person reads them (names, not ids; money as money)."""
    facts = {}
    for name, label in _LABELS.items():
        value = values[name]
        if value is None:
            shown = ""
        elif name == "tier_id":
            shown = session.scalar(select(CreditTier.name).where(CreditTier.id == value)) or ""
        elif name == "owner_id":
            shown = session.scalar(select(User.display_name).where(User.id == value)) or ""
        elif name == "credit_limit_override_fen":
            shown = Money(value).format()
        else:
            shown = str(value)
        facts[label] = shown
    return facts


def _snapshot(customer: Customer) -> dict[str, Any]:
    return {
        c: getattr(customer, c)
        for c in (
            "code",
            "name",
            "short_name",
            "uscc",
            "category",
            "tier_id",
            "owner_id",
            "credit_limit_override_fen",
            "payment_terms_override_days",
            "address",
            "invoice_title",
            "tax_id",
            "bank_name",
            "bank_account",
            "archived",
        )
    }


@dataclass(frozen=True)
class CustomerForm:
    """What the edit form loads: stored values as typed ('' for empty), the version the
    form must send back, the archived flag and the contacts, primary first."""

    id: int
    version: int
    archived: bool
    data: CustomerInput
    contacts: tuple[ContactInput, ...]


def customer_form(session: Session, customer_id: int) -> CustomerForm:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    data = CustomerInput(
        name=c.name,
        tier_id=c.tier_id,
        category=c.category,
        code=c.code,
        short_name=c.short_name or "",
        uscc=c.uscc or "",
        owner_id=c.owner_id,
        credit_limit_override_fen=c.credit_limit_override_fen,
        payment_terms_override_days=c.payment_terms_override_days,
        region=c.region or "",
        address=c.address or "",
        phone=c.phone or "",
        invoice_title=c.invoice_title or "",
        tax_id=c.tax_id or "",
        bank_name=c.bank_name or "",
        bank_account=c.bank_account or "",
        notes=c.notes or "",
    )
    return CustomerForm(
        c.id, c.version, bool(c.archived), data, tuple(list_contacts(session, customer_id))
    )
