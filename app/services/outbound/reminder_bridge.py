"""From the reminder run to the outbox: the reminder e-mails a run queued for customers
(``email_outbox``, written by app/services/reminders) become outbox messages with their
content, each salesperson's new notifications become posts to the team robots that cover
them, and the outbox sends them.

A queued e-mail is handed over once: its ``sent_at`` records the hand-over, and the outbox's
unique ``dedupe_key`` (the queue's own key) keeps two PCs handing it over at once from making
two messages. While the lab has no mail server set, the e-mails stay queued; once one is
set, only those queued in the last ``FRESH_DAYS`` days go out, so the first configuration
does not send weeks of stale reminders (the older ones are closed with a note instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.models import EmailOutbox, Notification, Setting
from app.services.core.changes import Changed
from app.services.core.context import Actor
from app.services.outbound.channel_settings import get_smtp_settings, get_team_robots
from app.services.outbound.outbox import DeliveryReport, deliver_pending
from app.services.outbound.reminder_email import enqueue_customer_reminder
from app.services.outbound.team_messages import enqueue_team_message

FRESH_DAYS = 3
STALE = "not sent: no mail server was set while it was due"
NOTHING_TO_SEND = "not sent: no contact with an e-mail address, or nothing open"


# The newest notification already offered to the team robots: each is offered once.
ROBOTS_MARK = "outbound.robots.last_notification_id"
# A first run, or one after robots were set, posts only the last day's notifications.
ROBOT_LOOKBACK = timedelta(days=1)
TITLES = {
    "due_soon": "即将到期",
    "due": "今日到期",
    "overdue": "逾期提醒",
    "task_escalated": "催收升级",
    "promise_broken": "付款承诺未兑现",
    "promise_due": "付款承诺到期",
    "installment_due": "回款计划到期",
    "follow_up": "跟进到期",
    "stage_deadline": "项目阶段截止",
    "statement_reply": "对账单待回执",
}


@dataclass(frozen=True)
class HandOver:
    queued: int = 0  # outbox messages made
    skipped: int = 0  # closed without a message (stale, no address, nothing open)
    posts: int = 0  # team-robot posts made


def hand_over_reminder_emails(db: Database, actor: Actor) -> Changed[HandOver]:
    """Turn the queued reminder e-mails into outbox messages (see the module docstring)."""
    now = actor.clock.now_utc()
    today = actor.clock.today()
    with db.write() as session:
        if not get_smtp_settings(session).is_configured:
            return Changed.of(HandOver(posts=_offer_to_robots(session, now)))
        rows = session.scalars(
            select(EmailOutbox).where(EmailOutbox.sent_at.is_(None)).order_by(EmailOutbox.id)
        ).all()
        queued = skipped = 0
        for row in rows:
            row.sent_at = now
            # Stored without a zone (UTC), as every time in the database.
            created = row.created_at.replace(tzinfo=row.created_at.tzinfo or UTC)
            if created < now - timedelta(days=FRESH_DAYS):
                row.error = STALE
                skipped += 1
            elif _enqueue(session, row, today, now):
                queued += 1
            else:
                row.error = NOTHING_TO_SEND
                skipped += 1
        posts = _offer_to_robots(session, now)
        # Nothing on screen lists the queue or the outbox; the timeline changes on sending.
        return Changed.of(HandOver(queued, skipped, posts))


def _offer_to_robots(session: Session, now: datetime) -> int:
    """Each salesperson's new reminders and escalations, posted to the team robots that
    cover them (none set: nothing is offered, and the mark stays)."""
    if not get_team_robots(session):
        return 0
    mark = session.get(Setting, ROBOTS_MARK)
    after = int(mark.value) if mark is not None and isinstance(mark.value, int) else 0
    rows = session.execute(
        select(
            Notification.id,
            Notification.recipient_id,
            Notification.kind,
            Notification.message,
            Notification.dedupe_key,
        )
        .where(Notification.id > after, Notification.created_at >= now - ROBOT_LOOKBACK)
        .order_by(Notification.id)
    ).all()
    posts = 0
    for _id, recipient, kind, message, key in rows:
        title = TITLES.get(kind, kind)
        made = enqueue_team_message(session, recipient, title, message, f"robot:{key}", now)
        posts += sum(1 for m in made if m.created)
    newest = session.scalar(select(func.max(Notification.id)))
    if newest is not None:
        if mark is None:
            session.add(Setting(key=ROBOTS_MARK, value=int(newest)))
        else:
            mark.value = int(newest)
    return posts


def _enqueue(session: Session, row: EmailOutbox, today: date, now: datetime) -> bool:
    made = enqueue_customer_reminder(session, row.customer_id, today, row.dedupe_key, now)
    return made is not None


def send_reminder_emails(db: Database, actor: Actor) -> tuple[HandOver, DeliveryReport]:
    """Hand the queued reminder e-mails over and send what the outbox has due (retries
    included). Never raises for a message that cannot be sent: the outbox retries it."""
    handed = hand_over_reminder_emails(db, actor).value
    return handed, deliver_pending(db, actor).value
