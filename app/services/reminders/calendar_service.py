"""The due-date calendar (日历): invoice and installment due dates, promises to pay,
follow-ups, project stage deadlines and collection tasks, for a range of days.

Each kind is one SELECT (``_sources``) giving the same columns: day, entity id, amount,
done (1/0), salesperson, customer and a label. The items of a range and the per-day month
aggregate are both read from those selects, so they always agree; the aggregate is grouped
in SQL and stays fast on a million invoices (the due-date indexes bound each kind to the
range).

State of an item: ``done``; else ``overdue`` before today, ``due_soon`` within
``DUE_SOON_DAYS``, ``upcoming`` after that."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from app.domain.enums import ProjectStage, PromiseStatus
from app.domain.errors import ValidationError
from app.models import Activity, CollectionTask, Customer, Installment, Invoice, Project
from app.services.core.visibility import scoped_salesperson

# A select of any columns (SQLAlchemy types a select by each of its columns).
AnySelect = Select[*tuple[Any, ...]]
DUE_SOON_DAYS = 7
MAX_RANGE_DAYS = 400

INVOICE, INSTALLMENT, PROMISE = "invoice", "installment", "promise"
FOLLOW_UP, STAGE_DEADLINE, TASK = "follow_up", "stage_deadline", "task"
CALENDAR_KINDS = (INVOICE, INSTALLMENT, PROMISE, FOLLOW_UP, STAGE_DEADLINE, TASK)
# Stable UIDs: the same item keeps its UID in every export, so a calendar updates it.
_UID = {
    INVOICE: "invoice-{id}-due@labledger",
    INSTALLMENT: "installment-{id}-due@labledger",
    PROMISE: "activity-{id}-promise@labledger",
    FOLLOW_UP: "activity-{id}-follow-up@labledger",
    STAGE_DEADLINE: "project-{id}-{label}-deadline@labledger",
    TASK: "task-{id}-due@labledger",
}
_ENTITY = {
    INVOICE: "invoice",
    INSTALLMENT: "installment",
    PROMISE: "activity",
    FOLLOW_UP: "activity",
    STAGE_DEADLINE: "project",
    TASK: "collection_task",
}


@dataclass(frozen=True)
class CalendarItem:
    kind: str
    entity_type: str  # what "open the item" opens
    entity_id: int
    day: date
    label: str  # invoice number, project code and stage, task level...
    amount_fen: int
    state: str  # done, overdue, due_soon, upcoming
    customer_id: int
    customer_name: str
    salesperson_id: int | None

    @property
    def uid(self) -> str:
        return _UID[self.kind].format(id=self.entity_id, label=self.label.split(" ")[-1])


@dataclass(frozen=True)
class DayTotal:
    day: date
    kind: str
    count: int
    done: int
    amount_fen: int


def _one(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, literal_column("1")), else_=literal_column("0"))


def _sources(
    start: date, end: date, *, names: bool, salespeople: bool = True
) -> dict[str, AnySelect]:
    """Per kind, the items dated ``start`` to ``end``: day, entity_id, amount, done,
    salesperson_id, customer_id, and with ``names`` customer_name and label. Without names
    each select reads only its covering index (and the project of an installment), which is
    what keeps the month view fast. Without ``salespeople`` an invoice's salesperson (its
    customer's owner, a lookup per invoice) is left empty."""
    zero: ColumnElement[int] = literal_column("0")
    blank: ColumnElement[str] = literal_column("''")

    def named(stmt: AnySelect, customer_id: Any, label: Any) -> AnySelect:
        if not names:
            return stmt.add_columns(blank.label("customer_name"), blank.label("label"))
        return stmt.add_columns(Customer.name.label("customer_name"), label.label("label")).join(
            Customer, Customer.id == customer_id
        )

    owning = aliased(Customer)
    owner = (
        select(owning.owner_id)
        .where(owning.id == Invoice.customer_id)
        .scalar_subquery()
        .label("salesperson_id")
        if salespeople
        else literal_column("NULL").label("salesperson_id")
    )
    inv = named(
        select(
            Invoice.due_date.label("day"),
            Invoice.id.label("entity_id"),
            Invoice.amount_fen.label("amount"),
            _one(Invoice.settled_fen >= Invoice.amount_fen).label("done"),
            owner,
            Invoice.customer_id.label("customer_id"),
        ).where(
            Invoice.due_date.between(start, end),
            Invoice.status == literal_column("'issued'"),
            Invoice.amount_fen > zero,
        ),
        Invoice.customer_id,
        Invoice.number,
    )
    settled_invoice = exists().where(
        Invoice.installment_id == Installment.id,
        Invoice.status == literal_column("'issued'"),
        Invoice.settled_fen >= Invoice.amount_fen,
    )
    installment = named(
        select(
            Installment.due_date.label("day"),
            Installment.id.label("entity_id"),
            Installment.amount_fen.label("amount"),
            _one(or_(Project.stage == ProjectStage.PAID.value, settled_invoice)).label("done"),
            Project.salesperson_id.label("salesperson_id"),
            Project.customer_id.label("customer_id"),
        )
        .join(Project, Project.id == Installment.project_id)
        .where(
            Installment.due_date.between(start, end),
            Project.stage != ProjectStage.CANCELLED.value,
        ),
        Project.customer_id,
        Project.code + literal(" #") + cast(Installment.seq, String),
    )
    promise = named(
        select(
            Activity.promise_date.label("day"),
            Activity.id.label("entity_id"),
            func.coalesce(Activity.promise_amount_fen, zero).label("amount"),
            _one(Activity.promise_status == PromiseStatus.KEPT.value).label("done"),
            Activity.user_id.label("salesperson_id"),
            Activity.customer_id.label("customer_id"),
        ).where(Activity.promise_date.between(start, end)),
        Activity.customer_id,
        func.coalesce(Activity.promise_status, ""),
    )
    later = aliased(Activity)
    followed_up = exists().where(
        later.customer_id == Activity.customer_id,
        or_(
            later.occurred_at > Activity.occurred_at,
            and_(later.occurred_at == Activity.occurred_at, later.id > Activity.id),
        ),
    )
    follow_up = named(
        select(
            Activity.next_action_date.label("day"),
            Activity.id.label("entity_id"),
            zero.label("amount"),
            _one(followed_up).label("done"),
            Activity.user_id.label("salesperson_id"),
            Activity.customer_id.label("customer_id"),
        ).where(Activity.next_action_date.between(start, end)),
        Activity.customer_id,
        Activity.kind,
    )
    stage = named(
        select(
            Project.stage_deadline.label("day"),
            Project.id.label("entity_id"),
            zero.label("amount"),
            _one(Project.stage == ProjectStage.PAID.value).label("done"),
            Project.salesperson_id.label("salesperson_id"),
            Project.customer_id.label("customer_id"),
        ).where(
            Project.stage_deadline.between(start, end),
            Project.stage != ProjectStage.CANCELLED.value,
        ),
        Project.customer_id,
        Project.code + literal(" ") + Project.stage,
    )
    task = named(
        select(
            CollectionTask.due_date.label("day"),
            CollectionTask.id.label("entity_id"),
            CollectionTask.overdue_fen.label("amount"),
            _one(CollectionTask.status == "done").label("done"),
            CollectionTask.assignee_id.label("salesperson_id"),
            CollectionTask.customer_id.label("customer_id"),
        ).where(CollectionTask.due_date.between(start, end)),
        CollectionTask.customer_id,
        CollectionTask.status,
    )
    return {
        INVOICE: inv,
        INSTALLMENT: installment,
        PROMISE: promise,
        FOLLOW_UP: follow_up,
        STAGE_DEADLINE: stage,
        TASK: task,
    }


