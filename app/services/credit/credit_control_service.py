"""Credit control: a new contract or invoice is refused when it would take the customer's
exposure past the credit limit, or while anything is overdue past the tier's threshold;
a manager may override with a written reason (audited). Every path that creates a
contract or an invoice (dialogs, import, command line), or gives exposure back (voiding a
red-letter invoice, merging customers), goes through ``enforce`` or ``enforce_merge``.

``credit_position`` is the one place available credit is computed: credit control, the
customer detail panel and the 360 view all show it. It counts every document recorded,
whatever its date: a document dated ahead is exposure already."""

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
    def exposure_fen(self) -> int:
        """Open invoices plus contracts signed but not yet invoiced, less prepayments, which
        offset either (and a new document too): below zero while prepayments exceed both."""
        return self.open_invoices_fen + self.contracted_uninvoiced_fen - self.unallocated_fen

    @property
    def used_fen(self) -> int:
        """The credit in use: the exposure, or nothing while the customer is in credit."""
        return max(self.exposure_fen, 0)

    @property
    def available_fen(self) -> int:
        """What a new document may add before the limit is passed (more than the limit while
        prepayments exceed what is open and contracted)."""
        return self.credit_limit_fen - self.exposure_fen

    def exceeded_by(self, added_fen: int) -> bool:
        """Whether adding ``added_fen`` of exposure passes the limit."""
        return added_fen > 0 and self.exposure_fen + added_fen > self.credit_limit_fen


def contracted_uninvoiced(
    session: Session, customer_id: int, exclude_project: int | None = None
) -> dict[int, int]:
    """Per open project: contract amount not yet covered by (gross) invoices."""
    # Summed per open project through the project's invoices: a customer with tens of
    # thousands of invoices has few open projects.
    billed = (
        select(func.coalesce(func.sum(Invoice.amount_fen), 0))
        .where(
            Invoice.project_id == Project.id,
            Invoice.customer_id == customer_id,
            Invoice.status == ISSUED,
            Invoice.original_invoice_id.is_(None),
        )
        .correlate(Project)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Project.id, Project.contract_amount_fen, billed).where(
            Project.customer_id == customer_id, Project.stage.in_(OPEN_PROJECT_STAGES)
        )
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
    "void": "{customer} has {overdue} overdue more than {days} days: voiding red-letter "
    "invoice {reference}, which gives its credit back, is on credit hold.",
    "merge": "Merging {reference} into {customer} brings {customer} to {overdue} overdue more "
    "than {days} days: it would be on credit hold.",
}
OVER_LIMIT_TEMPLATES = {
    "invoice": "This invoice would take {customer} to {exposure} against a credit limit of "
    "{limit} (open invoices {open}, contracts not yet invoiced {contracted}, "
    "prepayments {prepaid}, this invoice adds {added}).",
    "contract": "Contract {reference} would take {customer} to {exposure} against a credit "
    "limit of {limit} (open invoices {open}, contracts not yet invoiced "
    "{contracted}, prepayments {prepaid}, this contract adds {added}).",
    "void": "Voiding red-letter invoice {reference} would take {customer} to {exposure} "
    "against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced "
    "{contracted}, prepayments {prepaid}, the credit given back adds {added}).",
    "merge": "Merging {reference} into {customer} would take {customer} to {exposure} "
    "against a credit limit of {limit} (open invoices {open}, contracts not yet invoiced "
    "{contracted}, prepayments {prepaid}, the merged customer adds {added}).",
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
    """Refuse ``kind`` ("invoice", "contract", or "void" of a red-letter invoice) adding
    ``added_fen`` of exposure when the customer is on hold, unless a manager overrides
    with a reason (audited with the figures). Locks the customer first: two documents that
    each fit the limit must not both pass because neither saw the other."""
    lock_customer(session, customer_id)
    position = credit_position(session, customer_id, actor.clock.today(), exclude_project)
    problems = _refusals(session, position, added_fen, kind, reference)
    _refuse_unless_overridden(
        session, actor, customer_id, problems, override_reason, kind, reference, added_fen
    )


def credit_refusal(
    session: Session,
    customer_id: int,
    added_fen: int,
    kind: str,
    as_of: date,
    reference: str = "",
    exclude_project: int | None = None,
) -> CreditHoldError | None:
    """What ``enforce`` would refuse now, read without locking or saving: a form that
    showed a refusal asks again when its amount changes."""
    position = credit_position(session, customer_id, as_of, exclude_project)
    problems = _refusals(session, position, added_fen, kind, reference)
    return problems[0] if problems else None


def _refusals(
    session: Session, position: CreditPosition, added_fen: int, kind: str, reference: str
) -> list[CreditHoldError]:
    problems = []
    if position.overdue_past_threshold_fen > 0:
        problems.append(_overdue_hold(session, position, kind, reference))
    if position.exceeded_by(added_fen):
        problems.append(_over_limit(session, position, added_fen, kind, reference))
    return problems


def enforce_merge(
    session: Session,
    actor: Actor,
    before: CreditPosition,
    duplicate: str,
    override_reason: str = "",
) -> None:
    """After a merge has moved the duplicate's records (not yet committed): refuse it when it
    takes the surviving customer past its limit or brings it overdue past its tier's
    threshold, unless a manager overrides with a reason. A merge that adds nothing, or
    leaves the customer within its limit, passes."""
    after = credit_position(session, before.customer_id, actor.clock.today())
    added = after.exposure_fen - before.exposure_fen
    problems = []
    if after.overdue_past_threshold_fen > before.overdue_past_threshold_fen:
        problems.append(_overdue_hold(session, after, "merge", duplicate))
    if added > 0 and after.exposure_fen > after.credit_limit_fen:
        problems.append(_over_limit(session, before, added, "merge", duplicate))
    _refuse_unless_overridden(
        session, actor, before.customer_id, problems, override_reason, "merge", duplicate, added
    )


def _overdue_hold(
    session: Session, position: CreditPosition, kind: str, reference: str
) -> CreditHoldError:
    return CreditHoldError(
        OVERDUE_HOLD_TEMPLATES[kind],
        customer=_name(session, position.customer_id),
        reference=reference,
        overdue=Money(position.overdue_past_threshold_fen).format(),
        days=position.overdue_hold_days,
    )


def _over_limit(
    session: Session, position: CreditPosition, added_fen: int, kind: str, reference: str
) -> CreditHoldError:
    """The refusal with the figures before ``added_fen`` is added."""
    return CreditHoldError(
        OVER_LIMIT_TEMPLATES[kind],
        customer=_name(session, position.customer_id),
        reference=reference,
        exposure=Money(position.exposure_fen + added_fen).format(),
        limit=Money(position.credit_limit_fen).format(),
        open=Money(position.open_invoices_fen).format(),
        contracted=Money(position.contracted_uninvoiced_fen).format(),
        prepaid=Money(position.unallocated_fen).format(),
        added=Money(added_fen).format(),
    )


def _refuse_unless_overridden(
    session: Session,
    actor: Actor,
    customer_id: int,
    problems: list[CreditHoldError],
    override_reason: str,
    kind: str,
    reference: str,
    added_fen: int,
) -> None:
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
