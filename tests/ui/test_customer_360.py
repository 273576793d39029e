"""The customer 360 window: header figures and the score with its reasons, tabs that page on,
a timeline newest first, and follow-ups with promises to pay logged from it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models import Activity
from app.services.core.changes import Kind
from app.services.credit.credit_score_service import customer_score
from app.views.customers.customer_360_view import Customer360View
from app.views.customers.customer_list_view import CustomerListView
from app.views.customers.customer_table_model import CustomerColumn
from app.views.customers.follow_up_dialog import FollowUpDialog
from app.views.shell.application import create_main_window
from tests import factories
from tests.ui.typing_helpers import type_text


@pytest.fixture
def customers(qtbot, window) -> CustomerListView:
    view = window.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    return view


def open_360(qtbot, view: CustomerListView, code: str) -> Customer360View:
    model = view.model
    row = [model.index(r, CustomerColumn.CODE).data() for r in range(model.rowCount())].index(code)
    view.table.select_row(row)
    where = view.table.visualRect(model.index(row, CustomerColumn.NAME)).center()
    # A double click is a press and release, then a second press that is the double click.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    window = view._windows[view.current_row().id]
    qtbot.waitUntil(lambda: window.data is not None)
    return window


def column_texts(tab, column: int) -> list[str]:
    model = tab.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_double_click_opens_the_360_with_credit_figures_and_score(qtbot, customers, ledger):
    view = open_360(qtbot, customers, "C001")
    assert view.isVisible()
    assert view.windowTitle() == "上海浦东环境监测站 – Customer 360"
    figures = {key: figure.value.text() for key, figure in view.figures.items()}
    assert figures["tier"] == "普通客户"
    assert figures["terms"] == "30 days"
    assert figures["limit"] == "¥200,000.00"
    assert figures["open"] == "¥900.00"  # 1,000 - 400 paid + 300 current
    assert figures["overdue"] == "¥600.00"
    assert figures["available"] == "¥199,100.00"
    assert "#b3261e" in view.figures["overdue"].value.styleSheet()
    # The score with its reasons, as sentences: read on its own, it may come after the rest.
    qtbot.waitUntil(lambda: view.data.view.header.score is not None)
    assert view.figures["days_late"].value.text() == "0 days"
    with ledger.read() as s:
        expected = customer_score(s, view.customer_id, view.data.view.as_of)
    assert view.data.view.header.score == expected
    assert view.score_value.text() == str(expected.score)
    reasons = view.reasons_label.text()
    assert "of the open ¥900.00 is overdue" in reasons
    assert "Customer for only" in reasons
    assert "{" not in reasons
    # Tabs say how many records there are.
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == [
        "Timeline",
        "Projects (0)",
        "Invoices (2)",
        "Payments (1)",
        "Statements (0)",
        "Follow-ups (0)",
    ]
    # Opening it again shows the same window.
    assert customers.open_360() is view
    view.close()


def test_the_timeline_is_newest_first(qtbot, customers):
    view = open_360(qtbot, customers, "C001")
    dates = column_texts(view.timeline, 0)
    texts = column_texts(view.timeline, 3)
    assert dates == sorted(dates, reverse=True)
    assert texts[0] == "Invoice FP2026002 issued, due 2026-07-20"
    assert "Payment" in " ".join(texts) and "received from" in " ".join(texts)
    view.close()


def test_a_follow_up_with_a_promise_shows_in_the_tabs_and_timeline(qtbot, customers, ledger):
    view = open_360(qtbot, customers, "C001")
    view.follow_up_button.click()
    dialog = view.findChild(FollowUpDialog)
    assert dialog is not None

    # A promise needs its amount: refused at the field, nothing saved.
    dialog.promise.setChecked(True)
    type_text(qtbot, dialog.summary, "财务张伟说下周付清逾期款")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "promise_amount")
    assert (
        dialog.errors.error_text("promise_amount") == "A promise to pay needs the promised amount."
    )

    type_text(qtbot, dialog.promise_amount, "600")
    dialog.promise_date.setDate(QDate(2026, 7, 7))
    dialog.next_action.set_value(date(2026, 7, 8))
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    qtbot.waitUntil(lambda: view.follow_ups.model.rowCount() == 1)
    row = view.follow_ups.model.rows[0]
    assert (row.promise_amount_fen, row.promise_date, row.promise_status) == (
        60_000,
        date(2026, 7, 7),
        "open",
    )
    assert column_texts(view.follow_ups, 1) == ["Phone call"]
    assert column_texts(view.follow_ups, 7) == ["Open"]
    assert view.tabs.tabText(5) == "Follow-ups (1)"
    first = column_texts(view.timeline, 3)[0]
    assert first == ("Phone call: 财务张伟说下周付清逾期款 (promised ¥600.00 by 2026-07-07: Open)")
    view.close()


def add_due_promise(db, code: str) -> None:
    """A promise of ¥500.00 by 2026-05-10 with nothing paid: broken once judged."""
    with db.write() as s:
        zhenhai = factories.customer(s, "宁波镇海检测所", code=code)
        s.add(
            Activity(
                customer_id=zhenhai.id,
                kind="call",
                summary="答应付款",
                occurred_at=datetime(2026, 5, 1, 4, tzinfo=UTC),
                promise_amount_fen=50_000,
                promise_date=date(2026, 5, 10),
                promise_status="open",
            )
        )


def data_version(path: Path) -> int:
    """SQLite's counter of commits made by other connections than this one."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA data_version").fetchone()[0]


