"""The payment section: the list and its filter, recording a payment with the automatic split
previewed or a split typed by hand, allocating and applying prepayments, reversing, taking
one allocation back, and the amount field's validation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.domain.enums import Role
from app.models import Customer, Invoice, Payment
from app.views.payments.payment_detail_panel import RemoveAllocationDialog
from app.views.payments.payment_dialog import AllocatePaymentDialog
from app.views.payments.payment_list_view import PaymentListView
from app.views.payments.payment_table_model import PaymentColumn
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import (
    actor,
    audit_actions,
    choose_customer,
    dialog_of,
    ledger_is_sound,
    open_dialog,
    open_window,
    save,
)
from tests.ui.typing_helpers import type_text


@pytest.fixture
def payments(qtbot, window) -> PaymentListView:
    view = window.show_section("payments")
    assert isinstance(view, PaymentListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    return view


def settled(db, number: str) -> int:
    with db.read() as s:
        return s.scalars(select(Invoice.settled_fen).where(Invoice.number == number)).one()


def column(view, col) -> list[str]:
    return [view.model.index(r, col).data() for r in range(view.model.rowCount())]


def cell(view, number: str, col) -> str | None:
    """The text in ``col`` of payment ``number`` as the list shows it now (None if absent)."""
    numbers = column(view, PaymentColumn.NUMBER)
    return view.model.index(numbers.index(number), col).data() if number in numbers else None


def test_the_list_filters_prepayments_and_shows_the_customers_balance(qtbot, payments):
    assert payments.count_label.text().startswith("3 payment")  # plural once merged
    payments.status.setCurrentIndex(payments.status.findData("unallocated"))
    qtbot.waitUntil(lambda: payments.model.rowCount() == 1)
    assert column(payments, PaymentColumn.CUSTOMER) == ["杭州西湖食品有限公司"]
    assert column(payments, PaymentColumn.UNALLOCATED) == ["¥50.00"]
    payments.table.select_row(0)
    panel = payments.detail
    qtbot.waitUntil(lambda: panel.customer is not None)
    # No invoices, ¥50.00 paid in advance: the customer is owed money.
    assert panel.customer.balance_fen == -5_000
    assert panel.open_title.text() == "The customer has no open invoices."
    assert payments.allocate_button.isEnabled() and payments.reverse_button.isEnabled()
    assert not payments.apply_button.isEnabled()


def test_an_amount_that_is_not_one_is_shown_at_the_field_and_nothing_is_saved(
    qtbot, payments, ledger
):
    dialog = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, dialog.customer, "浦东")
    dialog.save_button.click()
    assert dialog.field_errors["amount"].text() == "Enter the amount."
    type_text(qtbot, dialog.amount, "12,34x")
    assert dialog.field_errors["amount"].isVisible()
    assert "Not an amount" in dialog.field_errors["amount"].text()
    dialog.save_button.click()
    assert dialog.isVisible()
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "¥1,234.5")
    assert not dialog.field_errors["amount"].isVisible()
    assert dialog.amount.fen() == 123_450
    dialog.amount.editingFinished.emit()
    assert dialog.amount.text() == "1,234.50"
    dialog.reject()
    with ledger.read() as s:
        assert len(s.scalars(select(Payment)).all()) == 3


def test_an_amount_beyond_one_documents_maximum_is_shown_at_the_field(qtbot, payments, ledger):
    dialog = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, dialog.customer, "浦东")
    type_text(qtbot, dialog.amount, "100000000000000000000")  # 10^22 fen
    assert dialog.amount.fen() is None
    assert dialog.field_errors["amount"].isVisible()
    assert (
        dialog.field_errors["amount"].text() == "The amount cannot be more than ¥10,000,000,000.00."
    )
    dialog.save_button.click()
    assert dialog.isVisible()
    dialog.reject()
    with ledger.read() as s:
        assert len(s.scalars(select(Payment)).all()) == 3


def test_the_automatic_split_is_previewed_oldest_due_first(qtbot, payments):
    dialog = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, dialog.customer, "浦东")
    table = dialog.allocation.table
    qtbot.waitUntil(lambda: table.table.rowCount() == 2)
    assert [table.table.item(r, 0).text() for r in range(2)] == ["FP2026001", "FP2026002"]
    # The balance comes from its own query, which may finish after the open invoices.
    qtbot.waitUntil(lambda: "owes ¥900.00" in dialog.balance.text())
    type_text(qtbot, dialog.amount, "700")
    qtbot.waitUntil(lambda: table.apply_text(1) == "¥100.00")
    assert table.apply_text(0) == "¥600.00"
    assert table.remaining.text() == "Left as prepayment: ¥0.00"
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "1,000")
    qtbot.waitUntil(lambda: table.apply_text(1) == "¥300.00")
    assert table.applied.text() == "Applied: ¥900.00"
    assert table.remaining.text() == "Left as prepayment: ¥100.00"
    dialog.reject()


def test_a_split_by_hand_cannot_exceed_an_invoice_or_the_payment(qtbot, payments, ledger):
    dialog = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, dialog.customer, "浦东")
    type_text(qtbot, dialog.amount, "500")
    table = dialog.allocation.table
    qtbot.waitUntil(lambda: table.apply_text(0) == "¥500.00")
    dialog.allocation.manual.click()
    # Starts from the automatic split.
    assert table.amount_edit(0).text() == "500.00"
    type_text(qtbot, table.amount_edit(1), "400")
    problems = table.problem.text()
    assert "Invoice FP2026002 has ¥300.00 open; ¥400.00 cannot be applied to it." in problems
    assert "The split adds up to ¥900.00, more than the payment of ¥500.00." in problems
    dialog.save_button.click()
    assert dialog.message.text() == "Correct the split before saving."
    assert dialog.isVisible()

    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "800")
    for row, text in ((0, "200"), (1, "300")):
        table.amount_edit(row).clear()
        type_text(qtbot, table.amount_edit(row), text)
    assert not table.problem.isVisible()
    assert table.remaining.text() == "Left as prepayment: ¥300.00"
    save(qtbot, dialog)
    assert dialog.result_value.allocated_fen == 50_000
    assert settled(ledger, "FP2026001") == 60_000
    assert settled(ledger, "FP2026002") == 30_000
    ledger_is_sound(ledger)


def test_a_prepayment_is_allocated_later_and_a_reversal_unwinds_it(qtbot, payments, ledger):
    record = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, record.customer, "苏州工业园区")
    type_text(qtbot, record.amount, "1,000")
    record.allocation.none.click()
    save(qtbot, record)
    number = record.result_value.number
    assert settled(ledger, "FP2026003") == 0

    qtbot.waitUntil(lambda: number in column(payments, PaymentColumn.NUMBER))
    payments.table.select_row(column(payments, PaymentColumn.NUMBER).index(number))
    qtbot.waitUntil(lambda: payments.allocate_button.isEnabled())
    allocate = dialog_of(qtbot, payments.allocate())
    assert isinstance(allocate, AllocatePaymentDialog)
    qtbot.waitUntil(lambda: allocate.allocation.table.apply_text(0) == "¥1,000.00")
    save(qtbot, allocate)
    assert settled(ledger, "FP2026003") == 100_000

    qtbot.waitUntil(
        lambda: (
            payments.current is not None
            and payments.current.number == number
            and payments.current.allocated_fen == 100_000
        )
    )
    reverse = dialog_of(qtbot, payments.reverse())
    assert reverse.effect.text().startswith("Its allocations of ¥1,000.00 are undone")
    reverse.save_button.click()
    assert reverse.field_errors["reason"].text() == "Say why the payment is reversed."
    type_text(qtbot, reverse.reason, "重复登记")
    save(qtbot, reverse)
    assert settled(ledger, "FP2026003") == 0
    qtbot.waitUntil(lambda: cell(payments, number, PaymentColumn.STATUS) == "Reversed")
    ledger_is_sound(ledger)


def test_prepayments_are_applied_to_later_invoices_on_request(qtbot, payments, ledger):
    with ledger.write() as s:
        xihu = factories.customer(s, "西湖分公司", tier_code="regular")
        factories.invoice(s, xihu, 3_000, AS_OF, number="FP2026009")
        factories.payment(s, xihu, 2_000, AS_OF)
    payments.model.refresh()
    qtbot.waitUntil(lambda: "西湖分公司" in column(payments, PaymentColumn.CUSTOMER))
    payments.table.select_row(column(payments, PaymentColumn.CUSTOMER).index("西湖分公司"))
    qtbot.waitUntil(lambda: payments.apply_button.isEnabled())
    box = payments.apply_prepayments()
    assert "¥20.00" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: settled(ledger, "FP2026009") == 2_000)
    ledger_is_sound(ledger)


def test_only_finance_records_payments(qtbot, ledger, clock, errors):
    with ledger.write() as s:
        seller = factories.user(s, "周敏", Role.SALES.value)
    window = open_window(qtbot, ledger, clock, errors, actor(ledger, clock, seller.id))
    view = window.show_section("payments")
    assert not view.record_button.isEnabled()
    assert view.record_button.toolTip() == "Your role (sales) may not record payments."
    window.close()


def test_the_allocate_dialog_opens_from_the_list(qtbot, payments, window):
    payments.status.setCurrentIndex(payments.status.findData("unallocated"))
    qtbot.waitUntil(lambda: payments.model.rowCount() == 1)
    payments.table.select_row(0)
    qtbot.waitUntil(lambda: payments.allocate_button.isEnabled())
    payments.allocate_button.click()
    dialog = open_dialog(qtbot, window, AllocatePaymentDialog)
    qtbot.waitUntil(lambda: dialog.allocation.lines_loaded)
    assert dialog.allocation.table.empty_label.isVisibleTo(dialog)
    dialog.reject()


def test_the_panel_shows_where_a_payment_went_and_an_allocation_can_be_removed(
    qtbot, payments, ledger
):
    payments.table.select_row(column(payments, PaymentColumn.CUSTOMER).index("上海浦东环境监测站"))
    panel = payments.detail
    qtbot.waitUntil(lambda: panel.detail is not None)
    table = panel.allocations
    assert panel.allocations_title.text() == "Applied to"
    assert [table.item(0, c).text() for c in range(3)] == ["FP2026001", "2026-04-02", "¥400.00"]
    assert panel.remove_button.isEnabled()
    dialog = dialog_of(qtbot, panel.remove_allocation())
    assert isinstance(dialog, RemoveAllocationDialog)
    dialog.save_button.click()
    assert dialog.field_errors["reason"].text() == "Say why the allocation is removed."
    type_text(qtbot, dialog.reason, "核销错了发票")
    save(qtbot, dialog)
    assert settled(ledger, "FP2026001") == 0
    # The list and the panel refresh: the payment is a prepayment again.
    qtbot.waitUntil(lambda: panel.detail is not None and not panel.detail.allocations)
    assert panel.allocations_title.text() == "Not applied to any invoice."
    assert not panel.remove_button.isEnabled()
    assert payments.current.unallocated_fen == 40_000
    assert ("allocation.remove", "核销错了发票") in audit_actions(ledger)
    ledger_is_sound(ledger)


def test_only_finance_removes_allocations(qtbot, ledger, clock, errors):
    with ledger.write() as s:
        seller = factories.user(s, "周敏", Role.SALES.value)
        # A salesperson sees only their own customers: these are hers.
        for customer in s.scalars(select(Customer)):
            customer.owner_id = seller.id
    window = open_window(qtbot, ledger, clock, errors, actor(ledger, clock, seller.id))
    view = window.show_section("payments")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.table.select_row(column(view, PaymentColumn.CUSTOMER).index("上海浦东环境监测站"))
    qtbot.waitUntil(lambda: view.detail.detail is not None)
    assert view.detail.allocations.rowCount() == 1
    assert not view.detail.remove_button.isEnabled()
    assert view.detail.remove_button.toolTip() == ("Your role (sales) may not allocate payments.")
    window.close()
