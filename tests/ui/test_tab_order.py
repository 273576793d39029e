"""Tab goes through every dialog's fields in the order they are read: top to bottom, and left
to right within a row."""

from __future__ import annotations

import gc
from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from sqlalchemy import select

from app.models import Customer, Payment
from app.services.core.context import system_actor
from app.services.projects.project_service import (
    ProjectInput,
    QuoteLine,
    advance,
    create_project,
    sign_contract,
)
from app.views.credit.credit_override import OverrideReasonDialog
from app.views.customers.hand_over_dialog import HandOverDialog
from app.views.customers.merge_dialog import MergeDialog
from app.views.settings.aging_settings_dialog import AgingSettingsDialog
from app.views.settings.database_dialog import DatabaseDialog
from app.views.settings.lab_profile_dialog import LabProfileDialog
from app.views.workbench.demo_data_dialog import DemoDataDialog
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import open_dialog

# Widgets whose tops differ by less than this sit on one row.
SAME_ROW = 8


def tab_stops(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, in the order it visits them (as Qt's focusNextPrevChild)."""
    stops: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and widget not in stops:
        if (
            widget.window() is dialog
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def place(dialog: QDialog, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def out_of_order(dialog: QDialog) -> list[str]:
    """Each step of Tab that goes back up the dialog, or left within a row (the wrap from
    the last stop to the first excepted)."""
    stops = tab_stops(dialog)
    if not stops:
        return []
    places = [place(dialog, w) for w in stops]

    def before(there: QRect, here: QRect) -> bool:
        """Whether ``there`` is read before ``here``."""
        if abs(there.top() - here.top()) < SAME_ROW:
            return there.left() < here.left()
        return there.top() < here.top()

    # Tab starts over from the last stop at the first one read.
    first = next(n for n in range(len(stops)) if not any(before(p, places[n]) for p in places))
    order = list(range(first, len(stops))) + list(range(first))
    return [
        f"{describe(stops[a])} -> {describe(stops[b])}"
        for a, b in pairwise(order)
        if before(places[b], places[a])
    ]


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or label!s})"


def check(qtbot, dialog: QDialog) -> None:
    qtbot.waitUntil(dialog.isVisible)
    dialog.adjustSize()
    tabs = dialog.findChildren(QTabWidget)
    pages = [(t, i) for t in tabs for i in range(t.count())] or [(None, 0)]
    found = []
    for tab_widget, index in pages:
        if tab_widget is not None:
            tab_widget.setCurrentIndex(index)
        found += out_of_order(dialog)
    dialog.reject()
    # Its garbage is collected here, on the GUI thread: left to the collector, it may run on
    # a worker thread and destroy Qt objects there (a crash; see the report of issue 10).
    gc.collect()
    assert found == [], type(dialog).__name__


@pytest.fixture
def project(ledger, clock):
    with ledger.read() as s:
        customer = s.scalars(select(Customer.id).where(Customer.code == "C003")).one()
    admin = system_actor(clock)
    summary = create_project(
        ledger,
        admin,
        ProjectInput(customer, "2026 年度废水监测", lines=(QuoteLine("COD", 1000, 500_000),)),
    ).value
    sign_contract(ledger, admin, summary.id, "HT-1", None, AS_OF)
    advance(ledger, admin, summary.id, "report_issued", AS_OF)
    return summary


def section(qtbot, window, key: str):
    page = window.show_section(key)
    model = getattr(page, "model", None)
    if model is not None and hasattr(model, "is_loading"):
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0)
    return page


def test_customer_dialogs(qtbot, window):
    customers = section(qtbot, window, "customers")
    customers.table.select_row(0)
    for action in (
        customers.new_customer,
        customers.edit_customer,
        customers.log_follow_up,
    ):
        dialog = action()
        qtbot.waitUntil(lambda d=dialog: d.isVisible() and d.isEnabled())
        if hasattr(dialog, "tabs"):
            qtbot.waitUntil(lambda d=dialog: d.tabs.isEnabled())
        check(qtbot, dialog)
    customers.hand_over()
    check(qtbot, open_dialog(qtbot, customers, HandOverDialog))
    customers.merge()
    check(qtbot, open_dialog(qtbot, customers, MergeDialog))


def test_project_dialogs(qtbot, project, window):
    projects = section(qtbot, window, "projects")
    check(qtbot, projects.new_project())
    qtbot.waitUntil(lambda: projects.board.row(project.id) is not None)
    projects.board.select_project(project.id)
    qtbot.waitUntil(lambda: projects.current is not None)
    actions: list[Callable[[], QDialog | None]] = [
        projects.payment_plan,
        projects.release_report,
        projects.request_invoice,
        projects.issue_invoice,
        lambda: projects.move_project(projects.current, "cancelled"),
    ]
    for action in actions:
        dialog = action()
        assert dialog is not None
        check(qtbot, dialog)


def test_invoice_and_payment_dialogs(qtbot, window, ledger):
    invoices = section(qtbot, window, "invoices")
    check(qtbot, invoices.issue_invoice())
    check(qtbot, invoices.record_payment())
    numbers = [invoices.model.row_at(r).number for r in range(invoices.model.rowCount())]
    invoices.table.select_row(numbers.index("FP2026001"))
    qtbot.waitUntil(lambda: invoices.current is not None)
    for action in (invoices.red_letter, invoices.void, invoices.write_off):
        dialog = action()
        assert dialog is not None
        check(qtbot, dialog)

    payments = section(qtbot, window, "payments")
    with ledger.read() as s:
        unallocated = s.scalars(select(Payment.id).where(Payment.allocated_fen == 0)).one()
    rows = [payments.model.row_at(r).id for r in range(payments.model.rowCount())]
    payments.table.select_row(rows.index(unallocated))
    qtbot.waitUntil(lambda: payments.current is not None)
    for action in (payments.allocate, payments.reverse):
        dialog = action()
        assert dialog is not None
        check(qtbot, dialog)


def test_settings_and_other_dialogs(qtbot, window, ledger):
    settings = section(qtbot, window, "settings")
    settings.show_tab(settings.tiers)
    qtbot.waitUntil(lambda: settings.tiers.table.rowCount() > 0)
    check(qtbot, settings.tiers.add_tier())
    settings.show_tab(settings.tabs.widget(0))
    settings.profile_button.click()
    check(qtbot, open_dialog(qtbot, settings, LabProfileDialog))
    settings.aging_button.click()
    check(qtbot, open_dialog(qtbot, settings, AgingSettingsDialog))
    check(qtbot, settings.change_database())
    assert isinstance(window.findChild(DatabaseDialog), DatabaseDialog)
    check(qtbot, window.pages["workbench"].load_demo_data())
    assert isinstance(window.findChild(DemoDataDialog), DemoDataDialog)
    reason = OverrideReasonDialog("", window)
    reason.show()
    check(qtbot, reason)
