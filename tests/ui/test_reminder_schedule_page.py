"""Settings › Reminders: a tier's levels shown, edited, checked and saved."""

from __future__ import annotations

from app.services.reminders.schedule_service import get_tier_schedule
from app.views.settings.reminder_schedule_page import ReminderSchedulePage
from app.views.settings.settings_page import SettingsPage


def test_a_tiers_schedule_is_edited_checked_and_saved(qtbot, window):
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.reminders
    assert isinstance(page, ReminderSchedulePage)
    settings.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.schedule is not None and page.table.rowCount() > 0)
    tier_id = page.tier_id()
    assert tier_id is not None
    with window.ctx.db.read() as s:
        before = get_tier_schedule(s, tier_id)
    assert [page.day_box(r).value() for r in range(page.table.rowCount())] == [
        lv.days for lv in before.levels
    ]

    # A level that tells nobody is refused, with the service's reason.
    page.add_level()
    last = page.table.rowCount() - 1
    page.check_box(last, "salesperson").setChecked(False)
    page.save()
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert "say who is told" in page.message.text()

    page.check_box(last, "manager").setChecked(True)
    page.check_box(last, "task").setChecked(True)
    page.day_box(last).setValue(400)
    page.save()
    qtbot.waitUntil(lambda: page.schedule is not None and page.schedule.levels[-1].days == 400)
    assert not page.message.isVisible()
    with window.ctx.db.read() as s:
        after = get_tier_schedule(s, tier_id)
    assert after.levels[:-1] == before.levels
    assert after.levels[-1].days == 400
    assert after.levels[-1].recipients == ("manager",)
    assert set(after.levels[-1].actions) == {"notify", "task"}
