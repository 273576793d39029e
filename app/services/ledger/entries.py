"""The ledger's dated entries: which allocations still stand, and when money applied to an
invoice or from a payment was last taken back (new settlements are dated no earlier).

Nothing here writes; the write services call it inside their transactions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.domain.errors import ValidationError
from app.models import Allocation, Invoice


def live_allocations(
    session: Session, *, payment_id: int | None = None, invoice_id: int | None = None
) -> list[Allocation]:
    """Allocations of a payment or an invoice that have not been taken back."""
    reversal = aliased(Allocation)
    stmt = (
        select(Allocation)
        .outerjoin(reversal, reversal.reverses_id == Allocation.id)
        .where(Allocation.reverses_id.is_(None), reversal.id.is_(None))
        .order_by(Allocation.allocated_date, Allocation.id)
    )
    if payment_id is not None:
        stmt = stmt.where(Allocation.payment_id == payment_id)
    if invoice_id is not None:
        stmt = stmt.where(Allocation.invoice_id == invoice_id)
    return list(session.scalars(stmt))


def last_taken_back(
    session: Session, invoice_ids: Sequence[int], payment_id: int | None = None
) -> dict[int, date]:
    """Per invoice, the latest day money applied to it was taken back (an allocation
    reversed, a red-letter credit voided), and under key 0 the latest day one of the
    payment's allocations was. A new settlement is dated no earlier: otherwise, on the days
    between, the books would show the same open amount settled twice."""
    found: dict[int, date] = {}
    ids = list(invoice_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        reversed_rows = select(Allocation.invoice_id, func.max(Allocation.allocated_date)).where(
            Allocation.reverses_id.is_not(None), Allocation.invoice_id.in_(chunk)
        )
        voided_credits = select(Invoice.original_invoice_id, func.max(Invoice.voided_on)).where(
            Invoice.original_invoice_id.in_(chunk), Invoice.voided_on.is_not(None)
        )
        for stmt in (
            reversed_rows.group_by(Allocation.invoice_id),
            voided_credits.group_by(Invoice.original_invoice_id),
        ):
            for iid, day in session.execute(stmt):
                if iid is not None and day is not None:
                    found[iid] = max(found.get(iid, day), day)
    if payment_id is not None:
        day = session.scalar(
            select(func.max(Allocation.allocated_date)).where(
                Allocation.reverses_id.is_not(None), Allocation.payment_id == payment_id
            )
        )
        if day is not None:
            found[0] = day
    return found


def require_after_take_backs(session: Session, invoice: Invoice, on: date) -> None:
    """A settlement of ``invoice`` (write-off, red-letter credit) dated ``on`` may not predate
    the last time money applied to it was taken back."""
    last = last_taken_back(session, [invoice.id]).get(invoice.id)
    if last is not None and on < last:
        raise ValidationError(
            "date",
            "Invoice {number} had money taken back on {taken}; date this on or after it.",
            number=invoice.number,
            taken=last.isoformat(),
        )
