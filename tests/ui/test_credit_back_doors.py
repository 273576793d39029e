"""Credit control without back doors, as the screens show it: a salesperson sees how far a
customer's limit and terms may go, the detail panel counts signed contracts in available
credit, voiding a red-letter invoice can be refused and overridden, and a reversal that
puts the customer over its limit says so."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import select

from app.models import Customer, Invoice
from app.services.core.context import system_actor
from app.services.ledger.invoice_service import InvoiceInput, issue_invoice, issue_red_letter
from app.services.ledger.payment_service import PaymentInput, record_payment
from app.services.projects.project_service import (
    ProjectInput,
    QuoteLine,
    create_project,
    sign_contract,
)
from app.views.credit.credit_override import OverrideReasonDialog
from app.views.customers.customer_dialog import CustomerDialog
from app.views.customers.customer_table_model import CustomerColumn
from app.views.invoices.invoice_table_model import InvoiceColumn
from app.views.payments.payment_table_model import PaymentColumn
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import (
    actor,
    add_staff,
    audit_actions,
    dialog_of,
    ledger_is_sound,
    open_dialog,
    open_window,
    save,
)
from tests.ui.typing_helpers import type_text

LIMIT = 20_000_000  # the regular tier's ¥200,000.00


def customer_id(db, code: str) -> int:
    with db.read() as s:
        return s.scalars(select(Customer.id).where(Customer.code == code)).one()


def select_customer(qtbot, view, code: str) -> None:
    def codes() -> list[str]:
        model = view.model
        return [model.index(r, CustomerColumn.CODE).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: code in codes())
    view.table.select_row(codes().index(code))
    qtbot.waitUntil(lambda: view.current_row() is not None and view.current_row().code == code)


def select_number(qtbot, view, column, number: str, shown) -> None:
    """Select the row whose ``column`` reads ``number``; ``shown`` gives the number of the
    record the view shows as current."""

    def numbers() -> list[str]:
        return [view.model.index(r, column).data() for r in range(view.model.rowCount())]

    qtbot.waitUntil(lambda: number in numbers())
    view.table.select_row(numbers().index(number))
    qtbot.waitUntil(lambda: view.current is not None and shown(view.current) == number)


def test_a_salesperson_may_only_make_credit_stricter(qtbot, ledger, clock, errors):
    staff = add_staff(ledger)
    with ledger.write() as s:  # a salesperson sees only their own customers
        s.get(Customer, customer_id(ledger, "C003")).owner_id = staff.sales
    window = open_window(qtbot, ledger, clock, errors, actor(ledger, clock, staff.sales))
    customers = window.show_section("customers")
    select_customer(qtbot, customers, "C003")  # regular: 30 days, ¥200,000.00
    dialog = customers.edit_customer()
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitUntil(lambda: dialog.version is not None)
    dialog.tabs.setCurrentIndex(1)
    rule = dialog.credit_rule.text()
    assert rule.startswith("Only a manager can raise the credit limit")
    assert "at most ¥200,000.00 and 30 days" in rule
    assert dialog.credit_rule.isVisible() and dialog.limit.toolTip() == rule
    dialog.own_terms.setChecked(True)
    dialog.terms.setValue(365)
    assert dialog.terms.value() == 30  # the range stops at the terms the customer has
    dialog.own_limit.setChecked(True)
    dialog.limit.clear()
    type_text(qtbot, dialog.limit, "2,000,000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "credit_limit")
    assert dialog.errors.error_text("credit_limit") == (
        "Only a manager can raise the credit limit above ¥200,000.00."
    )
    with ledger.read() as s:
        assert s.get(Customer, customer_id(ledger, "C003")).credit_limit_override_fen is None
    dialog.reject()
    window.close()


def test_a_manager_sees_no_such_rule(qtbot, window):
    customers = window.show_section("customers")
    select_customer(qtbot, customers, "C003")
    dialog = customers.edit_customer()
    qtbot.waitUntil(lambda: dialog.version is not None)
    assert not dialog.credit_rule.isVisible() and dialog.limit.toolTip() == ""
    dialog.reject()


def test_the_detail_panel_counts_signed_contracts_in_available_credit(qtbot, ledger, clock, window):
    admin = system_actor(clock)
    nanjing = customer_id(ledger, "C003")  # regular tier, nothing open
    project = create_project(
        ledger,
        admin,
        ProjectInput(nanjing, "混凝土强度", lines=(QuoteLine("抗压", 1000, 6_000_000),)),
    ).value
    sign_contract(ledger, admin, project.id, "HT-2026-33", None, AS_OF)
    customers = window.show_section("customers")
    select_customer(qtbot, customers, "C003")
    panel = customers.detail
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.row.code == "C003")
    lines = {}
    form = panel.credit.layout()
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole).widget()
        value = form.itemAt(row, form.ItemRole.FieldRole).widget()
        if isinstance(label, QLabel) and isinstance(value, QLabel):
            lines[label.text()] = value.text()
    assert lines["Contracts not yet invoiced"] == "¥60,000.00"
    assert lines["Available credit"] == "¥140,000.00"  # the 360 view and credit control agree


def _red_letter_over_the_limit(db, clock):
    admin = system_actor(clock)
    with db.write() as s:
        cid = factories.customer(s, "常州红字测试有限公司", code="C010").id
    first = issue_invoice(db, admin, InvoiceInput(cid, LIMIT, AS_OF, number="FP2026100")).value
    issue_red_letter(db, admin, first.id, LIMIT, AS_OF, "价格调整", number="FP2026101")
    issue_invoice(db, admin, InvoiceInput(cid, LIMIT, AS_OF, number="FP2026102"))
    return cid


def test_voiding_a_red_letter_over_the_limit_needs_a_managers_reason(qtbot, ledger, clock, errors):
    staff = add_staff(ledger)
    _red_letter_over_the_limit(ledger, clock)
    window = open_window(qtbot, ledger, clock, errors, actor(ledger, clock, staff.manager))
    invoices = window.show_section("invoices")
    select_number(qtbot, invoices, InvoiceColumn.NUMBER, "FP2026101", lambda d: d.row.number)
    dialog = dialog_of(qtbot, invoices.void())
    type_text(qtbot, dialog.reason, "红冲开错")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    text = dialog.credit.text.text()
    assert "Voiding red-letter invoice FP2026101 would take" in text and "¥400,000.00" in text
    dialog.credit.override_button.click()
    reason = open_dialog(qtbot, dialog, OverrideReasonDialog)
    type_text(qtbot, reason.reason, "客户书面确认欠款")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        reason.ok_button.click()
    with ledger.read() as s:
        red = s.scalars(select(Invoice).where(Invoice.number == "FP2026101")).one()
        assert red.status == "void"
    assert ("credit.override", "客户书面确认欠款") in audit_actions(ledger)
    ledger_is_sound(ledger)
    window.close()


def test_a_reversal_that_puts_the_customer_over_its_limit_says_so(qtbot, ledger, clock, errors):
    admin = system_actor(clock)
    with ledger.write() as s:
        cid = factories.customer(s, "常州退票测试有限公司", code="C011").id
    issue_invoice(ledger, admin, InvoiceInput(cid, LIMIT, AS_OF))
    paid = record_payment(ledger, admin, PaymentInput(cid, AS_OF, LIMIT)).value
    issue_invoice(ledger, admin, InvoiceInput(cid, LIMIT, AS_OF))
    window = open_window(qtbot, ledger, clock, errors, admin)
    payments = window.show_section("payments")
    select_number(qtbot, payments, PaymentColumn.NUMBER, paid.number, lambda p: p.number)
    reverse = dialog_of(qtbot, payments.reverse())
    type_text(qtbot, reverse.reason, "银行退票")
    save(qtbot, reverse)
    assert reverse.warning is not None
    qtbot.waitUntil(reverse.warning.isVisible)
    assert "now owes ¥400,000.00 against a credit limit of ¥200,000.00" in reverse.warning.text()
    reverse.warning.close()
    ledger_is_sound(ledger)
    window.close()


def test_a_merge_onto_a_credit_hold_is_refused_until_a_manager_gives_a_reason(
    qtbot, ledger, window
):
    customers = window.show_section("customers")
    select_customer(qtbot, customers, "C004")  # owes ¥2,500.00, overdue since 06-14
    dialog = customers.merge()
    qtbot.waitUntil(lambda: dialog.details["duplicate"] is not None)
    type_text(qtbot, dialog.keep.search, "C002")  # high risk: nothing may be overdue
    qtbot.waitUntil(lambda: dialog.details["keep"] is not None)
    dialog.confirm.setChecked(True)
    dialog.merge_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    assert dialog.credit.text.text() == (
        "Merging C004 苏州工业园区环保局 into 杭州西湖食品有限公司 brings 杭州西湖食品有限公司 "
        "to ¥2,500.00 overdue more than 0 days: it would be on credit hold."
    )
    with ledger.read() as s:
        assert not s.get(Customer, customer_id(ledger, "C004")).archived
    dialog.credit.override_button.click()
    reason = open_dialog(qtbot, dialog, OverrideReasonDialog)
    type_text(qtbot, reason.reason, "同一单位，欠款由总部统一结算")
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        reason.ok_button.click()
    assert ("credit.override", "同一单位，欠款由总部统一结算") in audit_actions(ledger)
    ledger_is_sound(ledger)
