"""The invoice section: status filter, search, sort, overdue highlight and the detail panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.invoices.invoice_table_model import InvoiceColumn
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
