"""Invoices: details for the detail panel, issuing, red-letter credits and voiding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import InvoiceKind, InvoiceStatus
from app.domain.errors import (
    CreditHoldError,
    FieldProblems,
    LedgerError,
    NotFoundError,
    ValidationError,
)
from app.domain.money import Money, check_amount_limit, tax_of_inclusive
from app.models import Allocation, CreditTier, Customer, Invoice, Payment, Project, WriteOff
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.conflicts import Facts, invoice_facts, refuse_if_changed
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer, lock_customer_of
from app.services.core.dates import check_entry_date
from app.services.core.numbering_service import is_duplicate, lock_for_typed, next_number
from app.services.core.permissions import FINANCE, require
from app.services.credit.credit_control_service import (
    contracted_uninvoiced,
    credit_refusal,
    enforce,
)
from app.services.ledger.entries import require_after_take_backs
from app.services.ledger.invoice_list_service import InvoiceRow, rows_by_id
from app.services.ledger.ledger_queries import ISSUED
from app.services.ledger.write_off_service import cancel_for_void, write_off_requested_fen
from app.services.projects.project_service import after_invoicing, after_reopening


@dataclass(frozen=True)
class SettlementLine:
    """One thing that reduced the invoice: a payment allocation, write-off or red letter."""

    kind: str  # "payment", "write_off" or "red_letter"
    date: date
    reference: str
    amount_fen: int


@dataclass(frozen=True)
class InvoiceDetail:
    row: InvoiceRow
    project_title: str
    tax_rate_bp: int
    original_number: str
    note: str
    void_reason: str
    settlements: tuple[SettlementLine, ...]
    write_off_requested_fen: int = 0  # asked for by requests waiting for approval


def invoice_detail(session: Session, invoice_id: int) -> InvoiceDetail:
    rows = rows_by_id(session, [invoice_id])
    invoice = session.get(Invoice, invoice_id)
    if not rows or invoice is None:
        raise NotFoundError(entity="Invoice", key=invoice_id)
    # Every dated entry, taken-back allocations included: their reversing rows are negative
    # lines, so the lines always add up to what is settled.
    lines: list[SettlementLine] = [
        SettlementLine(
            "payment" if reverses is None else "payment_taken_back", a_date, number, amount
        )
        for a_date, number, amount, reverses in session.execute(
            select(
                Allocation.allocated_date,
                Payment.number,
                Allocation.amount_fen,
                Allocation.reverses_id,
            )
            .join(Payment, Payment.id == Allocation.payment_id)
            .where(Allocation.invoice_id == invoice_id)
            .order_by(Allocation.id)
        )
    ]
    lines += [
        SettlementLine("write_off", w_date, reason, amount)
        for w_date, reason, amount in session.execute(
            select(WriteOff.write_off_date, WriteOff.reason, WriteOff.amount_fen).where(
                WriteOff.invoice_id == invoice_id
            )
        )
    ]
    lines += [
        SettlementLine("red_letter", r_date, number, -amount)
        for r_date, number, amount in session.execute(
            select(Invoice.issue_date, Invoice.number, Invoice.amount_fen).where(
                Invoice.original_invoice_id == invoice_id, Invoice.status == ISSUED
            )
        )
    ]
    lines.sort(key=lambda line: (line.date, line.kind))
    original = (
        session.get(Invoice, invoice.original_invoice_id) if invoice.original_invoice_id else None
    )
    project = session.get(Project, invoice.project_id) if invoice.project_id else None
    return InvoiceDetail(
        row=rows[0],
        project_title=project.title if project else "",
        tax_rate_bp=invoice.tax_rate_bp,
        original_number=original.number if original else "",
        note=invoice.note or "",
        void_reason=invoice.void_reason or "",
        settlements=tuple(lines),
        write_off_requested_fen=write_off_requested_fen(session, invoice_id),
    )


@dataclass(frozen=True)
class InvoiceInput:
    customer_id: int
    amount_fen: int  # tax inclusive
    issue_date: date
    kind: str = InvoiceKind.VAT_NORMAL.value
    tax_rate_bp: int = 600
    due_date: date | None = None  # issue date + the customer's terms unless given
    number: str | None = None  # the tax system's number; generated when not given
    project_id: int | None = None
    installment_id: int | None = None
    note: str = ""
    credit_override_reason: str = ""  # a manager's reason to issue despite a credit hold


MAX_TAX_RATE_BP = 1700


def payment_terms_days(session: Session, customer: Customer) -> int:
    """The customer's own terms win over the tier's."""
    if customer.payment_terms_override_days is not None:
        return customer.payment_terms_override_days
    tier = session.get(CreditTier, customer.tier_id)
    assert tier is not None
    return tier.payment_terms_days


def issue_invoice(db: Database, actor: Actor, data: InvoiceInput) -> Changed[InvoiceRow]:
    require(actor, "issue invoices", FINANCE)
    with db.write() as session:
        issued = issue_in_session(session, actor, data)
        return issued.with_value(rows_by_id(session, [issued.value.id])[0])


def issue_in_session(session: Session, actor: Actor, data: InvoiceInput) -> Changed[Invoice]:
    """Issue inside the caller's write transaction (invoice requests use this too). An
    invoice for a project whose report is out moves the project to invoiced."""
    problems = FieldProblems()
    if data.amount_fen <= 0:
        problems.add(ValidationError("amount", "The amount must be greater than zero."))
    with problems.collect():
        check_amount_limit("amount", data.amount_fen, "The amount cannot be more than {max}.")
    if data.kind not in {k.value for k in InvoiceKind}:
        problems.add(ValidationError("kind", "Unknown invoice kind: {kind}.", kind=data.kind))
    if not 0 <= data.tax_rate_bp <= MAX_TAX_RATE_BP:
        problems.add(ValidationError("tax_rate", "The tax rate must be between 0% and 17%."))
    if data.due_date is not None and data.due_date < data.issue_date:
        problems.add(ValidationError("due_date", "The due date is before the issue date."))
    with problems.collect():
        check_entry_date(session, actor, "issue_date", data.issue_date)
    customer = lock_customer(session, data.customer_id)
    if data.project_id is not None:
        project = session.get(Project, data.project_id)
        if project is None or project.customer_id != customer.id:
            problems.add(ValidationError("project", "The project belongs to another customer."))
    problems.raise_if_any()
    enforce(
        session,
        actor,
        customer.id,
        _new_exposure(session, customer.id, data.amount_fen, data.project_id),
        "invoice",
        override_reason=data.credit_override_reason,
    )
    number = _free_number(session, data.number, data.issue_date)
    due = data.due_date or data.issue_date + timedelta(days=payment_terms_days(session, customer))
    invoice = Invoice(
        number=number,
        kind=data.kind,
        customer_id=customer.id,
        project_id=data.project_id,
        installment_id=data.installment_id,
        issue_date=data.issue_date,
        due_date=due,
        amount_fen=data.amount_fen,
        tax_rate_bp=data.tax_rate_bp,
        tax_fen=tax_of_inclusive(Money(data.amount_fen), data.tax_rate_bp).fen,
        settled_fen=0,
        status=InvoiceStatus.ISSUED.value,
        issued_by=actor.user_id,
        note=data.note.strip() or None,
    )
    _store(session, invoice)
    record_audit(session, actor, "invoice.issue", "invoice", invoice.id, None, _snapshot(invoice))
    if invoice.project_id is not None and after_invoicing(
        session, actor, invoice.project_id, invoice.issue_date
    ):
        return Changed.of(invoice, Kind.INVOICES, Kind.PROJECTS)
    return Changed.of(invoice, Kind.INVOICES)


def issue_red_letter(
    db: Database,
    actor: Actor,
    original_id: int,
    credit_fen: int,
    issue_date: date,
    reason: str,
    number: str | None = None,
) -> Changed[InvoiceRow]:
    """红冲: a negative invoice that reduces the original's open balance by ``credit_fen``."""
    require(actor, "issue invoices", FINANCE)
    if credit_fen <= 0:
        raise ValidationError("amount", "The amount to credit must be greater than zero.")
    check_amount_limit("amount", credit_fen, "The amount cannot be more than {max}.")
    if not reason.strip():
        raise ValidationError("reason", "Say why the invoice is credited.")
    with db.write() as session:
        lock_customer_of(session, select(Invoice.customer_id).where(Invoice.id == original_id))
        original = session.get(Invoice, original_id, with_for_update=True)
        if original is None:
            raise NotFoundError(entity="Invoice", key=original_id)
        if original.status != InvoiceStatus.ISSUED.value or original.original_invoice_id:
            raise LedgerError(
                "Only an issued, normal invoice can be credited; {number} is not one.",
                number=original.number,
            )
        open_fen = original.amount_fen - original.settled_fen
        if credit_fen > open_fen:
            raise LedgerError(
                "Invoice {number} has {open} open; a credit of {amount} would exceed it. "
                "Remove payments applied to it first.",
                number=original.number,
                open=Money(open_fen).format(),
                amount=Money(credit_fen).format(),
            )
        if issue_date < original.issue_date:
            raise ValidationError(
                "issue_date", "A red-letter invoice cannot predate the invoice it credits."
            )
        require_after_take_backs(session, original, issue_date)
        check_entry_date(session, actor, "issue_date", issue_date)
        red = Invoice(
            number=_free_number(session, number, issue_date),
            kind=original.kind,
            customer_id=original.customer_id,
            project_id=original.project_id,
            installment_id=original.installment_id,
            issue_date=issue_date,
            due_date=issue_date,
            amount_fen=-credit_fen,
            tax_rate_bp=original.tax_rate_bp,
            tax_fen=-tax_of_inclusive(Money(credit_fen), original.tax_rate_bp).fen,
            settled_fen=-credit_fen,
            status=InvoiceStatus.ISSUED.value,
            original_invoice_id=original.id,
            issued_by=actor.user_id,
            note=reason.strip(),
        )
        original.settled_fen += credit_fen
        _store(session, red)
        record_audit(
            session,
            actor,
            "invoice.red_letter",
            "invoice",
            red.id,
            None,
            _snapshot(red),
            reason=reason.strip(),
        )
        return Changed.of(rows_by_id(session, [red.id])[0], Kind.INVOICES)


