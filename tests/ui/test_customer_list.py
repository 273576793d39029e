"""The customer section driven like a user: search as you type, sort, filter, select."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.views.customers.customer_list_view import CustomerListView
from app.views.customers.customer_table_model import CustomerColumn
from tests.ui.typing_helpers import type_text


@pytest.fixture
def customers(qtbot, window) -> CustomerListView:
    view = window.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    return view


def codes(view: CustomerListView) -> list[str]:
    model = view.model
    return [model.index(r, CustomerColumn.CODE).data() for r in range(model.rowCount())]


def click_header(qtbot, view: CustomerListView, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_typing_in_the_search_filters_the_list(qtbot, customers):
    assert customers.count_label.text() == "4 customers"
    type_text(qtbot, customers.search, "浦东")
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    assert codes(customers) == ["C001"]
    assert customers.count_label.text() == "1 customer"

    customers.search.clear()
    type_text(qtbot, customers.search, "c00")
    qtbot.waitUntil(lambda: customers.model.rowCount() == 4)
    type_text(qtbot, customers.search, "3")
    qtbot.waitUntil(lambda: codes(customers) == ["C003"])


def test_search_waits_for_a_pause_in_typing(qtbot, customers):
    type_text(qtbot, customers.search, "C002")
    # Nothing re-queried while the user is still typing...
    assert customers.model.request.search == ""
    # ...and one query once they pause.
    qtbot.waitUntil(lambda: codes(customers) == ["C002"])
    assert customers.model.request.search == "C002"


def test_clicking_a_header_sorts_in_the_database(qtbot, customers):
    assert codes(customers) == ["C001", "C002", "C003", "C004"]
    click_header(qtbot, customers, CustomerColumn.BALANCE)
    qtbot.waitUntil(lambda: customers.model.request.sort_key == "balance")
    qtbot.waitUntil(lambda: codes(customers)[0] == "C002")  # -¥50.00 prepayment first
    assert codes(customers) == ["C002", "C003", "C001", "C004"]
    click_header(qtbot, customers, CustomerColumn.BALANCE)
    qtbot.waitUntil(lambda: codes(customers) == ["C004", "C001", "C003", "C002"])


def test_a_column_sql_cannot_sort_keeps_the_current_order(qtbot, customers):
    header = customers.table.horizontalHeader()
    click_header(qtbot, customers, CustomerColumn.UNALLOCATED)
    # The click is handled at once; a re-query would show in the request and in is_loading.
    assert not customers.model.is_loading
    assert header.sortIndicatorSection() == CustomerColumn.CODE
    assert customers.model.request.sort_key == "code"
    assert codes(customers) == ["C001", "C002", "C003", "C004"]


def test_filters_for_category_and_archived(qtbot, customers):
    customers.category.setCurrentIndex(customers.category.findData("government"))
    qtbot.waitUntil(lambda: codes(customers) == ["C004"])
    customers.category.setCurrentIndex(0)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 4)
    customers.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 5)
    assert "C005" in codes(customers)


def test_selecting_a_customer_fills_the_detail_panel(qtbot, customers):
    customers.table.select_row(0)  # C001 上海浦东环境监测站
    panel = customers.detail
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.row.code == "C001")
    assert panel.currentIndex() == 1
    assert panel.name_label.text() == "上海浦东环境监测站"
    texts = [label.text() for label in panel.credit.findChildren(type(panel.name_label))]
    assert "¥900.00" in texts  # balance: 1,000 - 400 paid + 300 current
    assert "¥600.00" in texts  # overdue
    contact_texts = [label.text() for label in panel.contacts.findChildren(type(panel.name_label))]
    assert any("张伟" in t for t in contact_texts)

    customers.table.select_row(1)
    qtbot.waitUntil(lambda: panel.detail.row.code == "C002")
    texts = [label.text() for label in panel.credit.findChildren(type(panel.name_label))]
    assert "-¥50.00" in texts


def test_filter_by_credit_tier(qtbot, customers):
    qtbot.waitUntil(lambda: customers.tier.count() == 5)  # all tiers + the four defaults
    assert [customers.tier.itemText(i) for i in range(5)] == [
        "All credit tiers",
        "Key account",
        "Premium",
        "Regular",
        "High risk",
    ]
    customers.tier.setCurrentIndex(customers.tier.findText("High risk"))
    qtbot.waitUntil(lambda: codes(customers) == ["C002"])
    customers.tier.setCurrentIndex(0)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 4)


def test_the_detail_panel_says_why_a_customer_cannot_be_shown(qtbot, customers, errors):
    panel = customers.detail
    customers.table.select_row(0)
    qtbot.waitUntil(lambda: panel.detail is not None)
    panel.show_customer(999_999)  # e.g. merged away on another PC in the meantime
    qtbot.waitUntil(lambda: panel.currentWidget() is panel.placeholder)
    assert panel.placeholder.text() == (
        "Customer 999999 does not exist (it may have been deleted on another PC)."
    )
    assert panel.detail is None
    assert not errors.expected_errors  # said in the panel, not in a dialog
    panel.show_customer(None)
    assert panel.placeholder.text() == "Select a customer to see their details."
