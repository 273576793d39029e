"""The dunning letter (催款函): a customer's overdue invoices as of a day, with the amount
and the date by which the lab asks to be paid. Sending one is logged as a follow-up of
kind ``dunning_letter`` so that the customer's history and the collection log show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import ActivityKind
from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.domain.money import Money
from app.models import Invoice, Project
from app.services.core.changes import Changed
from app.services.core.context import Actor
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.services.customers.activity_service import ActivityInput, log_activity
from app.services.ledger.as_of import open_parts
from app.services.ledger.balances import customer_balance
from app.services.statements.statement_builder import customer_details
from app.services.statements.statement_content import CustomerDetails

DEFAULT_PAY_WITHIN_DAYS = 10


@dataclass(frozen=True)
class OverdueItem:
    invoice_id: int
    number: str
    kind: str
    issue_date: date
    due_date: date
    amount_fen: int
    open_fen: int
    days_overdue: int
    project: str


@dataclass(frozen=True)
class DunningLetter:
    customer: CustomerDetails
    lab: LabProfile
    as_of: date
    items: tuple[OverdueItem, ...]
    prepaid_fen: int  # money received and not yet applied, which could settle some of it
    pay_by: date

    @property
    def total_fen(self) -> int:
        return sum(item.open_fen for item in self.items)


def build_dunning_letter(
    session: Session,
    customer_id: int,
    as_of: date,
    *,
    pay_within_days: int = DEFAULT_PAY_WITHIN_DAYS,
    min_days_overdue: int = 1,
) -> DunningLetter:
    """The invoices of the customer at least ``min_days_overdue`` days past due on
    ``as_of``, most overdue first, with their open amounts on that day."""
    if not 1 <= pay_within_days <= 90:
        raise ValidationError("pay_within_days", "Ask for payment within 1 to 90 days.")
    customer = customer_details(session, [customer_id]).get(customer_id)
    if customer is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    parts = open_parts(as_of, customer_id)
    open_sum = func.sum(parts.c.amount_fen)
    latest_due = as_of - timedelta(days=min_days_overdue)
    opened = (
        select(parts.c.id, open_sum.label("open_fen"))
        .where(parts.c.due_date <= latest_due)
        .group_by(parts.c.id)
        .having(open_sum != 0)
        .subquery("opened")
    )
    rows = session.execute(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.amount_fen,
            opened.c.open_fen,
            Project.code,
            Project.title,
        )
        .join(opened, opened.c.id == Invoice.id)
        .outerjoin(Project, Project.id == Invoice.project_id)
        .order_by(Invoice.due_date, Invoice.number)
    )
    items = tuple(
        OverdueItem(
            iid,
            number,
            kind,
            issued,
            due,
            amount,
            int(open_fen),
            (as_of - due).days,
            " ".join(t for t in (code or "", title or "") if t),
        )
        for iid, number, kind, issued, due, amount, open_fen, code, title in rows
    )
    if not items:
        raise LedgerError(
            "{customer} has nothing overdue on {date}: there is nothing to ask for.",
            customer=customer.name,
            date=as_of.isoformat(),
        )
    return DunningLetter(
        customer=customer,
        lab=get_lab_profile(session),
        as_of=as_of,
        items=items,
        prepaid_fen=customer_balance(session, customer_id, as_of).unallocated_fen,
        pay_by=as_of + timedelta(days=pay_within_days),
    )


def record_dunning_letter(db: Database, actor: Actor, letter: DunningLetter) -> Changed[int]:
    """Log the letter as sent today in the customer's follow-ups; the new activity's id."""
    summary = (
        f"催款函：逾期发票 {len(letter.items)} 张，合计 {Money(letter.total_fen).format()}，"
        f"请于 {letter.pay_by.isoformat()} 前付款"
    )
    return log_activity(
        db,
        actor,
        ActivityInput(
            customer_id=letter.customer.id,
            kind=ActivityKind.DUNNING_LETTER.value,
            summary=summary,
            occurred_at=actor.clock.today(),
            next_action_date=letter.pay_by,
        ),
    )
