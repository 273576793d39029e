"""The notification centre: the reminder run and the desktop delivery (claimed once), the
unread count in the status bar, mark read, mark all read, snooze and open the item."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.models import Customer
from app.views.customers.customer_360_view import Customer360View
from app.views.notifications.notification_centre import (
    NotificationCentreDialog,
    tomorrow_morning,
)
from tests import factories


def due_today_and_soon(db) -> None:
    """王芳's customer gets an invoice due today and one due in three days (AS_OF 30 June)."""
    with db.write() as s:
        pudong = s.scalars(select(Customer).where(Customer.code == "C001")).one()
        factories.invoice(s, pudong, 12_000, date(2026, 5, 31), number="FP2026010")
        factories.invoice(s, pudong, 34_000, date(2026, 6, 3), number="FP2026011")


def test_the_centre_counts_marks_read_snoozes_and_opens_an_item(qtbot, window):
    due_today_and_soon(window.ctx.db)
    button = window.notifications
    assert button.count == 0
    with qtbot.waitSignal(button.scheduler.delivered, timeout=10_000) as delivered:
        button.scheduler.run_now()  # what start-up and the five-minute timer do
    claimed = delivered.args[0]
    assert claimed and {n.recipient_name for n in claimed} == {"王芳"}
    qtbot.waitUntil(lambda: button.count == len(claimed))
    assert button.text() == f"Notifications: {len(claimed)}"
    with qtbot.waitSignal(button.scheduler.delivered, timeout=10_000) as again:
        button.scheduler.run_now()  # idempotent, and nothing is delivered twice
    assert again.args[0] == []

    button.click()
    centre = button.centre
    assert isinstance(centre, NotificationCentreDialog)
    qtbot.waitUntil(lambda: len(centre.rows) == len(claimed))
    assert all(not n.row.read for n in centre.rows)
    assert centre.table.item(0, 2).text() == "王芳"

    centre.table.selectRow(0)
    first = centre.rows[0].row.id
    centre.read_button.click()
    qtbot.waitUntil(lambda: button.count == len(claimed) - 1)
    qtbot.waitUntil(lambda: [n.row.id for n in centre.rows if n.row.read] == [first])
    assert centre.rows[-1].row.id == first  # unread first

    assert len(claimed) == 2
    centre.table.selectRow(0)
    centre.snooze_hour_button.click()
    qtbot.waitUntil(lambda: button.count == 0)
    qtbot.waitUntil(lambda: len(centre.rows) == 1)  # the snoozed one is hidden for an hour

    row = next(n for n, found in enumerate(centre.rows) if found.row.entity_type == "customer")
    with qtbot.waitSignal(centre.opener.opened) as opened:
        centre.open_row(row)
    assert isinstance(opened.args[0], Customer360View)
    opened.args[0].close()

    centre.mark_all_read()
    qtbot.waitUntil(lambda: button.count == 0)
    qtbot.waitUntil(lambda: all(n.row.read for n in centre.rows))
    centre.close()


def test_tomorrow_morning_is_half_past_eight_local_time():
    now = datetime(2026, 6, 30, 15, 0, tzinfo=UTC)
    until = tomorrow_morning(now)
    local = now.astimezone()
    assert until.date() == local.date() + timedelta(days=1)
    assert (until.hour, until.minute) == (8, 30) and until > now


def test_preferences_keep_a_kind_and_the_quiet_hours_off_the_desktop(qtbot, window):
    from datetime import time

    from app.models import User
    from app.services.reminders.notification_service import get_preferences
    from app.views.notifications.preferences_dialog import PreferencesDialog

    window.notifications.click()
    dialog = window.notifications.centre.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(lambda: dialog.person.findText("王芳") >= 0)
    dialog.person.setCurrentIndex(dialog.person.findText("王芳"))
    qtbot.waitUntil(lambda: dialog.kinds["due_soon"].isChecked())  # nothing muted yet
    dialog.kinds["due_soon"].setChecked(False)
    dialog.quiet.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()

    with window.ctx.db.read() as s:
        wang = s.scalars(select(User.id).where(User.display_name == "王芳")).one()
        prefs = get_preferences(s, wang)
    assert prefs.muted_kinds == frozenset({"due_soon"})
    assert (prefs.quiet_from, prefs.quiet_to) == (time(22, 0), time(7, 30))
    assert prefs.is_quiet(time(23, 15)) and not prefs.is_quiet(time(12, 0))