def void_invoice(
    db: Database,
    actor: Actor,
    invoice_id: int,
    reason: str,
    credit_override_reason: str = "",
    seen: Facts | None = None,
) -> Changed[None]:
    """作废. Only an invoice nothing has been applied to; a voided red-letter invoice gives
    its credit back to the original, which credit control checks like a new invoice (a
    manager may override with a reason). Write-off requests waiting on the invoice are
    withdrawn with the reason for voiding. ``seen``: the invoice_facts the form showed; when
    another PC changed them since, nothing is written (ConcurrentEditError)."""
    require(actor, "void invoices", FINANCE)
    if not reason.strip():
        raise ValidationError("reason", "Say why the invoice is voided.")
    reopened = False
    with db.write() as session:
        lock_customer_of(session, select(Invoice.customer_id).where(Invoice.id == invoice_id))
        invoice = session.get(Invoice, invoice_id, with_for_update=True)
        if invoice is None:
            raise NotFoundError(entity="Invoice", key=invoice_id)
        now = invoice_facts(invoice.status, invoice.amount_fen, invoice.settled_fen)
        refuse_if_changed("Invoice", invoice.number, seen, now)
        if invoice.status == InvoiceStatus.VOID.value:
            raise LedgerError("Invoice {number} is already void.", number=invoice.number)
        before = _snapshot(invoice)
        if invoice.original_invoice_id is not None:
            original = session.get(Invoice, invoice.original_invoice_id, with_for_update=True)
            assert original is not None
            enforce(
                session,
                actor,
                invoice.customer_id,
                -invoice.amount_fen,
                "void",
                invoice.number,
                credit_override_reason,
            )
            original.settled_fen += invoice.amount_fen  # amount is negative
            if original.project_id is not None:
                reopened = after_reopening(
                    session, actor, {original.project_id}, actor.clock.today(), reason.strip()
                )
        elif invoice.settled_fen != 0:
            raise LedgerError(
                "Invoice {number} has {settled} applied to it (payments, write-offs or "
                "red-letter invoices). Remove those first.",
                number=invoice.number,
                settled=Money(invoice.settled_fen).format(),
            )
        invoice.status = InvoiceStatus.VOID.value
        invoice.voided_on = max(actor.clock.today(), invoice.issue_date)
        invoice.void_reason = reason.strip()
        withdrawn = cancel_for_void(session, actor, invoice, reason.strip())
        record_audit(
            session,
            actor,
            "invoice.void",
            "invoice",
            invoice.id,
            before,
            _snapshot(invoice),
            reason=reason.strip(),
        )
    kinds = {Kind.INVOICES}
    if reopened:
        kinds.add(Kind.PROJECTS)
    if withdrawn:
        kinds.add(Kind.WRITE_OFF_REQUESTS)
    return Changed(None, frozenset(kinds))


