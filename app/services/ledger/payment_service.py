"""Payments received (回款): record, allocate to invoices, apply prepayments, reverse.

``Payment.allocated_fen`` and ``Invoice.settled_fen`` are caches of the allocation sums;
only the functions here change allocations, so the caches move together with them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.allocation import OpenItem, plan_oldest_first
from app.domain.enums import PaymentMethod, PaymentStatus
from app.domain.errors import FieldProblems, LedgerError, NotFoundError, ValidationError
from app.domain.money import Money, check_amount_limit
from app.models import Allocation, Invoice, Payment
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.conflicts import Facts, payment_facts, refuse_if_changed
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customer, lock_customer_of
from app.services.core.dates import check_entry_date
from app.services.core.numbering_service import next_number
from app.services.core.permissions import FINANCE, require
from app.services.credit.credit_control_service import CreditPosition, credit_position
from app.services.ledger.entries import last_taken_back, live_allocations
from app.services.ledger.ledger_queries import ISSUED
from app.services.projects.project_service import after_reopening, after_settlement

AllocationChoice = Literal["auto", "none"] | Sequence[tuple[int, int]]


@dataclass(frozen=True)
class PaymentInput:
    customer_id: int
    received_date: date
    amount_fen: int
    method: str = PaymentMethod.BANK_TRANSFER.value
    bank_ref: str = ""
    payer_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class AllocationLine:
    invoice_id: int
    number: str
    issue_date: date
    due_date: date
    open_fen: int  # before this allocation
    amount_fen: int


@dataclass(frozen=True)
class PaymentResult:
    payment_id: int
    number: str
    amount_fen: int
    allocated_fen: int
    lines: tuple[AllocationLine, ...]

    @property
    def unallocated_fen(self) -> int:
        return self.amount_fen - self.allocated_fen


def _open_invoices(session: Session, customer_id: int, lock: bool = False) -> list[Invoice]:
    stmt = (
        select(Invoice)
        .where(
            Invoice.customer_id == customer_id,
            Invoice.status == ISSUED,
            Invoice.original_invoice_id.is_(None),
            Invoice.amount_fen > Invoice.settled_fen,
        )
        .order_by(Invoice.due_date, Invoice.issue_date, Invoice.id)
    )
    return list(session.scalars(stmt.with_for_update() if lock else stmt))


def preview_allocation(session: Session, customer_id: int, amount_fen: int) -> list[AllocationLine]:
    """How ``amount_fen`` would be split over the customer's open invoices (nothing saved)."""
    invoices = {i.id: i for i in _open_invoices(session, customer_id)}
    plan = plan_oldest_first([_item(i) for i in invoices.values()], max(amount_fen, 0))
    return [_line(invoices[iid], amt) for iid, amt in plan]


def open_invoice_lines(session: Session, customer_id: int) -> list[AllocationLine]:
    """The customer's open invoices, oldest due first, for a manual allocation."""
    return [_line(i, 0) for i in _open_invoices(session, customer_id)]


def _item(inv: Invoice) -> OpenItem:
    return OpenItem(inv.id, inv.due_date, inv.issue_date, inv.amount_fen - inv.settled_fen)


def _line(inv: Invoice, amount: int) -> AllocationLine:
    return AllocationLine(
        inv.id, inv.number, inv.issue_date, inv.due_date, inv.amount_fen - inv.settled_fen, amount
    )


def record_payment(
    db: Database, actor: Actor, data: PaymentInput, allocations: AllocationChoice = "auto"
) -> Changed[PaymentResult]:
    require(actor, "record payments", FINANCE)
    with db.write() as session:
        return record_payment_in(session, actor, data, allocations)


