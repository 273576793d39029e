"""The invoice section: status filter, search, sort, overdue highlight and the detail panel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.core.list_request import ListRequest
from app.views.invoices.invoice_detail_panel import InvoiceDetailPanel
from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.invoices.invoice_table_model import (
    COLUMNS,
    CONTEXT,
    InvoiceColumn,
    InvoiceListSource,
)
from app.views.tables.paged_table_model import PAGE_SIZE, PagedTableModel
from app.views.tables.paged_table_view import PagedTableView
from tests import factories
from tests.ui.typing_helpers import type_text


@pytest.fixture
def invoices(qtbot, window) -> InvoiceListView:
    view = window.show_section("invoices")
    assert isinstance(view, InvoiceListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    return view


def numbers(view: InvoiceListView) -> list[str]:
    model = view.model
    return [model.index(r, InvoiceColumn.NUMBER).data() for r in range(model.rowCount())]


def test_newest_first_with_a_count(invoices):
    assert numbers(invoices) == ["FP2026002", "FP2026003", "FP2026001", "FP2025998", "FP2025999"]
    assert invoices.count_label.text() == "5 invoices"


def test_status_filter_overdue_shows_only_overdue_invoices(qtbot, invoices):
    invoices.status.setCurrentIndex(invoices.status.findData("overdue"))
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 2)
    assert sorted(numbers(invoices)) == ["FP2026001", "FP2026003"]
    model = invoices.model
    for row in range(2):
        assert model.index(row, InvoiceColumn.STATUS).data() == "Overdue"
        assert int(model.index(row, InvoiceColumn.DAYS_OVERDUE).data()) > 0
        # Overdue rows stand out.
        assert (
            model.index(row, InvoiceColumn.NUMBER).data(Qt.ItemDataRole.BackgroundRole) is not None
        )
    invoices.status.setCurrentIndex(invoices.status.findData("void"))
    qtbot.waitUntil(lambda: numbers(invoices) == ["FP2025998"])
    assert (
        invoices.model.index(0, InvoiceColumn.NUMBER).data(Qt.ItemDataRole.BackgroundRole) is None
    )
    invoices.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 5)


def test_search_by_number_prefix_and_customer_name(qtbot, invoices):
    type_text(qtbot, invoices.search, "FP2025")
    qtbot.waitUntil(lambda: sorted(numbers(invoices)) == ["FP2025998", "FP2025999"])
    invoices.search.clear()
    type_text(qtbot, invoices.search, "苏州")
    qtbot.waitUntil(lambda: numbers(invoices) == ["FP2026003"])


def test_sorting_by_amount(qtbot, invoices):
    invoices.table.sortByColumn(InvoiceColumn.AMOUNT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: numbers(invoices)[0] == "FP2026003")
    assert numbers(invoices)[:2] == ["FP2026003", "FP2026001"]


def test_selecting_an_invoice_shows_balance_days_overdue_and_settlements(qtbot, invoices):
    row = numbers(invoices).index("FP2026001")
    invoices.table.select_row(row)
    panel = invoices.detail
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.row.number == "FP2026001")
    assert panel.number_label.text() == "FP2026001"
    amounts = [label.text() for label in panel.amounts.findChildren(type(panel.number_label))]
    assert "¥1,000.00" in amounts
    assert "¥600.00" in amounts  # open balance after ¥400.00 paid
    assert "91 days" in amounts  # due 2026-03-31, as of 2026-06-30
    assert panel.settlements.rowCount() == 1
    assert panel.settlements.item(0, 1).text() == "Payment"
    assert panel.settlements.item(0, 3).text() == "¥400.00"


def test_the_selection_survives_a_refresh(qtbot, invoices):
    invoices.table.select_row(1)
    selected = invoices.table.current_id
    with qtbot.waitSignal(invoices.model.loaded):
        invoices.model.refresh()
    assert invoices.table.current_id == selected
    assert invoices.table.currentIndex().row() == 1


class GatedInvoices(InvoiceListSource):
    """The real invoice list, whose pages after the first wait until the test opens the gate:
    a page that is slow to arrive, without any timing."""

    def __init__(self, db, gate: threading.Event) -> None:
        super().__init__(db)
        self.gate = gate

    def fetch(self, req, offset, limit, total):
        if offset:
            self.gate.wait(10)
        return super().fetch(req, offset, limit, total)


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    gate = threading.Event()
    yield gate
    gate.set()  # never leave a worker waiting


def test_a_row_selected_before_its_page_arrives_shows_its_details_once_it_does(
    qtbot, window, ledger, gate
):
    with ledger.write() as s:
        customer = factories.customer(s, "无锡慢页客户")
        for day in range(PAGE_SIZE):
            factories.invoice(s, customer, 1_000, date(2025, 1, 1) + timedelta(days=day))
        factories.invoice(s, customer, 7_700, date(2026, 6, 29), number="FP2026999")
    ctx = window.ctx
    model = PagedTableModel(
        COLUMNS,
        GatedInvoices(ledger, gate),
        ctx.runner,
        ctx.clock,
        ListRequest(sort_key="issue_date"),
        context=CONTEXT,
        slow_page_seconds=0.0,  # every page after the first loads off the GUI thread
    )
    table = PagedTableView()
    qtbot.addWidget(table)
    table.set_paged_model(model)
    panel = InvoiceDetailPanel(ctx)
    qtbot.addWidget(panel)
    table.currentIdChanged.connect(panel.show_invoice)
    with qtbot.waitSignal(model.loaded):
        model.refresh()
    qtbot.waitUntil(lambda: model.is_counted)  # (the rows past the first page come with it)
    last = model.rowCount() - 1
    assert last >= PAGE_SIZE  # on the second page

    table.select_row(last)
    assert table.current_id is None and panel.detail is None  # its page waits at the gate
    gate.set()
    qtbot.waitUntil(lambda: panel.detail is not None)
    assert panel.detail.row.number == "FP2026999"
    assert table.current_id == panel.detail.row.id
    assert panel.number_label.text() == "FP2026999"
