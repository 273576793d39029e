"""Creating, editing, archiving, merging and handing over customers, driven through the
dialogs like a user: the service's refusals appear at the field they name and nothing is
saved; a concurrent edit offers Reload; the customer's own terms win over the tier's."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.enums import Role
from app.models import Customer
from app.services.core.context import Actor, system_actor
from app.services.core.list_request import ListRequest
from app.services.customers.contact_service import ContactInput, list_contacts
from app.services.customers.customer_edit_service import update_customer
from app.services.customers.customer_list_service import count_customers
from app.services.ledger.invoice_service import InvoiceInput, issue_invoice
from app.views.customers.customer_dialog import CustomerDialog
from app.views.customers.customer_list_view import CustomerListView
from app.views.customers.customer_table_model import CustomerColumn
from app.views.shell.application import create_main_window
from tests import factories
from tests.ui.typing_helpers import type_text

VALID_USCC = "91350100M000100Y43"


@pytest.fixture
def customers(qtbot, window) -> CustomerListView:
    view = window.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    return view


def all_customers(db) -> int:
    with db.read() as session:
        return count_customers(session, ListRequest(filters=(("archived", "any"),)))


def codes(view: CustomerListView) -> list[str]:
    model = view.model
    return [model.index(r, CustomerColumn.CODE).data() for r in range(model.rowCount())]


def select(qtbot, view: CustomerListView, code: str) -> None:
    qtbot.waitUntil(lambda: code in codes(view))
    view.table.select_row(codes(view).index(code))
    qtbot.waitUntil(lambda: view.current_row() is not None and view.current_row().code == code)


def loaded(qtbot, dialog: CustomerDialog) -> CustomerDialog:
    qtbot.waitUntil(lambda: dialog.tabs.isEnabled() and dialog.tier.count() > 0)
    return dialog


def press_save(dialog: CustomerDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_bad_uscc_is_shown_at_its_field_and_nothing_is_saved(qtbot, customers, ledger):
    before = all_customers(ledger)
    dialog = loaded(qtbot, customers.new_customer())
    type_text(qtbot, dialog.name, "厦门海沧检测有限公司")
    dialog.tabs.setCurrentIndex(2)  # the user is elsewhere when saving
    type_text(qtbot, dialog.uscc, "91350100M000100Y44")
    press_save(dialog)

    qtbot.waitUntil(lambda: dialog.errors.shown_field == "uscc")
    text = dialog.errors.error_text("uscc")
    assert "unified social credit code 91350100M000100Y44" in text
    assert "should be 3, not 4" in text
    assert dialog.errors.is_marked("uscc") and not dialog.errors.is_marked("name")
    assert dialog.tabs.currentIndex() == 0  # brought forward to the field
    assert dialog.uscc.hasFocus() or not dialog.isActiveWindow()
    assert dialog.isVisible()
    assert all_customers(ledger) == before

    # Correcting it clears the mark and saves.
    dialog.uscc.clear()
    type_text(qtbot, dialog.uscc, VALID_USCC.lower())
    with qtbot.waitSignal(dialog.saved):
        press_save(dialog)
    assert all_customers(ledger) == before + 1
    qtbot.waitUntil(
        lambda: (
            "厦门海沧检测有限公司"
            in [
                customers.model.index(r, CustomerColumn.NAME).data()
                for r in range(customers.model.rowCount())
            ]
        )
    )


def test_required_name_and_duplicate_name_are_refused_at_the_name(qtbot, customers, ledger):
    before = all_customers(ledger)
    dialog = loaded(qtbot, customers.new_customer())
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "name")
    assert dialog.errors.error_text("name") == "The customer name is required."

    type_text(qtbot, dialog.name, "上海浦东环境监测站")
    press_save(dialog)
    qtbot.waitUntil(lambda: "already exists" in dialog.errors.error_text("name"))
    assert dialog.errors.error_text("name") == "A customer named 上海浦东环境监测站 already exists."
    assert all_customers(ledger) == before


def test_a_new_customer_is_saved_with_its_contacts_one_primary(qtbot, customers, ledger):
    dialog = loaded(qtbot, customers.new_customer())
    type_text(qtbot, dialog.name, "宁波北仑港务检测站")
    dialog.owner.setCurrentIndex(dialog.owner.findText("王芳"))
    editor = dialog.contacts
    editor.add_contact(ContactInput("陈静", title="财务", phone="0574-8688 1234"), edit=False)
    editor.add_contact(ContactInput("刘洋", email="liu@nbport.cn"), edit=False)
    assert editor.primary_row() == 0  # the first contact is primary
    editor.set_primary(1)
    assert [c.is_primary for c in editor.contacts()] == [False, True]
    with qtbot.waitSignal(dialog.saved) as saved:
        press_save(dialog)
    with ledger.read() as session:
        contacts = list_contacts(session, saved.args[0])
    assert [(c.name, c.is_primary) for c in contacts] == [("刘洋", True), ("陈静", False)]
    # The new customer is selected in the list once it has reloaded.
    qtbot.waitUntil(
        lambda: (
            customers.current_row() is not None
            and customers.current_row().name == "宁波北仑港务检测站"
        )
    )
    assert customers.current_row().owner_name == "王芳"


def test_a_bad_contact_is_shown_on_the_contacts_tab(qtbot, customers, ledger):
    select(qtbot, customers, "C002")
    dialog = loaded(qtbot, customers.edit_customer())
    qtbot.waitUntil(lambda: dialog.version is not None)
    dialog.contacts.add_contact(ContactInput("赵磊", email="not-mail"), edit=False)
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "contacts")
    assert dialog.tabs.currentIndex() == dialog.tabs.count() - 1
    assert dialog.errors.error_text("contacts") == "Contact 1: not-mail is not an e-mail address."


def test_editing_reports_a_concurrent_change_and_reloads(qtbot, customers, ledger, clock):
    select(qtbot, customers, "C001")
    dialog = loaded(qtbot, customers.edit_customer())
    qtbot.waitUntil(lambda: dialog.version is not None)
    assert dialog.name.text() == "上海浦东环境监测站"
    assert dialog.contacts.contacts()[0].name == "张伟"

    # Someone else saves first, on another PC.
    other = dialog.customer_input()
    update_customer(
        ledger,
        system_actor(clock),
        dialog.customer_id,
        dialog.version,
        other.__class__(**{**other.__dict__, "notes": "另一台电脑改过"}),
    )

    type_text(qtbot, dialog.notes, "我的修改")
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.bar.isVisible())
    assert "was changed by someone else" in dialog.bar.label.text()
    assert dialog.bar.reload_button.isVisible()
    assert dialog.isVisible()

    dialog.bar.reload_button.click()
    qtbot.waitUntil(lambda: dialog.notes.toPlainText() == "另一台电脑改过")
    assert not dialog.bar.isVisible()
    type_text(qtbot, dialog.short_name, "浦东监测")
    with qtbot.waitSignal(dialog.saved):
        press_save(dialog)


def test_the_customers_own_terms_win_over_the_tier(qtbot, customers, ledger, clock):
    """The override path: own payment terms are used for the next invoice; without them the
    tier's terms apply."""
    select(qtbot, customers, "C003")  # regular tier: 30 days
    dialog = loaded(qtbot, customers.edit_customer())
    qtbot.waitUntil(lambda: dialog.version is not None)
    assert "30 days" in dialog.tier_terms.text()
    assert not dialog.terms.isEnabled()
    dialog.tabs.setCurrentIndex(1)
    dialog.own_terms.setChecked(True)
    dialog.terms.setValue(10)
    dialog.own_limit.setChecked(True)
    dialog.limit.clear()
    type_text(qtbot, dialog.limit, "8,000")
    assert dialog.effective.text() == (
        "10 days (the customer's own), credit limit ¥8,000.00 (the customer's own)"
    )
    customer_id = dialog.customer_id
    with qtbot.waitSignal(dialog.saved):
        press_save(dialog)

    actor = system_actor(clock)
    issued = issue_invoice(ledger, actor, InvoiceInput(customer_id, 100_00, date(2026, 6, 1))).value
    assert issued.due_date == date(2026, 6, 11)

    # Back to the tier's terms.
    dialog = loaded(qtbot, customers.edit_customer())
    qtbot.waitUntil(lambda: dialog.version is not None)
    assert dialog.own_terms.isChecked() and dialog.terms.value() == 10
    dialog.own_terms.setChecked(False)
    assert dialog.terms.value() == 30
    with qtbot.waitSignal(dialog.saved):
        press_save(dialog)
    issued = issue_invoice(ledger, actor, InvoiceInput(customer_id, 100_00, date(2026, 6, 1))).value
    assert issued.due_date == date(2026, 7, 1)


