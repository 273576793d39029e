"""The outbox: messages to customers (email) and to team-chat robots wait here until a PC
sends them, and each is sent once.

- ``enqueue`` adds a message in the caller's transaction (the reminder that asks for it is
  recorded in the same one) and does nothing when its ``dedupe_key`` is already there, from
  this PC or another.
- ``deliver_pending`` claims the messages that are due (an UPDATE from "pending" to
  "sending" under a claim token of its own: of two PCs running at once, only one gets each
  row), sends them with no transaction open, and marks each sent, or due again after the
  next pause of RETRY_DELAYS, or failed once those are used up. It never raises: what went
  wrong is kept on the message (``last_error``) and in the log.
- A message claimed by a PC that then stopped (closed in the middle of sending) is taken up
  again after STALE_CLAIM; it may then reach its recipient a second time, which is the one
  case no outbox can rule out (the server took it, the PC never heard back).

Every email sent to a customer is logged on the customer's timeline as a follow-up of kind
"email" and in the audit log. Team-chat posts are separate from the in-app notifications:
a post that fails leaves those untouched."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Update, and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import ActivityKind
from app.domain.errors import LabLedgerError
from app.models import Activity, OutboxMessage
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.outbound import email_sender, robots
from app.services.outbound.channel_settings import (
    SmtpSettings,
    TeamRobot,
    get_smtp_settings,
    get_team_robots,
    robot_secret,
    smtp_password,
)

log = logging.getLogger(__name__)

# After the first failed try, the next comes 5 minutes later, then 30 minutes, then 2 hours;
# a message that fails once more is failed for good.
RETRY_DELAYS = (timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2))
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
STALE_CLAIM = timedelta(minutes=30)
BATCH = 50  # messages claimed at a time
MAX_ERROR = 1000
MAX_KEY = 200  # the columns' lengths (app/models/outbox.py)
MAX_SUBJECT = 300


class Channel(StrEnum):
    EMAIL = "email"
    WECOM = "wecom"
    DINGTALK = "dingtalk"


class Status(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class OutboundMessage:
    """One message to send. ``recipient``: an email address, or a team robot's name.
    ``dedupe_key``: the same key is never sent twice (up to 200 characters)."""

    channel: str
    recipient: str
    subject: str
    body: str
    dedupe_key: str
    html: str | None = None
    attachment: bytes | None = None
    attachment_name: str | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class Enqueued:
    id: int
    created: bool  # False: a message with the same dedupe_key was already in the outbox


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    retried: int = 0  # failed this time, tried again later
    failed: int = 0  # failed for good
    errors: tuple[str, ...] = field(default_factory=tuple)


class SendError(Exception):
    """A message could not be sent; ``permanent`` ones are not tried again."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


def enqueue(session: Session, message: OutboundMessage, now: datetime) -> Enqueued:
    """Add ``message`` to the outbox in the caller's transaction, due at once; when its
    dedupe_key is there already (sent or not), nothing is added."""
    if message.channel not in {c.value for c in Channel}:
        raise ValueError(f"unknown channel {message.channel!r}")
    if not 0 < len(message.dedupe_key) <= MAX_KEY:
        raise ValueError(f"a dedupe key has 1 to {MAX_KEY} characters: {message.dedupe_key!r}")
    existing = _id_of(session, message.dedupe_key)
    if existing is not None:
        return Enqueued(existing, created=False)
    row = OutboxMessage(
        channel=message.channel,
        recipient=message.recipient,
        # A subject names the lab and the customer (up to 200 characters each).
        subject=message.subject[:MAX_SUBJECT],
        body=message.body,
        html=message.html,
        attachment=message.attachment,
        attachment_name=message.attachment_name,
        dedupe_key=message.dedupe_key,
        status=Status.PENDING.value,
        attempts=0,
        next_attempt_at=now,
        customer_id=message.customer_id,
    )
    try:
        # A savepoint: another PC adding the same key first costs this insert only.
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        found = _id_of(session, message.dedupe_key)
        if found is None:
            raise
        return Enqueued(found, created=False)
    return Enqueued(row.id, created=True)