def record_payment_in(
    session: Session, actor: Actor, data: PaymentInput, allocations: AllocationChoice = "auto"
) -> Changed[PaymentResult]:
    """``record_payment`` inside the caller's write transaction, for a write that records a
    payment together with other changes (a bank line confirmed). The caller checks the
    permission."""
    problems = _validate(data)
    with problems.collect():
        check_entry_date(session, actor, "received_date", data.received_date)
    problems.raise_if_any()
    customer = lock_customer(session, data.customer_id)
    payment = Payment(
        number=next_number(session, "payment", data.received_date),
        customer_id=customer.id,
        received_date=data.received_date,
        amount_fen=data.amount_fen,
        allocated_fen=0,
        method=data.method,
        bank_ref=data.bank_ref.strip() or None,
        payer_name=data.payer_name.strip() or None,
        note=data.note.strip() or None,
        status=PaymentStatus.ACTIVE.value,
        recorded_by=actor.user_id,
    )
    session.add(payment)
    session.flush()
    record_audit(
        session,
        actor,
        "payment.record",
        "payment",
        payment.id,
        None,
        {
            "number": payment.number,
            "customer_id": customer.id,
            "amount_fen": payment.amount_fen,
            "date": data.received_date,
        },
    )
    # Applied as it is recorded: on the day the money came (or the invoice was issued).
    allocated = _allocate(session, actor, payment, allocations, data.received_date)
    return Changed(_result(payment, allocated.value), allocated.kinds | {Kind.PAYMENTS})


def allocate_payment(
    db: Database, actor: Actor, payment_id: int, allocations: AllocationChoice = "auto"
) -> Changed[PaymentResult]:
    """Apply what is still unallocated on a payment, automatically or as given."""
    require(actor, "allocate payments", FINANCE)
    with db.write() as session:
        _lock_customer_of_payment(session, payment_id)
        payment = _active_payment(session, payment_id)
        # Applied later: on the day it is applied, so no figure already printed moves.
        allocated = _allocate(session, actor, payment, allocations, actor.clock.today())
        return allocated.with_value(_result(payment, allocated.value))


def apply_prepayments(db: Database, actor: Actor, customer_id: int) -> Changed[list[PaymentResult]]:
    """Apply every unallocated payment of a customer to its open invoices, oldest first."""
    require(actor, "allocate payments", FINANCE)
    results = []
    kinds: frozenset[Kind] = frozenset()
    with db.write() as session:
        lock_customer(session, customer_id)
        payments = session.scalars(
            select(Payment)
            .where(
                Payment.customer_id == customer_id,
                Payment.status == "active",
                Payment.amount_fen > Payment.allocated_fen,
            )
            .order_by(Payment.received_date, Payment.id)
            .with_for_update()
        ).all()
        for payment in payments:
            allocated = _allocate(session, actor, payment, "auto", actor.clock.today())
            if allocated.value:
                results.append(_result(payment, allocated.value))
                kinds |= allocated.kinds
    return Changed(results, kinds)


@dataclass(frozen=True)
class PaymentReversal:
    """A reversed payment and where its customer's credit stands afterwards."""

    payment_id: int
    credit: CreditPosition

    @property
    def over_limit(self) -> bool:
        return self.credit.exposure_fen > self.credit.credit_limit_fen

    @property
    def on_hold(self) -> bool:
        """Over the limit or overdue past the tier's threshold: new documents are refused."""
        return self.over_limit or self.credit.overdue_past_threshold_fen > 0


