"""The workbench's "Today" figures: what fell overdue since yesterday opens the overdue
invoices, the collection tasks due open the calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel

from app.models import Customer
from tests import factories


def _today_texts(page) -> list[str]:
    form = page.summary.today.layout()
    assert isinstance(form, QFormLayout)
    texts = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            texts.append(label.text())
    return texts


def test_the_invoice_due_yesterday_shows_under_today_and_opens_the_overdue_list(
    qtbot, window, ledger
):
    with ledger.write() as s:
        customer = s.query(Customer).filter_by(code="C003").one()
        factories.invoice(s, customer, 12_345, date(2026, 5, 30), number="FP2026029")
    page = window.pages["workbench"]
    page.refresh()
    qtbot.waitUntil(lambda: any("¥123.45" in t for t in _today_texts(page)))
    fell = next(t for t in _today_texts(page) if "¥123.45" in t)
    assert "1 invoices" in fell and 'href="invoices:overdue"' in fell

    page.summary._open_link("invoices:overdue")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages["invoices"])


def test_collection_tasks_due_open_the_calendar(qtbot, window):
    page = window.pages["workbench"]
    qtbot.waitUntil(lambda: len(_today_texts(page)) == 3)
    tasks = _today_texts(page)[0]
    assert 'href="calendar:"' in tasks
    page.summary._open_link("calendar:")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages["calendar"])
