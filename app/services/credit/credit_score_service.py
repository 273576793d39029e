"""Credit scores from payment history, and tier-change proposals a manager decides on.

Histories are computed in SQL for all customers at once (one pass over invoices with their
allocations, a few small grouped queries), so scoring a ledger of a million invoices is a
matter of seconds, not one query per customer. Only records dated on or before ``as_of``
count: allocations by their date, write-offs by theirs, red-letter invoices by issue date.
Void invoices never count."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Result,
    Select,
    SQLColumnExpression,
    Subquery,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from app.db.session import Database
from app.domain.credit_score import (
    STREAK_LATE_DAYS,
    CreditScore,
    PaymentHistory,
    Reason,
    score,
    tier_suggestion,
)
from app.domain.errors import LedgerError, NotFoundError
from app.domain.money import div_half_up
from app.models import Allocation, CreditTier, Customer, Invoice, TierProposal, User, WriteOff
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import MANAGERS, require
from app.services.core.visibility import scope_conditions

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
# A change a manager rejected is not proposed again for this long.
REPROPOSE_AFTER_DAYS = 90
# Ids per IN (...) list, well inside SQLite's limit on bound parameters.
ROWS_PER_QUERY = 1000


def _days_between(
    session: Session, later: SQLColumnExpression[date], earlier: SQLColumnExpression[date]
) -> ColumnElement[Any]:
    """Whole days from ``earlier`` to ``later`` (dates): PostgreSQL subtracts dates
    natively, SQLite stores them as ISO text. (SQLAlchemy types date - date as a date.)"""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return later - earlier


def _invoice_facts(session: Session, as_of: date, customer_id: int | None) -> Subquery:
    """One row per normal invoice issued by ``as_of``: what was paid, and written off or
    credited by red-letter invoices, by then, and the date of the last payment applied."""
    red = aliased(Invoice)
    red_conds = [
        red.original_invoice_id.is_not(None),
        red.status == "issued",
        red.issue_date <= as_of,
    ]
    if customer_id is not None:
        red_conds.append(red.customer_id == customer_id)
    # Write-offs and red-letter credits are rare: one small per-invoice table of both.
    written = aliased(Invoice)
    write_offs = select(WriteOff.invoice_id.label("invoice_id"), WriteOff.amount_fen.label("fen"))
    if customer_id is not None:
        write_offs = write_offs.join(written, written.id == WriteOff.invoice_id).where(
            written.customer_id == customer_id
        )
    adjustments = union_all(
        write_offs.where(WriteOff.write_off_date <= as_of),
        select(red.original_invoice_id, -red.amount_fen).where(*red_conds),
    ).subquery()
    adjusted = (
        select(adjustments.c.invoice_id, func.sum(adjustments.c.fen).label("fen"))
        .group_by(adjustments.c.invoice_id)
        .subquery()
    )
    # SQLite must read invoices through ix_invoices_customer_issue_date, in the order of the
    # grouping below: the original_invoice_id test is wrapped so that its index (nearly all
    # NULL) is not used, and the issue date is tested after grouping for the same reason.
    conds = [Invoice.status == "issued", func.coalesce(Invoice.original_invoice_id, 0) == 0]
    if customer_id is not None:
        conds.append(Invoice.customer_id == customer_id)
    return (
        select(
            Invoice.id.label("id"),
            Invoice.customer_id.label("customer_id"),
            Invoice.issue_date.label("issue_date"),
            Invoice.due_date.label("due_date"),
            Invoice.amount_fen.label("amount_fen"),
            func.coalesce(func.sum(Allocation.amount_fen), 0).label("paid"),
            func.max(Allocation.allocated_date).label("last_paid"),
            # Computed here, once per invoice: date arithmetic is slow on SQLite's ISO text.
            _days_between(session, func.max(Allocation.allocated_date), Invoice.due_date).label(
                "days_late"
            ),
            func.coalesce(func.max(adjusted.c.fen), 0).label("adjusted"),
        )
        .outerjoin(
            Allocation,
            and_(Allocation.invoice_id == Invoice.id, Allocation.allocated_date <= as_of),
        )
        .outerjoin(adjusted, adjusted.c.invoice_id == Invoice.id)
        .where(*conds)
        .group_by(Invoice.customer_id, Invoice.issue_date, Invoice.id)
        # One invoice per group: max() only keeps SQLite from moving the test into WHERE.
        .having(func.max(Invoice.issue_date) <= as_of)
        .subquery()
    )


def _history_rows(
    session: Session, as_of: date, customer_id: int | None
) -> Result[*tuple[Any, ...]]:
    f = _invoice_facts(session, as_of, customer_id)
    open_fen = f.c.amount_fen - f.c.paid - f.c.adjusted
    settled = and_(open_fen <= 0, f.c.paid > 0)
    days_late = f.c.days_late
    facts = (
        select(
            f.c.customer_id,
            f.c.issue_date,
            f.c.due_date,
            f.c.amount_fen,
            f.c.paid,
            open_fen.label("open_fen"),
            case((settled, 1), else_=0).label("settled"),
            case((settled & (days_late > 0), days_late), else_=0).label("days_late"),
            case((settled & (days_late > 0), f.c.last_paid)).label("paid_late_on"),
        )
        .cte("facts")
        .prefix_with("MATERIALIZED")
    )
    g = facts.c
    streak_late = g.days_late > STREAK_LATE_DAYS
    per_customer = (
        select(
            g.customer_id.label("customer_id"),
            func.sum(g.settled).label("settled"),
            func.sum(case((g.days_late > 0, 1), else_=0)).label("late"),
            # Amount x days: paid <= MAX_AMOUNT_FEN (10^12 fen), so passing 2^63 would take one
            # customer over 2,500 invoices at that maximum, each paid ten years late.
            func.sum(g.paid * g.days_late).label("late_weighted"),
            func.sum(case((g.settled == 1, g.paid), else_=0)).label("settled_paid"),
            func.sum(case((and_(g.open_fen > 0, g.due_date < as_of), g.open_fen), else_=0)).label(
                "overdue"
            ),
            func.sum(case((g.open_fen > 0, g.open_fen), else_=0)).label("open"),
            func.sum(g.amount_fen).label("invoiced"),
            func.max(g.paid_late_on).label("last_late"),
            func.max(case((and_(g.settled == 1, ~streak_late), g.due_date))).label(
                "streak_breaker"
            ),
            func.min(g.issue_date).label("first_invoice"),
            func.min(case((and_(g.open_fen > 0, g.due_date < as_of), g.due_date))).label(
                "oldest_overdue"
            ),
        )
        .group_by(g.customer_id)
        .cte("per_customer")
    )
    c = per_customer.c
    # The late streak: invoices paid over a month late, due after the last one that was not.
    streak = (
        select(g.customer_id.label("customer_id"), func.count().label("streak"))
        .join(per_customer, c.customer_id == g.customer_id)
        .where(streak_late, or_(c.streak_breaker.is_(None), g.due_date > c.streak_breaker))
        .group_by(g.customer_id)
        .subquery()
    )
    stmt = select(
        c.customer_id,
        c.settled,
        c.late,
        c.late_weighted,
        c.settled_paid,
        c.overdue,
        c.open,
        c.invoiced,
        func.coalesce(streak.c.streak, 0),
        c.last_late,
        c.first_invoice,
        c.oldest_overdue,
    ).outerjoin(streak, streak.c.customer_id == c.customer_id)
    return session.execute(stmt)


def _per_customer(session: Session, stmt: Select[*tuple[Any, ...]]) -> dict[int, tuple[Any, ...]]:
    return {row[0]: tuple(row[1:]) for row in session.execute(stmt)}


def payment_histories(
    session: Session, as_of: date, customer_id: int | None = None
) -> dict[int, PaymentHistory]:
    """Histories of every customer (or one), keyed by customer id. A customer without
    invoices gets an empty history with its tenure."""
    invoices = {row[0]: row[1:] for row in _history_rows(session, as_of, customer_id)}

    def only(column: SQLColumnExpression[int]) -> list[ColumnElement[bool]]:
        return [] if customer_id is None else [column == customer_id]

    red_credits = _per_customer(
        session,
        select(Invoice.customer_id, func.sum(Invoice.amount_fen))
        .where(
            Invoice.original_invoice_id.is_not(None),
            Invoice.status == "issued",
            Invoice.issue_date <= as_of,
            *only(Invoice.customer_id),
        )
        .group_by(Invoice.customer_id),
    )
    written = _per_customer(
        session,
        select(
            Invoice.customer_id, func.sum(WriteOff.amount_fen), func.max(WriteOff.write_off_date)
        )
        .join(Invoice, Invoice.id == WriteOff.invoice_id)
        .where(WriteOff.write_off_date <= as_of, *only(Invoice.customer_id))
        .group_by(Invoice.customer_id),
    )
    histories: dict[int, PaymentHistory] = {}
    customers = session.execute(select(Customer.id, Customer.since).where(*only(Customer.id)))
    for cid, since in customers:
        row = invoices.get(cid) or (0, 0, 0, 0, 0, 0, 0, 0, None, None, None)
        settled, late, weighted, weight, overdue, open_fen, invoiced, streak = row[:8]
        last_late, first_invoice, oldest_overdue = row[8:]
        starts = [_as_date(d) for d in (since, first_invoice) if d is not None]
        tenure = max((as_of - min(starts)).days, 0) if starts else 0
        wo_fen, wo_last = written.get(cid, (0, None))
        weight = int(weight or 0)
        histories[cid] = PaymentHistory(
            settled_count=int(settled or 0),
            settled_late_count=int(late or 0),
            avg_days_late=div_half_up(int(weighted or 0), weight) if weight > 0 else 0,
            overdue_fen=int(overdue or 0),
            open_fen=int(open_fen or 0),
            written_off_fen=int(wo_fen or 0),
            invoiced_fen=int(invoiced or 0) + int(red_credits.get(cid, (0,))[0] or 0),
            tenure_days=tenure,
            late_streak=int(streak or 0),
            days_since_late=None if last_late is None else (as_of - _as_date(last_late)).days,
            days_since_write_off=None if wo_last is None else (as_of - _as_date(wo_last)).days,
            max_days_overdue=0
            if oldest_overdue is None
            else (as_of - _as_date(oldest_overdue)).days,
        )
    return histories


def _as_date(value: date | str) -> date:
    # Aggregates over date columns come back as ISO text from SQLite.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def payment_history(session: Session, customer_id: int, as_of: date) -> PaymentHistory:
    history = payment_histories(session, as_of, customer_id).get(customer_id)
    if history is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    return history


def customer_score(session: Session, customer_id: int, as_of: date) -> CreditScore:
    return score(payment_history(session, customer_id, as_of))


@dataclass(frozen=True)
class ProposalRow:
    id: int
    customer_id: int
    customer_code: str
    customer_name: str
    from_tier_id: int
    from_tier_name: str
    to_tier_id: int
    to_tier_name: str
    score: int
    reasons: tuple[Reason, ...]  # the rule that fired first, then the score's reasons
    proposed_at: datetime
    status: str
    decided_by: str
    decided_at: datetime | None
    decision_note: str


def propose_tier_changes(db: Database, actor: Actor, as_of: date) -> Changed[list[ProposalRow]]:
    """Score every active customer and propose the tier changes the rules suggest. A
    customer with a pending proposal gets no second one, and a change a manager rejected
    is not proposed again for ``REPROPOSE_AFTER_DAYS``. Nothing changes a tier here."""
    require(actor, "propose credit tier changes", MANAGERS)
    with db.write() as session:
        histories = payment_histories(session, as_of)
        tiers = {t.id: t for t in session.scalars(select(CreditTier))}
        by_code = {t.code: t for t in tiers.values()}
        pending = set(
            session.scalars(select(TierProposal.customer_id).where(TierProposal.status == PENDING))
        )
        since = actor.clock.now_utc() - timedelta(days=REPROPOSE_AFTER_DAYS)
        rejected = {
            (customer_id, to_tier_id)
            for customer_id, to_tier_id in session.execute(
                select(TierProposal.customer_id, TierProposal.to_tier_id).where(
                    TierProposal.status == REJECTED, TierProposal.decided_at >= since
                )
            )
        }
        customers = session.execute(
            select(Customer.id, Customer.tier_id)
            .where(Customer.archived.is_(False))
            .order_by(Customer.id)
        ).all()
        now = actor.clock.now_utc()
        created: list[TierProposal] = []
        for cid, tier_id in customers:
            if cid in pending:
                continue
            history = histories[cid]
            credit = score(history)
            suggestion = tier_suggestion(tiers[tier_id].code, credit, history)
            if suggestion is None:
                continue
            target = by_code.get(suggestion[0])
            if target is None or target.id == tier_id or (cid, target.id) in rejected:
                continue
            proposal = TierProposal(
                customer_id=cid,
                from_tier_id=tier_id,
                to_tier_id=target.id,
                score=credit.score,
                reasons=[_stored(r) for r in (suggestion[1], *credit.reasons)],
                proposed_at=now,
                status=PENDING,
            )
            session.add(proposal)
            created.append(proposal)
        if created:
            session.flush()
            record_audit(
                session,
                actor,
                "tier_proposal.create",
                "tier_proposal",
                None,
                None,
                {
                    "as_of": as_of,
                    "count": len(created),
                    "customers": [p.customer_id for p in created],
                },
            )
            return Changed.of(_rows(session, [p.id for p in created]), Kind.TIER_PROPOSALS)
        return Changed.of([])


def _stored(reason: Reason) -> list[object]:
    template, params = reason
    return [template, dict(params)]


def pending_proposals(session: Session) -> list[ProposalRow]:
    ids = list(
        session.scalars(
            select(TierProposal.id)
            .where(
                TierProposal.status == PENDING,
                *scope_conditions(session, TierProposal.customer_id),
            )
            .order_by(TierProposal.proposed_at, TierProposal.id)
        )
    )
    return _rows(session, ids)


def customer_proposals(session: Session, customer_id: int) -> list[ProposalRow]:
    """Every proposal for one customer, newest first."""
    ids = list(
        session.scalars(
            select(TierProposal.id)
            .where(
                TierProposal.customer_id == customer_id,
                *scope_conditions(session, TierProposal.customer_id),
            )
            .order_by(TierProposal.proposed_at.desc(), TierProposal.id.desc())
        )
    )
    return _rows(session, ids)


def decide_proposal(
    db: Database, actor: Actor, proposal_id: int, accept: bool, note: str = ""
) -> Changed[ProposalRow]:
    """A manager accepts (the customer moves to the proposed tier, audited) or rejects (the
    tier stays). A proposal whose customer changed tier meanwhile is refused."""
    require(actor, "decide credit tier changes", MANAGERS)
    with db.write() as session:
        proposal = session.get(TierProposal, proposal_id, with_for_update=True)
        if proposal is None:
            raise NotFoundError(entity="Tier proposal", key=proposal_id)
        customer = session.get(Customer, proposal.customer_id, with_for_update=True)
        assert customer is not None
        if proposal.status != PENDING:
            raise LedgerError(
                "The tier proposal for {customer} was already {status}.",
                customer=customer.name,
                status=proposal.status,
            )
        if customer.tier_id != proposal.from_tier_id:
            raise LedgerError(
                "{customer} changed tier after this proposal was made; it no longer applies.",
                customer=customer.name,
            )
        proposal.status = ACCEPTED if accept else REJECTED
        proposal.decided_by = actor.user_id
        proposal.decided_at = actor.clock.now_utc()
        proposal.decision_note = note.strip() or None
        if accept:
            customer.tier_id = proposal.to_tier_id
            record_audit(
                session,
                actor,
                "customer.tier_change",
                "customer",
                customer.id,
                {"tier_id": proposal.from_tier_id},
                {
                    "tier_id": proposal.to_tier_id,
                    "proposal_id": proposal.id,
                    "score": proposal.score,
                },
                reason=note.strip() or None,
            )
        else:
            record_audit(
                session,
                actor,
                "tier_proposal.reject",
                "tier_proposal",
                proposal.id,
                {"status": PENDING},
                {"status": REJECTED, "customer_id": customer.id},
                reason=note.strip() or None,
            )
        session.flush()
        row = _rows(session, [proposal.id])[0]
    if accept:
        return Changed.of(row, Kind.TIER_PROPOSALS, Kind.CUSTOMERS)
    return Changed.of(row, Kind.TIER_PROPOSALS)


def _rows(session: Session, ids: Sequence[int]) -> list[ProposalRow]:
    found: dict[int, ProposalRow] = {}
    for start in range(0, len(ids), ROWS_PER_QUERY):
        found.update(_rows_by_id(session, ids[start : start + ROWS_PER_QUERY]))
    return [found[i] for i in ids if i in found]


def _rows_by_id(session: Session, ids: Sequence[int]) -> dict[int, ProposalRow]:
    from_tier, to_tier = aliased(CreditTier), aliased(CreditTier)
    stmt = (
        select(
            TierProposal,
            Customer.code,
            Customer.name,
            from_tier.name,
            to_tier.name,
            User.display_name,
        )
        .join(Customer, Customer.id == TierProposal.customer_id)
        .join(from_tier, from_tier.id == TierProposal.from_tier_id)
        .join(to_tier, to_tier.id == TierProposal.to_tier_id)
        .outerjoin(User, User.id == TierProposal.decided_by)
        .where(TierProposal.id.in_(ids))
    )
    return {
        p.id: ProposalRow(
            id=p.id,
            customer_id=p.customer_id,
            customer_code=code,
            customer_name=name,
            from_tier_id=p.from_tier_id,
            from_tier_name=from_name,
            to_tier_id=p.to_tier_id,
            to_tier_name=to_name,
            score=p.score,
            reasons=_loaded(p.reasons),
            proposed_at=p.proposed_at,
            status=p.status,
            decided_by=decider or "",
            decided_at=p.decided_at,
            decision_note=p.decision_note or "",
        )
        for p, code, name, from_name, to_name, decider in session.execute(stmt)
    }


def _loaded(stored: Iterable[object] | None) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    for item in stored or ():
        if isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[1], Mapping):
            reasons.append((str(item[0]), dict(item[1])))
        else:
            reasons.append((str(item), {}))
    return tuple(reasons)
