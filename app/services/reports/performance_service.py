"""Salesperson performance: what each one collected against the monthly target, how much
of it came on time, what their customers owe overdue, their DSO, and a weighted score.

Who is credited: money is credited to whoever owned the customer on the day it happened
(the hand-over history, ``customer_ownerships``; a customer with no history for that day
counts as its owner today):

- **Collected**: payments by cash-receipt date, credited to the owner on the day received; a
  payment reversed in the period is taken off, dated the day it was reversed, from whoever
  was credited with it.
- **On-time share**: of the allocations made in the period that still stood at its end,
  the part made on or before the invoice's due date; credited to the owner on the day the
  allocation was made.
- **Overdue, AR and DSO**: of the customers each one owns today (whose collection is their
  job now), at the period's end, from the KPI service.

**Scorecard**: each part scores 0-100 -- target (collected / target, at most 100),
on time (on-time share), overdue (100 - overdue ratio), DSO (100 at or below the aim in the
settings, aim / DSO x 100 above it) -- and the score is their average weighted by the
``scorecard`` setting; a part that cannot be scored (no target, nothing settled, nothing
owed, nothing invoiced) is left out and the other weights count in its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db.session import Database
from app.domain.errors import ValidationError
from app.models import Allocation, Customer, CustomerOwnership, Invoice, Payment, User
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import MANAGERS, require
from app.services.core.settings_service import get_value, set_value
from app.services.ledger.as_of import open_parts
from app.services.reports.kpi_service import KpiGroup, kpi_report
from app.services.reports.periods import Period, ratio
from app.services.reports.targets_service import targets_in

SCORE = Decimal("0.1")
PARTS = ("target", "on_time", "overdue", "dso")


@dataclass(frozen=True)
class ScorecardSettings:
    """Weights (whole numbers 0-100, not all zero) and the DSO that scores full marks."""

    target: int = 40
    on_time: int = 30
    overdue: int = 20
    dso: int = 10
    dso_aim_days: int = 60

    def weight(self, part: str) -> int:
        return int(getattr(self, part))


def scorecard_settings(session: Session) -> ScorecardSettings:
    stored = get_value(session, "scorecard")
    defaults = ScorecardSettings()
    return ScorecardSettings(
        **{
            name: int(stored.get(name, getattr(defaults, name)))
            for name in (*PARTS, "dso_aim_days")
        }
    )


def save_scorecard_settings(
    db: Database, actor: Actor, settings: ScorecardSettings
) -> Changed[ScorecardSettings]:
    """Managers only; audited as a setting change."""
    require(actor, "change the scorecard", MANAGERS)
    weights = [settings.weight(p) for p in PARTS]
    if any(not 0 <= w <= 100 for w in weights) or not any(weights):
        raise ValidationError(
            "weights", "Scorecard weights must be whole numbers from 0 to 100, not all 0."
        )
    if not 1 <= settings.dso_aim_days <= 365:
        raise ValidationError("dso_aim_days", "The DSO aim must be from 1 to 365 days.")
    with db.write() as session:
        value = {p: settings.weight(p) for p in PARTS} | {"dso_aim_days": settings.dso_aim_days}
        set_value(session, actor, "scorecard", value)
    return Changed.of(settings, Kind.SETTINGS)


@dataclass(frozen=True)
class Performance:
    """One salesperson's figures for ``period``; amounts in fen."""

    period: Period
    salesperson_id: int
    name: str
    login: str
    target_fen: int | None  # None: no target set for the period's months
    collected_fen: int
    settled_fen: int
    settled_on_time_fen: int
    total_ar_fen: int
    overdue_ar_fen: int
    overdue_invoices: int
    dso_days: Decimal | None
    score: Decimal | None
    parts: tuple[tuple[str, Decimal | None], ...]  # (part, 0-100 or None), in PARTS order

    @property
    def achievement(self) -> Decimal | None:
        """Collected / target (1.0000 is the target met)."""
        return None if self.target_fen is None else ratio(self.collected_fen, self.target_fen)

    @property
    def on_time_rate(self) -> Decimal | None:
        return ratio(self.settled_on_time_fen, self.settled_fen)

    @property
    def overdue_ratio(self) -> Decimal | None:
        return ratio(self.overdue_ar_fen, self.total_ar_fen)


def _owner_on(customer_id: Any, day: Any) -> tuple[Any, ColumnElement[Any]]:
    """An ownership row (outer-joined) covering ``day``, and the owner it gives: the one of
    the history, else the customer's owner today."""
    own = aliased(CustomerOwnership)
    on = and_(
        own.customer_id == customer_id,
        own.start_date <= day,
        or_(own.end_date.is_(None), own.end_date > day),
    )
    return (own, on), func.coalesce(own.owner_id, Customer.owner_id)


def collected_by_owner(session: Session, period: Period) -> dict[int | None, int]:
    """Cash received in the period less payments reversed in it, per salesperson credited
    (the owner on the day received)."""
    found: dict[int | None, int] = {}
    start, end = period.start, period.end
    for when, sign in ((Payment.received_date, 1), (Payment.reversed_on, -1)):
        (own, on), owner = _owner_on(Payment.customer_id, Payment.received_date)
        stmt = (
            select(owner, func.sum(Payment.amount_fen))
            .join(Customer, Customer.id == Payment.customer_id)
            .outerjoin(own, on)
            .where(when.between(start, end))
            .group_by(owner)
        )
        for sid, total in session.execute(stmt):
            found[sid] = found.get(sid, 0) + sign * int(total or 0)
    return found


