"""The reminder run (`labledger remind`, start-up and the periodic job in the app): from the
tiers' schedules, payment plans, promises to pay, follow-up dates, project stage deadlines
and statements awaiting a reply, create what is due today and not created before:
notifications, collection tasks (raised, escalated, closed) and reminder emails queued for
the customers.

Idempotent: every notification, task and email carries a unique key naming its recipient,
subject and occasion, and is inserted with ``ON CONFLICT DO NOTHING``; a task's escalation
is a conditional UPDATE. A second run creates nothing, and two PCs running at once create
each thing once (on SQLite the write lock orders them; on PostgreSQL the unique keys do).

A level fires while it is the one in force: from its day until the next level's, so a
run missed on a holiday catches up the next day, and a database opened for the first time
gets the current level of each item, not the whole history of levels before it. Reminders
of other dates look back ``LOOKBACK_DAYS`` only."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from app.db.session import Database
from app.domain.enums import ProjectStage, PromiseStatus
from app.domain.money import Money
from app.models import (
    Activity,
    CollectionTask,
    Contact,
    CreditTier,
    Customer,
    EmailOutbox,
    Installment,
    Invoice,
    Notification,
    Project,
)
from app.models.collection_task import ACTIVE_STATUSES
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.customers.activity_service import (
    PROMISE_GRACE_DAYS,
    _paid_in_windows,
    local_date,
)
from app.services.reminders.dedupe_insert import insert_new
from app.services.reminders.recipients import Staff
from app.services.reminders.schedule import ReminderLevel, ReminderSchedule, tier_schedule
from app.services.statements.statement_service import awaiting_reply

# Reminders of dates other than invoice levels look back this far (a week of missed runs).
LOOKBACK_DAYS = 7
# Installments and stage deadlines are announced this many days ahead.
LEAD_DAYS = 3
# A statement sent this many days ago without a reply is chased.
STATEMENT_REPLY_DAYS = 14

ACTIVE = ACTIVE_STATUSES
# Notification texts are stored in Chinese, the lab's working language: they go to the
# desktop, the notification centre and team chats as they are.
STAGE_NAMES = {
    "lead": "意向",
    "quoted": "已报价",
    "contracted": "已签合同",
    "samples_received": "已收样",
    "testing": "检测中",
    "report_issued": "已出报告",
    "invoiced": "已开票",
    "paid": "已回款",
}
WORKABLE = ("open", "broken", "escalated")  # an open promise holds escalation back


class NotificationKind:
    DUE_SOON = "due_soon"
    DUE = "due"
    OVERDUE = "overdue"
    TASK_ESCALATED = "task_escalated"
    PROMISE_BROKEN = "promise_broken"
    PROMISE_DUE = "promise_due"
    INSTALLMENT_DUE = "installment_due"
    FOLLOW_UP = "follow_up"
    STAGE_DEADLINE = "stage_deadline"
    STATEMENT_REPLY = "statement_reply"


NOTIFICATION_KINDS = tuple(
    v for k, v in vars(NotificationKind).items() if not k.startswith("_") and isinstance(v, str)
)


@dataclass
class ReminderRun:
    """What one run created (``notifications``, ``tasks``, ``emails``: the CLI's JSON) and
    what else it changed."""

    notifications: int = 0
    tasks: int = 0
    emails: int = 0
    escalated: int = 0
    closed: int = 0
    promises_kept: int = 0
    promises_broken: int = 0
    dry_run: bool = False
    by_kind: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"notifications": self.notifications, "tasks": self.tasks, "emails": self.emails}


@dataclass(frozen=True)
class _Customer:
    id: int
    name: str
    tier_id: int
    owner_id: int | None


class _DryRun(Exception):
    """Unwinds the write transaction of a dry run, carrying what it would have created."""

    def __init__(self, run: ReminderRun) -> None:
        super().__init__("dry run")
        self.run = run


def generate_reminders(
    db: Database, actor: Actor, *, dry_run: bool = False
) -> Changed[ReminderRun]:
    """Create the reminders due on the actor's today. ``dry_run`` does all the work in a
    transaction that is rolled back: the counts say what a real run would create."""
    try:
        with db.write() as session:
            run = _Run(session, actor, actor.clock.today()).execute()
            run.dry_run = dry_run
            if dry_run:
                raise _DryRun(run)
            if run.notifications or run.tasks or run.emails or run.escalated or run.closed:
                record_audit(session, actor, "reminders.run", "reminders", None, None, asdict(run))
    except _DryRun as done:
        return Changed.of(done.run)
    kinds = {Kind.NOTIFICATIONS} if run.notifications else set()
    if run.tasks or run.escalated or run.closed or run.promises_kept or run.promises_broken:
        kinds |= {Kind.TASKS}
    if run.promises_kept or run.promises_broken:
        kinds |= {Kind.ACTIVITIES}
    return Changed(run, frozenset(kinds))


class _Run:
    def __init__(self, session: Session, actor: Actor, today: date) -> None:
        self.session = session
        self.actor = actor
        self.today = today
        self.now = actor.clock.now_utc()
        self.result = ReminderRun()
        self.staff = Staff.load(session)
        self.schedules = self._schedules()
        self.customers = self._customers()
        self.notes: dict[str, dict[str, Any]] = {}
        self.emails: dict[str, dict[str, Any]] = {}

    def execute(self) -> ReminderRun:
        overdue = self._overdue_by_customer()
        self._judge_task_promises(overdue)
        self._close_paid_tasks()
        self._overdue_levels(overdue)
        self._due_levels()
        self._installments()
        self._promises_due()
        self._follow_ups()
        self._stage_deadlines()
        self._statements()
        created = insert_new(self.session, Notification, list(self.notes.values()))
        self.result.notifications = len(created)
        by_kind: dict[str, int] = defaultdict(int)
        for key in created:
            by_kind[self.notes[key]["kind"]] += 1
        self.result.by_kind = dict(by_kind)
        self.result.emails = len(insert_new(self.session, EmailOutbox, self._addressed_emails()))
        return self.result

    # -- reading -------------------------------------------------------------------------

    def _schedules(self) -> dict[int, ReminderSchedule]:
        rows = self.session.execute(
            select(
                CreditTier.id,
                CreditTier.reminder_schedule,
                CreditTier.reminder_days,
                CreditTier.escalate_to_role,
                CreditTier.escalate_after_days,
            )
        )
        return {
            tid: tier_schedule(stored, days or [], role, after)
            for tid, stored, days, role, after in rows
        }

    def _customers(self) -> dict[int, _Customer]:
        rows = self.session.execute(
            select(Customer.id, Customer.name, Customer.tier_id, Customer.owner_id).where(
                Customer.archived.is_(False)
            )
        )
        return {cid: _Customer(cid, name, tid, oid) for cid, name, tid, oid in rows}

    def _overdue_by_customer(self) -> dict[int, tuple[date, int, int]]:
        """Each customer with money overdue today: (oldest due date, overdue fen, invoices)."""
        rows = self.session.execute(
            select(
                Invoice.customer_id,
                func.min(Invoice.due_date),
                func.sum(Invoice.amount_fen - Invoice.settled_fen),
                func.count(),
            )
            .where(
                Invoice.amount_fen > Invoice.settled_fen,
                Invoice.status == "issued",
                Invoice.due_date < self.today,
            )
            .group_by(Invoice.customer_id)
        )
        return {cid: (oldest, int(fen), int(n)) for cid, oldest, fen, n in rows}

    # -- writing -------------------------------------------------------------------------

    def _notify(
        self, users: list[int], kind: str, entity: str, entity_id: int, occasion: str, message: str
    ) -> None:
        for uid in users:
            key = f"{kind}:{entity}:{entity_id}:{occasion}:u{uid}"
            self.notes[key] = {
                "recipient_id": uid,
                "kind": kind,
                "entity_type": entity,
                "entity_id": entity_id,
                "due_at": self.now,
                "message": message,
                "dedupe_key": key,
                "created_at": self.now,
                "updated_at": self.now,
            }

    def _email(self, customer: _Customer, kind: str, occasion: str, subject: str) -> None:
        """Queue a reminder to the customer's billing contact (the primary contact's email,
        else the first contact's with one); addresses are looked up once, at the end."""
        key = f"email:{kind}:customer:{customer.id}:{occasion}"
        self.emails[key] = {
            "customer_id": customer.id,
            "kind": kind,
            "entity_type": "customer",
            "entity_id": customer.id,
            "subject": subject,
            "dedupe_key": key,
            "created_at": self.now,
        }

    def _addressed_emails(self) -> list[dict[str, Any]]:
        wanted = sorted({e["customer_id"] for e in self.emails.values()})
        found: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            rows = self.session.execute(
                select(Contact.customer_id, Contact.email)
                .where(
                    Contact.customer_id.in_(wanted[start : start + 500]),
                    Contact.email.is_not(None),
                    Contact.email != "",
                )
                .order_by(Contact.customer_id, Contact.is_primary.desc(), Contact.id)
            )
            for cid, email in rows:
                if email:
                    found.setdefault(cid, email)
        return [
            {**e, "to_address": found[e["customer_id"]]}
            for e in self.emails.values()
            if e["customer_id"] in found
        ]

    # -- collection tasks ----------------------------------------------------------------

    def _active_tasks(self) -> dict[int, tuple[int, int, str]]:
        rows = self.session.execute(
            select(
                CollectionTask.customer_id,
                CollectionTask.id,
                CollectionTask.level_days,
                CollectionTask.status,
            ).where(CollectionTask.status.in_(ACTIVE))
        )
        return {cid: (tid, level, status) for cid, tid, level, status in rows}

    def _judge_task_promises(self, overdue: dict[int, tuple[date, int, int]]) -> None:
        """Tasks waiting on a promise to pay whose verdict is in: kept sends the task back to
        work (closed below once nothing is overdue); broken or partly kept reopens it and
        escalates it to the next level that raises a task."""
        rows = self.session.execute(
            select(
                CollectionTask.id,
                CollectionTask.customer_id,
                CollectionTask.level_days,
                Activity.id,
                Activity.occurred_at,
                Activity.promise_date,
                Activity.promise_amount_fen,
                Activity.promise_status,
            )
            .join(Activity, Activity.id == CollectionTask.promise_activity_id)
            .where(CollectionTask.status == "promised")
        ).all()
        if not rows:
            return
        windows = []
        for _tid, cid, _lv, aid, at, pdate, _fen, status in rows:
            if status == PromiseStatus.OPEN.value and pdate is not None:
                end = min(pdate + timedelta(days=PROMISE_GRACE_DAYS), self.today)
                windows.append((aid, cid, local_date(at), end))
        paid = _paid_in_windows(self.session, windows)
        for tid, cid, level_days, aid, _at, pdate, fen, status in rows:
            verdict = status
            if status == PromiseStatus.OPEN.value and pdate is not None and fen is not None:
                got = paid.get(aid, 0)
                if got >= fen:
                    verdict = PromiseStatus.KEPT.value
                elif self.today > pdate + timedelta(days=PROMISE_GRACE_DAYS):
                    verdict = PromiseStatus.PARTIAL.value if got > 0 else PromiseStatus.BROKEN.value
                else:
                    continue
                activity = self.session.get(Activity, aid)
                assert activity is not None
                activity.promise_status = verdict
                record_audit(
                    self.session,
                    self.actor,
                    "activity.promise",
                    "activity",
                    aid,
                    {"promise_status": PromiseStatus.OPEN.value},
                    {"promise_status": verdict, "paid_fen": got, "as_of": self.today},
                )
            if verdict == PromiseStatus.OPEN.value:
                continue
            if verdict == PromiseStatus.KEPT.value:
                self._set_task(tid, status="open", outcome_note="promise kept")
                self.result.promises_kept += 1
            else:
                self._broken(tid, cid, level_days, overdue.get(cid))
                self.result.promises_broken += 1

    def _broken(
        self, task_id: int, customer_id: int, level_days: int, overdue: tuple[date, int, int] | None
    ) -> None:
        customer = self.customers.get(customer_id)
        schedule = self.schedules.get(customer.tier_id) if customer else None
        nxt = schedule.next_task_level(level_days) if schedule else None
        owner = customer.owner_id if customer else None
        values: dict[str, Any] = {"status": "broken", "due_date": self.today}
        recipients: list[int] = []
        if nxt is not None:
            recipients = self.staff.resolve_all(nxt.recipients, owner)
            values["level_days"] = nxt.days
            if recipients:
                values["assignee_id"] = recipients[0]
        self._set_task(task_id, outcome_note="promise broken", **values)
        values_fen = overdue[1] if overdue is not None else 0
        name = customer.name if customer else str(customer_id)
        tell = recipients or self.staff.resolve_all(("salesperson",), owner)
        self._notify(
            tell,
            NotificationKind.PROMISE_BROKEN,
            "collection_task",
            task_id,
            f"{self.today.isoformat()}",
            f"{name}：付款承诺未兑现，仍逾期 {Money(values_fen).format()}。",
        )

    def _set_task(self, task_id: int, *, outcome_note: str, **values: Any) -> None:
        self.session.execute(
            update(CollectionTask)
            .where(CollectionTask.id == task_id)
            .values(
                outcome=outcome_note,
                version=CollectionTask.version + 1,
                updated_at=self.now,
                **values,
            )
            .execution_options(synchronize_session=False)
        )

    def _close_paid_tasks(self) -> None:
        """Active tasks of customers with nothing overdue any more are done."""
        still_overdue = exists().where(
            Invoice.customer_id == CollectionTask.customer_id,
            Invoice.amount_fen > Invoice.settled_fen,
            Invoice.status == "issued",
            Invoice.due_date < self.today,
        )
        done = self.session.execute(
            update(CollectionTask)
            .where(CollectionTask.status.in_(ACTIVE), ~still_overdue)
            .values(
                status="done",
                closed_on=self.today,
                version=CollectionTask.version + 1,
                updated_at=self.now,
            )
            .execution_options(synchronize_session=False)
        )
        self.result.closed = int(getattr(done, "rowcount", 0) or 0)

    def _overdue_levels(self, overdue: dict[int, tuple[date, int, int]]) -> None:
        active = self._active_tasks()
        counts = dict(
            self.session.execute(
                select(CollectionTask.customer_id, func.count()).group_by(
                    CollectionTask.customer_id
                )
            ).all()
        )
        new_tasks: list[dict[str, Any]] = []
        for cid, (oldest, fen, n) in overdue.items():
            customer = self.customers.get(cid)
            if customer is None:
                continue  # archived
            schedule = self.schedules[customer.tier_id]
            days = (self.today - oldest).days
            level = schedule.level_on(days, after_due=True)
            if level is None:
                continue
            occasion = f"{oldest.isoformat()}:{level.days:+d}"
            text = (
                f"{customer.name}：{n} 张发票逾期，共 {Money(fen).format()}，"
                f"最早的已逾期 {days} 天。"
            )
            people = self.staff.resolve_all(level.recipients, customer.owner_id)
            if level.notifies:
                self._notify(people, NotificationKind.OVERDUE, "customer", cid, occasion, text)
            if level.emails:
                self._email(customer, "overdue", occasion, text)
            if not level.raises_task:
                continue
            assignee = people[0] if people else None
            task = active.get(cid)
            if task is None:
                new_tasks.append(
                    {
                        "customer_id": cid,
                        "level_days": level.days,
                        "assignee_id": assignee,
                        "due_date": self.today,
                        "status": "open",
                        "overdue_fen": fen,
                        "oldest_due_date": oldest,
                        "dedupe_key": f"task:customer:{cid}:{int(counts.get(cid, 0)) + 1}",
                        "version": 1,
                        "created_at": self.now,
                        "updated_at": self.now,
                    }
                )
            elif task[1] < level.days and task[2] in WORKABLE:
                self._escalate(task[0], level, assignee, fen, oldest, customer, people)
        self.result.tasks = len(insert_new(self.session, CollectionTask, new_tasks))

    def _escalate(
        self,
        task_id: int,
        level: ReminderLevel,
        assignee: int | None,
        fen: int,
        oldest: date,
        customer: _Customer,
        people: list[int],
    ) -> None:
        # Conditional, so that two PCs escalating the same task at once do it once.
        done = self.session.execute(
            update(CollectionTask)
            .where(
                CollectionTask.id == task_id,
                CollectionTask.level_days < level.days,
                CollectionTask.status.in_(WORKABLE),
            )
            .values(
                level_days=level.days,
                assignee_id=assignee,
                status="escalated",
                due_date=self.today,
                overdue_fen=fen,
                oldest_due_date=oldest,
                version=CollectionTask.version + 1,
                updated_at=self.now,
            )
            .execution_options(synchronize_session=False)
        )
        if getattr(done, "rowcount", 0):
            self.result.escalated += 1
            self._notify(
                people,
                NotificationKind.TASK_ESCALATED,
                "collection_task",
                task_id,
                f"{level.days:+d}",
                f"{customer.name}：催收已升级（到期后 {level.days} 天），"
                f"逾期 {Money(fen).format()}。",
            )

    # -- other dates ---------------------------------------------------------------------

    def _due_levels(self) -> None:
        """Levels on and before the due date, per customer and due date."""
        earliest = min((lv.days for s in self.schedules.values() for lv in s.levels), default=0)
        rows = self.session.execute(
            select(
                Invoice.customer_id,
                Invoice.due_date,
                func.count(),
                func.sum(Invoice.amount_fen - Invoice.settled_fen),
            )
            .where(
                Invoice.amount_fen > Invoice.settled_fen,
                Invoice.status == "issued",
                Invoice.due_date >= self.today - timedelta(days=LOOKBACK_DAYS),
                Invoice.due_date <= self.today - timedelta(days=min(earliest, 0)),
            )
            .group_by(Invoice.customer_id, Invoice.due_date)
        )
        for cid, due, n, fen in rows:
            customer = self.customers.get(cid)
            if customer is None:
                continue
            schedule = self.schedules[customer.tier_id]
            days = (self.today - due).days
            first_after = schedule.first_after_due
            if first_after is not None and days >= first_after:
                continue  # the levels after the due date have taken over
            level = schedule.level_on(days, after_due=False)
            if level is None:
                continue
            kind = NotificationKind.DUE if level.days == 0 else NotificationKind.DUE_SOON
            text = f"{customer.name}：{n} 张发票共 {Money(int(fen)).format()}，{due} 到期。"
            occasion = f"{due.isoformat()}:{level.days:+d}"
            if level.notifies:
                people = self.staff.resolve_all(level.recipients, customer.owner_id)
                self._notify(people, kind, "customer", cid, occasion, text)
            if level.emails:
                self._email(customer, kind, occasion, text)

    def _window(self, ahead: int = 0) -> tuple[date, date]:
        return self.today - timedelta(days=LOOKBACK_DAYS), self.today + timedelta(days=ahead)

    def _installments(self) -> None:
        """Payment-plan installments falling due and not yet invoiced."""
        first, last = self._window(LEAD_DAYS)
        # Through the project's invoices (indexed), not a scan for the installment's id.
        invoiced = exists().where(
            Invoice.project_id == Installment.project_id, Invoice.installment_id == Installment.id
        )
        rows = self.session.execute(
            select(
                Installment.id,
                Installment.due_date,
                Installment.amount_fen,
                Project.code,
                Project.salesperson_id,
                Project.customer_id,
            )
            .join(Project, Project.id == Installment.project_id)
            .where(
                Installment.due_date.between(first, last),
                Project.stage.not_in((ProjectStage.PAID.value, ProjectStage.CANCELLED.value)),
                ~invoiced,
            )
        )
        for iid, due, fen, code, sales_id, cid in rows:
            customer = self.customers.get(cid)
            if customer is None or due is None:
                continue
            who = sales_id if self.staff.is_active(sales_id) else customer.owner_id
            self._notify(
                self.staff.resolve("salesperson", who),
                NotificationKind.INSTALLMENT_DUE,
                "installment",
                iid,
                due.isoformat(),
                f"{customer.name} {code}：回款计划 {Money(fen).format()} 于 {due} 到期。",
            )

    def _promises_due(self) -> None:
        first, last = self._window()
        rows = self.session.execute(
            select(
                Activity.id,
                Activity.customer_id,
                Activity.user_id,
                Activity.promise_date,
                Activity.promise_amount_fen,
            ).where(
                Activity.promise_status == PromiseStatus.OPEN.value,
                Activity.promise_date.between(first, last),
            )
        )
        for (
            aid,
            cid,
            uid,
            on,
            fen,
        ) in rows:
            customer = self.customers.get(cid)
            if customer is None or on is None:
                continue
            who = uid if self.staff.is_active(uid) else customer.owner_id
            self._notify(
                self.staff.resolve("salesperson", who),
                NotificationKind.PROMISE_DUE,
                "activity",
                aid,
                on.isoformat(),
                f"{customer.name}：承诺于 {on} 前付款 {Money(fen or 0).format()}。",
            )

    def _follow_ups(self) -> None:
        first, last = self._window()
        later = aliased(Activity)
        followed_up = exists().where(
            later.customer_id == Activity.customer_id,
            or_(
                later.occurred_at > Activity.occurred_at,
                and_(later.occurred_at == Activity.occurred_at, later.id > Activity.id),
            ),
        )
        rows = self.session.execute(
            select(
                Activity.id, Activity.customer_id, Activity.user_id, Activity.next_action_date
            ).where(Activity.next_action_date.between(first, last), ~followed_up)
        )
        for aid, cid, uid, on in rows:
            customer = self.customers.get(cid)
            if customer is None or on is None:
                continue
            who = uid if self.staff.is_active(uid) else customer.owner_id
            self._notify(
                self.staff.resolve("salesperson", who),
                NotificationKind.FOLLOW_UP,
                "activity",
                aid,
                on.isoformat(),
                f"{customer.name}：应于 {on} 跟进。",
            )

    def _stage_deadlines(self) -> None:
        first, last = self._window(LEAD_DAYS)
        rows = self.session.execute(
            select(
                Project.id,
                Project.code,
                Project.stage,
                Project.stage_deadline,
                Project.salesperson_id,
                Project.customer_id,
            ).where(
                Project.stage.not_in((ProjectStage.PAID.value, ProjectStage.CANCELLED.value)),
                Project.stage_deadline.between(first, last),
            )
        )
        for pid, code, stage, deadline, sales_id, cid in rows:
            customer = self.customers.get(cid)
            if customer is None or deadline is None:
                continue
            who = sales_id if self.staff.is_active(sales_id) else customer.owner_id
            self._notify(
                self.staff.resolve("salesperson", who),
                NotificationKind.STAGE_DEADLINE,
                "project",
                pid,
                f"{stage}:{deadline.isoformat()}",
                f"{customer.name} {code}：{STAGE_NAMES.get(stage, stage)}阶段"
                f"应于 {deadline} 完成。",
            )

    def _statements(self) -> None:
        for row in awaiting_reply(self.session, self.today, sent_days_ago=STATEMENT_REPLY_DAYS):
            if row.customer_id not in self.customers:
                continue
            self._notify(
                self.staff.resolve("salesperson", row.owner_id),
                NotificationKind.STATEMENT_REPLY,
                "statement",
                row.statement_id,
                row.sent_date.isoformat(),
                f"{row.customer_name}：对账单 {row.number} 于 {row.sent_date} 发出，"
                f"{row.days_waiting} 天未回执。",
            )
