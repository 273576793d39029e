"""坏账核销: writing off what a customer will not pay, with a reason and an approver."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.db.session import Database
from app.domain.enums import Role
from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.domain.money import Money, check_amount_limit
from app.models import Invoice, User, WriteOff
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer_of
from app.services.core.permissions import FINANCE, require


def write_off(
    db: Database,
    actor: Actor,
    invoice_id: int,
    amount_fen: int,
    on: date,
    reason: str,
    approver_id: int,
) -> Changed[int]:
    """The write-off settles part of the invoice; its id."""
    require(actor, "write off bad debts", FINANCE)
    if amount_fen <= 0:
        raise ValidationError("amount", "The amount must be greater than zero.")
    check_amount_limit("amount", amount_fen, "The amount cannot be more than {max}.")
    if not reason.strip():
        raise ValidationError("reason", "Say why the amount is written off.")
    with db.write() as session:
        lock_customer_of(session, select(Invoice.customer_id).where(Invoice.id == invoice_id))
        approver = session.get(User, approver_id)
        if (
            approver is None
            or not approver.active
            or approver.role not in (Role.MANAGER.value, Role.ADMIN.value)
        ):
            raise ValidationError("approver", "A write-off must be approved by a manager.")
        invoice = session.get(Invoice, invoice_id, with_for_update=True)
        if invoice is None:
            raise NotFoundError(entity="Invoice", key=invoice_id)
        if invoice.status != "issued" or invoice.original_invoice_id is not None:
            raise LedgerError(
                "Invoice {number} is void or a red-letter invoice.", number=invoice.number
            )
        open_fen = invoice.amount_fen - invoice.settled_fen
        if amount_fen > open_fen:
            raise LedgerError(
                "Invoice {number} has only {open} open.",
                number=invoice.number,
                open=Money(open_fen).format(),
            )
        entry = WriteOff(
            invoice_id=invoice.id,
            amount_fen=amount_fen,
            write_off_date=on,
            reason=reason.strip(),
            approver_id=approver.id,
            created_by=actor.user_id,
        )
        invoice.settled_fen += amount_fen
        session.add(entry)
        session.flush()
        record_audit(
            session,
            actor,
            "invoice.write_off",
            "write_off",
            entry.id,
            None,
            {"invoice": invoice.number, "amount_fen": amount_fen, "approver": approver.login},
            reason=reason.strip(),
        )
        return Changed.of(entry.id, Kind.INVOICES)
