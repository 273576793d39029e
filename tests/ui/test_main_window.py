"""The main window: its sections, the status bar, the sections that come later, and the
first-run welcome."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.models import Customer
from app.services.core.context import system_actor
from app.services.ledger import invoice_service
from app.services.ledger.invoice_service import InvoiceInput
from app.views.customers.customer_list_view import CustomerListView
from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.payments.payment_list_view import PaymentListView
from app.views.projects.projects_page import ProjectsPage
from app.views.receivables.receivables_page import ReceivablesPage
from app.views.settings.lab_profile_dialog import LabProfileDialog
from app.views.settings.settings_page import SettingsPage
from app.views.shell.application import create_main_window
from app.views.statements.statements_page import StatementsPage
from app.views.workbench.workbench_page import WorkbenchPage
from tests.ui.conftest import AS_OF
from tests.ui.typing_helpers import type_text

SECTIONS = [
    "workbench",
    "customers",
    "projects",
    "invoices",
    "payments",
    "receivables",
    "statements",
    "calendar",
    "reports",
    "import",
    "settings",
]


def test_window_has_the_eleven_sections_in_order(window):
    assert window.section_keys() == SECTIONS
    assert window.nav.count() == 11
    assert all(not window.nav.item(i).icon().isNull() for i in range(11))
    assert isinstance(window.show_section("customers"), CustomerListView)
    assert window.stack.currentWidget() is window.pages["customers"]
    assert isinstance(window.pages["invoices"], InvoiceListView)
    assert isinstance(window.pages["settings"], SettingsPage)
    assert isinstance(window.pages["projects"], ProjectsPage)
    assert isinstance(window.pages["payments"], PaymentListView)
    assert isinstance(window.pages["receivables"], ReceivablesPage)
    assert isinstance(window.pages["statements"], StatementsPage)


def test_status_bar_shows_database_and_as_of_date(window, ledger):
    texts = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any(ledger.engine.url.database in t for t in texts)
    assert any("2026-06-30" in t for t in texts)


def test_title_names_the_lab(qtbot, window):
    qtbot.waitUntil(lambda: "测试检测实验室" in window.windowTitle())
    assert "LabLedger" in window.windowTitle()


def test_every_section_is_a_working_page_none_a_placeholder(window):
    from app.views.importing.import_page import ImportPage
    from app.views.reports.reports_page import ReportsPage

    assert isinstance(window.show_section("reports"), ReportsPage)
    assert isinstance(window.show_section("import"), ImportPage)
    for key in window.section_keys():
        assert window.show_section(key).findChildren(QLabel)  # built, not empty


def test_workbench_summarises_a_ledger(qtbot, window):
    workbench = window.pages["workbench"]
    assert isinstance(workbench, WorkbenchPage)
    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.summary)
    assert workbench.figures.customers == 4  # the archived one is not counted
    assert workbench.figures.overdue_invoices == 2
    shown = workbench.summary.figures.findChildren(QLabel)
    texts = {QTextDocumentFragment.fromHtml(label.text()).toPlainText() for label in shown}
    assert "¥3,350.00" in texts  # receivables: open ¥3,400.00 less ¥50.00 unapplied
    assert any("¥3,100.00" in t for t in texts)  # overdue amount
    assert workbench.summary.demo_button.isHidden()
    workbench.summary.invoices_button.click()
    assert window.stack.currentWidget() is window.pages["invoices"]


def figure_link(workbench: WorkbenchPage, href: str) -> QLabel:
    (label,) = [
        label
        for label in workbench.summary.figures.findChildren(QLabel)
        if f'href="{href}"' in label.text()
    ]
    return label


def test_the_overdue_figure_opens_the_invoice_list_filtered_to_overdue(qtbot, window):
    invoices = window.show_section("invoices")
    assert isinstance(invoices, InvoiceListView)
    type_text(qtbot, invoices.search, "苏州")  # left behind: the figure's list drops it
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 1)
    workbench = window.show_section("workbench")
    assert isinstance(workbench, WorkbenchPage)
    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.summary)

    overdue = figure_link(workbench, "invoices:overdue")
    assert "2 invoices, ¥3,100.00" in overdue.text()
    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton, pos=QPoint(4, overdue.height() // 2))

    assert window.stack.currentWidget() is invoices
    assert invoices.status.currentData() == "overdue" and invoices.search.text() == ""
    model = invoices.model
    qtbot.waitUntil(
        lambda: (
            {model.row_at(row).number for row in range(model.rowCount())}
            == {"FP2026001", "FP2026003"}
        )
    )
    # The totals row adds up the same invoices the workbench counted.
    qtbot.waitUntil(lambda: "¥3,100.00" in invoices.totals_bar.text())
    assert invoices.totals_bar.text().startswith("2 invoices")


def test_the_unapplied_payments_figure_opens_the_unallocated_payments(qtbot, window):
    workbench = window.pages["workbench"]
    assert isinstance(workbench, WorkbenchPage)
    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.summary)
    unapplied = figure_link(workbench, "payments:unallocated")
    qtbot.mouseClick(unapplied, Qt.MouseButton.LeftButton, pos=QPoint(4, unapplied.height() // 2))
    payments = window.pages["payments"]
    assert isinstance(payments, PaymentListView)
    assert window.stack.currentWidget() is payments
    assert payments.status.currentData() == "unallocated"
    qtbot.waitUntil(lambda: payments.model.total == 1 and payments.model.is_counted)
    assert payments.model.row_at(0).unallocated_fen == 5_000


def test_first_run_welcomes_and_saving_the_lab_profile_moves_on(qtbot, db, clock, errors):
    window = create_main_window(db, clock, errors=errors)
    qtbot.addWidget(window)
    window.show()
    workbench = window.pages["workbench"]
    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.welcome)
    assert workbench.welcome.demo_button.isVisible()

    workbench.welcome.profile_button.click()
    qtbot.waitUntil(lambda: window.findChild(LabProfileDialog) is not None)
    dialog = window.findChild(LabProfileDialog)
    dialog.save()  # the name is still empty
    qtbot.waitUntil(lambda: dialog.field_errors["name"].isVisible())
    assert "name" in dialog.field_errors["name"].text()

    type_text(qtbot, dialog.inputs["name"], "绿源检测")
    type_text(qtbot, dialog.inputs["bank_account"], "6222 0000 1111")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.summary)
    assert workbench.figures.lab.name == "绿源检测"
    assert workbench.figures.lab.bank_account == "6222 0000 1111"
    # Nothing in the database yet, so demo data is still on offer.
    assert not workbench.summary.demo_button.isHidden()
    qtbot.waitUntil(lambda: "绿源检测" in window.windowTitle())
    window.close()


def test_sections_are_built_when_first_shown_and_then_follow_the_workbench_and_changes(
    qtbot, window, ledger, clock
):
    # Only the workbench is built at start; the others when first shown.
    assert set(window.pages) == {"workbench"}
    assert window.stack.count() == 1
    workbench = window.pages["workbench"]
    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.summary)
    qtbot.waitUntil(lambda: not window.ctx.writer.busy)  # the start-up jobs are done

    workbench.summary.invoices_button.click()
    assert set(window.pages) == {"workbench", "invoices"}
    invoices = window.pages["invoices"]
    assert isinstance(invoices, InvoiceListView)
    assert window.stack.currentWidget() is invoices
    assert window.nav.currentRow() == SECTIONS.index("invoices")
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 5)

    # A write announced on the change bus reaches the section built late.
    with ledger.read() as s:
        suzhou = s.scalars(select(Customer).where(Customer.code == "C004")).one()
    actor = system_actor(clock)
    with qtbot.waitSignal(invoices.model.loaded, timeout=10_000):
        window.ctx.writer.write(
            lambda op: invoice_service.issue_invoice(
                op.db, actor, InvoiceInput(suzhou.id, 12_000, AS_OF, number="FP2026100")
            )
        )
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 6)

    workbench.summary.customers_button.click()
    assert window.stack.currentWidget() is window.pages["customers"]
    # Shown again, a section is the same page, not a second one.
    assert window.show_section("invoices") is invoices
    assert window.stack.count() == 3