def reverse_payment(
    db: Database, actor: Actor, payment_id: int, reason: str, seen: Facts | None = None
) -> Changed[PaymentReversal]:
    """Undo a payment recorded in error or returned by the bank: each allocation is taken
    back by a reversing row and the payment is off the books from today; nothing is
    deleted, so figures as of any earlier day keep counting it. Never refused by credit
    control (the money is gone either way), but when the customer ends up over its limit or
    on hold the result says so and the audit log records it. ``seen``: the payment_facts
    the form showed; when another PC changed them since, nothing is written."""
    require(actor, "reverse payments", FINANCE)
    if not reason.strip():
        raise ValidationError("reason", "Say why the payment is reversed.")
    with db.write() as session:
        _lock_customer_of_payment(session, payment_id)
        payment = _active_payment(session, payment_id, seen)
        on = max(actor.clock.today(), payment.received_date)
        allocations = live_allocations(session, payment_id=payment.id)
        reopened: set[int] = set()
        for allocation in allocations:
            reopened |= _unwind(session, actor, allocation, reason, on)
        projects_moved = after_reopening(
            session, actor, reopened, actor.clock.today(), reason.strip()
        )
        before = {"status": payment.status, "allocated_fen": payment.allocated_fen}
        payment.status = PaymentStatus.REVERSED.value
        payment.reversed_on = on
        record_audit(
            session,
            actor,
            "payment.reverse",
            "payment",
            payment.id,
            before,
            {
                "status": payment.status,
                "allocated_fen": payment.allocated_fen,
                "reversed_on": on,
            },
            reason=reason.strip(),
        )
        result = PaymentReversal(
            payment.id, credit_position(session, payment.customer_id, actor.clock.today())
        )
        if result.on_hold:
            record_audit(
                session,
                actor,
                "credit.hold_by_reversal",
                "customer",
                payment.customer_id,
                None,
                {
                    "payment": payment.number,
                    "exposure_fen": result.credit.exposure_fen,
                    "credit_limit_fen": result.credit.credit_limit_fen,
                    "overdue_past_threshold_fen": result.credit.overdue_past_threshold_fen,
                },
                reason=reason.strip(),
            )
    if not allocations:
        return Changed.of(result, Kind.PAYMENTS)
    if projects_moved:
        return Changed.of(result, Kind.PAYMENTS, Kind.INVOICES, Kind.PROJECTS)
    return Changed.of(result, Kind.PAYMENTS, Kind.INVOICES)


def remove_allocation(db: Database, actor: Actor, allocation_id: int, reason: str) -> Changed[None]:
    """Take one allocation back, dated today: the amount returns to the payment's
    unallocated part and the invoice is open again by it."""
    require(actor, "allocate payments", FINANCE)
    if not reason.strip():
        raise ValidationError("reason", "Say why the allocation is removed.")
    with db.write() as session:
        lock_customer_of(
            session,
            select(Payment.customer_id)
            .join(Allocation, Allocation.payment_id == Payment.id)
            .where(Allocation.id == allocation_id),
        )
        # Read under the lock: another PC may have removed it (or reversed its payment)
        # while this one waited, and taking it back twice would create money.
        allocation = session.get(Allocation, allocation_id)
        if allocation is None or allocation.reverses_id is not None:
            raise LedgerError(
                "Allocation {key} was already removed (here or on another PC); nothing was "
                "changed.",
                key=allocation_id,
            )
        reopened = _unwind(session, actor, allocation, reason, actor.clock.today())
        projects_moved = after_reopening(
            session, actor, reopened, actor.clock.today(), reason.strip()
        )
    if projects_moved:
        return Changed.of(None, Kind.PAYMENTS, Kind.INVOICES, Kind.PROJECTS)
    return Changed.of(None, Kind.PAYMENTS, Kind.INVOICES)


def _unwind(
    session: Session, actor: Actor, allocation: Allocation, reason: str, on: date
) -> set[int]:
    """Take the allocation back with a reversing row dated ``on`` (or the allocation's own
    date, if that is later); the project of the invoice it settled (if any), whose stage may
    have to follow the money back."""
    invoice = session.get(Invoice, allocation.invoice_id, with_for_update=True)
    payment = session.get(Payment, allocation.payment_id, with_for_update=True)
    assert invoice is not None and payment is not None
    taken_back_on = session.scalar(
        select(Allocation.allocated_date).where(Allocation.reverses_id == allocation.id)
    )
    if taken_back_on is not None:
        raise LedgerError(
            "Allocation {key} was already removed (here or on another PC); nothing was changed.",
            key=allocation.id,
        )
    on = max(on, allocation.allocated_date)
    session.add(
        Allocation(
            payment_id=payment.id,
            invoice_id=invoice.id,
            amount_fen=-allocation.amount_fen,
            allocated_date=on,
            reverses_id=allocation.id,
            reason=reason.strip(),
            created_by=actor.user_id,
        )
    )
    invoice.settled_fen -= allocation.amount_fen
    payment.allocated_fen -= allocation.amount_fen
    session.flush()
    record_audit(
        session,
        actor,
        "allocation.remove",
        "allocation",
        allocation.id,
        {"payment": payment.number, "invoice": invoice.number, "amount_fen": allocation.amount_fen},
        {"reversed_on": on},
        reason=reason.strip(),
    )
    return set() if invoice.project_id is None else {invoice.project_id}


