"""Actions on invoices: voiding (refused once anything is applied), red-letter invoices,
bad-debt write-offs approved by a manager, and invoice requests rejected by finance."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.enums import Role
from app.models import Invoice, InvoiceRequest, User, WriteOff
from app.services.core.context import system_actor
from app.services.ledger.payment_service import PaymentInput, record_payment
from app.services.projects.invoice_request_service import request_invoice
from app.services.projects.project_service import (
    ProjectInput,
    QuoteLine,
    create_project,
    sign_contract,
)
from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.invoices.invoice_requests_page import RejectRequestDialog
from app.views.invoices.invoice_table_model import InvoiceColumn
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import dialog_of, ledger_is_sound, open_dialog, save
from tests.ui.typing_helpers import type_text


@pytest.fixture
def invoices(qtbot, window) -> InvoiceListView:
    view = window.show_section("invoices")
    assert isinstance(view, InvoiceListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    return view


def choose(qtbot, view: InvoiceListView, number: str) -> None:
    numbers = [
        view.model.index(r, InvoiceColumn.NUMBER).data() for r in range(view.model.rowCount())
    ]
    view.table.select_row(numbers.index(number))
    qtbot.waitUntil(lambda: view.current is not None and view.current.row.number == number)


def invoice(db, number: str) -> Invoice:
    with db.read() as s:
        return s.scalars(select(Invoice).where(Invoice.number == number)).one()


def test_an_invoice_with_a_payment_applied_cannot_be_voided(qtbot, invoices, ledger):
    choose(qtbot, invoices, "FP2026001")
    dialog = dialog_of(qtbot, invoices.void())
    assert dialog.effect.text().startswith("¥400.00 has been applied to this invoice")
    assert not dialog.save_button.isEnabled()
    dialog.reject()

    # Applied while the dialog was open: the service refuses and the dialog says why.
    choose(qtbot, invoices, "FP2026002")
    dialog = dialog_of(qtbot, invoices.void())
    assert dialog.save_button.isEnabled()
    pudong = invoice(ledger, "FP2026002").customer_id
    record_payment(
        ledger,
        system_actor(),
        PaymentInput(pudong, AS_OF, 10_000),
        [(invoice(ledger, "FP2026002").id, 10_000)],
    )
    type_text(qtbot, dialog.reason, "抬头错误")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.message.text() == (
        "Invoice FP2026002 has ¥100.00 applied to it (payments, "
        "write-offs or red-letter invoices). Remove those first."
    )
    assert invoice(ledger, "FP2026002").status == "issued"
    dialog.reject()


def test_voiding_an_invoice_nothing_was_applied_to(qtbot, invoices, ledger):
    choose(qtbot, invoices, "FP2026003")
    dialog = dialog_of(qtbot, invoices.void())
    dialog.save_button.click()
    assert dialog.field_errors["reason"].text() == "Say why the invoice is voided."
    type_text(qtbot, dialog.reason, "重复开具")
    save(qtbot, dialog)
    assert invoice(ledger, "FP2026003").status == "void"
    qtbot.waitUntil(lambda: invoices.current is not None and invoices.current.row.status == "void")
    assert not invoices.void_button.isEnabled()
    ledger_is_sound(ledger)


def test_a_red_letter_invoice_credits_at_most_the_open_balance(qtbot, invoices, ledger):
    choose(qtbot, invoices, "FP2026001")
    dialog = dialog_of(qtbot, invoices.red_letter())
    assert dialog.amount.text() == "600.00"
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "700")
    type_text(qtbot, dialog.reason, "部分项目取消")
    dialog.save_button.click()
    assert dialog.field_errors["amount"].text() == (
        "At most the open balance of ¥600.00 can be credited."
    )
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "150")
    assert dialog.tax.text() == "Tax ¥8.49, excluding tax ¥141.51"  # at the invoice's 6%
    save(qtbot, dialog)
    assert dialog.result_value.amount_fen == -15_000
    assert invoice(ledger, "FP2026001").settled_fen == 55_000
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 6)
    ledger_is_sound(ledger)


def test_a_write_off_must_be_approved_by_a_manager(qtbot, invoices, ledger):
    choose(qtbot, invoices, "FP2026001")
    dialog = dialog_of(qtbot, invoices.write_off())
    qtbot.waitUntil(lambda: dialog.approver.count() == 1)  # nobody to approve
    type_text(qtbot, dialog.reason, "客户已注销")
    dialog.save_button.click()
    assert dialog.field_errors["approver"].text() == "A manager must approve the write-off."
    dialog.reject()

    with ledger.write() as s:
        boss = factories.user(s, "孙立", Role.MANAGER.value).id
    dialog = dialog_of(qtbot, invoices.write_off())
    qtbot.waitUntil(lambda: dialog.approver.count() == 2)
    dialog.approver.setCurrentIndex(1)
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "200")
    type_text(qtbot, dialog.reason, "客户已注销")
    # The approver stopped being a manager after the list was shown: the service refuses.
    with ledger.write() as s:
        s.get(User, boss).role = Role.SALES.value
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.field_errors["approver"].isVisible())
    assert dialog.field_errors["approver"].text() == "A write-off must be approved by a manager."
    with ledger.write() as s:
        s.get(User, boss).role = Role.MANAGER.value
    save(qtbot, dialog)
    with ledger.read() as s:
        entry = s.scalars(select(WriteOff)).one()
    assert (entry.amount_fen, entry.approver_id) == (20_000, boss)
    assert invoice(ledger, "FP2026001").settled_fen == 60_000
    ledger_is_sound(ledger)


def test_finance_rejects_an_invoice_request_with_a_reason(qtbot, invoices, ledger, window, clock):
    actor = system_actor(clock)
    customer_id = invoice(ledger, "FP2026003").customer_id
    project = create_project(
        ledger,
        actor,
        ProjectInput(customer_id, "年度监测", lines=(QuoteLine("噪声", 1000, 500_000),)),
    ).value
    sign_contract(ledger, actor, project.id, "HT-1", None, AS_OF)
    # As if the request came from another PC: the list hears of it with the kinds the
    # service reported.
    requested = request_invoice(ledger, actor, project.id, note="请开专票")
    window.ctx.bus.announce(requested.kinds)
    qtbot.waitUntil(lambda: invoices.requests_button.text() == "Invoice requests (1)")
    page = invoices.show_requests().page
    qtbot.waitUntil(lambda: len(page.requests) == 1)
    assert page.table.item(0, 0).text() == f"{project.code} 年度监测"
    assert page.table.item(0, 5).text() == "请开专票"
    page.reject_button.click()
    dialog = open_dialog(qtbot, window, RejectRequestDialog)
    dialog.save_button.click()
    assert dialog.field_errors["reason"].text() == "Say why the request is rejected."
    type_text(qtbot, dialog.reason, "金额与合同不符")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not page.requests and page.empty_label.isVisibleTo(page))
    with ledger.read() as s:
        request = s.scalars(select(InvoiceRequest)).one()
    assert (request.status, request.reject_reason) == ("rejected", "金额与合同不符")
    qtbot.waitUntil(lambda: invoices.requests_button.text() == "Invoice requests")
