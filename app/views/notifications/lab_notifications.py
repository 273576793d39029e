"""The notification centre's reads and writes for the whole lab.

Notifications are addressed to users, but until users log in (issue 15) the GUI acts as the
system for the whole lab: the centre lists the notifications of every active user (with whom
each is for), marks read and snoozes on that user's behalf, and the desktop shows what is
claimed for any of them. Once log-in exists, ``user_ids`` is just the logged-in user."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session

from app.db.session import Database
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.user_service import list_users
from app.services.reminders.notification_service import (
    NotificationRow,
    claim_for_delivery,
    list_notifications,
    mark_read,
    snooze,
    unread_count,
)


@dataclass(frozen=True)
class LabNotification:
    row: NotificationRow
    recipient_id: int
    recipient_name: str


def recipients(session: Session, actor: Actor) -> dict[int, str]:
    """Whose notifications this PC shows: the actor's own once users log in, every active
    user's while the GUI acts as the system."""
    users = {u.id: u.display_name for u in list_users(session)}
    if actor.user_id is not None:
        return {actor.user_id: users.get(actor.user_id, "")}
    return users


def lab_notifications(session: Session, actor: Actor, now: datetime) -> list[LabNotification]:
    """Unread first, then the newest."""
    found = [
        LabNotification(row, uid, name)
        for uid, name in recipients(session, actor).items()
        for row in list_notifications(session, uid, now)
    ]
    found.sort(key=lambda n: (n.row.read, -n.row.due_at.timestamp(), -n.row.id))
    return found


def lab_unread_count(session: Session, actor: Actor, now: datetime) -> int:
    return sum(unread_count(session, uid, now) for uid in recipients(session, actor))


def _as(actor: Actor, user_id: int) -> Actor:
    """The actor acting for ``user_id``: itself once users log in, the system on the user's
    behalf until then."""
    return actor if actor.user_id is not None else replace(actor, user_id=user_id)


def mark_lab_read(
    db: Database, actor: Actor, ids_by_user: Mapping[int, Iterable[int] | None]
) -> Changed[int]:
    """Mark read, per recipient, the notifications given (all of theirs for None)."""
    total = 0
    for user_id, ids in ids_by_user.items():
        total += mark_read(db, _as(actor, user_id), ids).value
    return Changed.of(total, Kind.NOTIFICATIONS)


def mark_all_lab_read(db: Database, actor: Actor) -> Changed[int]:
    with db.read() as session:
        users = list(recipients(session, actor))
    return mark_lab_read(db, actor, {uid: None for uid in users})


def snooze_lab(
    db: Database, actor: Actor, user_id: int, notification_id: int, until: datetime
) -> Changed[None]:
    return snooze(db, _as(actor, user_id), notification_id, until)


def claim_lab(db: Database, actor: Actor, now: datetime) -> Changed[list[LabNotification]]:
    """What this PC shows on the desktop now, claimed (once across PCs), with each user's
    preferences (muted kinds, quiet hours) honoured by the claim."""
    with db.read() as session:
        users = recipients(session, actor)
    claimed = [
        LabNotification(row, uid, name)
        for uid, name in users.items()
        for row in claim_for_delivery(db, uid, now)
    ]
    return Changed.of(claimed)
