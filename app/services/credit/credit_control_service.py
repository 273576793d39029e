"""Credit control: a new contract or invoice is refused when it would take the customer's
exposure past the credit limit, or while anything is overdue past the tier's threshold;
a manager may override with a written reason (audited). Every path that creates a
contract or an invoice (dialogs, import, command line) goes through ``enforce``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import CreditHoldError, NotFoundError, PermissionDeniedError
from app.domain.money import Money
from app.models import CreditTier, Customer, Invoice, Payment, Project
from app.services.core.audit_service import record_audit
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer
from app.services.core.permissions import MANAGERS
from app.services.ledger.ledger_queries import ISSUED, UNALLOCATED_PAYMENT

OPEN_PROJECT_STAGES = ("contracted", "samples_received", "testing", "report_issued", "invoiced")


@dataclass(frozen=True)
class CreditPosition:
    customer_id: int
    credit_limit_fen: int
    open_invoices_fen: int
    unallocated_fen: int
    contracted_uninvoiced_fen: int
    overdue_hold_days: int | None
    overdue_past_threshold_fen: int

    @property
    def used_fen(self) -> int:
        """Exposure before a new document: open invoices less prepayments, plus contracts
        signed but not yet invoiced."""
        return (
            max(self.open_invoices_fen - self.unallocated_fen, 0) + self.contracted_uninvoiced_fen
        )

    @property
    def available_fen(self) -> int:
        return self.credit_limit_fen - self.used_fen


def contracted_uninvoiced(
    session: Session, customer_id: int, exclude_project: int | None = None
) -> dict[int, int]:
    """Per open project: contract amount not yet covered by (gross) invoices."""
    invoiced = (
        select(Invoice.project_id, func.sum(Invoice.amount_fen).label("billed"))
        .where(
            Invoice.customer_id == customer_id,
            Invoice.status == ISSUED,
            Invoice.original_invoice_id.is_(None),
            Invoice.project_id.is_not(None),
        )
        .group_by(Invoice.project_id)
        .subquery()
    )
    rows = session.execute(
        select(Project.id, Project.contract_amount_fen, func.coalesce(invoiced.c.billed, 0))
        .outerjoin(invoiced, invoiced.c.project_id == Project.id)
        .where(Project.customer_id == customer_id, Project.stage.in_(OPEN_PROJECT_STAGES))
    )
    # SUM of a bigint is NUMERIC on PostgreSQL: back to int fen here.
    return {
        pid: max(amount - int(billed), 0)
        for pid, amount, billed in rows
        if pid != exclude_project and amount > billed
    }


def credit_position(
    session: Session, customer_id: int, as_of: date, exclude_project: int | None = None
) -> CreditPosition:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    tier = session.get(CreditTier, customer.tier_id)
    assert tier is not None
    limit = customer.credit_limit_override_fen
    if limit is None:
        limit = tier.credit_limit_fen
    # These sums cannot overflow: amounts are bounded per document (see ledger_queries).
    open_fen = (
        session.scalar(
            select(func.coalesce(func.sum(Invoice.amount_fen - Invoice.settled_fen), 0)).where(
                Invoice.customer_id == customer_id,
                Invoice.status == ISSUED,
                Invoice.amount_fen > Invoice.settled_fen,
            )
        )
        or 0
    )
    unallocated = (
        session.scalar(
            select(func.coalesce(func.sum(Payment.amount_fen - Payment.allocated_fen), 0)).where(
                Payment.customer_id == customer_id, UNALLOCATED_PAYMENT
            )
        )
        or 0
    )
    past = 0
    if tier.overdue_hold_days is not None:
        past = (
            session.scalar(
                select(func.coalesce(func.sum(Invoice.amount_fen - Invoice.settled_fen), 0)).where(
                    Invoice.customer_id == customer_id,
                    Invoice.status == ISSUED,
                    Invoice.amount_fen > Invoice.settled_fen,
                    Invoice.due_date < as_of - timedelta(days=tier.overdue_hold_days),
                )
            )
            or 0
        )
    return CreditPosition(
        customer_id,
        limit,
        int(open_fen),
        int(unallocated),
        sum(contracted_uninvoiced(session, customer_id, exclude_project).values()),
        tier.overdue_hold_days,
        int(past),
    )


OVERDUE_HOLD_TEMPLATES = {
    "invoice": "{customer} has {overdue} overdue more than {days} days: new invoices are on "
    "credit hold.",
    "contract": "{customer} has {overdue} overdue more than {days} days: contract {reference} "
    "is on credit hold.",
}
OVER_LIMIT_TEMPLATES = {
    "invoice": "This invoice would take {customer} to {exposure} against a credit limit of "
    "{limit} (open invoices {open}, contracts not yet invoiced {contracted}, "
    "prepayments {prepaid}, this invoice adds {added}).",
    "contract": "Contract {reference} would take {customer} to {exposure} against a credit "
    "limit of {limit} (open invoices {open}, contracts not yet invoiced "
    "{contracted}, prepayments {prepaid}, this contract adds {added}).",
}


def enforce(
    session: Session,
    actor: Actor,
    customer_id: int,
    added_fen: int,
    kind: str,
    reference: str = "",
    override_reason: str = "",
    exclude_project: int | None = None,
) -> None:
    """Refuse a new ``kind`` ("invoice" or "contract") adding ``added_fen`` of exposure when
    the customer is on hold, unless a manager overrides with a reason (audited with the
    figures). Locks the customer first: two documents that each fit the limit must not both
    pass because neither saw the other."""
    lock_customer(session, customer_id)
    position = credit_position(session, customer_id, actor.clock.today(), exclude_project)
    customer = _name(session, customer_id)
    problems = []
    if position.overdue_past_threshold_fen > 0:
        problems.append(
            CreditHoldError(
                OVERDUE_HOLD_TEMPLATES[kind],
                customer=customer,
                reference=reference,
                overdue=Money(position.overdue_past_threshold_fen).format(),
                days=position.overdue_hold_days,
            )
        )
    if added_fen > 0 and position.used_fen + added_fen > position.credit_limit_fen:
        problems.append(
            CreditHoldError(
                OVER_LIMIT_TEMPLATES[kind],
                customer=customer,
                reference=reference,
                exposure=Money(position.used_fen + added_fen).format(),
                limit=Money(position.credit_limit_fen).format(),
                open=Money(position.open_invoices_fen).format(),
                contracted=Money(position.contracted_uninvoiced_fen).format(),
                prepaid=Money(position.unallocated_fen).format(),
                added=Money(added_fen).format(),
            )
        )
    if not problems:
        return
    reason = override_reason.strip()
    if not reason:
        raise problems[0]
    if not actor.can(*MANAGERS):
        raise PermissionDeniedError(role=actor.role.value, action="override a credit hold")
    record_audit(
        session,
        actor,
        "credit.override",
        "customer",
        customer_id,
        {"refusals": [p.message for p in problems]},
        {"kind": kind, "reference": reference, "added_fen": added_fen},
        reason=reason,
    )


def _name(session: Session, customer_id: int) -> str:
    return session.scalar(select(Customer.name).where(Customer.id == customer_id)) or ""
