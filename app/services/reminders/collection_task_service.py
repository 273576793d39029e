"""Working collection tasks (催收): "my tasks today", recording each action (call, visit,
letter, email, WeChat) with its outcome and next date, and promises to pay.

Every action is recorded as a follow-up (Activity) too, so it shows on the customer's
timeline; a promise is that follow-up's promise to pay, judged from the payments by the
reminder run, which also raises, escalates and closes tasks (reminder_service)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from app.db.session import Database
from app.domain.enums import ActivityKind
from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.models import CollectionTask, Customer, Invoice, User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import SALES, require
from app.services.customers.activity_service import ActivityInput, add_activity
from app.services.reminders.reminder_service import ACTIVE

# The actions a task records, as the follow-up kinds they are logged as.
TASK_ACTIONS: dict[str, str] = {
    "call": ActivityKind.CALL.value,
    "visit": ActivityKind.VISIT.value,
    "letter": ActivityKind.DUNNING_LETTER.value,
    "email": ActivityKind.EMAIL.value,
    "wechat": ActivityKind.WECHAT.value,
}


@dataclass(frozen=True)
class TaskRow:
    id: int
    customer_id: int
    customer_name: str
    level_days: int
    assignee_id: int | None
    assignee_name: str
    due_date: date
    status: str
    overdue_fen: int  # overdue now (as of the day asked about)
    oldest_due_date: date | None  # of what is overdue now
    days_overdue: int
    last_action: str | None
    last_action_on: date | None
    outcome: str | None
    next_date: date | None
    promise_amount_fen: int | None
    promise_date: date | None
    version: int


@dataclass(frozen=True)
class TaskAction:
    """One thing done on a task. A promise needs both its amount and its date."""

    action: str  # a key of TASK_ACTIONS
    outcome: str
    on: date
    next_date: date | None = None
    promise_amount_fen: int | None = None
    promise_date: date | None = None


def _task_rows(as_of: date) -> Select[tuple[object, ...]]:
    """Tasks with what their customer has overdue on ``as_of``, computed per task from the
    open-invoice index."""
    open_overdue = (
        Invoice.customer_id == CollectionTask.customer_id,
        Invoice.amount_fen > Invoice.settled_fen,
        Invoice.status == "issued",
        Invoice.due_date < as_of,
    )
    overdue = (
        select(func.coalesce(func.sum(Invoice.amount_fen - Invoice.settled_fen), 0))
        .where(*open_overdue)
        .scalar_subquery()
    )
    oldest = select(func.min(Invoice.due_date)).where(*open_overdue).scalar_subquery()
    assignee = aliased(User)
    return (
        select(
            CollectionTask.id,
            CollectionTask.customer_id,
            Customer.name,
            CollectionTask.level_days,
            CollectionTask.assignee_id,
            assignee.display_name,
            CollectionTask.due_date,
            CollectionTask.status,
            overdue.label("overdue"),
            oldest.label("oldest"),
            CollectionTask.last_action,
            CollectionTask.last_action_on,
            CollectionTask.outcome,
            CollectionTask.next_date,
            CollectionTask.promise_amount_fen,
            CollectionTask.promise_date,
            CollectionTask.version,
        )
        .join(Customer, Customer.id == CollectionTask.customer_id)
        .outerjoin(assignee, assignee.id == CollectionTask.assignee_id)
    )


def _row(values: tuple[object, ...], as_of: date) -> TaskRow:
    (tid, cid, name, level, aid, aname, due, status, fen, oldest, *rest) = values
    oldest_day = date.fromisoformat(oldest) if isinstance(oldest, str) else oldest
    assert isinstance(oldest_day, date | None) and isinstance(due, date)
    days = (as_of - oldest_day).days if oldest_day is not None else 0
    last, last_on, outcome, nxt, p_fen, p_date, version = rest
    return TaskRow(
        int(str(tid)),
        int(str(cid)),
        str(name),
        int(str(level)),
        None if aid is None else int(str(aid)),
        str(aname or ""),
        due,
        str(status),
        int(str(fen or 0)),
        oldest_day,
        days,
        None if last is None else str(last),
        last_on if isinstance(last_on, date) else None,
        None if outcome is None else str(outcome),
        nxt if isinstance(nxt, date) else None,
        None if p_fen is None else int(str(p_fen)),
        p_date if isinstance(p_date, date) else None,
        int(str(version)),
    )


def my_tasks_today(session: Session, user_id: int, today: date) -> list[TaskRow]:
    """The user's active tasks due today or earlier, the most overdue money first, then the
    longest overdue (sorted in SQL)."""
    stmt = _task_rows(today)
    overdue, oldest = stmt.selected_columns.overdue, stmt.selected_columns.oldest
    stmt = stmt.where(
        CollectionTask.assignee_id == user_id,
        CollectionTask.status.in_(ACTIVE),
        CollectionTask.due_date <= today,
    ).order_by(overdue.desc(), oldest, CollectionTask.id)
    return [_row(tuple(r), today) for r in session.execute(stmt)]


def list_tasks(
    session: Session,
    today: date,
    *,
    assignee_id: int | None = None,
    customer_id: int | None = None,
    statuses: tuple[str, ...] = ACTIVE,
) -> list[TaskRow]:
    """Tasks by due date (the task list and a customer's tasks)."""
    stmt = _task_rows(today).where(CollectionTask.status.in_(statuses))
    if assignee_id is not None:
        stmt = stmt.where(CollectionTask.assignee_id == assignee_id)
    if customer_id is not None:
        stmt = stmt.where(CollectionTask.customer_id == customer_id)
    stmt = stmt.order_by(CollectionTask.due_date, CollectionTask.id)
    return [_row(tuple(r), today) for r in session.execute(stmt)]


def get_task(session: Session, task_id: int, today: date) -> TaskRow:
    found = session.execute(_task_rows(today).where(CollectionTask.id == task_id)).first()
    if found is None:
        raise NotFoundError(entity="Collection task", key=task_id)
    return _row(tuple(found), today)


def record_action(db: Database, actor: Actor, task_id: int, data: TaskAction) -> Changed[int]:
    """Record what was done on an active task: the action, its outcome and the next date
    (when the task is due again). With a promise to pay the task waits on it ("promised")
    until the reminder run judges it. The follow-up's id is returned."""
    require(actor, "work collection tasks", SALES)
    kind = TASK_ACTIONS.get(data.action)
    if kind is None:
        raise ValidationError("action", "Unknown follow-up kind: {kind}.", kind=data.action)
    with db.write() as session:
        task = session.get(CollectionTask, task_id)
        if task is None:
            raise NotFoundError(entity="Collection task", key=task_id)
        if task.status not in ACTIVE:
            raise LedgerError("This collection task is closed.")
        activity = add_activity(
            session,
            actor,
            ActivityInput(
                customer_id=task.customer_id,
                kind=kind,
                summary=data.outcome,
                occurred_at=data.on,
                next_action_date=data.next_date,
                promise_amount_fen=data.promise_amount_fen,
                promise_date=data.promise_date,
            ),
        )
        before = {"status": task.status, "next_date": task.next_date}
        task.last_action = data.action
        task.last_action_on = data.on
        task.outcome = activity.summary
        task.next_date = data.next_date
        if data.next_date is not None:
            task.due_date = data.next_date
        if data.promise_date is not None:
            task.status = "promised"
            task.promise_amount_fen = data.promise_amount_fen
            task.promise_date = data.promise_date
            task.promise_activity_id = activity.id
            # Due again the day after the promised date: then it is judged.
            task.due_date = data.promise_date
        session.flush()
        record_audit(
            session,
            actor,
            "task.action",
            "collection_task",
            task.id,
            before,
            {
                "status": task.status,
                "action": data.action,
                "next_date": task.next_date,
                "promise_amount_fen": data.promise_amount_fen,
                "promise_date": data.promise_date,
                "activity_id": activity.id,
            },
        )
        return Changed.of(activity.id, Kind.TASKS, Kind.ACTIVITIES)
