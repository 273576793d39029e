"""An amount above the lab's large-amount setting (¥100,000,000.00 unless changed in
Settings) is confirmed before it is saved: Cancel keeps the form open and saves nothing,
Save saves it. A slipped zero is caught; a real large amount goes through."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.models import Invoice, Payment
from app.services.core.settings_service import get_large_amount_fen
from app.views.credit.credit_override import OverrideReasonDialog
from app.views.invoices.invoice_dialog import IssueInvoiceDialog
from app.views.payments.payment_dialog import RecordPaymentDialog
from app.views.settings.large_amount_dialog import LargeAmountDialog
from app.views.settings.settings_page import SettingsPage
from app.views.widgets.form_dialog import FormDialog
from tests.ui.ledger_fixtures import choose_customer, dialog_of, open_dialog
from tests.ui.typing_helpers import type_text


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def question(qtbot, dialog: FormDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.large_amounts.box is not None)
    box = dialog.large_amounts.box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


@pytest.fixture
def payment_dialog(qtbot, window) -> RecordPaymentDialog:
    payments = window.show_section("payments")
    dialog = dialog_of(qtbot, payments.record_payment())
    choose_customer(qtbot, dialog.customer, "浦东")
    return dialog


def test_cancel_keeps_the_form_open_and_saves_nothing_save_saves(qtbot, payment_dialog, ledger):
    dialog = payment_dialog
    type_text(qtbot, dialog.amount, "150,000,000")
    dialog.save_button.click()
    box = question(qtbot, dialog)
    assert box.windowTitle() == "Large amount"
    assert box.text().startswith("Amount: ¥150,000,000.00\n")
    assert "more than ¥100,000,000.00" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert not dialog.save_button.isEnabled()

    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.large_amounts.box is None)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert count(ledger, Payment) == 3
    assert not dialog.ctx.writer.busy

    # Saving again asks again; this time the amount was meant.
    dialog.save_button.click()
    box = question(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        box.button(QMessageBox.StandardButton.Save).click()
    with ledger.read() as s:
        amounts = s.scalars(select(Payment.amount_fen).order_by(Payment.id)).all()
    assert amounts[-1] == 15_000_000_000
    assert len(amounts) == 4


def test_an_ordinary_amount_is_saved_without_a_question(qtbot, payment_dialog, ledger):
    dialog = payment_dialog
    type_text(qtbot, dialog.amount, "100,000,000")  # exactly the limit: not above it
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert dialog.large_amounts.box is None
    assert count(ledger, Payment) == 4


def test_the_limit_is_a_setting_and_a_credit_override_is_not_asked_twice(qtbot, window, ledger):
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    settings.large_amount_button.click()
    limit = open_dialog(qtbot, settings, LargeAmountDialog)
    assert limit.amount.text() == "100,000,000.00"
    limit.amount.clear()
    type_text(qtbot, limit.amount, "250,000")
    with qtbot.waitSignal(limit.accepted, timeout=5000):
        limit.buttons.button(limit.buttons.StandardButton.Save).click()
    with ledger.read() as s:
        assert get_large_amount_fen(s) == 25_000_000

    before = count(ledger, Invoice)
    invoices = window.show_section("invoices")
    dialog = dialog_of(qtbot, invoices.issue_invoice())
    assert isinstance(dialog, IssueInvoiceDialog)
    choose_customer(qtbot, dialog.customer, "南京")
    type_text(qtbot, dialog.amount, "300,000")
    dialog.save_button.click()
    box = question(qtbot, dialog)
    assert box.text().startswith("Amount incl. tax: ¥300,000.00\n")
    assert "more than ¥250,000.00" in box.text()
    box.button(QMessageBox.StandardButton.Save).click()
    # ¥300,000 is past the regular tier's credit limit: a manager overrides, and is not
    # asked about the amount again.
    qtbot.waitUntil(dialog.credit.isVisible)
    dialog.credit.override_button.click()
    reason = open_dialog(qtbot, dialog, OverrideReasonDialog)
    type_text(qtbot, reason.reason, "集团担保")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        reason.ok_button.click()
    assert dialog.large_amounts.box is None
    assert dialog.result_value.amount_fen == 30_000_000
    assert count(ledger, Invoice) == before + 1
