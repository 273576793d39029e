"""The notification centre's services (unread count, mark read, snooze, a desktop claim
once across PCs, preferences) and the due-date calendar (items, month totals, .ics)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.models import Activity, Installment, Notification, Project
from app.services.core.context import Actor
from app.services.reminders.calendar_service import calendar_items, month_totals
from app.services.reminders.ics_export import calendar_ics
from app.services.reminders.notification_service import (
    NotificationPreferences,
    claim_for_delivery,
    get_preferences,
    list_notifications,
    mark_read,
    save_preferences,
    snooze,
    unread_count,
)
from app.services.reminders.reminder_service import generate_reminders
from tests import factories

TODAY = date(2026, 6, 10)
NOW = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)


def actor(user_id: int | None, day: date = TODAY, role: Role = Role.SALES) -> Actor:
    return Actor(user_id, "tester", role, clock=FixedClock(day))


def notified(db) -> tuple[int, int]:
    """A salesperson with three invoices reminded on TODAY: due soon, due today, a week late."""
    with db.write() as s:
        sales = factories.user(s, "王芳")
        other = factories.user(s, "陈强")
        cust = factories.customer(s, "杭州测试客户", owner=sales)
        for days in (27, 30, 37):  # regular tier: terms 30, levels -3, 0, +7
            factories.invoice(s, cust, 100_000, TODAY - timedelta(days=days))
        sales_id, other_id = sales.id, other.id
    system = Actor(None, "system", Role.ADMIN, clock=FixedClock(TODAY))
    assert generate_reminders(db, system).value.notifications == 3
    return sales_id, other_id


def test_the_centre_counts_marks_read_and_snoozes(db, backend):
    sales, other = notified(db)
    with db.read() as s:
        assert unread_count(s, sales, NOW) == 3 and unread_count(s, other, NOW) == 0
        rows = list_notifications(s, sales, NOW)
    assert {r.kind for r in rows} == {"due_soon", "due", "overdue"}
    assert all(r.entity_type == "customer" for r in rows)
    assert mark_read(db, actor(sales), [rows[0].id]).value == 1
    assert mark_read(db, actor(other), [rows[1].id]).value == 0  # not theirs
    snooze(db, actor(sales), rows[1].id, NOW + timedelta(hours=2))
    with db.read() as s:
        assert unread_count(s, sales, NOW) == 1
        assert unread_count(s, sales, NOW + timedelta(hours=3)) == 2  # back after the snooze
        assert len(list_notifications(s, sales, NOW, unread_only=True)) == 1
    with pytest.raises(ValidationError):
        snooze(db, actor(sales), rows[1].id, NOW - timedelta(days=1))
    assert mark_read(db, actor(sales)).value == 2
    with db.read() as s:
        assert unread_count(s, sales, NOW + timedelta(hours=3)) == 0


def test_a_notification_is_claimed_for_the_desktop_once(db, backend):
    sales, _ = notified(db)
    first = claim_for_delivery(db, sales, NOW)
    assert len(first) == 3
    assert claim_for_delivery(db, sales, NOW) == []  # another PC, or this one again
    with db.read() as s:
        delivered = s.scalars(select(Notification.delivered_at)).all()
    assert all(d is not None for d in delivered)


def test_preferences_hold_delivery_back_but_not_creation(db):
    sales, _ = notified(db)
    local = NOW.astimezone().time()
    start = (datetime.combine(TODAY, local) - timedelta(minutes=30)).time()
    end = (datetime.combine(TODAY, local) + timedelta(minutes=30)).time()
    save_preferences(db, actor(sales), sales, NotificationPreferences(frozenset(), start, end))
    assert claim_for_delivery(db, sales, NOW) == []  # quiet hours
    quiet_over = NOW + timedelta(hours=1)
    muted = NotificationPreferences(frozenset({"overdue"}))
    save_preferences(db, actor(sales), sales, muted)
    with db.read() as s:
        assert get_preferences(s, sales) == muted
    assert {r.kind for r in claim_for_delivery(db, sales, quiet_over)} == {"due", "due_soon"}
    with db.read() as s:
        assert unread_count(s, sales, quiet_over) == 3  # all still in the centre
    with pytest.raises(ValidationError):
        save_preferences(db, actor(sales), sales, NotificationPreferences(frozenset({"x"})))
    with pytest.raises(ValidationError):
        save_preferences(db, actor(sales), sales, NotificationPreferences(quiet_from=time(22)))


def test_quiet_hours_may_wrap_past_midnight():
    night = NotificationPreferences(quiet_from=time(22), quiet_to=time(7, 30))
    assert night.is_quiet(time(23)) and night.is_quiet(time(6)) and not night.is_quiet(time(12))


def calendar_ledger(db) -> dict[str, int]:
    """One item of each kind in June 2026 (and the task once reminded), one in July."""
    with db.write() as s:
        sales = factories.user(s, "王芳")
        other = factories.user(s, "陈强")
        cust = factories.customer(s, "南京日历客户", owner=sales)
        paid = factories.invoice(s, cust, 200_000, date(2026, 5, 5))  # due 6-04
        factories.payment(s, cust, 200_000, date(2026, 6, 1), [(paid, 200_000)])
        late = factories.invoice(s, cust, 300_000, date(2026, 5, 8))  # due 6-07, overdue
        factories.invoice(s, cust, 400_000, date(2026, 5, 15))  # due 6-14, due soon
        factories.invoice(s, cust, 500_000, date(2026, 6, 20))  # due 7-20
        factories.invoice(s, cust, 50_000, date(2026, 4, 20))  # due 5-20: a task on TODAY
        project = Project(
            code="P-1",
            customer_id=cust.id,
            title="水质检测",
            salesperson_id=other.id,
            stage="testing",
            stage_since=date(2026, 6, 1),
            stage_deadline=date(2026, 6, 25),
        )
        s.add(project)
        s.flush()
        s.add(
            Installment(
                project_id=project.id, seq=1, amount_fen=150_000, due_date=date(2026, 6, 30)
            )
        )
        s.add(
            Activity(
                customer_id=cust.id,
                user_id=sales.id,
                kind="call",
                occurred_at=datetime(2026, 6, 2, 4, tzinfo=UTC),
                summary="催款",
                next_action_date=date(2026, 6, 12),
                promise_amount_fen=300_000,
                promise_date=date(2026, 6, 15),
                promise_status="open",
            )
        )
        return {"sales": sales.id, "other": other.id, "late": late.id}


def test_calendar_items_and_the_month_totals_agree(db, backend):
    ids = calendar_ledger(db)
    generate_reminders(db, Actor(None, "system", Role.ADMIN, clock=FixedClock(TODAY)))
    june = (date(2026, 6, 1), date(2026, 6, 30))
    with db.read() as s:
        items = calendar_items(s, *june, TODAY)
        totals = month_totals(s, *june)
        mine = calendar_items(s, *june, TODAY, salesperson_id=ids["other"])
        only = calendar_items(s, *june, TODAY, kinds=["invoice"])
    seen = [(i.day, i.kind, i.state) for i in items]
    assert seen == [
        (date(2026, 6, 4), "invoice", "done"),
        (date(2026, 6, 7), "invoice", "overdue"),
        (date(2026, 6, 10), "task", "due_soon"),
        (date(2026, 6, 12), "follow_up", "due_soon"),
        (date(2026, 6, 14), "invoice", "due_soon"),
        (date(2026, 6, 15), "promise", "due_soon"),
        (date(2026, 6, 25), "stage_deadline", "upcoming"),
        (date(2026, 6, 30), "installment", "upcoming"),
    ]
    assert (
        items[1].entity_id == ids["late"] and items[1].uid == f"invoice-{ids['late']}-due@labledger"
    )
    assert [i.kind for i in mine] == ["stage_deadline", "installment"]
    assert [i.kind for i in only] == ["invoice"] * 3
    counts = Counter((i.day, i.kind) for i in items)
    amounts = Counter()
    for i in items:
        amounts[(i.day, i.kind)] += i.amount_fen
    assert {(t.day, t.kind): (t.count, t.amount_fen) for t in totals} == {
        key: (counts[key], amounts[key]) for key in counts
    }
    assert sum(t.done for t in totals) == 1


def test_the_ics_file_has_one_event_per_item_with_stable_uids(db, tmp_path):
    calendar_ledger(db)
    with db.read() as s:
        items = calendar_items(s, date(2026, 6, 1), date(2026, 7, 31), TODAY)
    first = icalendar.Calendar.from_ical(calendar_ics(items, NOW))
    later = icalendar.Calendar.from_ical(calendar_ics(items, NOW + timedelta(days=1)))
    events = first.walk("VEVENT")
    assert len(events) == len(items) == 8
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids) and uids == [str(e["UID"]) for e in later.walk("VEVENT")]
    assert {e.decoded("DTSTART") for e in events} == {i.day for i in items}
    assert all(u.endswith("@labledger") for u in uids)
