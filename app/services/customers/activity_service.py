"""Follow-up log (跟进记录): calls, visits, emails, WeChat messages and notes, each with an
optional next action date and an optional promise to pay that is later judged kept,
partly kept or broken against the payments that came in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session, aliased

from app.db.session import Database
from app.domain.enums import ActivityKind, PromiseStatus
from app.domain.errors import NotFoundError, ValidationError
from app.domain.money import check_amount_limit
from app.models import Activity, Customer, Project, User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import SALES, require

# Money that arrives this many days after the promised date still keeps the promise.
PROMISE_GRACE_DAYS = 3
MAX_SUMMARY = 2000
# Ids per IN (...) list, well inside SQLite's limit on bound parameters.
ROWS_PER_QUERY = 1000


@dataclass(frozen=True)
class ActivityInput:
    customer_id: int
    kind: str
    summary: str
    occurred_at: date | datetime
    next_action_date: date | None = None
    project_id: int | None = None
    promise_amount_fen: int | None = None
    promise_date: date | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    customer_id: int
    project_id: int | None
    project_code: str
    user_id: int | None
    user_name: str
    kind: str
    occurred_at: datetime
    summary: str
    next_action_date: date | None
    promise_amount_fen: int | None
    promise_date: date | None
    promise_status: str | None

    @property
    def occurred_on(self) -> date:
        return local_date(self.occurred_at)


@dataclass(frozen=True)
class PromiseOutcome:
    activity_id: int
    customer_id: int
    customer_name: str
    promise_amount_fen: int
    promise_date: date
    paid_fen: int  # received from the activity date to the promise date plus grace
    status: str  # kept, partial or broken


@dataclass(frozen=True)
class FollowUpRow:
    activity_id: int
    customer_id: int
    customer_name: str
    user_id: int | None
    kind: str
    summary: str
    next_action_date: date


def local_date(moment: datetime) -> date:
    """The calendar date of a stored moment where the user is. SQLite hands timestamps back
    without their zone; they were stored as UTC."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()


def _as_moment(value: date | datetime) -> datetime:
    """A UTC moment. A naive datetime is local time; a date alone is taken as local noon, so
    that its calendar date survives the round trip through UTC in any time zone."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.combine(value, time(12)).astimezone(UTC)


def _validate(session: Session, actor: Actor, data: ActivityInput) -> str:
    if data.kind not in {k.value for k in ActivityKind}:
        raise ValidationError("kind", "Unknown follow-up kind: {kind}.", kind=data.kind)
    summary = data.summary.strip()
    if not summary:
        raise ValidationError("summary", "The summary is required.")
    if len(summary) > MAX_SUMMARY:
        raise ValidationError(
            "summary", "The summary is longer than {max} characters.", max=MAX_SUMMARY
        )
    if not isinstance(data.occurred_at, date):
        raise ValidationError("occurred_at", "Say when the follow-up happened.")
    on = local_date(_as_moment(data.occurred_at))
    if on > actor.clock.today():
        raise ValidationError(
            "occurred_at", "The follow-up date ({date}) is in the future.", date=on.isoformat()
        )
    if data.next_action_date is not None and data.next_action_date < on:
        raise ValidationError(
            "next_action_date", "The next action date is before the follow-up itself."
        )
    has_amount = data.promise_amount_fen is not None
    has_date = data.promise_date is not None
    if has_amount and not has_date:
        raise ValidationError("promise_date", "A promise to pay needs the promised date.")
    if has_date and not has_amount:
        raise ValidationError("promise_amount", "A promise to pay needs the promised amount.")
    if data.promise_amount_fen is not None and data.promise_amount_fen <= 0:
        raise ValidationError("promise_amount", "The promised amount must be greater than zero.")
    if data.promise_amount_fen is not None:
        check_amount_limit(
            "promise_amount",
            data.promise_amount_fen,
            "The promised amount cannot be more than {max}.",
        )
    if data.promise_date is not None and data.promise_date < on:
        raise ValidationError(
            "promise_date",
            "The promised date is before the follow-up ({date}).",
            date=on.isoformat(),
        )
    if session.get(Customer, data.customer_id) is None:
        raise NotFoundError(entity="Customer", key=data.customer_id)
    if data.project_id is not None:
        project = session.get(Project, data.project_id)
        if project is None or project.customer_id != data.customer_id:
            raise ValidationError("project", "The project belongs to another customer.")
    return summary


def log_activity(db: Database, actor: Actor, data: ActivityInput) -> Changed[int]:
    """Record a follow-up by the acting user; a promise to pay starts out open."""
    require(actor, "log follow-ups", SALES)
    with db.write() as session:
        return Changed.of(add_activity(session, actor, data).id, Kind.ACTIVITIES)


def add_activity(session: Session, actor: Actor, data: ActivityInput) -> Activity:
    """``log_activity`` inside the caller's write transaction (a collection task records
    its actions with it, so that they show on the customer's timeline)."""
    summary = _validate(session, actor, data)
    activity = Activity(
        customer_id=data.customer_id,
        project_id=data.project_id,
        user_id=actor.user_id,
        kind=data.kind,
        occurred_at=_as_moment(data.occurred_at),
        summary=summary,
        next_action_date=data.next_action_date,
        promise_amount_fen=data.promise_amount_fen,
        promise_date=data.promise_date,
        promise_status=PromiseStatus.OPEN.value if data.promise_date else None,
    )
    session.add(activity)
    session.flush()
    record_audit(
        session,
        actor,
        "activity.log",
        "activity",
        activity.id,
        None,
        {
            "customer_id": data.customer_id,
            "kind": data.kind,
            "next_action_date": data.next_action_date,
            "promise_amount_fen": data.promise_amount_fen,
            "promise_date": data.promise_date,
        },
    )
    return activity


