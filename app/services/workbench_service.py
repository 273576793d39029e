"""The figures on the workbench: what is owed, what is overdue, and what needs doing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import PromiseStatus
from app.models import Activity, CollectionTask, Customer, Invoice, InvoiceRequest
from app.models.collection_task import ACTIVE_STATUSES
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.services.core.visibility import owner_scope, scope_conditions
from app.services.ledger.as_of import invoice_open_amounts
from app.services.ledger.balances import total_balance


@dataclass(frozen=True)
class WorkbenchToday:
    """What needs doing today: collection tasks due (on or before the day), promises to pay
    falling due in the coming week, and invoices that fell overdue since yesterday (due the
    day before, still open)."""

    tasks_due: int = 0
    tasks_overdue_fen: int = 0  # what those tasks are chasing
    promises_this_week: int = 0
    promised_fen: int = 0
    newly_overdue: int = 0
    newly_overdue_fen: int = 0


def workbench_today(session: Session, as_of: date) -> WorkbenchToday:
    tasks, chased = session.execute(
        select(func.count(), func.coalesce(func.sum(CollectionTask.overdue_fen), 0)).where(
            CollectionTask.status.in_(ACTIVE_STATUSES),
            CollectionTask.due_date <= as_of,
            *scope_conditions(session, CollectionTask.customer_id),
        )
    ).one()
    promises, promised = session.execute(
        select(func.count(), func.coalesce(func.sum(Activity.promise_amount_fen), 0)).where(
            Activity.promise_status == PromiseStatus.OPEN.value,
            Activity.promise_date.between(as_of, as_of + timedelta(days=6)),
            *scope_conditions(session, Activity.customer_id),
        )
    ).one()
    due_yesterday = session.scalars(
        select(Invoice.id).where(
            Invoice.due_date == as_of - timedelta(days=1),
            Invoice.amount_fen > 0,
            *scope_conditions(session, Invoice.customer_id),
        )
    ).all()
    still_open = invoice_open_amounts(session, as_of, due_yesterday) if due_yesterday else {}
    return WorkbenchToday(
        int(tasks),
        int(chased),
        int(promises),
        int(promised or 0),
        len(still_open),
        sum(still_open.values()),
    )


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
    today: WorkbenchToday = field(default_factory=WorkbenchToday)

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
            select(func.count())
            .select_from(Customer)
            .where(Customer.archived.is_(False), *owner_scope(session))
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
        today=workbench_today(session, as_of),
    )
