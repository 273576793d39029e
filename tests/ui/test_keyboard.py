"""The keyboard, as a user drives it: Ctrl+N, Ctrl+F and F5 in each section, Enter (and a
double-click) opens the selected row in every list, Esc and Ctrl+W close secondary windows,
and Help lists the shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.models import Customer
from app.services.core.context import system_actor
from app.services.projects.project_service import ProjectInput, QuoteLine, create_project
from app.views.credit.tier_dialog import TierDialog
from app.views.customers.customer_360_view import Customer360View
from app.views.customers.customer_dialog import CustomerDialog
from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog
from app.views.invoices.invoice_dialog import IssueInvoiceDialog
from app.views.payments.payment_detail_dialog import PaymentDetailDialog
from app.views.payments.payment_dialog import RecordPaymentDialog
from app.views.projects.project_detail_dialog import ProjectDetailDialog
from app.views.projects.project_dialog import NewProjectDialog
from app.views.shell.shortcuts_dialog import ShortcutsDialog
from app.views.tables.paged_table_model import PagedTableModel
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import open_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is (as the user's keyboard does)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def loaded_section(qtbot, window, key: str):
    page = window.show_section(key)
    if isinstance(getattr(page, "model", None), PagedTableModel):
        qtbot.waitUntil(lambda: not page.model.is_loading)
    activate(qtbot, window)
    return page


def customer_id(db, code: str) -> int:
    with db.read() as s:
        return s.scalars(select(Customer.id).where(Customer.code == code)).one()


@pytest.fixture
def project(ledger, clock):
    return create_project(
        ledger,
        system_actor(clock),
        ProjectInput(
            customer_id(ledger, "C001"),
            "2026 年度废水监测",
            lines=(QuoteLine("COD", 1000, 500_000),),
        ),
    ).value


@pytest.mark.parametrize(
    ("section", "kind"),
    [
        ("customers", CustomerDialog),
        ("projects", NewProjectDialog),
        ("invoices", IssueInvoiceDialog),
        ("payments", RecordPaymentDialog),
    ],
)
def test_ctrl_n_opens_the_new_form_of_the_section_shown(qtbot, window, section, kind):
    loaded_section(qtbot, window, section)
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = open_dialog(qtbot, window, kind)
    dialog.reject()


def test_ctrl_n_where_nothing_is_created_says_so(qtbot, window):
    loaded_section(qtbot, window, "receivables")
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert "Nothing to create" in window.statusBar().currentMessage()


def test_ctrl_n_on_the_credit_tiers_tab_adds_a_tier(qtbot, window):
    settings = loaded_section(qtbot, window, "settings")
    settings.show_tab(settings.tiers)
    press(qtbot, Qt.Key.Key_N, CTRL)
    open_dialog(qtbot, window, TierDialog).reject()


@pytest.mark.parametrize("section", ["customers", "projects", "invoices", "payments"])
def test_ctrl_f_goes_to_the_search_box_with_its_text_selected(qtbot, window, section):
    page = loaded_section(qtbot, window, section)
    page.search.setText("abc")
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    assert page.search.selectedText() == "abc"


def test_f5_reads_the_section_again(qtbot, window, ledger):
    customers = loaded_section(qtbot, window, "customers")
    assert customers.model.rowCount() == 4
    # Another PC adds a customer and an invoice: nothing here announces them.
    with ledger.write() as s:
        other = factories.customer(s, "宁波北仑港务检测站", code="C006")
        factories.invoice(s, other, 1_000_00, AS_OF, number="FP2026099")
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 5)
    assert "Refreshed" in window.statusBar().currentMessage()

    invoices = loaded_section(qtbot, window, "invoices")
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 6)


# --- Enter and double-click open the selected row --------------------------------------


def enter_on(qtbot, view, row: int = 0) -> None:
    activate(qtbot, view)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def double_click(qtbot, view, row: int = 0) -> None:
    centre = view.visualRect(view.model().index(row, 0)).center()
    # As a mouse does it: press and release, then the double-click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_enter_in_the_invoice_list_opens_the_invoice(qtbot, window):
    invoices = loaded_section(qtbot, window, "invoices")
    enter_on(qtbot, invoices.table, 0)
    dialog = open_dialog(qtbot, window, InvoiceDetailDialog)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Invoice FP2026002")
    # Again: the same window comes forward, no second one.
    enter_on(qtbot, invoices.table, 0)
    assert [d for d in window.findChildren(InvoiceDetailDialog) if d.isVisible()] == [dialog]
    double_click(qtbot, invoices.table, 1)
    qtbot.waitUntil(
        lambda: any(
            d.windowTitle() == "Invoice FP2026003"
            for d in window.findChildren(InvoiceDetailDialog)
            if d.isVisible()
        )
    )


def test_enter_in_the_customer_list_opens_the_360_view(qtbot, window):
    customers = loaded_section(qtbot, window, "customers")
    enter_on(qtbot, customers.table, 0)
    view = open_dialog(qtbot, window, Customer360View)
    qtbot.waitUntil(lambda: "上海浦东环境监测站" in view.windowTitle())


def test_enter_in_the_payment_list_opens_the_payment(qtbot, window):
    payments = loaded_section(qtbot, window, "payments")
    number = payments.model.row_at(0).number
    enter_on(qtbot, payments.table, 0)
    dialog = open_dialog(qtbot, window, PaymentDetailDialog)
    qtbot.waitUntil(lambda: dialog.windowTitle() == f"Payment {number}")
    qtbot.waitUntil(lambda: dialog.panel.number_label.text() == number)


def test_enter_on_a_project_card_and_in_the_project_list_opens_the_project(qtbot, project, window):
    projects = loaded_section(qtbot, window, "projects")
    qtbot.waitUntil(lambda: projects.board.card(project.id) is not None)
    card = projects.board.card(project.id)
    cards = card.listWidget()
    cards.setFocus()
    cards.setCurrentItem(card)
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, window, ProjectDetailDialog)
    qtbot.waitUntil(lambda: project.code in dialog.windowTitle())
    dialog.close()

    projects.list_button.click()
    qtbot.waitUntil(lambda: projects.model.rowCount() == 1)
    double_click(qtbot, projects.table, 0)
    dialog = open_dialog(qtbot, window, ProjectDetailDialog)
    qtbot.waitUntil(lambda: dialog.panel.code_label.text() == project.code)


def test_enter_in_the_360_tabs_opens_invoices_and_payments(qtbot, window):
    customers = loaded_section(qtbot, window, "customers")
    view = customers.open_360(customer_id(customers._ctx.db, "C001"))
    qtbot.waitUntil(lambda: view.invoices.model.rowCount() == 2)
    activate(qtbot, view)
    view.tabs.setCurrentWidget(view.invoices)
    enter_on(qtbot, view.invoices.table, 0)
    invoice = open_dialog(qtbot, view, InvoiceDetailDialog)
    qtbot.waitUntil(lambda: invoice.windowTitle().startswith("Invoice FP"))
    view.tabs.setCurrentWidget(view.payments)
    qtbot.waitUntil(lambda: view.payments.model.rowCount() == 1)
    activate(qtbot, view)
    enter_on(qtbot, view.payments.table, 0)
    payment = open_dialog(qtbot, view, PaymentDetailDialog)
    qtbot.waitUntil(lambda: payment.windowTitle().startswith("Payment "))


def test_enter_on_a_credit_tier_edits_it(qtbot, window):
    settings = loaded_section(qtbot, window, "settings")
    settings.show_tab(settings.tiers)
    qtbot.waitUntil(lambda: settings.tiers.table.rowCount() > 0)
    enter_on(qtbot, settings.tiers.table, 0)
    open_dialog(qtbot, window, TierDialog).reject()


# --- Esc and Ctrl+W close secondary windows -------------------------------------------


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, CTRL)],
)
def test_esc_and_ctrl_w_close_the_360_view_not_the_main_window(qtbot, window, key, modifier):
    customers = loaded_section(qtbot, window, "customers")
    view = customers.open_360(customer_id(customers._ctx.db, "C001"))
    qtbot.waitUntil(lambda: view.invoices.model.rowCount() == 2)
    activate(qtbot, view)
    view.invoices.table.setFocus()
    press(qtbot, key, modifier)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert window.isVisible()
    # In the main window, Ctrl+W closes nothing.
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_W, CTRL)
    assert window.isVisible()


def test_ctrl_w_closes_a_dialog_from_any_field(qtbot, window):
    loaded_section(qtbot, window, "payments")
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = open_dialog(qtbot, window, RecordPaymentDialog)
    activate(qtbot, dialog)
    dialog.bank_ref.setFocus()
    qtbot.keyClick(dialog.bank_ref, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.isVisible()


def test_esc_closes_a_record_window(qtbot, window):
    invoices = loaded_section(qtbot, window, "invoices")
    enter_on(qtbot, invoices.table, 0)
    dialog = open_dialog(qtbot, window, InvoiceDetailDialog)
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


# --- Help lists the shortcuts ---------------------------------------------------------


def test_help_lists_the_keyboard_shortcuts(qtbot, window):
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    entries = [a.text().replace("&", "") for a in help_menu.actions()]
    assert entries[0] == "Keyboard shortcuts"
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_F1)
    dialog = open_dialog(qtbot, window, ShortcutsDialog)
    rows = dict(dialog.rows())
    assert "New record" in rows["Ctrl+N"]
    assert "search" in rows["Ctrl+F"]
    assert "Refresh" in rows["F5"]
    assert "Open the selected row" in rows["Enter, double-click"]
    assert any("Esc" in keys and "Ctrl+W" in keys for keys in rows)
    assert "Next or previous field" in rows["Tab, Shift+Tab"]