def settled_by_owner(session: Session, period: Period) -> dict[int | None, tuple[int, int]]:
    """(settled, of it on time) per salesperson credited (the owner on the day applied),
    over the allocations made in the period that still stood at its end."""
    taken_back = aliased(Allocation)
    (own, on), owner = _owner_on(Invoice.customer_id, Allocation.allocated_date)
    stmt = (
        select(
            owner,
            func.sum(Allocation.amount_fen),
            func.sum(
                case(
                    (Allocation.allocated_date <= Invoice.due_date, Allocation.amount_fen), else_=0
                )
            ),
        )
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(own, on)
        .outerjoin(
            taken_back,
            and_(taken_back.reverses_id == Allocation.id, taken_back.allocated_date <= period.end),
        )
        .where(
            Allocation.allocated_date.between(period.start, period.end),
            func.coalesce(Allocation.reverses_id, Allocation.reverses_id).is_(None),
            taken_back.id.is_(None),
        )
        .group_by(owner)
    )
    return {sid: (int(total or 0), int(late or 0)) for sid, total, late in session.execute(stmt)}


def _overdue_invoices(session: Session, day: date) -> dict[int | None, int]:
    """Per owner today, how many invoices were open and past due at the end of ``day``."""
    parts = open_parts(day)
    per_invoice = (
        select(parts.c.id, parts.c.customer_id, func.sum(parts.c.amount_fen).label("open_fen"))
        .where(parts.c.due_date < day)
        .group_by(parts.c.id, parts.c.customer_id)
        .subquery()
    )
    stmt = (
        select(Customer.owner_id, func.count())
        .select_from(per_invoice)
        .join(Customer, Customer.id == per_invoice.c.customer_id)
        .where(per_invoice.c.open_fen != 0)
        .group_by(Customer.owner_id)
    )
    return {sid: int(n) for sid, n in session.execute(stmt)}


def _part_scores(
    settings: ScorecardSettings,
    achievement: Decimal | None,
    on_time: Decimal | None,
    overdue_ratio: Decimal | None,
    dso: Decimal | None,
) -> tuple[tuple[str, Decimal | None], ...]:
    hundred = Decimal(100)

    def scaled(value: Decimal | None) -> Decimal | None:
        return (
            None
            if value is None
            else (min(value, Decimal(1)) * hundred).quantize(SCORE, ROUND_HALF_UP)
        )

    dso_score = None
    if dso is not None:
        aim = Decimal(settings.dso_aim_days)
        dso_score = hundred if dso <= aim else (aim / dso * hundred).quantize(SCORE, ROUND_HALF_UP)
    return (
        ("target", scaled(achievement)),
        ("on_time", scaled(on_time)),
        ("overdue", None if overdue_ratio is None else scaled(1 - overdue_ratio)),
        ("dso", dso_score),
    )


def score(
    settings: ScorecardSettings, parts: tuple[tuple[str, Decimal | None], ...]
) -> Decimal | None:
    """The weighted average of the parts that could be scored; None when none could."""
    scored = [(settings.weight(name), value) for name, value in parts if value is not None]
    weights = sum(w for w, _ in scored)
    if not weights:
        return None
    total = sum((w * v for w, v in scored), Decimal(0))
    return (total / weights).quantize(SCORE, ROUND_HALF_UP)


def performance_report(
    session: Session, period: Period, salesperson_id: int | None = None
) -> tuple[Performance, ...]:
    """Every salesperson with a target, money credited, or customers owing (or the one
    asked for), best score first."""
    settings = scorecard_settings(session)
    targets = targets_in(session, period)
    collected = collected_by_owner(session, period)
    settled = settled_by_owner(session, period)
    kpis = {
        row.key: row
        for row in kpi_report(session, period, KpiGroup.SALESPERSON, settlements=False).rows
    }
    late = _overdue_invoices(session, period.end)
    ids = {
        k
        for k in (*targets, *collected, *settled, *kpis)
        if isinstance(k, int) and (salesperson_id is None or k == salesperson_id)
    }
    people = {
        uid: (name, login)
        for uid, name, login in session.execute(
            select(User.id, User.display_name, User.login).where(User.id.in_(list(ids)))
        )
    }
    found = []
    for sid in ids:
        kpi = kpis.get(sid)
        total_ar = kpi.total_ar_fen if kpi else 0
        overdue_ar = kpi.overdue_ar_fen if kpi else 0
        dso = kpi.dso_days if kpi else None
        done, on_time = settled.get(sid, (0, 0))
        target = targets.get(sid)
        parts = _part_scores(
            settings,
            None if not target else ratio(collected.get(sid, 0), target),
            ratio(on_time, done),
            ratio(overdue_ar, total_ar),
            dso,
        )
        name, login = people.get(sid, ("", ""))
        found.append(
            Performance(
                period,
                sid,
                name,
                login,
                target,
                collected.get(sid, 0),
                done,
                on_time,
                total_ar,
                overdue_ar,
                late.get(sid, 0),
                dso,
                score(settings, parts),
                parts,
            )
        )
    found.sort(key=lambda p: (p.score is None, -(p.score or 0), p.login))
    return tuple(found)
