"""Reading and saving a credit tier's reminder schedule (the settings page edits it)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.errors import NotFoundError
from app.models import CreditTier
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import MANAGERS, require
from app.services.reminders.schedule import ReminderSchedule, parse_schedule, tier_schedule


def get_tier_schedule(session: Session, tier_id: int) -> ReminderSchedule:
    """The schedule the tier runs on (its own, or the one derived from its reminder days)."""
    tier = session.get(CreditTier, tier_id)
    if tier is None:
        raise NotFoundError(entity="Credit tier", key=tier_id)
    return tier_schedule(
        tier.reminder_schedule,
        tier.reminder_days or [],
        tier.escalate_to_role,
        tier.escalate_after_days,
    )


def save_tier_schedule(
    db: Database, actor: Actor, tier_id: int, raw: Any
) -> Changed[ReminderSchedule]:
    """Validate and store the tier's schedule; its reminder days follow the levels' days."""
    require(actor, "change reminder schedules", MANAGERS)
    schedule = parse_schedule(raw)
    with db.write() as session:
        tier = session.get(CreditTier, tier_id)
        if tier is None:
            raise NotFoundError(entity="Credit tier", key=tier_id)
        before = {"reminder_schedule": tier.reminder_schedule}
        tier.reminder_schedule = schedule.to_json()
        tier.reminder_days = [level.days for level in schedule.levels]
        record_audit(
            session,
            actor,
            "tier.reminder_schedule",
            "credit_tier",
            tier_id,
            before,
            {"reminder_schedule": tier.reminder_schedule},
        )
    return Changed.of(schedule, Kind.TIERS)
