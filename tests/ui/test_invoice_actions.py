"""Actions on invoices: voiding (refused once anything is applied), red-letter invoices,
bad-debt write-offs asked for by finance and approved by another manager, and invoice
requests rejected by finance."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.models import Invoice, InvoiceRequest, WriteOff, WriteOffRequest
from app.services.core.context import system_actor
from app.services.ledger.payment_service import PaymentInput, record_payment
from app.services.ledger.write_off_service import request_write_off
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
from app.views.invoices.write_off_requests_page import ApproveWriteOffDialog, RejectWriteOffDialog
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


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def invoice(db, number: str) -> Invoice:
    with db.read() as s:
        return s.scalars(select(Invoice).where(Invoice.number == number)).one()


def test_an_invoice_with_a_payment_applied_cannot_be_voided(qtbot, invoices, ledger):
    choose(qtbot, invoices, "FP2026001")
    dialog = dialog_of(qtbot, invoices.void())
    assert dialog.effect.text().startswith("¥400.00 has been applied to this invoice")
    assert not dialog.save_button.isEnabled()
    dialog.reject()

    # Applied while the dialog was open (on another PC): the service refuses, the dialog
    # shows what changed and keeps the reason typed.
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
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    assert dialog.conflict.rows() == [("Applied", "¥0.00", "¥100.00")]
    assert invoice(ledger, "FP2026002").status == "issued"
    assert dialog.reason.toPlainText() == "抬头错误"
    dialog.conflict.reload_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


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


def test_voiding_withdraws_the_write_off_requests_waiting_on_the_invoice(
    qtbot, invoices, ledger, clock
):
    staff = add_staff(ledger)
    finance = actor(ledger, clock, staff.finance)
    asked = request_write_off(
        ledger, finance, invoice(ledger, "FP2026003").id, 50_000, AS_OF, "对方失联"
    ).value
    choose(qtbot, invoices, "FP2026003")
    dialog = dialog_of(qtbot, invoices.void())
    assert dialog.effect.text() == (
        "The invoice stays in the ledger, marked void, with your reason. The write-offs of "
        "¥500.00 waiting for approval on it are withdrawn with the same reason."
    )
    type_text(qtbot, dialog.reason, "重复开具")
    save(qtbot, dialog)
    with ledger.read() as s:
        request = s.get(WriteOffRequest, asked)
    assert (request.status, request.decision_reason) == ("cancelled", "重复开具")
    qtbot.waitUntil(lambda: invoices.write_offs_button.text() == "Write-off requests")
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


def test_a_write_off_is_asked_for_and_the_invoice_stays_open(qtbot, invoices, ledger):
    choose(qtbot, invoices, "FP2026001")
    dialog = dialog_of(qtbot, invoices.write_off())
    assert "approver" not in dialog.inputs  # the approver is whoever approves, later
    assert dialog.amount.text() == "600.00"
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "200")
    dialog.save_button.click()
    assert dialog.field_errors["reason"].text() == "Say why the amount is written off."
    type_text(qtbot, dialog.reason, "客户已注销")
    assert dialog.save_button.text() == "Ask for approval"
    save(qtbot, dialog)

    with ledger.read() as s:
        request = s.scalars(select(WriteOffRequest)).one()
        assert s.scalars(select(WriteOff)).all() == []
    assert (request.status, request.amount_fen, request.reason) == ("pending", 20_000, "客户已注销")
    assert invoice(ledger, "FP2026001").settled_fen == 40_000
    qtbot.waitUntil(lambda: invoices.write_offs_button.text() == "Write-off requests (1)")
    qtbot.waitUntil(lambda: "Write-off waiting for approval" in labels(invoices.detail.amounts))

    # A second request may ask only for what the first leaves open.
    dialog = dialog_of(qtbot, invoices.write_off())
    assert "¥200.00" in labels(dialog)
    assert dialog.amount.text() == "400.00"
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "500")
    type_text(qtbot, dialog.reason, "客户已注销")
    dialog.save_button.click()
    assert dialog.field_errors["amount"].text() == (
        "At most ¥400.00 more can be asked for: write-offs of ¥200.00 already wait for approval."
    )
    dialog.reject()
    ledger_is_sound(ledger)


def test_a_manager_approves_a_write_off_another_user_asked_for(qtbot, ledger, clock, errors):
    staff = add_staff(ledger)
    finance, manager = actor(ledger, clock, staff.finance), actor(ledger, clock, staff.manager)
    bad = invoice(ledger, "FP2026001")
    asked = request_write_off(ledger, finance, bad.id, 60_000, AS_OF, "法院终结执行").value
    own = request_write_off(ledger, manager, invoice(ledger, "FP2026003").id, 1_000, AS_OF, "零头")
    window = open_window(qtbot, ledger, clock, errors, manager)
    invoices = window.show_section("invoices")
    assert isinstance(invoices, InvoiceListView)
    qtbot.waitUntil(lambda: invoices.write_offs_button.text() == "Write-off requests (2)")
    page = invoices.show_write_offs().page
    qtbot.waitUntil(lambda: len(page.requests) == 2)
    assert [page.table.item(0, c).text() for c in range(7)] == [
        "FP2026001",
        "上海浦东环境监测站",
        "¥600.00",
        "¥600.00",
        "2026-06-30",
        "钱进",
        "法院终结执行",
    ]

    # Their own request: someone else must decide it; they may withdraw it.
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.hint.isVisibleTo(page))
    assert page.hint.text() == (
        "You asked for this write-off: another manager approves or rejects it."
    )
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()
    assert page.withdraw_button.isEnabled()
    assert page.approve() is None

    # Rejecting needs a reason; the request from finance is approved instead.
    page.table.selectRow(0)
    assert page.approve_button.isEnabled() and not page.withdraw_button.isEnabled()
    assert not page.hint.isVisibleTo(page)
    page.reject_button.click()
    rejecting = open_dialog(qtbot, window, RejectWriteOffDialog)
    rejecting.save_button.click()
    assert rejecting.field_errors["reason"].text() == "Say why the write-off is rejected."
    rejecting.reject()
    page.approve_button.click()
    approving = open_dialog(qtbot, window, ApproveWriteOffDialog)
    assert "¥600.00 of invoice FP2026001 is written off as bad debt on 2026-06-30." in labels(
        approving
    )
    save(qtbot, approving)

    qtbot.waitUntil(lambda: [r.id for r in page.requests] == [own.value])
    qtbot.waitUntil(lambda: invoices.write_offs_button.text() == "Write-off requests (1)")
    with ledger.read() as s:
        request = s.get(WriteOffRequest, asked)
        entry = s.scalars(select(WriteOff)).one()
    assert (request.status, request.decided_by, request.write_off_id) == (
        "approved",
        staff.manager,
        entry.id,
    )
    assert (entry.amount_fen, entry.approver_id, entry.created_by) == (
        60_000,
        staff.manager,
        staff.finance,
    )
    assert invoice(ledger, "FP2026001").settled_fen == 100_000
    assert [a for a, _ in audit_actions(ledger) if "write_off" in a] == [
        "write_off_request.create",
        "write_off_request.create",
        "write_off_request.approve",
        "invoice.write_off",
    ]
    ledger_is_sound(ledger)
    window.close()


def test_the_requester_withdraws_a_write_off_request(qtbot, ledger, clock, errors):
    staff = add_staff(ledger)
    finance = actor(ledger, clock, staff.finance)
    asked = request_write_off(
        ledger, finance, invoice(ledger, "FP2026002").id, 5_000, AS_OF, "对方失联"
    ).value
    window = open_window(qtbot, ledger, clock, errors, finance)
    invoices = window.show_section("invoices")
    assert isinstance(invoices, InvoiceListView)
    page = invoices.show_write_offs().page
    qtbot.waitUntil(lambda: len(page.requests) == 1)
    # Finance cannot decide write-offs; the button says why.
    assert not page.approve_button.isEnabled()
    assert page.approve_button.toolTip() == "Your role (finance) may not approve write-offs."
    assert not page.hint.isVisibleTo(page)
    withdrawing = dialog_of(qtbot, page.withdraw())
    type_text(qtbot, withdrawing.reason, "客户已付款")
    save(qtbot, withdrawing)
    qtbot.waitUntil(lambda: not page.requests and page.empty_label.isVisibleTo(page))
    qtbot.waitUntil(lambda: invoices.write_offs_button.text() == "Write-off requests")
    with ledger.read() as s:
        request = s.get(WriteOffRequest, asked)
    assert (request.status, request.decision_reason) == ("cancelled", "客户已付款")
    ledger_is_sound(ledger)
    window.close()


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
    assert page.table.item(0, 0).text() == "KP2026000001"
    assert page.table.item(0, 1).text() == f"{project.code} 年度监测"
    assert page.table.item(0, 6).text() == "请开专票"
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