def _id_of(session: Session, dedupe_key: str) -> int | None:
    return session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key))


def deliver_pending(
    db: Database, actor: Actor, now: datetime | None = None, *, limit: int = BATCH
) -> Changed[DeliveryReport]:
    """Send what is due at ``now`` (default: the actor's clock), at most ``limit`` messages.
    Never raises: a message that fails is tried again later, a database that cannot be
    reached is tried at the next run."""
    moment = now or actor.clock.now_utc()
    try:
        claimed = _claim(db, moment, limit)
    except Exception:
        log.exception("outbox: could not claim messages to send")
        return Changed.of(DeliveryReport())
    if not claimed:
        return Changed.of(DeliveryReport())
    senders = _Senders(db)
    sent = retried = failed = 0
    errors: list[str] = []
    kinds: set[Kind] = set()
    for row in claimed:
        try:
            senders.send(row)
        except Exception as exc:
            permanent = isinstance(exc, SendError) and exc.permanent
            reason = str(exc) if isinstance(exc, SendError) else f"{type(exc).__name__}: {exc}"
            if not isinstance(exc, SendError):
                log.exception("outbox: message %s failed unexpectedly", row.id)
            else:
                log.warning("outbox: message %s (%s) not sent: %s", row.id, row.channel, reason)
            errors.append(reason)
            try:
                gave_up = _mark_failed(db, row, moment, reason, permanent)
            except Exception:
                log.exception("outbox: could not record the failure of message %s", row.id)
                continue
            if gave_up:
                failed += 1
            else:
                retried += 1
            continue
        try:
            if _mark_sent(db, actor, row, moment):
                kinds.add(Kind.ACTIVITIES)
            sent += 1
        except Exception:
            # Sent, but not recorded: it stays "sending" and is taken up again after
            # STALE_CLAIM. Logged loudly, since that may send it twice.
            log.exception("outbox: message %s was sent but could not be marked sent", row.id)
    report = DeliveryReport(sent, retried, failed, tuple(errors))
    return Changed(report, frozenset(kinds))


@dataclass(frozen=True)
class _Claimed:
    id: int
    token: str
    channel: str
    recipient: str
    subject: str
    body: str
    html: str | None
    attachment: bytes | None
    attachment_name: str | None
    attempts: int
    customer_id: int | None


def _claim(db: Database, now: datetime, limit: int) -> list[_Claimed]:
    token = uuid.uuid4().hex
    due = or_(
        and_(OutboxMessage.status == Status.PENDING.value, OutboxMessage.next_attempt_at <= now),
        and_(
            OutboxMessage.status == Status.SENDING.value,
            OutboxMessage.claimed_at < now - STALE_CLAIM,
        ),
    )
    with db.write() as session:
        ids = list(
            session.scalars(
                select(OutboxMessage.id)
                .where(due)
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
                .limit(limit)
            )
        )
        if not ids:
            return []
        # The condition again in the UPDATE: on PostgreSQL a row another PC claimed in the
        # meantime no longer matches it once its lock is released, so it is left out here.
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), due)
            .values(
                status=Status.SENDING.value,
                claim_token=token,
                claimed_at=now,
                attempts=OutboxMessage.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        rows = session.execute(
            select(
                OutboxMessage.id,
                OutboxMessage.channel,
                OutboxMessage.recipient,
                OutboxMessage.subject,
                OutboxMessage.body,
                OutboxMessage.html,
                OutboxMessage.attachment,
                OutboxMessage.attachment_name,
                OutboxMessage.attempts,
                OutboxMessage.customer_id,
            )
            .where(OutboxMessage.claim_token == token)
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        ).all()
    return [
        _Claimed(r[0], token, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]) for r in rows
    ]


