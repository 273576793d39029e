"""Loading demo data from the welcome screen: progress, then lists that show the data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.views.shell.application import create_main_window
from app.views.workbench.demo_data_dialog import DemoDataDialog, DemoGeneration


def test_demo_data_from_the_welcome_screen_fills_the_lists(qtbot, db, clock, errors):
    window = create_main_window(db, clock, errors=errors)
    qtbot.addWidget(window)
    window.show()
    workbench = window.pages["workbench"]
    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.welcome)

    workbench.welcome.demo_button.click()
    dialog = workbench.findChild(DemoDataDialog)
    assert dialog.customers.value() == 300 and dialog.invoices.value() == 5000
    dialog.customers.setValue(12)
    dialog.invoices.setValue(80)
    dialog.accept()
    qtbot.waitUntil(lambda: window.findChild(DemoGeneration) is not None)

    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox)
        ),
        timeout=30_000,
    )
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "12 customers" in box.text() and "80 invoices" in box.text()
    box.close()

    qtbot.waitUntil(lambda: workbench.currentWidget() is workbench.summary)
    assert workbench.figures.customers == 12
    customers = window.show_section("customers")
    qtbot.waitUntil(lambda: customers.model.rowCount() > 0)
    invoices = window.show_section("invoices")
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 80)
    assert not errors.expected_errors
    window.close()


def test_demo_data_cannot_go_into_a_ledger_with_customers(qtbot, window, errors):
    generation = DemoGeneration(window.ctx, DemoDataDialog().request(), window)
    generation.start()
    qtbot.waitUntil(lambda: bool(errors.expected_errors), timeout=10_000)
    assert "already has customers" in errors.expected_errors[0].message
