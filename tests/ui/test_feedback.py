"""Feedback after a save: the status bar says what was saved and the record is selected in its
list, wherever it falls, or a note says the search or filters hide it (and clears them on a
click); a credit refusal follows the amount; every field problem shows at once, and showing
them moves no field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from sqlalchemy import select

from app.domain.errors import ValidationError, ValidationErrors
from app.models import Customer, User
from app.services.core.context import system_actor
from app.services.projects.project_service import ProjectInput, QuoteLine, create_project
from app.views.customers.customer_dialog import CustomerDialog
from app.views.customers.customer_list_view import CustomerListView
from app.views.invoices.invoice_dialog import IssueInvoiceDialog
from app.views.payments.payment_dialog import RecordPaymentDialog
from app.views.tables.paged_table_model import PAGE_SIZE
from app.views.widgets.money_edit import MoneyEdit
from app.views.widgets.steady_size import hold_height
from tests import factories
from tests.ui.ledger_fixtures import (
    actor,
    add_staff,
    dialog_of,
    open_window,
)
from tests.ui.typing_helpers import type_text

VALID_USCC = "91350100M000100Y43"


def customers_page(qtbot, window) -> CustomerListView:
    view = window.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: not view.model.is_loading and view.model.rowCount() > 0)
    return view


def loaded(qtbot, dialog: CustomerDialog) -> CustomerDialog:
    qtbot.waitUntil(lambda: dialog.tabs.isEnabled() and dialog.tier.count() > 0)
    return dialog


def press_save(dialog: CustomerDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def selected_name(view: CustomerListView) -> str | None:
    row = view.current_row()
    return row.name if row is not None else None


def places(dialog: QWidget, widgets: list[QWidget]) -> list[QRect]:
    return [QRect(w.mapTo(dialog, QPoint(0, 0)), w.size()) for w in widgets]


# --- after a save -----------------------------------------------------------------------


@pytest.fixture
def many(ledger):
    """More customers than one page, all sorted before the codes new customers get."""
    with ledger.write() as s:
        for n in range(PAGE_SIZE * 2 + 50):
            factories.customer(s, f"批量客户{n:03d}", code=f"A{n:05d}")
    return ledger


def test_a_new_customer_far_down_the_list_is_selected_and_shown(qtbot, many, window):
    customers = customers_page(qtbot, window)
    assert customers.model.rowCount() == PAGE_SIZE * 2 + 54
    dialog = loaded(qtbot, customers.new_customer())
    type_text(qtbot, dialog.name, "宁波北仑港务检测站")
    press_save(dialog)
    qtbot.waitUntil(lambda: selected_name(customers) == "宁波北仑港务检测站")
    # Sorted by code (C000001) after the A-codes, in a page that was not loaded before.
    assert customers.table.currentIndex().row() == PAGE_SIZE * 2 + 50
    assert window.statusBar().currentMessage() == "Created customer 宁波北仑港务检测站"
    # The message shows in the place of the database's name, not squeezed beside it.
    assert not window.database_label.isVisible()
    assert not customers.hidden_note.isVisible()


def test_a_saved_customer_the_search_hides_is_announced_and_shown_on_request(qtbot, window):
    customers = customers_page(qtbot, window)
    type_text(qtbot, customers.search, "浦东")
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    dialog = loaded(qtbot, customers.new_customer())
    type_text(qtbot, dialog.name, "宁波北仑港务检测站")
    press_save(dialog)
    qtbot.waitUntil(customers.hidden_note.isVisible)
    assert "宁波北仑港务检测站 is saved, but the search or filters hide it" in (
        customers.hidden_note.label.text()
    )
    assert window.statusBar().currentMessage() == "Created customer 宁波北仑港务检测站"

    customers.hidden_note.clear_button.click()
    qtbot.waitUntil(lambda: selected_name(customers) == "宁波北仑港务检测站")
    assert customers.search.text() == ""
    assert not customers.hidden_note.isVisible()


def test_an_edit_that_leaves_the_filter_is_announced_too(qtbot, window):
    customers = customers_page(qtbot, window)
    customers.category.setCurrentIndex(customers.category.findData("government"))
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    customers.table.select_row(0)
    qtbot.waitUntil(lambda: selected_name(customers) == "苏州工业园区环保局")
    dialog = loaded(qtbot, customers.edit_customer())
    qtbot.waitUntil(lambda: dialog.version is not None)
    dialog.category.setCurrentIndex(dialog.category.findData("enterprise"))
    press_save(dialog)
    qtbot.waitUntil(customers.hidden_note.isVisible)
    assert window.statusBar().currentMessage() == "Saved customer 苏州工业园区环保局"
    customers.hidden_note.clear_button.click()
    qtbot.waitUntil(lambda: selected_name(customers) == "苏州工业园区环保局")
    assert customers.category.currentIndex() == 0


def customer_id(db, code: str) -> int:
    with db.read() as s:
        return s.scalars(select(Customer.id).where(Customer.code == code)).one()


def test_an_issued_invoice_is_announced_and_selected_or_said_hidden(qtbot, window, ledger):
    invoices = window.show_section("invoices")
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 5)
    invoices.status.setCurrentIndex(invoices.status.findData("void"))
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 1)
    dialog = dialog_of(qtbot, invoices.issue_invoice())
    dialog.customer.set_customer(customer_id(ledger, "C003"), "南京建材检测中心")
    type_text(qtbot, dialog.amount, "1,200")
    type_text(qtbot, dialog.number, "FP2026777")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert window.statusBar().currentMessage() == ("Issued invoice FP2026777 to 南京建材检测中心")
    qtbot.waitUntil(invoices.hidden_note.isVisible)
    invoices.hidden_note.clear_button.click()
    qtbot.waitUntil(lambda: invoices.current is not None)
    assert invoices.current.row.number == "FP2026777"
    assert invoices.status.currentIndex() == 0


# --- a credit refusal follows the amount -----------------------------------------------


@pytest.fixture
def risky(db, clock):
    """A high-risk customer (limit ¥20,000.00) with a ¥30,000.00 quote, and the staff."""
    staff = add_staff(db)
    with db.write() as s:
        owner = s.get(User, staff.sales)
        customer = factories.customer(
            s, "杭州西湖食品有限公司", tier_code="high_risk", owner=owner
        ).id
    project = create_project(
        db,
        system_actor(clock),
        ProjectInput(customer, "出口食品检测", lines=(QuoteLine("农残", 1000, 3_000_000),)),
    ).value
    return staff, customer, project


def test_a_credit_refusal_clears_and_is_checked_again_when_the_amount_changes(
    qtbot, db, clock, errors, risky
):
    staff, customer, _project = risky
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.finance))
    dialog = dialog_of(qtbot, window.show_section("invoices").issue_invoice())
    assert isinstance(dialog, IssueInvoiceDialog)
    dialog.customer.set_customer(customer, "杭州西湖食品有限公司")
    type_text(qtbot, dialog.amount, "25,000")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    assert "this invoice adds ¥25,000.00" in dialog.credit.text.text()

    # A smaller amount: the refusal goes at once, and the check finds nothing to refuse.
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "5,000")
    assert not dialog.credit.isVisible()
    with qtbot.waitSignal(dialog._credit_timer.timeout):
        pass
    qtbot.waitUntil(lambda: not dialog.ctx.runner.busy)
    assert not dialog.credit.isVisible()

    # Over the limit again: the refusal comes back with the new figures, unsaved.
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "24,000")
    qtbot.waitUntil(dialog.credit.isVisible)
    assert "this invoice adds ¥24,000.00" in dialog.credit.text.text()
    window.close()


def test_a_contract_refusal_follows_the_contract_amount(qtbot, db, clock, errors, risky):
    staff, _customer, project = risky
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.sales))
    projects = window.show_section("projects")
    qtbot.waitUntil(lambda: projects.board.row(project.id) is not None)
    projects.board.select_project(project.id)
    qtbot.waitUntil(lambda: projects.current is not None)
    dialog = dialog_of(qtbot, projects.sign_contract())
    type_text(qtbot, dialog.contract_no, "HT-2026-090")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    assert "this contract adds ¥30,000.00" in dialog.credit.text.text()
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "21,000")
    qtbot.waitUntil(lambda: "this contract adds ¥21,000.00" in dialog.credit.text.text())
    assert dialog.credit.isVisible()
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "15,000")
    assert not dialog.credit.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert window.statusBar().currentMessage() == f"Signed the contract of {project.code}"
    window.close()


# --- every problem at once, and nothing moves ------------------------------------------


def test_every_problem_of_a_customer_shows_after_one_save(qtbot, window):
    customers = customers_page(qtbot, window)
    dialog = loaded(qtbot, customers.new_customer())
    watched = [dialog.name, dialog.code, dialog.uscc, dialog.category, dialog.owner]
    before = places(dialog, watched)
    type_text(qtbot, dialog.name, "上海浦东环境监测站")  # taken
    type_text(qtbot, dialog.code, "C002")  # taken
    type_text(qtbot, dialog.uscc, "9135")  # too short
    press_save(dialog)
    qtbot.waitUntil(lambda: len(dialog.errors.shown_fields) == 3)
    assert dialog.errors.error_text("name") == "A customer named 上海浦东环境监测站 already exists."
    assert dialog.errors.error_text("code") == "Customer code C002 is already used."
    assert "9135 has 4 characters" in dialog.errors.error_text("uscc")
    assert all(dialog.errors.is_marked(f) for f in ("name", "code", "uscc"))
    assert dialog.errors.shown_field == "name"  # the first brought forward
    # The messages (a line each) took the room kept for them: no field moved.
    assert places(dialog, watched) == before


def test_an_unreadable_limit_and_the_services_problems_show_together(qtbot, window):
    customers = customers_page(qtbot, window)
    dialog = loaded(qtbot, customers.new_customer())
    type_text(qtbot, dialog.uscc, "9135")
    dialog.own_limit.setChecked(True)
    dialog.limit.clear()
    type_text(qtbot, dialog.limit, "five")
    press_save(dialog)
    # The limit at once (nothing is sent); the name and code the service finds, in a moment.
    assert dialog.errors.shown_field == "credit_limit"
    qtbot.waitUntil(lambda: set(dialog.errors.shown_fields) >= {"name", "uscc", "credit_limit"})
    assert dialog.errors.error_text("name") == "The customer name is required."
    assert "has 4 characters" in dialog.errors.error_text("uscc")
    assert dialog.tabs.currentIndex() == 0  # the name, first in the form, comes forward
    # Both tabs with a problem are marked.
    bar = dialog.tabs.tabBar()
    assert bar.tabTextColor(0) == bar.tabTextColor(1) != bar.tabTextColor(2)


def test_a_form_dialog_shows_every_problem_and_keeps_its_fields_in_place(qtbot, window):
    dialog = dialog_of(qtbot, window.show_section("payments").record_payment())
    assert isinstance(dialog, RecordPaymentDialog)
    watched = [dialog.inputs[name] for name in dialog.inputs]
    before = places(dialog, watched)
    dialog.save_button.click()
    assert dialog.field_errors["customer"].text() == "Choose the customer from the list."
    assert dialog.field_errors["amount"].isVisible()
    assert places(dialog, watched) == before

    # Several refusals from a service at once: each at its field, the rest below.
    dialog.show_error(
        ValidationErrors(
            [
                ValidationError("amount", "The amount must be greater than zero."),
                ValidationError("received_date", "The project cannot start in the future."),
                ValidationError("elsewhere", "Choose a credit tier."),
            ]
        )
    )
    assert dialog.field_errors["amount"].text().endswith("The amount must be greater than zero.")
    assert dialog.field_errors["received_date"].isVisible()
    assert dialog.message.text() == "Choose a credit tier."
    assert places(dialog, watched) == before
    dialog.reject()


def test_a_field_marked_invalid_keeps_its_height(qtbot):
    """A style sheet's red frame replaces the native frame: the field is held at its own
    height first, so the rows below do not move (seen under X11, where the heights differ)."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    native = edit.sizeHint().height()
    hold_height(edit)
    edit.setStyleSheet("QLineEdit { border: 6px solid red; }")
    assert edit.minimumHeight() == edit.maximumHeight() == native
    money = MoneyEdit()
    qtbot.addWidget(money)
    native = money.sizeHint().height()
    type_text(qtbot, money, "five")
    assert money.problem() and money.maximumHeight() == native


def test_a_recorded_payment_and_a_new_project_are_announced_and_selected(qtbot, window, ledger):
    payments = window.show_section("payments")
    qtbot.waitUntil(lambda: not payments.model.is_loading and payments.model.rowCount() > 0)
    dialog = dialog_of(qtbot, payments.record_payment())
    dialog.customer.set_customer(customer_id(ledger, "C003"), "南京建材检测中心")
    type_text(qtbot, dialog.amount, "100")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    number = dialog.result_value.number
    assert window.statusBar().currentMessage() == f"Recorded payment {number} of ¥100.00"
    qtbot.waitUntil(lambda: payments.current is not None and payments.current.number == number)

    projects = window.show_section("projects")
    projects.list_button.click()
    new = dialog_of(qtbot, projects.new_project())
    new.customer.set_customer(customer_id(ledger, "C003"), "南京建材检测中心")
    type_text(qtbot, new.title, "Annual check")
    with qtbot.waitSignal(new.accepted):
        new.save_button.click()
    code = new.result_value.code
    assert window.statusBar().currentMessage() == f"Created project {code}"
    qtbot.waitUntil(lambda: projects.current is not None and projects.current.code == code)
