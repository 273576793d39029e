"""开票申请: sales asks finance to invoice a project or installment; finance issues or
rejects it with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import InvoiceKind, InvoiceRequestStatus
from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.domain.money import check_amount_limit
from app.models import Customer, Installment, InvoiceRequest, Project, User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer_of
from app.services.core.numbering_service import next_number
from app.services.core.permissions import FINANCE, SALES, require
from app.services.ledger.invoice_list_service import InvoiceRow, rows_by_id
from app.services.ledger.invoice_service import InvoiceInput, issue_in_session


@dataclass(frozen=True)
class RequestRow:
    id: int
    project_id: int | None
    installment_id: int | None
    amount_fen: int
    kind: str
    tax_rate_bp: int
    status: str
    note: str
    customer_id: int
    customer_name: str
    project_code: str
    project_title: str
    requested_by: str
    requested_at: datetime
    installment_seq: int | None = None
    installment_due_date: date | None = None
    number: str = ""


def planned_due_date(installment_due: date | None, issue_date: date) -> date | None:
    """The due date of an invoice raised from an installment: the installment's own, as
    the contract set it, when it is set and not before the issue date; otherwise None, and
    the invoice falls due after the customer's terms from its issue date (an invoice cannot
    be due before it is issued, and an installment invoiced late gets the usual terms)."""
    if installment_due is not None and installment_due >= issue_date:
        return installment_due
    return None


def request_invoice(
    db: Database,
    actor: Actor,
    project_id: int,
    amount_fen: int | None = None,
    installment_id: int | None = None,
    kind: str = InvoiceKind.VAT_NORMAL.value,
    tax_rate_bp: int = 600,
    note: str = "",
) -> Changed[int]:
    """The amount defaults to the installment's, else to the contract's; the request's id."""
    require(actor, "request invoices", SALES)
    with db.write() as session:
        # Locked as the payment plan is while it is saved, so a line is not removed or
        # changed under a new request.
        project = session.get(Project, project_id, with_for_update=True)
        if project is None:
            raise NotFoundError(entity="Project", key=project_id)
        if installment_id is not None:
            inst = session.get(Installment, installment_id)
            if inst is None or inst.project_id != project_id:
                raise ValidationError("installment", "The installment is not part of this project.")
            default = inst.amount_fen
        else:
            default = project.contract_amount_fen
        amount = default if amount_fen is None else amount_fen
        if amount <= 0:
            raise ValidationError("amount", "The amount must be greater than zero.")
        check_amount_limit("amount", amount, "The amount cannot be more than {max}.")
        pending = session.scalar(
            select(InvoiceRequest.id).where(
                InvoiceRequest.project_id == project_id,
                InvoiceRequest.installment_id.is_(None)
                if installment_id is None
                else InvoiceRequest.installment_id == installment_id,
                InvoiceRequest.status == InvoiceRequestStatus.PENDING.value,
            )
        )
        if pending is not None:
            raise LedgerError(
                "An invoice request for {code} is already waiting for finance.", code=project.code
            )
        req = InvoiceRequest(
            number=next_number(session, "invoice_request", actor.clock.today()),
            customer_id=project.customer_id,
            project_id=project_id,
            installment_id=installment_id,
            amount_fen=amount,
            kind=kind,
            tax_rate_bp=tax_rate_bp,
            requested_by=actor.user_id,
            status=InvoiceRequestStatus.PENDING.value,
            note=note or None,
        )
        session.add(req)
        session.flush()
        record_audit(
            session,
            actor,
            "invoice_request.create",
            "invoice_request",
            req.id,
            None,
            {"number": req.number, "project": project.code, "amount_fen": amount},
        )
        return Changed.of(req.id, Kind.INVOICE_REQUESTS)


def _pending(session: Session, request_id: int) -> InvoiceRequest:
    req = session.get(InvoiceRequest, request_id, with_for_update=True)
    if req is None:
        raise NotFoundError(entity="Invoice request", key=request_id)
    if req.status != InvoiceRequestStatus.PENDING.value:
        raise LedgerError("This invoice request was already {status}.", status=req.status)
    return req