def _validate(data: PaymentInput) -> FieldProblems:
    problems = FieldProblems()
    if data.amount_fen <= 0:
        problems.add(ValidationError("amount", "The amount must be greater than zero."))
    with problems.collect():
        check_amount_limit("amount", data.amount_fen, "The amount cannot be more than {max}.")
    if data.method not in {m.value for m in PaymentMethod}:
        problems.add(
            ValidationError("method", "Unknown payment method: {method}.", method=data.method)
        )
    return problems


def _lock_customer_of_payment(session: Session, payment_id: int) -> None:
    lock_customer_of(session, select(Payment.customer_id).where(Payment.id == payment_id))


def _active_payment(session: Session, payment_id: int, seen: Facts | None = None) -> Payment:
    payment = session.get(Payment, payment_id, with_for_update=True)
    if payment is None:
        raise NotFoundError(entity="Payment", key=payment_id)
    now = payment_facts(payment.status, payment.amount_fen, payment.allocated_fen)
    refuse_if_changed("Payment", payment.number, seen, now)
    if payment.status != PaymentStatus.ACTIVE.value:
        raise LedgerError("Payment {number} has been reversed.", number=payment.number)
    return payment


def _allocate(
    session: Session, actor: Actor, payment: Payment, choice: AllocationChoice, on: date
) -> Changed[list[AllocationLine]]:
    """The lines applied, each dated ``on`` or, if later, the day of the payment, of the
    invoice or of the last take-back on either; allocating changes payments and invoices,
    and may move projects to paid."""
    if isinstance(choice, str):
        if choice == "none":
            return Changed.of([])
        if choice != "auto":
            raise ValueError(choice)
        invoices = {i.id: i for i in _open_invoices(session, payment.customer_id, lock=True)}
        plan = plan_oldest_first(
            [_item(i) for i in invoices.values()], payment.amount_fen - payment.allocated_fen
        )
    else:
        plan = _merge(choice)
        wanted = [iid for iid, _ in plan]
        invoices = {
            i.id: i
            for i in session.scalars(
                select(Invoice).where(Invoice.id.in_(wanted)).with_for_update()
            )
        }
        _check_manual(payment, plan, invoices)
    lines = []
    # Never before the money or the invoice existed, nor before a take-back on either
    # (see last_taken_back).
    taken_back = last_taken_back(session, [iid for iid, _ in plan], payment.id) if plan else {}
    earliest = max(on, taken_back.get(0, on))
    for invoice_id, amount in plan:
        invoice = invoices[invoice_id]
        lines.append(_line(invoice, amount))
        session.add(
            Allocation(
                payment_id=payment.id,
                invoice_id=invoice.id,
                amount_fen=amount,
                allocated_date=max(
                    payment.received_date,
                    invoice.issue_date,
                    earliest,
                    taken_back.get(invoice.id, invoice.issue_date),
                ),
                created_by=actor.user_id,
            )
        )
        invoice.settled_fen += amount
        payment.allocated_fen += amount
    if not lines:
        return Changed.of(lines)
    session.flush()
    record_audit(
        session,
        actor,
        "payment.allocate",
        "payment",
        payment.id,
        None,
        {"allocations": [(line.number, line.amount_fen) for line in lines]},
    )
    projects = {pid for iid, _ in plan if (pid := invoices[iid].project_id) is not None}
    if after_settlement(session, actor, projects, payment.received_date):
        return Changed.of(lines, Kind.PAYMENTS, Kind.INVOICES, Kind.PROJECTS)
    return Changed.of(lines, Kind.PAYMENTS, Kind.INVOICES)