def list_activities(
    session: Session, customer_id: int, limit: int | None = None
) -> list[ActivityRow]:
    """The customer's follow-ups, newest first."""
    author = aliased(User)
    stmt = (
        select(
            Activity.id,
            Activity.customer_id,
            Activity.project_id,
            Project.code,
            Activity.user_id,
            author.display_name,
            Activity.kind,
            Activity.occurred_at,
            Activity.summary,
            Activity.next_action_date,
            Activity.promise_amount_fen,
            Activity.promise_date,
            Activity.promise_status,
        )
        .outerjoin(Project, Project.id == Activity.project_id)
        .outerjoin(author, author.id == Activity.user_id)
        .where(Activity.customer_id == customer_id)
        .order_by(Activity.occurred_at.desc(), Activity.id.desc())
        .limit(limit)
    )
    # select() types only the first ten columns of a row; the last three are Any.
    return [
        ActivityRow(r[0], r[1], r[2], r[3] or "", r[4], r[5] or "", *r[6:10], r[10], r[11], r[12])
        for r in session.execute(stmt)
    ]


def evaluate_promises(db: Database, actor: Actor, as_of: date) -> Changed[list[PromiseOutcome]]:
    """Judge open promises: once the promised date plus the grace days has passed, payments
    received from the day of the promise to then decide it: the full amount kept, part of it
    partly kept, nothing broken. A promise paid in full is kept at once. Each decision is
    audited; the decisions made are returned.

    It runs at every start, when thousands of promises can be open: the open promises are
    read as plain rows and what was paid in each one's window is summed for all of them in
    one statement; only the promises decided now are loaded as records and written."""
    require(actor, "judge promises to pay", SALES)
    outcomes: list[PromiseOutcome] = []
    with db.write() as session:
        rows = session.execute(
            select(
                Activity.id,
                Activity.customer_id,
                Customer.name,
                Activity.occurred_at,
                Activity.promise_date,
                Activity.promise_amount_fen,
            )
            .join(Customer, Customer.id == Activity.customer_id)
            .where(
                Activity.promise_status == PromiseStatus.OPEN.value,
                Activity.promise_date.is_not(None),
                Activity.promise_amount_fen.is_not(None),
            )
            .order_by(Activity.promise_date, Activity.id)
            .with_for_update(of=Activity)
        ).all()
        promises = [
            (activity_id, customer_id, name, occurred_at, promise_date, promise_fen)
            for activity_id, customer_id, name, occurred_at, promise_date, promise_fen in rows
            if promise_date is not None and promise_fen is not None
        ]
        # Every promise whose window has begun, with the window's first and last day.
        windows: list[tuple[int, int, date, date]] = []
        for activity_id, customer_id, _name, occurred_at, promise_date, _fen in promises:
            window_start = local_date(occurred_at)
            if as_of < window_start:
                continue
            window_end = promise_date + timedelta(days=PROMISE_GRACE_DAYS)
            windows.append((activity_id, customer_id, window_start, min(window_end, as_of)))
        received = _paid_in_windows(session, windows)
        judged: list[PromiseOutcome] = []
        started = {w[0] for w in windows}
        for activity_id, customer_id, name, _at, promise_date, promise_fen in promises:
            if activity_id not in started:
                continue
            paid = received.get(activity_id, 0)
            if paid >= promise_fen:
                status = PromiseStatus.KEPT
            elif as_of <= promise_date + timedelta(days=PROMISE_GRACE_DAYS):
                continue  # still time to pay
            elif paid > 0:
                status = PromiseStatus.PARTIAL
            else:
                status = PromiseStatus.BROKEN
            judged.append(
                PromiseOutcome(
                    activity_id, customer_id, name, promise_fen, promise_date, paid, status.value
                )
            )
        records = _activities(session, [o.activity_id for o in judged])
        for outcome in judged:
            records[outcome.activity_id].promise_status = outcome.status
            record_audit(
                session,
                actor,
                "activity.promise",
                "activity",
                outcome.activity_id,
                {"promise_status": PromiseStatus.OPEN.value},
                {
                    "promise_status": outcome.status,
                    "paid_fen": outcome.paid_fen,
                    "promise_amount_fen": outcome.promise_amount_fen,
                    "as_of": as_of,
                },
            )
            outcomes.append(outcome)
        session.flush()
    return Changed.of(outcomes, Kind.ACTIVITIES) if outcomes else Changed.of(outcomes)


