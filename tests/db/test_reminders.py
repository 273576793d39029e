"""The reminder run: schedule levels on their days, idempotence (also two processes at
once), collection tasks from creation to a kept or a broken promise, and "my tasks today"."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.db.location import resolve
from app.db.session import Database
from app.domain.clock import FixedClock
from app.domain.enums import PromiseStatus, Role
from app.domain.errors import PermissionDeniedError
from app.domain.money import MAX_AMOUNT_FEN
from app.models import (
    Activity,
    CollectionTask,
    Contact,
    CreditTier,
    Customer,
    EmailOutbox,
    Invoice,
    Notification,
)
from app.services.core.context import Actor
from app.services.core.startup import open_database
from app.services.reminders.collection_task_service import (
    TaskAction,
    my_tasks_today,
    record_action,
)
from app.services.reminders.reminder_service import ReminderRun, generate_reminders
from app.services.reminders.schedule import DEFAULT_SCHEDULES
from app.services.reminders.schedule_service import get_tier_schedule, save_tier_schedule
from tests import factories
from tests.db.race import TODAY, race

NOTHING = {"notifications": 0, "tasks": 0, "emails": 0}
ISSUE = date(2026, 3, 2)
DUE = ISSUE + timedelta(days=30)  # regular tier: -3, 0, +7 task (and email), +30, +60


@dataclass(frozen=True)
class Ledger:
    sales: int
    manager: int
    finance: int
    customer: int
    invoice: int


def ledger(db: Database, issue: date = ISSUE, amount: int = 500_000) -> Ledger:
    with db.write() as s:
        boss = factories.user(s, "李经理", role="manager")
        sales = factories.user(s, "王芳")
        sales.manager_id = boss.id
        fin = factories.user(s, "赵会计", role="finance")
        cust = factories.customer(s, "苏州测试客户有限公司", owner=sales)
        s.add(Contact(customer_id=cust.id, name="张三", email="ap@example.com", is_primary=True))
        inv = factories.invoice(s, cust, amount, issue)
        s.flush()
        return Ledger(sales.id, boss.id, fin.id, cust.id, inv.id)


def on(day: date, user_id: int | None = None, role: Role = Role.ADMIN) -> Actor:
    return Actor(user_id, "tester", role, clock=FixedClock(day))


def run(db: Database, day: date) -> ReminderRun:
    return generate_reminders(db, on(day)).value


def notes(db: Database) -> list[tuple[int, str]]:
    with db.read() as s:
        rows = s.execute(select(Notification.recipient_id, Notification.kind)).all()
        return sorted((r[0], r[1]) for r in rows)


def task(db: Database) -> CollectionTask:
    with db.read() as s:
        return s.scalars(select(CollectionTask)).one()


def test_each_level_fires_on_its_day_for_its_people_once(db, backend):
    lg = ledger(db)
    assert run(db, DUE - timedelta(days=4)).counts() == NOTHING
    assert run(db, DUE - timedelta(days=3)).notifications == 1
    assert notes(db) == [(lg.sales, "due_soon")]
    assert run(db, DUE - timedelta(days=2)).notifications == 0  # the same level, told already
    assert run(db, DUE).notifications == 1
    assert run(db, DUE + timedelta(days=6)).counts() == NOTHING
    week = run(db, DUE + timedelta(days=7))
    assert week.counts() == {"notifications": 1, "tasks": 1, "emails": 1}
    first = task(db)
    assert (first.level_days, first.assignee_id, first.status) == (7, lg.sales, "open")
    assert first.overdue_fen == 500_000 and first.oldest_due_date == DUE
    with db.read() as s:
        email = s.scalars(select(EmailOutbox)).one()
    assert (email.to_address, email.sent_at) == ("ap@example.com", None)
    month = run(db, DUE + timedelta(days=30))
    assert (month.tasks, month.escalated) == (0, 1)
    escalated = task(db)
    assert (escalated.level_days, escalated.assignee_id, escalated.status) == (
        30,
        lg.manager,
        "escalated",
    )
    assert run(db, DUE + timedelta(days=60)).escalated == 1
    assert task(db).assignee_id == lg.finance
    assert run(db, DUE + timedelta(days=61)).counts() == NOTHING
    # +30 tells the manager and the salesperson, +60 finance and the manager.
    assert notes(db) == sorted(
        [(lg.sales, k) for k in ("due_soon", "due", "overdue", "overdue", "task_escalated")]
        + [(lg.manager, k) for k in ("overdue", "task_escalated") * 2]
        + [(lg.finance, "overdue"), (lg.finance, "task_escalated")]
    )


def test_a_first_run_on_an_old_ledger_starts_at_the_current_level(db):
    lg = ledger(db)
    late = run(db, DUE + timedelta(days=45))  # +30 is in force: not -3, 0 and +7 as well
    assert late.counts() == {"notifications": 2, "tasks": 1, "emails": 0}
    assert notes(db) == sorted([(lg.manager, "overdue"), (lg.sales, "overdue")])
    assert task(db).assignee_id == lg.manager


def test_a_dry_run_writes_nothing_and_counts_what_a_run_would_create(db):
    ledger(db)
    day = DUE + timedelta(days=7)
    dry = generate_reminders(db, on(day), dry_run=True).value
    assert dry.dry_run and notes(db) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CollectionTask)) == 0
    assert run(db, day).counts() == dry.counts() == {"notifications": 1, "tasks": 1, "emails": 1}


def _remind(db: Database, actor: Actor, _arg: int) -> dict[str, int]:
    return generate_reminders(db, actor).value.counts()


def test_two_processes_reminding_at_once_create_everything_once(db, location):
    # Customers whose invoices are at every level on the race's day.
    with db.write() as s:
        boss = factories.user(s, "李经理", role="manager")
        sales = factories.user(s, "王芳")
        sales.manager_id = boss.id
        factories.user(s, "赵会计", role="finance")
        for n, days_late in enumerate((-3, 0, 7, 30, 60, 61, 90)):
            cust = factories.customer(s, f"客户{n}", owner=sales)
            s.add(Contact(customer_id=cust.id, name="会计", email=f"c{n}@example.com"))
            factories.invoice(s, cust, 100_000 + n, TODAY - timedelta(days=30 + days_late))
    rounds = race(location, _remind, [(1, 1), (2, 2)])
    first, second = rounds
    assert first[0].ok and first[1].ok, first
    together = {k: first[0].value[k] + first[1].value[k] for k in ("notifications", "tasks")}
    assert together["tasks"] == 5
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Notification)) == together["notifications"]
        assert s.scalar(select(func.count()).select_from(CollectionTask)) == 5
    assert second[0].value == second[1].value == NOTHING


def test_a_kept_promise_closes_the_task_once_paid(db, backend):
    lg = ledger(db)
    week = DUE + timedelta(days=7)
    run(db, week)
    t = task(db)
    promised = record_action(
        db,
        on(week, lg.sales, Role.SALES),
        t.id,
        TaskAction(
            "call",
            "财务说下周付",
            week,
            promise_amount_fen=500_000,
            promise_date=week + timedelta(5),
        ),
    ).value
    assert task(db).status == "promised"
    with db.write() as s:
        customer = s.get(Customer, lg.customer)
        invoice = s.get(Invoice, lg.invoice)
        assert customer is not None and invoice is not None
        factories.payment(s, customer, 500_000, week + timedelta(days=4), [(invoice, 500_000)])
    done = run(db, week + timedelta(days=5))
    assert (done.promises_kept, done.closed) == (1, 1)
    closed = task(db)
    assert (closed.status, closed.closed_on) == ("done", week + timedelta(days=5))
    with db.read() as s:
        activity = s.get(Activity, promised)
        assert activity is not None
        assert (activity.kind, activity.promise_status) == ("call", PromiseStatus.KEPT.value)
        assert activity.customer_id == lg.customer  # on the customer's timeline


def test_a_broken_promise_reopens_the_task_and_escalates_it_to_the_manager(db, backend):
    lg = ledger(db)
    week = DUE + timedelta(days=7)
    run(db, week)
    t = task(db)
    promise_day = week + timedelta(days=3)
    record_action(
        db,
        on(week, lg.sales, Role.SALES),
        t.id,
        TaskAction(
            "visit", "答应三天内付款", week, promise_amount_fen=500_000, promise_date=promise_day
        ),
    )
    assert run(db, promise_day + timedelta(days=3)).promises_broken == 0  # grace days
    broken = run(db, promise_day + timedelta(days=4))
    assert broken.promises_broken == 1
    reopened = task(db)
    assert (reopened.status, reopened.level_days) == ("broken", 30)
    assert reopened.assignee_id == lg.manager
    assert (lg.manager, "promise_broken") in notes(db)
    with db.read() as s:
        assert s.scalar(select(Activity.promise_status)) == PromiseStatus.BROKEN.value
    # Back in the manager's list today; the +30 level finds the task already there.
    today = promise_day + timedelta(days=4)
    with db.read() as s:
        assert [r.id for r in my_tasks_today(s, lg.manager, today)] == [t.id]
        assert my_tasks_today(s, lg.sales, today) == []
    assert run(db, DUE + timedelta(days=30)).escalated == 0


def test_my_tasks_today_come_by_amount_then_days_overdue(db):
    with db.write() as s:
        sales = factories.user(s, "王芳")
        ids = []
        for name, amount, issue in (
            ("小额老账", 10_000, ISSUE - timedelta(days=20)),
            ("大额新账", 900_000, ISSUE),
            ("同额更老", 900_000, ISSUE - timedelta(days=5)),
        ):
            cust = factories.customer(s, name, owner=sales)
            factories.invoice(s, cust, amount, issue)
            ids.append(cust.id)
    run(db, DUE + timedelta(days=8))
    with db.read() as s:
        rows = my_tasks_today(s, sales.id, DUE + timedelta(days=8))
    assert [r.customer_name for r in rows] == ["同额更老", "大额新账", "小额老账"]
    assert rows[0].days_overdue == 13 and rows[0].overdue_fen == 900_000
    with db.read() as s:
        assert my_tasks_today(s, sales.id, DUE + timedelta(days=6)) == []  # not due yet


def test_a_schedule_saved_in_settings_is_the_one_the_run_follows(db):
    lg = ledger(db)
    with db.read() as s:
        tier_id = factories.tier(s).id
        assert get_tier_schedule(s, tier_id).first_after_due == 7
    mine = [{"days": 2, "recipients": ["role:finance"], "actions": ["notify", "task"]}]
    with pytest.raises(PermissionDeniedError):
        save_tier_schedule(db, on(DUE, lg.sales, Role.SALES), tier_id, mine)
    save_tier_schedule(db, on(DUE, lg.manager, Role.MANAGER), tier_id, mine)
    with db.read() as s:
        assert factories.tier(s).reminder_days == [2]
    assert run(db, DUE).counts() == NOTHING  # no level on the due date any more
    assert run(db, DUE + timedelta(days=2)).tasks == 1
    assert task(db).assignee_id == lg.finance


def test_an_older_database_gets_the_default_schedules_and_reminds(tmp_path):
    data = Path(__file__).resolve().parents[1] / "data" / "ledger-0008.sqlite3"
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(data, path)
    db, result = open_database(resolve(str(path)))
    try:
        assert result is not None and result.from_revision == "0008"
        with db.read() as s:
            stored = dict(s.execute(select(CreditTier.code, CreditTier.reminder_schedule)).all())
        assert stored["regular"] == DEFAULT_SCHEDULES["regular"]
        assert all(stored[code] for code in DEFAULT_SCHEDULES)
        assert run(db, date(2026, 12, 1)).tasks > 0
        assert run(db, date(2026, 12, 1)).counts() == NOTHING
    finally:
        db.dispose()


def test_the_database_refuses_task_amounts_beyond_the_limit(db):
    ledger(db)
    run(db, DUE + timedelta(days=7))
    for column in ("overdue_fen", "promise_amount_fen"):
        for value, allowed in ((MAX_AMOUNT_FEN, True), (MAX_AMOUNT_FEN + 1, False), (-1, False)):
            try:
                with db.engine.begin() as conn:
                    conn.execute(text(f"UPDATE collection_tasks SET {column} = :v"), {"v": value})
            except IntegrityError as exc:
                assert not allowed and f"ck_collection_tasks_{column}_limit" in str(exc)
            else:
                assert allowed, f"{column} = {value} was stored"
