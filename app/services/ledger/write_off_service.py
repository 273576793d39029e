"""坏账核销: writing off what a customer will not pay. Finance asks (坏账核销申请) with the
amount, date and reason; the request waits until a manager other than the requester approves
it, which makes the write-off and settles the invoice, or rejects it with a reason. The
requester may withdraw it while it waits. Until then the invoice stays open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import InvoiceStatus, WriteOffRequestStatus
from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.domain.money import Money, check_amount_limit
from app.models import Customer, Invoice, User, WriteOff, WriteOffRequest
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer_of
from app.services.core.dates import check_write_off_date
from app.services.core.permissions import FINANCE, MANAGERS, require
from app.services.ledger.entries import last_taken_back, require_after_take_backs

PENDING = WriteOffRequestStatus.PENDING.value


@dataclass(frozen=True)
class WriteOffRequestRow:
    """A pending request as the approval queue shows it."""

    id: int
    invoice_id: int
    invoice_number: str
    customer_name: str
    open_fen: int  # the invoice's open balance now
    amount_fen: int
    write_off_date: date
    reason: str
    requested_by_id: int | None
    requested_by: str
    requested_at: datetime


def request_write_off(
    db: Database,
    actor: Actor,
    invoice_id: int,
    amount_fen: int,
    on: date,
    reason: str,
) -> Changed[int]:
    """A request waiting for a manager; its id. The invoice stays open. Pending requests
    reserve nothing, but together they may not ask for more than is open."""
    require(actor, "write off bad debts", FINANCE)
    if amount_fen <= 0:
        raise ValidationError("amount", "The amount must be greater than zero.")
    check_amount_limit("amount", amount_fen, "The amount cannot be more than {max}.")
    if not reason.strip():
        raise ValidationError("reason", "Say why the amount is written off.")
    with db.write() as session:
        invoice = _locked_invoice(session, invoice_id)
        _check_writable(invoice)
        require_after_take_backs(session, invoice, on)
        check_write_off_date(session, actor, invoice, on)
        open_fen = invoice.amount_fen - invoice.settled_fen
        waiting = write_off_requested_fen(session, invoice.id)
        if amount_fen > open_fen:
            raise LedgerError(
                "Invoice {number} has only {open} open.",
                number=invoice.number,
                open=Money(open_fen).format(),
            )
        if amount_fen > open_fen - waiting:
            raise LedgerError(
                "Invoice {number} has {open} open and write-offs of {waiting} already wait "
                "for approval: at most {left} more can be asked for.",
                number=invoice.number,
                open=Money(open_fen).format(),
                waiting=Money(waiting).format(),
                left=Money(max(open_fen - waiting, 0)).format(),
            )
        req = WriteOffRequest(
            invoice_id=invoice.id,
            amount_fen=amount_fen,
            write_off_date=on,
            reason=reason.strip(),
            status=PENDING,
            requested_by=actor.user_id,
            requested_at=actor.clock.now_utc(),
        )
        session.add(req)
        session.flush()
        record_audit(
            session,
            actor,
            "write_off_request.create",
            "write_off_request",
            req.id,
            None,
            {"invoice": invoice.number, "amount_fen": amount_fen, "date": on},
            reason=reason.strip(),
        )
        return Changed.of(req.id, Kind.WRITE_OFF_REQUESTS)


def approve_write_off(db: Database, actor: Actor, request_id: int) -> Changed[int]:
    """The acting manager approves: the write-off is made and settles the invoice, if the
    amount is still open. Its id."""
    require(actor, "approve write-offs", MANAGERS)
    with db.write() as session:
        invoice_id = session.scalar(
            select(WriteOffRequest.invoice_id).where(WriteOffRequest.id == request_id)
        )
        if invoice_id is None:
            raise NotFoundError(entity="Write-off request", key=request_id)
        # The invoice before the request, in the order voiding locks them.
        invoice = _locked_invoice(session, invoice_id)
        req = _pending(session, request_id)
        _check_decider(actor, req)
        _check_writable(invoice)
        open_fen = invoice.amount_fen - invoice.settled_fen
        if req.amount_fen > open_fen:
            raise LedgerError(
                "Invoice {number} has only {open} open now, less than the {amount} this "
                "request asks to write off. Reject it; finance can ask again.",
                number=invoice.number,
                open=Money(open_fen).format(),
                amount=Money(req.amount_fen).format(),
            )
        # On the books from the day asked for, unless money was taken back from the invoice
        # since (then from that day: see last_taken_back).
        on = max(
            req.write_off_date,
            last_taken_back(session, [invoice.id]).get(invoice.id, req.write_off_date),
        )
        entry = WriteOff(
            invoice_id=invoice.id,
            amount_fen=req.amount_fen,
            write_off_date=on,
            reason=req.reason,
            approver_id=actor.user_id,
            created_by=req.requested_by,
        )
        invoice.settled_fen += req.amount_fen
        session.add(entry)
        session.flush()
        req.status = WriteOffRequestStatus.APPROVED.value
        req.decided_by = actor.user_id
        req.decided_at = actor.clock.now_utc()
        req.write_off_id = entry.id
        record_audit(
            session,
            actor,
            "write_off_request.approve",
            "write_off_request",
            req.id,
            {"status": PENDING},
            {"status": req.status, "write_off_id": entry.id},
        )
        record_audit(
            session,
            actor,
            "invoice.write_off",
            "write_off",
            entry.id,
            None,
            {
                "invoice": invoice.number,
                "amount_fen": req.amount_fen,
                "date": on,
                "request_id": req.id,
                "requested_by": req.requested_by,
                "approver": actor.login,
            },
            reason=req.reason,
        )
        return Changed.of(entry.id, Kind.WRITE_OFF_REQUESTS, Kind.INVOICES)


def reject_write_off(db: Database, actor: Actor, request_id: int, reason: str) -> Changed[None]:
    """A manager other than the requester refuses the write-off, saying why."""
    require(actor, "approve write-offs", MANAGERS)
    if not reason.strip():
        raise ValidationError("reason", "Say why the write-off is rejected.")
    with db.write() as session:
        req = _pending(session, request_id)
        _check_decider(actor, req)
        _close(session, actor, req, WriteOffRequestStatus.REJECTED, reason.strip(), "reject")
    return Changed.of(None, Kind.WRITE_OFF_REQUESTS)


def cancel_write_off_request(
    db: Database, actor: Actor, request_id: int, reason: str = ""
) -> Changed[None]:
    """The requester withdraws a request that still waits."""
    require(actor, "write off bad debts", FINANCE)
    with db.write() as session:
        req = _pending(session, request_id)
        if actor.user_id is None or actor.user_id != req.requested_by:
            raise LedgerError("Only the person who asked for a write-off can withdraw it.")
        _close(
            session,
            actor,
            req,
            WriteOffRequestStatus.CANCELLED,
            reason.strip() or None,
            "cancel",
        )
    return Changed.of(None, Kind.WRITE_OFF_REQUESTS)


def cancel_for_void(session: Session, actor: Actor, invoice: Invoice, reason: str) -> bool:
    """Voiding an invoice (locked by the caller) withdraws the write-off requests waiting on
    it, with the reason for voiding; whether there were any."""
    waiting = session.scalars(
        select(WriteOffRequest)
        .where(WriteOffRequest.invoice_id == invoice.id, WriteOffRequest.status == PENDING)
        .order_by(WriteOffRequest.id)
        .with_for_update()
    ).all()
    for req in waiting:
        _close(session, actor, req, WriteOffRequestStatus.CANCELLED, reason, "cancel")
    return bool(waiting)


def write_off_requested_fen(session: Session, invoice_id: int) -> int:
    """What pending requests ask to write off of the invoice."""
    return int(
        session.scalar(
            select(func.coalesce(func.sum(WriteOffRequest.amount_fen), 0)).where(
                WriteOffRequest.invoice_id == invoice_id, WriteOffRequest.status == PENDING
            )
        )
        or 0
    )


def count_pending_write_offs(session: Session) -> int:
    """How many requests wait for a manager (for a button's label: no rows read)."""
    return session.scalar(select(func.count()).where(WriteOffRequest.status == PENDING)) or 0


def pending_write_offs(session: Session) -> list[WriteOffRequestRow]:
    """Requests waiting for a manager, oldest first, with their invoice and customer."""
    stmt = (
        select(WriteOffRequest, Invoice, Customer.name, User.display_name, User.login)
        .join(Invoice, Invoice.id == WriteOffRequest.invoice_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(User, User.id == WriteOffRequest.requested_by)
        .where(WriteOffRequest.status == PENDING)
        .order_by(WriteOffRequest.requested_at, WriteOffRequest.id)
    )
    return [
        WriteOffRequestRow(
            id=r.id,
            invoice_id=invoice.id,
            invoice_number=invoice.number,
            customer_name=customer,
            open_fen=invoice.open_fen,
            amount_fen=r.amount_fen,
            write_off_date=r.write_off_date,
            reason=r.reason,
            requested_by_id=r.requested_by,
            requested_by=name or login or "",
            requested_at=r.requested_at,
        )
        for r, invoice, customer, name, login in session.execute(stmt)
    ]


def _locked_invoice(session: Session, invoice_id: int) -> Invoice:
    """The invoice, its customer locked first like every money write (then the row)."""
    lock_customer_of(session, select(Invoice.customer_id).where(Invoice.id == invoice_id))
    invoice = session.get(Invoice, invoice_id, with_for_update=True)
    if invoice is None:
        raise NotFoundError(entity="Invoice", key=invoice_id)
    return invoice


def _check_writable(invoice: Invoice) -> None:
    if invoice.status != InvoiceStatus.ISSUED.value or invoice.original_invoice_id is not None:
        raise LedgerError(
            "Invoice {number} is void or a red-letter invoice.", number=invoice.number
        )


def _pending(session: Session, request_id: int) -> WriteOffRequest:
    req = session.get(WriteOffRequest, request_id, with_for_update=True)
    if req is None:
        raise NotFoundError(entity="Write-off request", key=request_id)
    if req.status != PENDING:
        raise LedgerError("This write-off request was already {status}.", status=req.status)
    return req


def _check_decider(actor: Actor, req: WriteOffRequest) -> None:
    """Approval is real: a named manager, and not the one who asked."""
    if actor.user_id is None:
        raise LedgerError(
            "Write-offs are approved or rejected by a manager under their own name, not by "
            "{login}.",
            login=actor.login,
        )
    if actor.user_id == req.requested_by:
        raise LedgerError(
            "You asked for this write-off; another manager must approve or reject it."
        )


def _close(
    session: Session,
    actor: Actor,
    req: WriteOffRequest,
    status: WriteOffRequestStatus,
    reason: str | None,
    verb: str,
) -> None:
    req.status = status.value
    req.decided_by = actor.user_id
    req.decided_at = actor.clock.now_utc()
    req.decision_reason = reason
    record_audit(
        session,
        actor,
        f"write_off_request.{verb}",
        "write_off_request",
        req.id,
        {"status": PENDING},
        {"status": req.status, "invoice_id": req.invoice_id, "amount_fen": req.amount_fen},
        reason=reason,
    )