class _Senders:
    """Sends claimed messages, reading the channels' settings and secrets once a run."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._smtp: tuple[SmtpSettings, str | None] | None = None
        self._robots: dict[str, TeamRobot] | None = None
        self._secrets: dict[str, str | None] = {}

    def send(self, row: _Claimed) -> None:
        if row.channel == Channel.EMAIL:
            self._send_email(row)
        elif row.channel in (Channel.WECOM, Channel.DINGTALK):
            self._post(row)
        else:
            raise SendError(f"unknown channel {row.channel}", permanent=True)

    def _send_email(self, row: _Claimed) -> None:
        if self._smtp is None:
            with self._db.read() as session:
                settings = get_smtp_settings(session)
            if not settings.is_configured:
                raise SendError("no mail server is set in the settings")
            try:
                password = smtp_password(settings)
            except LabLedgerError as exc:
                raise SendError(exc.message) from exc
            self._smtp = (settings, password)
        settings, password = self._smtp
        email = email_sender.Email(
            to=row.recipient,
            subject=row.subject,
            text=row.body,
            html=row.html,
            attachment=row.attachment,
            attachment_name=row.attachment_name,
        )
        try:
            email_sender.send(settings, password, email)
        except email_sender.EmailError as exc:
            raise SendError(str(exc)) from exc

    def _post(self, row: _Claimed) -> None:
        if self._robots is None:
            with self._db.read() as session:
                self._robots = {r.name: r for r in get_team_robots(session)}
        robot = self._robots.get(row.recipient)
        if robot is None or robot.kind != row.channel:
            raise SendError(
                f"the {row.channel} robot {row.recipient} is no longer set", permanent=True
            )
        if robot.name not in self._secrets:
            try:
                self._secrets[robot.name] = robot_secret(robot)
            except LabLedgerError as exc:
                raise SendError(exc.message) from exc
        try:
            robots.post(
                robot,
                row.subject,
                row.body,
                secret=self._secrets[robot.name],
                # DingTalk refuses a signature more than an hour off its own clock: the
                # real time, whatever day the run is for.
                timestamp_ms=int(time.time() * 1000),
            )
        except robots.RobotError as exc:
            raise SendError(str(exc)) from exc


def _mark_failed(db: Database, row: _Claimed, now: datetime, reason: str, permanent: bool) -> bool:
    """Record the failure; True when the message will not be tried again."""
    gave_up = permanent or row.attempts >= MAX_ATTEMPTS
    values: dict[str, object] = {
        "last_error": reason[:MAX_ERROR],
        "claim_token": None,
        "claimed_at": None,
    }
    if gave_up:
        values["status"] = Status.FAILED.value
    else:
        values["status"] = Status.PENDING.value
        values["next_attempt_at"] = now + RETRY_DELAYS[row.attempts - 1]
    with db.write() as session:
        session.execute(_mine(row).values(**values).execution_options(synchronize_session=False))
    return gave_up


def _mine(row: _Claimed) -> Update:
    return update(OutboxMessage).where(
        OutboxMessage.id == row.id, OutboxMessage.claim_token == row.token
    )


def _mark_sent(db: Database, actor: Actor, row: _Claimed, now: datetime) -> bool:
    """Record the message as sent; an email to a customer also goes on the customer's
    timeline and in the audit log. True when a follow-up was logged."""
    with db.write() as session:
        result = session.execute(
            _mine(row)
            .values(
                status=Status.SENT.value,
                sent_at=now,
                last_error=None,
                claim_token=None,
                claimed_at=None,
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 0 or row.channel != Channel.EMAIL or row.customer_id is None:  # type: ignore[attr-defined]
            return False
        summary = f"发送邮件至 {row.recipient}：{row.subject}"
        if row.attachment_name:
            summary += f"（附件：{row.attachment_name}）"
        activity = Activity(
            customer_id=row.customer_id,
            user_id=actor.user_id,
            kind=ActivityKind.EMAIL.value,
            occurred_at=now,
            summary=summary,
        )
        session.add(activity)
        session.flush()
        record_audit(
            session,
            actor,
            "email.send",
            "customer",
            row.customer_id,
            None,
            {
                "outbox_id": row.id,
                "to": row.recipient,
                "subject": row.subject,
                "attachment": row.attachment_name,
                "activity_id": activity.id,
            },
        )
    return True
