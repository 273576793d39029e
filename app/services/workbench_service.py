"""The figures on the workbench: what is owed, what is overdue, and what needs doing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Customer, InvoiceRequest
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.services.ledger.balances import total_balance


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
    owed = total_balance(session, as_of)
    return WorkbenchSummary(
        lab=get_lab_profile(session),
        customers=session.scalar(
            select(func.count()).select_from(Customer).where(Customer.archived.is_(False))
        )
        or 0,
        open_invoices=owed.open_invoices,
        overdue_invoices=owed.overdue_invoices,
        open_fen=owed.open_fen,
        overdue_fen=owed.overdue_fen,
        unallocated_fen=owed.unallocated_fen,
        pending_invoice_requests=session.scalar(
            select(func.count())
            .select_from(InvoiceRequest)
            .where(InvoiceRequest.status == "pending")
        )
        or 0,
    )
