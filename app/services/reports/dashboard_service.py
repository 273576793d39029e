"""The dashboard's figures (工作台) for a user's scope: what is owed and overdue, DSO and
CEI, collected this month against the target, the customers most overdue, promises to pay
falling due this week, and statements waiting for the customer's reply.

Scope: everything, or (``salesperson_id``) the customers that salesperson owns today; the
login issue will pass the signed-in salesperson. The figures come from the KPI service
(the one definition of AR, DSO and CEI) over the 90 days ending on the day, from the
performance service for what was collected this month (credited to whoever owned the
customer on the day the money came) and the targets, and from the statements service for
the replies awaited. The customers most overdue are ranked in SQL over the same open parts
(app/services/ledger/as_of.py) and agree with the KPI service's AR per customer to the fen.
The workbench summary (app/services/workbench_service.py) keeps the counts it shows
(customers, open invoices, invoice requests waiting).

The salesperson of a signed-in user comes from ``salesperson_scope``; the visibility rules
of the log-in work (app/services/core/visibility.py) can pass theirs the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.domain.enums import PromiseStatus, Role
from app.models import Activity, Customer
from app.services.core.context import Actor
from app.services.ledger.as_of import open_parts
from app.services.reports.kpi_service import KpiFigures, kpi_report
from app.services.reports.performance_service import collected_by_owner
from app.services.reports.periods import Period, month_start, ratio
from app.services.reports.targets_service import targets_in
from app.services.statements.statement_service import AwaitingReply, awaiting_reply

TRAILING_DAYS = 90
TOP_OVERDUE = 10


@dataclass(frozen=True)
class OverdueCustomer:
    customer_id: int
    code: str
    name: str
    overdue_fen: int
    total_fen: int


@dataclass(frozen=True)
class PromiseDue:
    activity_id: int
    customer_id: int
    customer_name: str
    promise_date: date
    promise_amount_fen: int


@dataclass(frozen=True)
class DashboardFigures:
    as_of: date
    salesperson_id: int | None
    kpis: KpiFigures  # the 90 days ending on ``as_of``: AR, overdue, DSO, CEI
    month: Period  # from the 1st of the month to ``as_of``
    collected_this_month_fen: int
    target_this_month_fen: int | None  # None: no target set for the month
    top_overdue: tuple[OverdueCustomer, ...]  # most overdue first
    week: Period  # Monday to Sunday of ``as_of``'s week
    promises_this_week: tuple[PromiseDue, ...]  # open promises dated in the week
    awaiting_replies: tuple[AwaitingReply, ...]  # longest waiting first

    @property
    def receivables_fen(self) -> int:
        return self.kpis.total_ar_fen

    @property
    def overdue_fen(self) -> int:
        return self.kpis.overdue_ar_fen

    @property
    def overdue_ratio(self) -> Decimal | None:
        return self.kpis.overdue_ratio

    @property
    def dso_days(self) -> Decimal | None:
        return self.kpis.dso_days

    @property
    def cei(self) -> Decimal | None:
        return self.kpis.cei

    @property
    def target_achievement(self) -> Decimal | None:
        """Collected this month / the month's target."""
        if self.target_this_month_fen is None:
            return None
        return ratio(self.collected_this_month_fen, self.target_this_month_fen)


def salesperson_scope(actor: Actor) -> int | None:
    """The salesperson whose customers the dashboard is kept to: a salesperson sees their
    own, everyone else (finance, managers) sees all. The visibility rules of the log-in
    work may narrow this further; this is the parameter they set."""
    if actor.role == Role.SALES and actor.user_id is not None:
        return actor.user_id
    return None


def dashboard_figures(
    session: Session, as_of: date, *, salesperson_id: int | None = None, top: int = TOP_OVERDUE
) -> DashboardFigures:
    trailing = Period(as_of - timedelta(days=TRAILING_DAYS - 1), as_of)
    kpis = kpi_report(
        session, trailing, salesperson_id=salesperson_id, settlements=False, due=False
    ).total
    month = Period(month_start(as_of), as_of)
    collected = collected_by_owner(session, month)
    targets = targets_in(session, month)
    if salesperson_id is None:
        collected_fen = sum(collected.values())
        target = sum(targets.values()) if targets else None
    else:
        collected_fen = collected.get(salesperson_id, 0)
        target = targets.get(salesperson_id)
    week = Period(
        as_of - timedelta(days=as_of.weekday()), as_of + timedelta(days=6 - as_of.weekday())
    )
    return DashboardFigures(
        as_of,
        salesperson_id,
        kpis,
        month,
        collected_fen,
        target,
        _top_overdue(session, as_of, salesperson_id, top),
        week,
        _promises(session, week, salesperson_id),
        tuple(awaiting_reply(session, as_of, owner_id=salesperson_id)),
    )


def _top_overdue(
    session: Session, as_of: date, salesperson_id: int | None, top: int
) -> tuple[OverdueCustomer, ...]:
    """The customers owing the most past due on ``as_of`` (due before the day, as the KPIs
    count it), ranked in SQL over the open parts the aging and the KPIs read: a third of
    the time of the KPIs' per-customer AR, which adds prepayments the list does not show."""
    parts = open_parts(as_of)
    c = parts.c
    overdue = func.sum(case((c.due_date < as_of, c.amount_fen), else_=0))
    stmt = (
        select(c.customer_id, overdue, func.sum(c.amount_fen))
        .group_by(c.customer_id)
        .having(overdue > 0)
        .order_by(overdue.desc(), c.customer_id)
        .limit(top)
    )
    if salesperson_id is not None:
        stmt = stmt.join(Customer, Customer.id == c.customer_id).where(
            Customer.owner_id == salesperson_id
        )
    ranked = [
        (cid, int(late), int(total)) for cid, late, total in session.connection().execute(stmt)
    ]
    names = {
        cid: (code, name)
        for cid, code, name in session.execute(
            select(Customer.id, Customer.code, Customer.name).where(
                Customer.id.in_([cid for cid, _, _ in ranked])
            )
        )
    }
    return tuple(
        OverdueCustomer(cid, *names.get(cid, ("", "")), late, total) for cid, late, total in ranked
    )


def _promises(session: Session, week: Period, salesperson_id: int | None) -> tuple[PromiseDue, ...]:
    stmt = (
        select(
            Activity.id,
            Activity.customer_id,
            Customer.name,
            Activity.promise_date,
            Activity.promise_amount_fen,
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .where(
            Activity.promise_date.between(week.start, week.end),
            Activity.promise_status == PromiseStatus.OPEN.value,
        )
        .order_by(Activity.promise_date, Activity.id)
    )
    if salesperson_id is not None:
        stmt = stmt.where(Customer.owner_id == salesperson_id)
    return tuple(
        PromiseDue(aid, cid, name, day, amount or 0)
        for aid, cid, name, day, amount in session.execute(stmt)
        if day is not None
    )
