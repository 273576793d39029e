"""After a write the change bus announces exactly the kinds of records the write service
reported, and each list refreshes only when a kind it shows changed: a payment applied to
invoices refreshes the invoice list, one kept as a prepayment leaves that list alone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Customer
from app.services.core.changes import Changed, Kind
from app.services.core.context import system_actor
from app.services.ledger.payment_service import PaymentInput, PaymentResult, record_payment
from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.invoices.invoice_table_model import InvoiceColumn
from app.views.ops.op_runner import Op
from app.views.payments.payment_list_view import PaymentListView
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import choose_customer, dialog_of, save
from tests.ui.typing_helpers import type_text


@pytest.fixture
def lists(qtbot, window) -> tuple[InvoiceListView, PaymentListView]:
    invoices = window.show_section("invoices")
    assert isinstance(invoices, InvoiceListView)
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 5)
    payments = window.show_section("payments")
    assert isinstance(payments, PaymentListView)
    qtbot.waitUntil(lambda: payments.model.rowCount() == 3)
    qtbot.waitUntil(lambda: not window.ctx.writer.busy)  # the start-up jobs are done
    return invoices, payments


def open_amount(view: InvoiceListView, number: str) -> str:
    model = view.model
    for row in range(model.rowCount()):
        if model.index(row, InvoiceColumn.NUMBER).data() == number:
            return model.index(row, InvoiceColumn.OPEN).data()
    raise AssertionError(f"{number} is not in the list")


def test_a_payment_applied_to_invoices_refreshes_the_invoice_list(qtbot, window, lists):
    invoices, payments = lists
    assert open_amount(invoices, "FP2026001") == "¥600.00"
    announced: list[frozenset[Kind]] = []
    window.ctx.bus.changed.connect(announced.append)

    dialog = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, dialog.customer, "浦东")
    type_text(qtbot, dialog.amount, "600")
    qtbot.waitUntil(lambda: dialog.allocation.table.apply_text(0) == "¥600.00")
    save(qtbot, dialog)

    # The service said it changed payments and invoices; the invoice list shows the news.
    assert announced == [frozenset({Kind.PAYMENTS, Kind.INVOICES})]
    qtbot.waitUntil(lambda: open_amount(invoices, "FP2026001") == "¥0.00")


def test_the_bus_announces_what_the_service_reported_and_nothing_else(
    qtbot, window, lists, ledger, clock
):
    invoices, payments = lists
    with ledger.read() as s:
        suzhou = s.scalars(select(Customer.id).where(Customer.code == "C004")).one()
    actor = system_actor(clock)
    reported: list[frozenset[Kind]] = []

    def keep_as_prepayment(op: Op) -> Changed[PaymentResult]:
        changed = record_payment(op.db, actor, PaymentInput(suzhou, AS_OF, 100_000), "none")
        reported.append(changed.kinds)
        return changed

    announced: list[frozenset[Kind]] = []
    window.ctx.bus.changed.connect(announced.append)
    invoice_reloads: list[bool] = []
    invoices.model.loadingChanged.connect(lambda loading: loading and invoice_reloads.append(1))
    results: list[PaymentResult] = []
    with qtbot.waitSignal(payments.model.loaded):
        window.ctx.writer.write(keep_as_prepayment, results.append)

    assert reported == [frozenset({Kind.PAYMENTS})]
    assert announced == reported
    assert results[0].allocated_fen == 0 and payments.model.rowCount() == 4
    # No invoice changed, so the invoice list did not reload.
    assert invoice_reloads == []