def _activities(session: Session, ids: list[int]) -> dict[int, Activity]:
    """The activities ``ids`` as records, a thousand per statement (inside SQLite's limit on
    bound parameters)."""
    found: dict[int, Activity] = {}
    for start in range(0, len(ids), ROWS_PER_QUERY):
        chunk = ids[start : start + ROWS_PER_QUERY]
        found.update(
            (a.id, a) for a in session.scalars(select(Activity).where(Activity.id.in_(chunk)))
        )
    return found


def _paid_in_windows(
    session: Session, windows: list[tuple[int, int, date, date]]
) -> dict[int, int]:
    """What each promise's customer paid within the promise's window, for every promise in
    one statement whatever their number: the windows ``(activity id, customer id, first day,
    last day)`` go in as a VALUES list joined to the payments through
    ``ix_payments_customer_date``. Promises without payments in their window are left out.

    The list is written into the statement (integers and ISO dates only: nothing to quote,
    and no limit on bound parameters to meet); SQLAlchemy's ``values()`` takes a second to
    render thousands of rows, and SQLite cannot name the columns of a VALUES list, which
    both databases call column1, column2..."""
    if not windows:
        return {}
    # PostgreSQL reads a quoted date in a VALUES list as text; SQLite stores dates as text.
    day = "DATE '{}'" if session.get_bind().dialect.name == "postgresql" else "'{}'"
    listed = ", ".join(
        f"({int(a)}, {int(c)}, {day.format(first.isoformat())}, {day.format(last.isoformat())})"
        for a, c, first, last in windows
    )
    paid = session.execute(
        text(
            "SELECT w.column1, SUM(p.amount_fen) "
            f"FROM (VALUES {listed}) AS w "
            "JOIN payments AS p ON p.customer_id = w.column2 AND p.status = 'active' "
            "AND p.received_date >= w.column3 AND p.received_date <= w.column4 "
            "GROUP BY w.column1"
        )
    )
    return {int(activity_id): int(total or 0) for activity_id, total in paid}


def due_follow_ups(session: Session, as_of: date, user_id: int | None = None) -> list[FollowUpRow]:
    """Follow-ups whose next action date has come (on or before ``as_of``) and that nobody
    has followed up yet: a later follow-up on the same customer settles an earlier one.
    Archived customers are left out; ``user_id`` keeps those the user logged."""
    later = aliased(Activity)
    followed_up = (
        select(later.id)
        .where(
            later.customer_id == Activity.customer_id,
            or_(
                later.occurred_at > Activity.occurred_at,
                and_(later.occurred_at == Activity.occurred_at, later.id > Activity.id),
            ),
        )
        .exists()
    )
    conds = [
        Activity.next_action_date.is_not(None),
        Activity.next_action_date <= as_of,
        Customer.archived.is_(False),
        ~followed_up,
    ]
    if user_id is not None:
        conds.append(Activity.user_id == user_id)
    stmt = (
        select(
            Activity.id,
            Activity.customer_id,
            Customer.name,
            Activity.user_id,
            Activity.kind,
            Activity.summary,
            Activity.next_action_date,
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .where(*conds)
        .order_by(Activity.next_action_date, Activity.id)
    )
    # The conditions already leave out rows without a next action date.
    return [
        FollowUpRow(aid, cid, name, uid, kind, summary, on)
        for aid, cid, name, uid, kind, summary, on in session.execute(stmt)
        if on is not None
    ]
