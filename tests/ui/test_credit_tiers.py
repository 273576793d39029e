"""Settings › credit tiers: the defaults shipped, edited and extended through the tier dialog;
what a tier says is what the services use for the next invoice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.domain.enums import Role
from app.services.core.context import Actor, system_actor
from app.services.credit.credit_tier_service import list_tiers, update_tier
from app.services.ledger.invoice_service import InvoiceInput, issue_invoice
from app.views.credit.credit_tiers_page import CreditTiersPage
from app.views.credit.tier_dialog import TierDialog, parse_reminders
from app.views.settings.settings_page import SettingsPage
from app.views.shell.application import create_main_window
from tests import factories
from tests.ui.typing_helpers import type_text


@pytest.fixture
def tiers(qtbot, window) -> CreditTiersPage:
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.tiers)
    qtbot.waitUntil(lambda: len(page.tiers) == 4)
    return page


def cell(page: CreditTiersPage, code: str, column: int) -> str:
    row = [t.code for t in page.tiers].index(code)
    return page.table.item(row, column).text()


def save(dialog: TierDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def edit(qtbot, page: CreditTiersPage, code: str) -> TierDialog:
    page.select_tier(code)
    dialog = page.edit_tier()
    assert dialog is not None
    return dialog


def test_the_four_default_tiers_are_listed_with_their_rules(tiers):
    assert [t.name for t in tiers.tiers] == ["大客户", "优质客户", "普通客户", "高风险客户"]
    assert cell(tiers, "regular", 3) == "30 days"
    assert cell(tiers, "regular", 4) == "¥200,000.00"
    assert cell(tiers, "regular", 5) == "-7, 0, +7, +15, +30"
    assert cell(tiers, "regular", 6) == "Manager after 30 days"
    assert cell(tiers, "high_risk", 7) == "50%"
    assert cell(tiers, "high_risk", 9) == "held until paid"
    assert cell(tiers, "key", 9) == "released"
    tiers.select_tier("regular")
    assert tiers.edit_button.isEnabled()
    assert not tiers.delete_button.isEnabled()  # the defaults stay


def test_editing_a_tier_changes_the_terms_of_the_next_invoice(qtbot, tiers, ledger, clock):
    with ledger.write() as s:
        customer = factories.customer(s, "扬州广陵质检站", code="C030").id
    actor = system_actor(clock)
    first = issue_invoice(ledger, actor, InvoiceInput(customer, 500_00, date(2026, 6, 1))).value
    assert first.due_date == date(2026, 7, 1)

    dialog = edit(qtbot, tiers, "regular")
    assert dialog.terms.value() == 30 and dialog.code.isReadOnly()
    dialog.terms.setValue(45)
    dialog.reminders.clear()
    type_text(qtbot, dialog.reminders, "-3, 0, 10")
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    qtbot.waitUntil(lambda: cell(tiers, "regular", 3) == "45 days")
    assert cell(tiers, "regular", 5) == "-3, 0, +10"

    second = issue_invoice(ledger, actor, InvoiceInput(customer, 500_00, date(2026, 6, 1))).value
    assert second.due_date == date(2026, 7, 16)


def test_tier_problems_are_shown_at_their_fields(qtbot, tiers, ledger):
    dialog = tiers.add_tier()
    type_text(qtbot, dialog.name, "普通客户")
    type_text(qtbot, dialog.code, "Gov Tier")
    save(dialog)
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "code")
    assert "must start with a lower-case letter" in dialog.errors.error_text("code")
    assert dialog.errors.is_marked("code")

    dialog.code.clear()
    type_text(qtbot, dialog.code, "government")
    save(dialog)
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "name")
    assert dialog.errors.error_text("name") == "A tier named 普通客户 already exists."

    dialog.name.clear()
    type_text(qtbot, dialog.name, "政府客户")
    type_text(qtbot, dialog.reminders, "7, soon")
    save(dialog)
    assert dialog.errors.shown_field == "reminder_days"
    assert "whole numbers separated by commas" in dialog.errors.error_text("reminder_days")
    with ledger.read() as session:
        assert len(list_tiers(session)) == 4


def test_a_tier_can_be_added_and_deleted_again(qtbot, tiers, window):
    dialog = tiers.add_tier()
    type_text(qtbot, dialog.name, "政府客户")
    type_text(qtbot, dialog.name_en, "Government")
    type_text(qtbot, dialog.code, "government")
    dialog.terms.setValue(90)
    type_text(qtbot, dialog.reminders, "0，15，30")  # full-width commas, as typed in Chinese
    dialog.prepayment.setValue(33.5)
    dialog.hold.setChecked(True)
    dialog.hold_days.setValue(120)
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    qtbot.waitUntil(lambda: len(tiers.tiers) == 5)
    assert cell(tiers, "government", 5) == "0, +15, +30"
    assert cell(tiers, "government", 7) == "33.5%"
    assert cell(tiers, "government", 8) == "over 120 days overdue"
    # The customer list offers the new tier as a filter.
    customers = window.pages["customers"]
    qtbot.waitUntil(lambda: customers.tier.findText("Government") > 0)

    tiers.select_tier("government")
    assert tiers.delete_button.isEnabled()
    box = tiers.confirm_delete()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(tiers.tiers) == 4)


def test_a_concurrent_tier_edit_is_reported_with_reload(qtbot, tiers, ledger, clock):
    dialog = edit(qtbot, tiers, "premium")
    stored = dialog.tier
    update_tier(
        ledger,
        system_actor(clock),
        stored.id,
        stored.version,
        replace(dialog.tier_input(), payment_terms_days=50),
    )
    dialog.terms.setValue(40)
    save(dialog)
    qtbot.waitUntil(lambda: dialog.bar.isVisible())
    assert "was changed by someone else" in dialog.bar.label.text()
    dialog.bar.reload_button.click()
    qtbot.waitUntil(lambda: dialog.terms.value() == 50)
    dialog.terms.setValue(40)
    with qtbot.waitSignal(dialog.saved):
        save(dialog)


def test_only_managers_edit_tiers(qtbot, ledger, clock, errors):
    with ledger.write() as s:
        finance = factories.user(s, "钱会计", role="finance")
    actor = Actor(finance.id, finance.login, Role.FINANCE, clock=clock)
    window = create_main_window(ledger, clock, errors=errors, actor=actor)
    qtbot.addWidget(window)
    settings = window.show_section("settings")
    page = settings.tiers
    qtbot.waitUntil(lambda: len(page.tiers) == 4)
    page.select_tier("regular")
    assert not page.add_button.isEnabled() and not page.edit_button.isEnabled()
    assert page.add_button.toolTip() == "Your role (finance) may not edit credit tiers."
    assert page.edit_tier() is None  # a double click does nothing either
    window.close()


def test_reminder_days_are_read_as_people_type_them():
    assert parse_reminders("-7, 0, +7 15") == (-7, 0, 7, 15)
    assert parse_reminders("－3，0、5") == (-3, 0, 5)
    assert parse_reminders("") == ()
