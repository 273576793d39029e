"""The notification centre's services: a user's notifications, the unread count, mark read,
snooze; per-user preferences (kinds shown on the desktop, quiet hours); and the claim that
makes a desktop notification appear once across all PCs sharing the database.

Preferences are honoured by delivery, not by creation: a muted kind or a notification that
falls in quiet hours still waits in the centre, it just does not pop up (then, or later
once quiet hours end)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.errors import PermissionDeniedError, ValidationError
from app.models import Notification, Setting
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.reminders.reminder_service import NOTIFICATION_KINDS

PREFERENCES_KEY = "notifications.user.{user_id}"
ROWS_PER_QUERY = 500


@dataclass(frozen=True)
class NotificationRow:
    id: int
    kind: str
    entity_type: str  # what "open the item" opens: customer, collection_task, activity...
    entity_id: int
    message: str
    due_at: datetime
    read: bool
    snoozed_until: datetime | None


@dataclass(frozen=True)
class NotificationPreferences:
    """Kinds the user does not want on the desktop, and quiet hours (local time; may wrap
    past midnight, e.g. 22:00 to 07:30). ``None`` for both: no quiet hours."""

    muted_kinds: frozenset[str] = field(default_factory=frozenset)
    quiet_from: time | None = None
    quiet_to: time | None = None

    def is_quiet(self, local: time) -> bool:
        if self.quiet_from is None or self.quiet_to is None or self.quiet_from == self.quiet_to:
            return False
        if self.quiet_from < self.quiet_to:
            return self.quiet_from <= local < self.quiet_to
        return local >= self.quiet_from or local < self.quiet_to


def _showing(now: datetime) -> ColumnElement[bool]:
    """Due, and not snoozed past ``now``."""
    return and_(
        Notification.due_at <= now,
        or_(Notification.snoozed_until.is_(None), Notification.snoozed_until <= now),
    )


def list_notifications(
    session: Session, user_id: int, now: datetime, *, unread_only: bool = False, limit: int = 200
) -> list[NotificationRow]:
    """The user's notifications showing at ``now``, newest first."""
    stmt = select(
        Notification.id,
        Notification.kind,
        Notification.entity_type,
        Notification.entity_id,
        Notification.message,
        Notification.due_at,
        Notification.read_at,
        Notification.snoozed_until,
    ).where(Notification.recipient_id == user_id, _showing(now))
    if unread_only:
        stmt = stmt.where(Notification.read_at.is_(None))
    stmt = stmt.order_by(Notification.due_at.desc(), Notification.id.desc()).limit(limit)
    return [
        NotificationRow(nid, kind, etype, eid, msg, due, read_at is not None, snoozed)
        for nid, kind, etype, eid, msg, due, read_at, snoozed in session.execute(stmt)
    ]


def unread_count(session: Session, user_id: int, now: datetime) -> int:
    """What the window's badge shows: unread notifications showing at ``now``."""
    return int(
        session.scalar(
            select(func.count()).where(
                Notification.recipient_id == user_id,
                Notification.read_at.is_(None),
                _showing(now),
            )
        )
        or 0
    )


def _own(actor: Actor) -> int:
    if actor.user_id is None:
        raise PermissionDeniedError(role=actor.role.value, action="read notifications")
    return actor.user_id


def mark_read(db: Database, actor: Actor, ids: Iterable[int] | None = None) -> Changed[int]:
    """Mark the actor's notifications ``ids`` (all of them when None) read; how many were."""
    user_id = _own(actor)
    now = actor.clock.now_utc()
    wanted = None if ids is None else list(ids)
    changed = 0
    with db.write() as session:
        chunks = (
            [None]
            if wanted is None
            else [wanted[i : i + ROWS_PER_QUERY] for i in range(0, len(wanted), ROWS_PER_QUERY)]
        )
        for chunk in chunks:
            stmt = update(Notification).where(
                Notification.recipient_id == user_id, Notification.read_at.is_(None)
            )
            if chunk is not None:
                stmt = stmt.where(Notification.id.in_(chunk))
            result = session.execute(
                stmt.values(read_at=now).execution_options(synchronize_session=False)
            )
            changed += int(getattr(result, "rowcount", 0) or 0)
    return Changed.of(changed, Kind.NOTIFICATIONS) if changed else Changed.of(0)


