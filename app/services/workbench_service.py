"""The figures on the workbench: what is owed, what is overdue, and what needs doing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import Customer, Invoice, InvoiceRequest, Payment
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.services.ledger.ledger_queries import OPEN_INVOICE, UNALLOCATED_PAYMENT


@dataclass(frozen=True)
class WorkbenchSummary:
    lab: LabProfile
    customers: int
    open_invoices: int
    overdue_invoices: int
    open_fen: int
    overdue_fen: int
    unallocated_fen: int
    pending_invoice_requests: int

    @property
    def receivables_fen(self) -> int:
        """Total receivables: open invoices less payments not yet applied."""
        return self.open_fen - self.unallocated_fen

    @property
    def is_empty(self) -> bool:
        return self.customers == 0 and self.lab.is_empty


def workbench_summary(session: Session, as_of: date) -> WorkbenchSummary:
    # These sums cannot overflow: amounts are bounded per document (see ledger_queries).
    open_amount = Invoice.amount_fen - Invoice.settled_fen
    overdue = Invoice.due_date < as_of
    n_open, n_overdue, open_fen, overdue_fen = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((overdue, 1), else_=0)), 0),
            func.coalesce(func.sum(open_amount), 0),
            func.coalesce(func.sum(case((overdue, open_amount), else_=0)), 0),
        ).where(OPEN_INVOICE)
    ).one()
    unallocated = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_fen - Payment.allocated_fen), 0)).where(
            UNALLOCATED_PAYMENT
        )
    )
    return WorkbenchSummary(
        lab=get_lab_profile(session),
        customers=session.scalar(
            select(func.count()).select_from(Customer).where(Customer.archived.is_(False))
        )
        or 0,
        open_invoices=int(n_open),
        overdue_invoices=int(n_overdue),
        open_fen=int(open_fen),
        overdue_fen=int(overdue_fen),
        unallocated_fen=int(unallocated or 0),
        pending_invoice_requests=session.scalar(
            select(func.count())
            .select_from(InvoiceRequest)
            .where(InvoiceRequest.status == "pending")
        )
        or 0,
    )
