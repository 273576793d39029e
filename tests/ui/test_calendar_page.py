"""The calendar section: the month's per-day counts and amounts, the agenda of a day or week,
the filters, opening an item, the .ics export; and a collection task worked from creation to
a promise to pay through the task dialog."""

from __future__ import annotations

from datetime import date

import icalendar
from PySide6.QtCore import QDate

from app.services.core.context import system_actor
from app.services.reminders.calendar_service import DayTotal
from app.services.reminders.collection_task_service import get_task, list_tasks
from app.services.reminders.reminder_service import generate_reminders
from app.views.calendar.calendar_page import CalendarPage
from app.views.calendar.task_dialog import TaskDialog
from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog
from tests.ui.conftest import AS_OF


def calendar(qtbot, window) -> CalendarPage:
    page = window.show_section("calendar")
    assert isinstance(page, CalendarPage)
    qtbot.waitUntil(lambda: bool(page.grid.totals))
    return page


def test_the_month_shows_per_day_counts_and_the_agenda_lists_the_day(qtbot, window, tmp_path):
    page = calendar(qtbot, window)
    assert page.first == date(2026, 6, 1)
    # FP2026003 (250,000 fen, 60 days from 15 April) is the only item of June's grid.
    assert page.grid.totals == {
        date(2026, 6, 14): [DayTotal(date(2026, 6, 14), "invoice", 1, 0, 250_000)]
    }
    row, column = page.grid.cell_of(date(2026, 6, 14))
    assert page.grid.item(row, column).text() == "14\nInvoices 1 ¥2,500"
    assert "Invoice due: 1, ¥2,500.00" in page.grid.item(row, column).toolTip()
    assert page.grid.item(row, column).background().color().name() == "#fdecea"  # overdue

    page.select_day(date(2026, 6, 14))
    qtbot.waitUntil(lambda: len(page.items) == 1)
    assert page.items[0].label == "FP2026003" and page.items[0].state == "overdue"
    assert page.agenda.item(0, 4).text() == "Overdue"

    page.next_button.click()
    qtbot.waitUntil(lambda: date(2026, 7, 20) in page.grid.totals)
    assert page.first == date(2026, 7, 1)
    page.select_day(date(2026, 7, 20))
    qtbot.waitUntil(lambda: [i.label for i in page.items] == ["FP2026002"])
    page.span.setCurrentIndex(1)  # the week of 20 July
    qtbot.waitUntil(lambda: page.agenda_title.text() == "Agenda of 2026-07-20 to 2026-07-26")
    assert [i.label for i in page.items] == ["FP2026002"]

    # Filters: a salesperson without July items, then a kind without any.
    page.salesperson.setCurrentIndex(page.salesperson.findText("李强"))
    qtbot.waitUntil(lambda: not page.grid.totals and not page.items)
    page.salesperson.setCurrentIndex(page.salesperson.findText("王芳"))
    qtbot.waitUntil(lambda: date(2026, 7, 20) in page.grid.totals and len(page.items) == 1)
    page.kind.setCurrentIndex(page.kind.findData("promise"))
    qtbot.waitUntil(lambda: not page.grid.totals and not page.items)
    page.kind.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(page.items) == 1)

    with qtbot.waitSignal(page.opener.opened) as opened:
        page.open_row(0)
    assert isinstance(opened.args[0], InvoiceDetailDialog)
    opened.args[0].close()

    page.today_button.click()
    qtbot.waitUntil(lambda: page.first == date(2026, 6, 1) and page.selected == AS_OF)
    target = tmp_path / "june.ics"
    page.salesperson.setCurrentIndex(0)
    page.export_to(target)
    qtbot.waitUntil(target.exists)
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["UID"]).startswith("invoice-") and "FP2026003" in str(events[0]["SUMMARY"])


def test_a_task_goes_from_creation_to_a_promise_through_the_dialog(qtbot, window, clock):
    run = generate_reminders(window.ctx.db, system_actor(clock)).value
    assert run.tasks >= 1
    with window.ctx.db.read() as s:
        task = next(t for t in list_tasks(s, AS_OF) if t.customer_name == "上海浦东环境监测站")
    page = calendar(qtbot, window)
    page.tabs.setCurrentWidget(page.tasks)
    page.tasks.assignee.setCurrentIndex(0)  # everyone
    qtbot.waitUntil(lambda: any(r.id == task.id for r in page.tasks.rows))
    row = next(n for n, r in enumerate(page.tasks.rows) if r.id == task.id)
    with qtbot.waitSignal(page.opener.opened) as opened:
        page.tasks.open_task(row)
    dialog = opened.args[0]
    assert isinstance(dialog, TaskDialog)
    qtbot.waitUntil(lambda: dialog.task is not None)
    assert "上海浦东环境监测站" in dialog.windowTitle()
    dialog.action.setCurrentIndex(dialog.action.findData("call"))
    dialog.submit()  # without an outcome: the service's reason shows under the field
    qtbot.waitUntil(lambda: dialog.field_errors["outcome"].isVisible())
    assert dialog.field_errors["outcome"].text() == "The summary is required."
    dialog.outcome.setText("答应月底前付款")
    dialog.promise.setChecked(True)
    dialog.promise_amount.setText("300")
    dialog.promise_date.setDate(QDate(2026, 7, 15))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.result_value is not None)
    with window.ctx.db.read() as s:
        done = get_task(s, task.id, AS_OF)
    assert done.status == "promised" and done.last_action == "call"
    assert (done.promise_amount_fen, done.promise_date) == (30_000, date(2026, 7, 15))
    assert done.outcome == "答应月底前付款"
    # Promised, it is not due today any more: it leaves today's list.
    assert done.due_date > AS_OF
    qtbot.waitUntil(lambda: all(r.id != task.id for r in page.tasks.rows))