def _merge(choice: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Same invoice twice in a manual split counts once, with the amounts added."""
    merged: dict[int, int] = {}
    for invoice_id, amount in choice:
        merged[invoice_id] = merged.get(invoice_id, 0) + amount
    return [(iid, amt) for iid, amt in merged.items() if amt != 0]


def _check_manual(
    payment: Payment, plan: list[tuple[int, int]], invoices: dict[int, Invoice]
) -> None:
    for invoice_id, amount in plan:
        invoice = invoices.get(invoice_id)
        if invoice is None:
            raise NotFoundError(entity="Invoice", key=invoice_id)
        if amount < 0:
            raise ValidationError(
                "amount", "An allocation to {number} is negative.", number=invoice.number
            )
        check_amount_limit(
            "amount",
            amount,
            "An allocation to {number} cannot be more than {max}.",
            number=invoice.number,
        )
        if invoice.customer_id != payment.customer_id:
            raise LedgerError(
                "Invoice {number} belongs to another customer.", number=invoice.number
            )
        if invoice.status != "issued" or invoice.original_invoice_id is not None:
            raise LedgerError(
                "Invoice {number} is void or a red-letter invoice and cannot take a payment.",
                number=invoice.number,
            )
        open_fen = invoice.amount_fen - invoice.settled_fen
        if amount > open_fen:
            raise LedgerError(
                "Invoice {number} has {open} open; {amount} cannot be applied to it.",
                number=invoice.number,
                open=Money(open_fen).format(),
                amount=Money(amount).format(),
            )
    total = sum(amount for _, amount in plan)
    free = payment.amount_fen - payment.allocated_fen
    if total > free:
        raise LedgerError(
            "Payment {number} has {free} unallocated; the split adds up to {total}.",
            number=payment.number,
            free=Money(free).format(),
            total=Money(total).format(),
        )


def _result(payment: Payment, lines: list[AllocationLine]) -> PaymentResult:
    return PaymentResult(
        payment.id, payment.number, payment.amount_fen, payment.allocated_fen, tuple(lines)
    )


@dataclass(frozen=True)
class AllocationRow:
    allocation_id: int
    invoice_id: int
    invoice_number: str
    allocated_date: date
    amount_fen: int


@dataclass(frozen=True)
class PaymentDetail:
    id: int
    number: str
    customer_id: int
    received_date: date
    amount_fen: int
    allocated_fen: int
    method: str
    bank_ref: str
    payer_name: str
    status: str
    note: str
    allocations: tuple[AllocationRow, ...]

    @property
    def unallocated_fen(self) -> int:
        return self.amount_fen - self.allocated_fen if self.status == "active" else 0


def payment_detail(session: Session, payment_id: int) -> PaymentDetail:
    """A payment and where it went, for the detail panel (and removing an allocation)."""
    p = session.get(Payment, payment_id)
    if p is None:
        raise NotFoundError(entity="Payment", key=payment_id)
    rows = session.execute(
        select(
            Allocation.id,
            Invoice.id,
            Invoice.number,
            Allocation.allocated_date,
            Allocation.amount_fen,
        )
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .where(Allocation.id.in_([a.id for a in live_allocations(session, payment_id=p.id)]))
        .order_by(Allocation.allocated_date, Allocation.id)
    )
    return PaymentDetail(
        p.id,
        p.number,
        p.customer_id,
        p.received_date,
        p.amount_fen,
        p.allocated_fen,
        p.method,
        p.bank_ref or "",
        p.payer_name or "",
        p.status,
        p.note or "",
        tuple(AllocationRow(*r) for r in rows),
    )