def test_start_up_judges_a_promise_whose_time_has_come(qtbot, ledger, clock, errors):
    """Nothing was paid by the promised date and the grace days: broken, decided when the
    application starts, and the 360 view shows it."""
    add_due_promise(ledger, "C010")
    main = create_main_window(ledger, clock, errors=errors)
    qtbot.addWidget(main)
    announced = []
    main.ctx.bus.changed.connect(announced.append)
    main.show()
    qtbot.waitUntil(lambda: announced == [frozenset({Kind.ACTIVITIES})])
    with ledger.read() as s:
        assert s.scalars(select(Activity.promise_status)).one() == "broken"
    view = main.show_section("customers")
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    opened = open_360(qtbot, view, "C010")
    assert column_texts(opened.follow_ups, 7) == ["Broken"]
    opened.close()
    main.close()


def test_opening_the_360_view_writes_nothing(qtbot, customers, ledger, window):
    # The promise falls due after start-up: the view shows it open and leaves it to the
    # next run of the start-up jobs.
    qtbot.waitUntil(lambda: not window.ctx.writer.busy)
    add_due_promise(ledger, "C010")
    customers.model.refresh()
    qtbot.waitUntil(lambda: customers.model.rowCount() == 5)
    path = Path(ledger.engine.url.database)
    before = data_version(path)
    announced = []
    window.ctx.bus.changed.connect(announced.append)
    view = open_360(qtbot, customers, "C010")
    view.refresh_button.click()
    qtbot.waitUntil(lambda: not window.ctx.runner.busy)
    assert not window.ctx.writer.busy
    assert column_texts(view.follow_ups, 7) == ["Open"]
    assert data_version(path) == before
    assert announced == []
    view.close()


def test_long_lists_load_further_pages_as_they_are_scrolled(qtbot, customers, ledger):
    with ledger.write() as s:
        big = factories.customer(s, "无锡新区检测集团", code="C020")
        start = date(2025, 1, 1)
        for n in range(250):
            factories.invoice(s, big, 1_000, start + timedelta(days=n))
    customers.model.refresh()
    qtbot.waitUntil(lambda: customers.model.rowCount() == 5)
    view = open_360(qtbot, customers, "C020")
    invoices = view.invoices
    assert invoices.model.rowCount() == 200
    assert view.tabs.tabText(2) == "Invoices (250)"
    assert invoices.status.text() == "Showing the latest 200 of 250; scroll down for more."
    assert invoices.model.canFetchMore()
    view.tabs.setCurrentWidget(invoices)
    invoices.table.scrollToBottom()
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 250)
    assert not invoices.model.canFetchMore()
    assert invoices.status.text() == ""
    issued = column_texts(invoices, 1)
    assert issued == sorted(issued, reverse=True)

    timeline = view.timeline
    assert timeline.model.rowCount() == 200 and timeline.model.has_more
    timeline.model.fetchMore()
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 200)
    dates = column_texts(timeline, 0)
    assert dates == sorted(dates, reverse=True)
    view.close()


def test_archiving_from_the_360_updates_it_and_the_list(qtbot, customers):
    view = open_360(qtbot, customers, "C002")
    assert view.archive_button.text() == "Archive"
    view.archive_button.click()
    qtbot.waitUntil(lambda: view.data.view.header.archived)
    assert "Archived" in view.subtitle_label.text()
    assert view.archive_button.text() == "Restore"
    qtbot.waitUntil(lambda: customers.model.rowCount() == 3)
    view.close()
