"""The totals row under each list: count and sums of exactly what the search and filters
show (every row, not only the loaded ones), worked out off the GUI thread after the first
page is shown, and again after a change."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from app.domain.money import Money
from app.models import Customer
from app.services.core.context import system_actor
from app.services.core.list_request import ListRequest
from app.services.ledger.payment_service import PaymentInput, record_payment
from app.services.projects.project_service import ProjectInput, QuoteLine, create_project
from app.views.customers.customer_list_view import CustomerListView
from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.invoices.invoice_table_model import COLUMNS, CONTEXT, InvoiceListSource
from app.views.payments.payment_list_view import PaymentListView
from app.views.projects.projects_page import ProjectsPage
from app.views.tables.paged_table_model import PagedTableModel
from app.views.tables.totals_bar import TotalsBar
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.typing_helpers import type_text


def rows(model: PagedTableModel) -> list:
    return [model.row_at(row) for row in range(model.rowCount())]


def money(fen: int) -> str:
    return Money(fen).format()


@pytest.fixture
def invoices(qtbot, window) -> InvoiceListView:
    view = window.show_section("invoices")
    assert isinstance(view, InvoiceListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    return view


def invoice_totals_text(view: InvoiceListView) -> str:
    """What the totals row must say: worked out here from the rows the list shows."""
    shown = rows(view.model)
    overdue = sum(r.open_fen for r in shown if r.days_overdue(AS_OF) > 0)
    return (
        f"{len(shown)} invoices  Amount {money(sum(r.amount_fen for r in shown))}  "
        f"Open {money(sum(r.open_fen for r in shown))}  of which overdue {money(overdue)}"
    )


def test_the_invoice_totals_row_adds_up_what_the_filter_shows(qtbot, invoices):
    bar = invoices.totals_bar
    qtbot.waitUntil(
        lambda: (
            bar.text() == "5 invoices  Amount ¥3,970.00  Open ¥3,400.00  of which overdue ¥3,100.00"
        )
    )
    assert bar.text() == invoice_totals_text(invoices)

    invoices.status.setCurrentIndex(invoices.status.findData("overdue"))
    qtbot.waitUntil(lambda: bar.text().startswith("2 invoices"))
    assert bar.text() == "2 invoices  Amount ¥3,500.00  Open ¥3,100.00  of which overdue ¥3,100.00"
    assert bar.text() == invoice_totals_text(invoices)

    invoices.status.setCurrentIndex(0)
    type_text(qtbot, invoices.search, "南京")  # one settled invoice, one void
    qtbot.waitUntil(lambda: bar.text().startswith("2 invoices  Amount ¥170.00"))
    assert bar.text() == "2 invoices  Amount ¥170.00  Open ¥0.00  of which overdue ¥0.00"
    assert bar.text() == invoice_totals_text(invoices)


def test_the_totals_row_follows_a_change(qtbot, window, invoices, ledger, clock):
    payments = window.show_section("payments")
    assert isinstance(payments, PaymentListView)
    qtbot.waitUntil(lambda: payments.totals_bar.text().startswith("3 payments"))
    qtbot.waitUntil(lambda: invoices.totals_bar.text().startswith("5 invoices"))
    with ledger.read() as s:
        pudong = s.scalars(select(Customer.id).where(Customer.code == "C001")).one()
    admin = system_actor(clock)

    # ¥600.00 from 浦东, applied to its overdue invoice (oldest first).
    window.ctx.writer.write(
        lambda op: record_payment(op.database, admin, PaymentInput(pudong, AS_OF, 60_000), "auto")
    )

    qtbot.waitUntil(
        lambda: (
            invoices.totals_bar.text()
            == "5 invoices  Amount ¥3,970.00  Open ¥2,800.00  of which overdue ¥2,500.00"
        )
    )
    assert invoices.totals_bar.text() == invoice_totals_text(invoices)
    qtbot.waitUntil(
        lambda: payments.totals_bar.text() == "4 payments  Amount ¥1,130.00  Prepayment left ¥50.00"
    )


def test_the_customer_and_payment_totals_rows(qtbot, window):
    customers = window.show_section("customers")
    assert isinstance(customers, CustomerListView)
    # The archived customer is hidden, and so are its figures.
    qtbot.waitUntil(
        lambda: (
            customers.totals_bar.text()
            == "4 customers  Balance ¥3,350.00  Overdue ¥3,100.00  Unapplied payments ¥50.00"
        )
    )
    shown = rows(customers.model)
    assert money(sum(r.balance_fen for r in shown)) == "¥3,350.00"
    type_text(qtbot, customers.search, "浦东")
    qtbot.waitUntil(
        lambda: (
            customers.totals_bar.text()
            == "1 customer  Balance ¥900.00  Overdue ¥600.00  Unapplied payments ¥0.00"
        )
    )

    payments = window.show_section("payments")
    assert isinstance(payments, PaymentListView)
    qtbot.waitUntil(
        lambda: payments.totals_bar.text() == "3 payments  Amount ¥530.00  Prepayment left ¥50.00"
    )
    payments.status.setCurrentIndex(payments.status.findData("unallocated"))
    qtbot.waitUntil(
        lambda: payments.totals_bar.text() == "1 payment  Amount ¥50.00  Prepayment left ¥50.00"
    )


def test_the_project_list_totals_row(qtbot, window, ledger, clock):
    admin = system_actor(clock)
    with ledger.read() as s:
        nanjing = s.scalars(select(Customer.id).where(Customer.code == "C003")).one()
    for title, price in (("水质检测", 120_000), ("噪声监测", 35_000)):
        line = (QuoteLine("项目", 1000, price),)
        project = ProjectInput(nanjing, title, lines=line)
        window.ctx.writer.write(lambda op, p=project: create_project(op.database, admin, p))
    page = window.show_section("projects")
    assert isinstance(page, ProjectsPage)
    assert page.totals_bar.isHidden()  # the board counts each column itself
    page.list_button.click()
    assert not page.totals_bar.isHidden()
    qtbot.waitUntil(lambda: page.totals_bar.text() == "2 projects  Amount ¥1,550.00")
    type_text(qtbot, page.search, "噪声")
    qtbot.waitUntil(lambda: page.totals_bar.text() == "1 project  Amount ¥350.00")


class GatedTotals(InvoiceListSource):
    """The real invoice list, whose totals wait until the test opens the gate."""

    def __init__(self, db, gate: threading.Event) -> None:
        super().__init__(db)
        self.gate = gate

    def totals(self, req: ListRequest):
        self.gate.wait(10)
        return super().totals(req)


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    gate = threading.Event()
    yield gate
    gate.set()  # never leave a worker waiting


def test_the_first_page_does_not_wait_for_the_totals(qtbot, window, ledger, gate):
    with ledger.write() as s:
        customer = factories.customer(s, "无锡合计客户")
        factories.invoice(s, customer, 7_700, date(2026, 6, 29), number="FP2026999")
    ctx = window.ctx
    source = GatedTotals(ledger, gate)
    model = PagedTableModel(
        COLUMNS,
        source,
        ctx.runner,
        ctx.clock,
        ListRequest(sort_key="issue_date", descending=True),
        context=CONTEXT,
        totals=source.totals,
    )
    bar = TotalsBar()
    qtbot.addWidget(bar)
    model.totalsChanged.connect(
        lambda: bar.show_pending() if model.totals is None else bar.show_totals("in", [])
    )
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    assert model.row_at(0).number == "FP2026999" and model.rowCount() == 6
    assert model.totals is None and bar.text() == "adding up…"
    gate.set()
    qtbot.waitUntil(lambda: model.totals is not None)
    assert model.totals.count == 6 and model.totals.amount_fen == 397_000 + 7_700
    assert bar.text() == "in"