def issue_request(
    db: Database,
    actor: Actor,
    request_id: int,
    issue_date: date,
    number: str | None = None,
    due_date: date | None = None,
    credit_override_reason: str = "",
) -> Changed[InvoiceRow]:
    """Issue the requested invoice. Unless ``due_date`` is given, an installment's invoice
    falls due on the installment's date (see ``planned_due_date``), any other after the
    customer's terms."""
    require(actor, "issue invoices", FINANCE)
    with db.write() as session:
        lock_customer_of(
            session, select(InvoiceRequest.customer_id).where(InvoiceRequest.id == request_id)
        )
        req = _pending(session, request_id)
        if due_date is None and req.installment_id is not None:
            inst = session.get(Installment, req.installment_id)
            due_date = planned_due_date(inst.due_date if inst else None, issue_date)
        issued = issue_in_session(
            session,
            actor,
            InvoiceInput(
                customer_id=req.customer_id,
                amount_fen=req.amount_fen,
                issue_date=issue_date,
                kind=req.kind,
                tax_rate_bp=req.tax_rate_bp,
                due_date=due_date,
                number=number,
                project_id=req.project_id,
                installment_id=req.installment_id,
                credit_override_reason=credit_override_reason,
            ),
        )
        invoice = issued.value
        req.status = InvoiceRequestStatus.ISSUED.value
        req.invoice_id = invoice.id
        record_audit(
            session,
            actor,
            "invoice_request.issue",
            "invoice_request",
            req.id,
            None,
            {"invoice": invoice.number},
        )
        row = rows_by_id(session, [invoice.id])[0]
        return Changed(row, issued.kinds | {Kind.INVOICE_REQUESTS})


def reject_request(db: Database, actor: Actor, request_id: int, reason: str) -> Changed[None]:
    require(actor, "reject invoice requests", FINANCE)
    if not reason.strip():
        raise ValidationError("reason", "Say why the request is rejected.")
    with db.write() as session:
        req = _pending(session, request_id)
        req.status = InvoiceRequestStatus.REJECTED.value
        req.reject_reason = reason.strip()
        record_audit(
            session,
            actor,
            "invoice_request.reject",
            "invoice_request",
            req.id,
            None,
            None,
            reason=reason.strip(),
        )
    return Changed.of(None, Kind.INVOICE_REQUESTS)


def count_pending_requests(session: Session) -> int:
    """How many requests wait for finance (for a button's label: no rows read)."""
    stmt = select(func.count()).where(InvoiceRequest.status == InvoiceRequestStatus.PENDING.value)
    return session.scalar(stmt) or 0


def pending_requests(session: Session) -> list[RequestRow]:
    """Requests waiting for finance, oldest first, with their project and customer."""
    stmt = (
        select(
            InvoiceRequest,
            Customer.name,
            Project.code,
            Project.title,
            User.display_name,
            Installment.seq,
            Installment.due_date,
        )
        .join(Customer, Customer.id == InvoiceRequest.customer_id)
        .outerjoin(Project, Project.id == InvoiceRequest.project_id)
        .outerjoin(User, User.id == InvoiceRequest.requested_by)
        .outerjoin(Installment, Installment.id == InvoiceRequest.installment_id)
        .where(InvoiceRequest.status == InvoiceRequestStatus.PENDING.value)
        .order_by(InvoiceRequest.requested_at, InvoiceRequest.id)
    )
    return [
        RequestRow(
            r.id,
            r.project_id,
            r.installment_id,
            r.amount_fen,
            r.kind,
            r.tax_rate_bp,
            r.status,
            r.note or "",
            r.customer_id,
            customer,
            code or "",
            title or "",
            who or "",
            r.requested_at,
            seq,
            due,
            r.number,
        )
        for r, customer, code, title, who, seq, due in session.execute(stmt)
    ]
