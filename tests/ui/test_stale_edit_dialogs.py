"""A save refused because another PC saved first shows which fields differ (yours, theirs),
keeps what the user typed, and reloads only when the user asks. (Voiding an invoice
another PC applied a payment to: tests/ui/test_invoice_actions.py.)"""

from __future__ import annotations

from app.models import Customer
from app.services.core.context import system_actor
from app.services.customers.customer_edit_service import update_customer
from app.views.customers.customer_list_view import CustomerListView
from tests.ui.test_customer_dialogs import loaded, press_save, select
from tests.ui.typing_helpers import type_text


def test_a_customer_saved_elsewhere_shows_the_fields_and_keeps_the_input(
    qtbot, window, ledger, clock
):
    customers = window.show_section("customers")
    assert isinstance(customers, CustomerListView)
    select(qtbot, customers, "C001")
    dialog = loaded(qtbot, customers.edit_customer())
    qtbot.waitUntil(lambda: dialog.version is not None)
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
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    assert dialog.conflict.rows() == [("Notes", "我的修改", "另一台电脑改过")]
    dialog.conflict.keep_button.click()
    assert dialog.isVisible() and dialog.notes.toPlainText() == "我的修改"
    with ledger.read() as s:
        assert s.get(Customer, dialog.customer_id).notes == "另一台电脑改过"

    # Saving again is refused again; this time the user reloads what is saved.
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.conflict.isVisible())
    dialog.conflict.reload_button.click()
    qtbot.waitUntil(lambda: dialog.notes.toPlainText() == "另一台电脑改过")