def snooze(db: Database, actor: Actor, notification_id: int, until: datetime) -> Changed[None]:
    """Hide one of the actor's notifications until ``until``; it shows (and pops up) again
    then."""
    user_id = _own(actor)
    if until <= actor.clock.now_utc():
        raise ValidationError("until", "Snooze until a time in the future.")
    with db.write() as session:
        session.execute(
            update(Notification)
            .where(Notification.id == notification_id, Notification.recipient_id == user_id)
            .values(snoozed_until=until, delivered_at=None)
            .execution_options(synchronize_session=False)
        )
    return Changed.of(None, Kind.NOTIFICATIONS)


def claim_for_delivery(
    db: Database, user_id: int, now: datetime, preferences: NotificationPreferences | None = None
) -> list[NotificationRow]:
    """The notifications this PC should show on the desktop now, claimed so that no other PC
    shows them: each is taken by ``UPDATE ... SET delivered_at WHERE delivered_at IS NULL``,
    and only the rows this call changed are returned. Muted kinds and quiet hours (local
    time of ``now``) are left unclaimed, for later or for the centre only."""
    with db.read() as session:
        prefs = preferences if preferences is not None else get_preferences(session, user_id)
    if prefs.is_quiet(now.astimezone().time()):
        return []
    with db.write() as session:
        stmt = (
            update(Notification)
            .where(
                Notification.recipient_id == user_id,
                Notification.delivered_at.is_(None),
                Notification.read_at.is_(None),
                _showing(now),
            )
            .values(delivered_at=now)
            .returning(
                Notification.id,
                Notification.kind,
                Notification.entity_type,
                Notification.entity_id,
                Notification.message,
                Notification.due_at,
                Notification.snoozed_until,
            )
            .execution_options(synchronize_session=False)
        )
        if prefs.muted_kinds:
            stmt = stmt.where(Notification.kind.not_in(sorted(prefs.muted_kinds)))
        rows = session.execute(stmt).all()
    claimed = [NotificationRow(i, k, et, ei, m, d, False, s) for i, k, et, ei, m, d, s in rows]
    return sorted(claimed, key=lambda r: (r.due_at, r.id))


def get_preferences(session: Session, user_id: int) -> NotificationPreferences:
    row = session.get(Setting, PREFERENCES_KEY.format(user_id=user_id))
    value = row.value if row is not None and isinstance(row.value, dict) else {}
    quiet_from, quiet_to = value.get("quiet_from"), value.get("quiet_to")
    return NotificationPreferences(
        frozenset(str(k) for k in value.get("muted_kinds", ())),
        time.fromisoformat(quiet_from) if isinstance(quiet_from, str) else None,
        time.fromisoformat(quiet_to) if isinstance(quiet_to, str) else None,
    )


def save_preferences(
    db: Database, actor: Actor, user_id: int, prefs: NotificationPreferences
) -> Changed[NotificationPreferences]:
    """A user's own preferences (an admin may set anyone's)."""
    if actor.user_id != user_id and not actor.can():
        raise PermissionDeniedError(role=actor.role.value, action="change others' preferences")
    unknown = sorted(prefs.muted_kinds - set(NOTIFICATION_KINDS))
    if unknown:
        raise ValidationError("muted_kinds", "Unknown notification kind: {kind}.", kind=unknown[0])
    if (prefs.quiet_from is None) != (prefs.quiet_to is None):
        raise ValidationError("quiet_from", "Quiet hours need both a start and an end.")
    value = {
        "muted_kinds": sorted(prefs.muted_kinds),
        "quiet_from": prefs.quiet_from.isoformat("minutes") if prefs.quiet_from else None,
        "quiet_to": prefs.quiet_to.isoformat("minutes") if prefs.quiet_to else None,
    }
    key = PREFERENCES_KEY.format(user_id=user_id)
    with db.write() as session:
        row = session.get(Setting, key)
        before = None if row is None else row.value
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
        record_audit(session, actor, "setting.change", "setting", None, before, value)
    return Changed.of(prefs, Kind.SETTINGS)