def _new_exposure(
    session: Session, customer_id: int, amount_fen: int, project_id: int | None
) -> int:
    """Invoicing signed contract work moves exposure from "contracted" to "invoiced"; only
    the part beyond the contract is new exposure. (An overdue hold refuses any invoice.)"""
    remainder = 0
    if project_id is not None:
        remainder = contracted_uninvoiced(session, customer_id).get(project_id, 0)
    return max(amount_fen - remainder, 0)


def invoice_credit_refusal(
    session: Session, customer_id: int, amount_fen: int, project_id: int | None, as_of: date
) -> CreditHoldError | None:
    """What credit control would say to this invoice now (nothing is saved)."""
    added = _new_exposure(session, customer_id, amount_fen, project_id)
    return credit_refusal(session, customer_id, added, "invoice", as_of)


def _free_number(session: Session, number: str | None, on: date) -> str:
    if number is None or not number.strip():
        return next_number(session, "invoice", on)
    number = number.strip()
    lock_for_typed(session, "invoice", number)
    if session.scalar(select(Invoice.id).where(Invoice.number == number)) is not None:
        raise _duplicate(number)
    return number


def _duplicate(number: str) -> ValidationError:
    return ValidationError("number", "Invoice number {number} already exists.", number=number)


def _store(session: Session, invoice: Invoice) -> None:
    """Insert the invoice. The same number typed at the same moment on another PC (for
    another customer, so not serialised by the customer lock) is refused by the unique
    index: that, too, is the field's error."""
    session.add(invoice)
    try:
        session.flush()
    except IntegrityError as exc:
        if is_duplicate(exc, Invoice.number):
            raise _duplicate(invoice.number) from exc
        raise


def _snapshot(invoice: Invoice) -> dict[str, object]:
    return {
        "number": invoice.number,
        "customer_id": invoice.customer_id,
        "amount_fen": invoice.amount_fen,
        "tax_fen": invoice.tax_fen,
        "settled_fen": invoice.settled_fen,
        "status": invoice.status,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "original_invoice_id": invoice.original_invoice_id,
        "voided_on": invoice.voided_on,
    }
