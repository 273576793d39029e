"""A project from quote to paid, entirely in the GUI: two quote lines, the contract, a 30/70
payment plan, stage moves, a report release refused for a high-risk customer and released
by a manager's override, an invoice request issued by finance, a partial payment with the
allocation preview, a red-letter invoice, the final payment. What the screens show at the
end must be what the ledger holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from app.domain.money import Money
from app.services.customers.customer_list_service import customer_row
from app.services.projects.project_service import ProjectSummary
from app.views.credit.credit_override import OverrideReasonDialog
from app.views.invoices.invoice_requests_page import IssueRequestDialog
from app.views.invoices.invoice_table_model import InvoiceColumn
from app.views.payments.payment_table_model import PaymentColumn
from app.views.projects.project_table_model import ProjectColumn
from app.views.projects.quote_lines_editor import QuoteColumn
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import (
    actor,
    add_staff,
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
def customer(db):
    with db.write() as s:
        return factories.customer(s, "杭州西湖食品有限公司", code="C200", tier_code="high_risk").id


def column_texts(model, column) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def cell(model, key_column, key: str, column) -> str | None:
    """The text in ``column`` of the row whose ``key_column`` reads ``key`` (None if absent)."""
    keys = column_texts(model, key_column)
    return model.index(keys.index(key), column).data() if key in keys else None


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_project_from_quote_to_paid(qtbot, db, clock, errors, customer):
    staff = add_staff(db)
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.manager))
    projects = window.show_section("projects")

    # Quote: two test items, one with a discount.
    new = dialog_of(qtbot, projects.new_project())
    choose_customer(qtbot, new.customer, "西湖")
    type_text(qtbot, new.title, "2026年第二季度食品抽检")
    lines = new.lines
    for column, text in (
        (QuoteColumn.ITEM, "菌落总数"),
        (QuoteColumn.STANDARD, "GB 4789.2"),
        (QuoteColumn.QUANTITY, "10"),
        (QuoteColumn.PRICE, "300"),
    ):
        lines.set_cell(0, column, text)
    lines.add_button.click()
    for column, text in (
        (QuoteColumn.ITEM, "重金属（铅、镉）"),
        (QuoteColumn.QUANTITY, "4"),
        (QuoteColumn.PRICE, "1,750"),
        (QuoteColumn.DISCOUNT, "¥500"),
    ):
        lines.set_cell(1, column, text)
    assert lines.table.item(1, QuoteColumn.AMOUNT).text() == "6,500.00"
    assert lines.total_label.text() == "Total: ¥9,500.00"
    save(qtbot, new)
    created: ProjectSummary = new.result_value
    assert (created.stage, created.quoted_amount_fen) == ("quoted", 950_000)
    board = projects.board
    qtbot.waitUntil(lambda: created.code in board.codes("quoted"))
    assert board.select_project(created.id)
    qtbot.waitUntil(lambda: projects.current is not None and projects.current.id == created.id)

    # Contract at the quoted amount.
    contract = dialog_of(qtbot, projects.sign_contract())
    assert contract.amount.text() == "9,500.00"
    type_text(qtbot, contract.contract_no, "HT-2026-018")
    save(qtbot, contract)
    qtbot.waitUntil(lambda: created.code in board.codes("contracted"))

    # 30% when signed, 70% within 30 days of the report.
    qtbot.waitUntil(lambda: projects.current.stage == "contracted")
    plan = dialog_of(qtbot, projects.payment_plan())
    assert plan.total_label.text() == "¥2,850.00 + ¥6,650.00"
    save(qtbot, plan)
    assert plan.result_value.installments == ((285_000, AS_OF), (665_000, None))

    # The lab's stages; the report's date sets the second installment's due date.
    for stage in ("samples_received", "testing", "report_issued"):
        move = dialog_of(qtbot, projects.move_project(projects.current, stage))
        save(qtbot, move)
        qtbot.waitUntil(
            lambda s=stage: created.code in board.codes(s) and projects.current.stage == s
        )
    assert move.result_value.installments == ((285_000, AS_OF), (665_000, date(2026, 7, 30)))

    # A high-risk customer's report waits for payment; the manager releases it anyway.
    qtbot.waitUntil(lambda: projects.current.stage == "report_issued")
    release = dialog_of(qtbot, projects.release_report())
    qtbot.waitUntil(lambda: release.check is not None)
    assert "¥9,500.00 must be paid before release" in release.payment_state.text()
    release.save_button.click()
    qtbot.waitUntil(release.credit.isVisible)
    assert release.credit.title.text() == "Report held until payment"
    assert "¥9,500.00 is required, ¥0.00 has been paid" in release.credit.text.text()
    assert release.isVisible()
    release.credit.override_button.click()
    reason = open_dialog(qtbot, release, OverrideReasonDialog)
    type_text(qtbot, reason.reason, "客户总经理书面承诺月底前付清")
    with qtbot.waitSignal(release.accepted, timeout=5000):
        reason.ok_button.click()
    assert ("project.release_override", "客户总经理书面承诺月底前付清") in audit_actions(db)

    # Sales asks for the invoice; finance issues it from the requests.
    qtbot.waitUntil(lambda: projects.detail.figures is not None)
    request = dialog_of(qtbot, projects.request_invoice())
    assert request.amount.text() == "9,500.00"
    save(qtbot, request)
    invoices = window.show_section("invoices")
    qtbot.waitUntil(lambda: invoices.requests_button.text() == "Invoice requests (1)")
    requests = invoices.show_requests().page
    qtbot.waitUntil(lambda: len(requests.requests) == 1)
    assert requests.table.item(0, 0).text() == "KP2026000001"
    assert requests.table.item(0, 1).text().startswith(created.code)
    assert requests.table.item(0, 2).text() == "杭州西湖食品有限公司"
    requests.issue_button.click()
    issue = open_dialog(qtbot, window, IssueRequestDialog)
    save(qtbot, issue)
    invoice = issue.result_value
    assert (invoice.amount_fen, invoice.due_date) == (950_000, date(2026, 7, 15))
    qtbot.waitUntil(lambda: len(requests.requests) == 0)
    qtbot.waitUntil(lambda: invoice.number in column_texts(invoices.model, InvoiceColumn.NUMBER))

    # A partial payment, previewed before it is saved.
    payments = window.show_section("payments")
    first = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, first.customer, "西湖")
    qtbot.waitUntil(lambda: first.allocation.lines_loaded)
    type_text(qtbot, first.amount, "4,000")
    table = first.allocation.table
    qtbot.waitUntil(lambda: table.apply_text(0) == "¥4,000.00")
    assert table.table.item(0, 0).text() == invoice.number
    assert table.remaining.text() == "Left as prepayment: ¥0.00"
    type_text(qtbot, first.payer, "杭州西湖食品集团")
    save(qtbot, first)
    assert first.result_value.allocated_fen == 400_000

    # Part of the invoice is credited with a red-letter invoice.
    invoices = window.show_section("invoices")
    qtbot.waitUntil(lambda: invoice.number in column_texts(invoices.model, InvoiceColumn.NUMBER))
    invoices.table.select_row(
        column_texts(invoices.model, InvoiceColumn.NUMBER).index(invoice.number)
    )
    qtbot.waitUntil(lambda: invoices.current is not None and invoices.red_letter_button.isEnabled())
    red = dialog_of(qtbot, invoices.red_letter())
    assert red.amount.text() == "5,500.00"  # what is still open
    red.amount.clear()
    type_text(qtbot, red.amount, "1,000")
    type_text(qtbot, red.reason, "取消一项复检")
    save(qtbot, red)
    credit = red.result_value
    assert credit.amount_fen == -100_000

    # The rest is paid.
    payments = window.show_section("payments")
    last = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, last.customer, "西湖")
    type_text(qtbot, last.amount, "¥4,500.00")
    table = last.allocation.table
    qtbot.waitUntil(lambda: table.apply_text(0) == "¥4,500.00")
    save(qtbot, last)

    # What the screens show is the ledger.
    ledger_is_sound(db)
    with db.read() as s:
        balance = customer_row(s, customer, AS_OF)
    assert balance.balance_fen == 0 and balance.open_fen == 0

    qtbot.waitUntil(lambda: payments.model.rowCount() == 2)
    assert sorted(column_texts(payments.model, PaymentColumn.AMOUNT)) == ["¥4,000.00", "¥4,500.00"]
    assert column_texts(payments.model, PaymentColumn.UNALLOCATED) == ["¥0.00", "¥0.00"]
    payments.table.select_row(0)
    panel = payments.detail
    qtbot.waitUntil(lambda: panel.customer is not None)
    assert Money(balance.balance_fen).format() in labels(panel.balance)
    assert panel.open_title.text() == "The customer has no open invoices."

    invoices = window.show_section("invoices")
    # The list already had both invoices before the last payment: wait for its reload.
    qtbot.waitUntil(
        lambda: (
            cell(invoices.model, InvoiceColumn.NUMBER, invoice.number, InvoiceColumn.STATUS)
            == "Settled"
        )
    )
    assert invoices.model.rowCount() == 2
    numbers = column_texts(invoices.model, InvoiceColumn.NUMBER)
    original = numbers.index(invoice.number)
    assert invoices.model.index(original, InvoiceColumn.OPEN).data() == "¥0.00"
    assert invoices.model.index(original, InvoiceColumn.STATUS).data() == "Settled"
    red_row = numbers.index(credit.number)
    assert invoices.model.index(red_row, InvoiceColumn.AMOUNT).data() == "-¥1,000.00"
    assert invoices.model.index(red_row, InvoiceColumn.STATUS).data() == "Red-letter"
    invoices.table.select_row(original)
    detail = invoices.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.row.id == invoice.id)
    kinds = [detail.settlements.item(r, 1).text() for r in range(detail.settlements.rowCount())]
    amounts = [detail.settlements.item(r, 3).text() for r in range(detail.settlements.rowCount())]
    assert sorted(kinds) == ["Payment", "Payment", "Red-letter invoice"]
    # Together the settlements account for the whole invoice.
    assert sorted(amounts) == ["¥1,000.00", "¥4,000.00", "¥4,500.00"]
    assert "¥0.00" in labels(detail.amounts)

    projects = window.show_section("projects")
    qtbot.waitUntil(lambda: created.code in board.codes("paid"))
    projects.list_button.click()
    # The list reloads apart from the board.
    qtbot.waitUntil(
        lambda: (
            cell(projects.model, ProjectColumn.CODE, created.code, ProjectColumn.STAGE) == "Paid"
        )
    )
    assert not errors.expected_errors
    window.close()