def _check(start: date, end: date, kinds: Iterable[str] | None) -> list[str]:
    if end < start:
        raise ValidationError("to", "The end of the range is before its start.")
    if (end - start).days > MAX_RANGE_DAYS:
        raise ValidationError("to", "A calendar range is at most {max} days.", max=MAX_RANGE_DAYS)
    wanted = list(CALENDAR_KINDS) if kinds is None else [k for k in CALENDAR_KINDS if k in kinds]
    unknown = sorted(set(kinds or ()) - set(CALENDAR_KINDS))
    if unknown:
        raise ValidationError("kinds", "Unknown calendar kind: {kind}.", kind=unknown[0])
    return wanted


def _filtered(stmt: AnySelect, salesperson_id: int | None) -> AnySelect:
    sub = stmt.subquery()
    out = select(sub)
    if salesperson_id is not None:
        out = out.where(sub.c.salesperson_id == salesperson_id)
    return out


def state_of(day: date, done: bool, today: date) -> str:
    if done:
        return "done"
    if day < today:
        return "overdue"
    if day <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "upcoming"


def calendar_items(
    session: Session,
    start: date,
    end: date,
    today: date,
    *,
    salesperson_id: int | None = None,
    kinds: Iterable[str] | None = None,
) -> list[CalendarItem]:
    """The items dated ``start`` to ``end`` (inclusive), by day, kind and id."""
    salesperson_id = scoped_salesperson(session, salesperson_id)
    items: list[CalendarItem] = []
    for kind in _check(start, end, kinds):
        stmt = _filtered(_sources(start, end, names=True)[kind], salesperson_id)
        for day, eid, amount, done, sp, cid, cname, label in session.execute(stmt):
            items.append(
                CalendarItem(
                    kind,
                    _ENTITY[kind],
                    int(eid),
                    day,
                    str(label or ""),
                    int(amount or 0),
                    state_of(day, bool(done), today),
                    int(cid),
                    str(cname),
                    sp,
                )
            )
    order = {k: n for n, k in enumerate(CALENDAR_KINDS)}
    items.sort(key=lambda i: (i.day, order[i.kind], i.entity_id))
    return items


def month_totals(
    session: Session,
    start: date,
    end: date,
    *,
    salesperson_id: int | None = None,
    kinds: Iterable[str] | None = None,
) -> list[DayTotal]:
    """Per day and kind: how many items, how many done and their amount, grouped in SQL
    (the month view; the items themselves are read only for the day opened)."""
    salesperson_id = scoped_salesperson(session, salesperson_id)
    totals: list[DayTotal] = []
    for kind in _check(start, end, kinds):
        sources = _sources(start, end, names=False, salespeople=salesperson_id is not None)
        sub = sources[kind].subquery()
        stmt = select(
            sub.c.day, func.count(), func.sum(sub.c.done), func.sum(sub.c.amount)
        ).group_by(sub.c.day)
        if salesperson_id is not None:
            stmt = stmt.where(sub.c.salesperson_id == salesperson_id)
        for day, count, done, amount in session.execute(stmt):
            totals.append(DayTotal(day, kind, int(count), int(done or 0), int(amount or 0)))
    order = {k: n for n, k in enumerate(CALENDAR_KINDS)}
    totals.sort(key=lambda t: (t.day, order[t.kind]))
    return totals
