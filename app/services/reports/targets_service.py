"""Monthly collection targets (回款目标) per salesperson: managers set them, performance
reports compare what was collected with them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.errors import ValidationError
from app.domain.money import check_amount_limit
from app.models import SalesTarget, User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import MANAGERS, require
from app.services.reports.periods import Period, month_start


@dataclass(frozen=True)
class TargetRow:
    salesperson_id: int
    month: date  # the month's first day
    amount_fen: int


def set_target(
    db: Database, actor: Actor, salesperson_id: int, month: date, amount_fen: int
) -> Changed[TargetRow]:
    """Set (or replace) what the salesperson should collect in ``month`` (any day of it).
    Managers only; every change audited with the amount it replaced."""
    require(actor, "set collection targets", MANAGERS)
    if amount_fen < 0:
        raise ValidationError("amount", "A collection target cannot be negative.")
    check_amount_limit("amount", amount_fen, "The amount cannot be more than {max}.")
    first = month_start(month)
    with db.write() as session:
        person = session.get(User, salesperson_id)
        if person is None or not person.active:
            raise ValidationError("salesperson", "The salesperson does not exist or is inactive.")
        row = session.scalars(
            select(SalesTarget).where(
                SalesTarget.salesperson_id == salesperson_id, SalesTarget.month == first
            )
        ).one_or_none()
        before = None if row is None else row.amount_fen
        if row is None:
            row = SalesTarget(salesperson_id=salesperson_id, month=first, amount_fen=amount_fen)
            session.add(row)
        row.amount_fen = amount_fen
        row.set_by = actor.user_id
        record_audit(
            session,
            actor,
            "sales_target.set",
            "user",
            salesperson_id,
            {"month": first.isoformat(), "amount_fen": before},
            {"month": first.isoformat(), "amount_fen": amount_fen},
        )
    return Changed.of(TargetRow(salesperson_id, first, amount_fen), Kind.SALES_TARGETS)


def targets_in(session: Session, period: Period) -> dict[int, int]:
    """Per salesperson, the targets of the months the period touches, added up (a period
    cut inside a month still counts that month's whole target)."""
    stmt = (
        select(SalesTarget.salesperson_id, func.sum(SalesTarget.amount_fen))
        .where(SalesTarget.month.between(month_start(period.start), period.end))
        .group_by(SalesTarget.salesperson_id)
    )
    return {sid: int(total) for sid, total in session.execute(stmt)}


def target_rows(session: Session, period: Period) -> list[TargetRow]:
    """Every monthly target of the months the period touches, by month then salesperson."""
    stmt = (
        select(SalesTarget.salesperson_id, SalesTarget.month, SalesTarget.amount_fen)
        .where(SalesTarget.month.between(month_start(period.start), period.end))
        .order_by(SalesTarget.month, SalesTarget.salesperson_id)
    )
    return [TargetRow(sid, month, amount) for sid, month, amount in session.execute(stmt)]
