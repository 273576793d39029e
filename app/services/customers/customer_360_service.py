"""Customer 360 view: the header figures, the first page of each tab, and the first page
of the customer's timeline (customer_timeline_service.py).

Every query is bounded by the customer's indexes (invoices by customer and issue date,
payments by customer and date, projects, activities and statements by customer, audit
entries by entity) and each tab reads one page, so the view of a customer with tens of
thousands of invoices opens as fast as that of a small one (see bench/customer_360_bench.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import SQLColumnExpression, func, select
from sqlalchemy.orm import Session

from app.domain.credit_score import CreditScore, PaymentHistory, score
from app.domain.errors import NotFoundError
from app.models import (
    Activity,
    Customer,
    Invoice,
    Payment,
    Project,
    Statement,
    User,
)
from app.services.core.list_request import ListRequest
from app.services.core.visibility import owner_scope
from app.services.credit.credit_control_service import credit_position
from app.services.credit.credit_score_service import payment_history
from app.services.credit.credit_tier_service import effective_terms
from app.services.customers.activity_service import ActivityRow, list_activities
from app.services.customers.customer_timeline_service import PAGE, TimelineEntry, timeline
from app.services.ledger.balances import customer_balance
from app.services.ledger.invoice_list_service import InvoiceRow, fetch_invoices
from app.services.ledger.payment_list_service import PaymentRow, fetch_payments
from app.services.projects.project_list_service import ProjectRow, fetch_projects


@dataclass(frozen=True)
class StatementRow:
    id: int
    number: str
    period_from: date
    period_to: date
    opening_balance_fen: int
    closing_balance_fen: int
    sent_date: date | None
    reply: str
    reply_date: date | None
    disputed_amount_fen: int


@dataclass(frozen=True)
class Customer360Header:
    customer_id: int
    code: str
    name: str
    short_name: str
    category: str
    owner_name: str
    archived: bool
    tier_id: int
    tier_code: str
    tier_name: str
    payment_terms_days: int
    credit_limit_fen: int  # the customer's override, else the tier's
    used_credit_fen: int  # credit control's figures (credit_position)
    available_credit_fen: int
    open_fen: int  # open and overdue as of the view's date (balances.py)
    overdue_fen: int
    unallocated_fen: int  # payments not yet applied (prepayments)
    # From the payment history; None when the view was read without it (``with_score``).
    avg_days_late: int | None
    score: CreditScore | None
    history: PaymentHistory | None

    @property
    def balance_fen(self) -> int:
        """Open invoices less payments not yet applied."""
        return self.open_fen - self.unallocated_fen

    def scored(self, history: PaymentHistory) -> Customer360Header:
        """This header with the score worked out from ``history`` (``payment_history``)."""
        return replace(
            self, avg_days_late=history.avg_days_late, score=score(history), history=history
        )


@dataclass(frozen=True)
class Customer360:
    as_of: date
    header: Customer360Header
    projects: tuple[ProjectRow, ...]
    invoices: tuple[InvoiceRow, ...]  # most recent first; each row has its open amount
    payments: tuple[PaymentRow, ...]
    statements: tuple[StatementRow, ...]
    follow_ups: tuple[ActivityRow, ...]
    timeline: tuple[TimelineEntry, ...]
    # Totals, so a tab can say "200 of 5,321" and page on through the list services.
    counts: Mapping[str, int] = field(default_factory=dict)


def customer_360(
    session: Session, customer_id: int, as_of: date, *, with_score: bool = True
) -> Customer360:
    """The view as of ``as_of``. The credit score reads the customer's whole payment history
    (every invoice with its allocations: 0.2 s CPU for 57,000 invoices, more than the rest
    of the view together), so the window asks for it on its own (``with_score=False``, then
    ``payment_history`` and ``Customer360Header.scored``) and shows the rest first."""
    header = _header(session, customer_id, as_of, with_score)
    by_customer = ListRequest(filters=(("customer_id", customer_id),))
    projects = fetch_projects(session, _sorted(by_customer, "stage_since"), 0, PAGE, as_of)
    invoices = fetch_invoices(session, _sorted(by_customer, "issue_date"), 0, PAGE, as_of)
    payments = fetch_payments(session, _sorted(by_customer, "received_date"), 0, PAGE)
    return Customer360(
        as_of=as_of,
        header=header,
        projects=tuple(projects),
        invoices=tuple(invoices),
        payments=tuple(payments),
        statements=tuple(statements(session, customer_id, PAGE)),
        follow_ups=tuple(list_activities(session, customer_id, PAGE)),
        timeline=tuple(timeline(session, customer_id, PAGE)),
        counts=_counts(session, customer_id),
    )


def _sorted(req: ListRequest, key: str) -> ListRequest:
    return ListRequest(filters=req.filters, sort_key=key, descending=True)


def _header(session: Session, customer_id: int, as_of: date, with_score: bool) -> Customer360Header:
    found = session.execute(
        select(Customer, User.display_name)
        .outerjoin(User, User.id == Customer.owner_id)
        .where(Customer.id == customer_id, *owner_scope(session))
    ).first()
    if found is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    customer, owner_name = found
    terms = effective_terms(session, customer_id)
    position = credit_position(session, customer_id, as_of)
    owed = customer_balance(session, customer_id, as_of)
    header = Customer360Header(
        customer_id=customer_id,
        code=customer.code,
        name=customer.name,
        short_name=customer.short_name or "",
        category=customer.category,
        owner_name=owner_name or "",
        archived=bool(customer.archived),
        tier_id=terms.tier_id,
        tier_code=terms.tier_code,
        tier_name=terms.tier_name,
        payment_terms_days=terms.payment_terms_days,
        credit_limit_fen=position.credit_limit_fen,
        used_credit_fen=position.used_fen,
        available_credit_fen=position.available_fen,
        open_fen=owed.open_fen,
        overdue_fen=owed.overdue_fen,
        unallocated_fen=owed.unallocated_fen,
        avg_days_late=None,
        score=None,
        history=None,
    )
    if with_score:
        return header.scored(payment_history(session, customer_id, as_of))
    return header


def _counts(session: Session, customer_id: int) -> dict[str, int]:
    def count(column: SQLColumnExpression[int]) -> int:
        return session.scalar(select(func.count()).where(column == customer_id)) or 0

    return {
        "projects": count(Project.customer_id),
        "invoices": count(Invoice.customer_id),
        "payments": count(Payment.customer_id),
        "statements": count(Statement.customer_id),
        "follow_ups": count(Activity.customer_id),
    }


def statements(session: Session, customer_id: int, limit: int = PAGE) -> list[StatementRow]:
    """The customer's statements, latest period first."""
    stmt = (
        select(
            Statement.id,
            Statement.number,
            Statement.period_from,
            Statement.period_to,
            Statement.opening_balance_fen,
            Statement.closing_balance_fen,
            Statement.sent_date,
            Statement.reply,
            Statement.reply_date,
            Statement.disputed_amount_fen,
        )
        .where(Statement.customer_id == customer_id)
        .order_by(Statement.period_to.desc(), Statement.id.desc())
        .limit(limit)
    )
    # select() types rows of ten or more columns as open-ended tuples; these are the ten.
    return [StatementRow(*r[:10]) for r in session.execute(stmt)]