def test_an_unreadable_credit_limit_is_shown_at_the_limit(qtbot, customers, ledger):
    dialog = loaded(qtbot, customers.new_customer())
    type_text(qtbot, dialog.name, "温州瓯海检测站")
    dialog.own_limit.setChecked(True)
    dialog.limit.clear()
    type_text(qtbot, dialog.limit, "five")
    before = all_customers(ledger)
    press_save(dialog)
    assert dialog.errors.shown_field == "credit_limit"
    assert dialog.tabs.currentIndex() == 1
    assert dialog.errors.is_marked("credit_limit")
    assert all_customers(ledger) == before


def test_only_managers_change_the_tier_of_a_customer(qtbot, ledger, clock, errors):
    with ledger.write() as s:
        sales = factories.user(s, "孙丽", role="sales")
        # A salesperson sees only their own customers: these four are hers.
        for customer in s.scalars(sa.select(Customer).where(Customer.archived.is_(False))):
            customer.owner_id = sales.id
    actor = Actor(sales.id, sales.login, Role.SALES, clock=clock)
    window = create_main_window(ledger, clock, errors=errors, actor=actor)
    qtbot.addWidget(window)
    view = window.show_section("customers")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert not view.merge_button.isEnabled()
    assert "may not merge customers" in view.merge_button.toolTip()
    select(qtbot, view, "C001")
    dialog = loaded(qtbot, view.edit_customer())
    qtbot.waitUntil(lambda: dialog.version is not None)
    assert not dialog.tier.isEnabled()
    assert "Only managers" in dialog.tier.toolTip()
    window.close()


def test_archiving_hides_the_customer_from_the_list(qtbot, customers):
    select(qtbot, customers, "C003")
    assert customers.archive_button.text() == "Archive"
    customers.archive_button.click()
    qtbot.waitUntil(lambda: "C003" not in codes(customers))
    assert customers.count_label.text() == "3 customers"

    customers.show_archived.setChecked(True)
    select(qtbot, customers, "C003")
    assert customers.archive_button.text() == "Restore"
    customers.archive_button.click()
    customers.show_archived.setChecked(False)
    qtbot.waitUntil(lambda: "C003" in codes(customers) and customers.model.rowCount() == 4)


def test_merging_moves_the_invoices_of_the_duplicate(qtbot, customers, ledger):
    select(qtbot, customers, "C001")
    panel = customers.detail
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.row.code == "C001")
    assert panel.detail.invoice_count == 2

    select(qtbot, customers, "C003")  # the duplicate, 2 invoices
    dialog = customers.merge()
    qtbot.waitUntil(lambda: dialog.details["duplicate"] is not None)
    assert dialog.details["duplicate"].row.code == "C003"
    type_text(qtbot, dialog.keep.search, "C001")
    qtbot.waitUntil(lambda: dialog.details["keep"] is not None)
    assert dialog.details["keep"].row.code == "C001"
    assert not dialog.merge_button.isEnabled()  # not before the user confirms
    dialog.confirm.setChecked(True)
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.merge_button.click()
    assert merged.args[0]["invoices"] == 2

    qtbot.waitUntil(lambda: "C003" not in codes(customers))
    assert customers.count_label.text() == "3 customers"
    select(qtbot, customers, "C001")
    qtbot.waitUntil(
        lambda: (
            panel.detail is not None
            and panel.detail.row.code == "C001"
            and panel.detail.invoice_count == 4
        )
    )


def test_merging_a_customer_into_itself_is_not_offered(qtbot, customers):
    select(qtbot, customers, "C002")
    dialog = customers.merge()
    qtbot.waitUntil(lambda: dialog.details["duplicate"] is not None)
    dialog.keep.select_customer(dialog.details["duplicate"].row.id)
    qtbot.waitUntil(lambda: dialog.details["keep"] is not None)
    dialog.confirm.setChecked(True)
    assert not dialog.merge_button.isEnabled()


def test_handing_over_keeps_who_owned_the_customer_when(qtbot, customers):
    dialog = loaded(qtbot, customers.new_customer())
    type_text(qtbot, dialog.name, "嘉兴南湖水质检测中心")
    dialog.owner.setCurrentIndex(dialog.owner.findText("王芳"))
    with qtbot.waitSignal(dialog.saved):
        press_save(dialog)
    qtbot.waitUntil(
        lambda: (
            customers.current_row() is not None
            and customers.current_row().name == "嘉兴南湖水质检测中心"
        )
    )

    hand = customers.hand_over()
    qtbot.waitUntil(lambda: hand.data is not None)
    assert hand.current.text() == "Salesperson now: 王芳"
    assert hand.owner.findText("王芳") < 0  # not to the owner themself
    hand.owner.setCurrentIndex(hand.owner.findText("李强"))
    hand.on.setDate(QDate(2026, 7, 15))
    with qtbot.waitSignal(hand.finished):
        hand.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(
        lambda: customers.current_row() is not None and customers.current_row().owner_name == "李强"
    )
    again = customers.hand_over()
    qtbot.waitUntil(lambda: again.data is not None)
    rows = [
        [again.history.item(r, c).text() for c in range(3)] for r in range(again.history.rowCount())
    ]
    assert rows == [["王芳", "2026-06-30", "2026-07-15"], ["李强", "2026-07-15", "now"]]
    assert again.current.text() == "Salesperson now: 李强"
    again.reject()
