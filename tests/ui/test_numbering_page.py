"""Settings › numbering: each kind's pattern with the number it gives next, worked out again
as the pattern is typed; a bad pattern is refused with its reason and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.enums import Role
from app.models import Customer
from app.services.core.context import Actor, system_actor
from app.services.core.numbering_service import numbering_rules
from app.services.projects.project_service import ProjectInput, create_project
from app.views.settings.numbering_page import NumberingPage
from app.views.settings.settings_page import SettingsPage
from app.views.shell.application import create_main_window
from tests import factories
from tests.ui.typing_helpers import type_text


def numbering_page(qtbot, window) -> NumberingPage:
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.numbering)
    assert isinstance(page, NumberingPage)
    qtbot.waitUntil(lambda: page.next_numbers["statement"].text() == "DZ2026000001")
    return page


def retype(qtbot, page: NumberingPage, kind: str, text: str) -> None:
    edit = page.patterns[kind]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def stored(ledger) -> dict[str, str]:
    with ledger.read() as s:
        return numbering_rules(s)


def test_the_next_number_follows_the_pattern_as_it_is_typed(qtbot, window, ledger, clock):
    page = numbering_page(qtbot, window)
    assert page.patterns["project"].text() == "XM{yyyy}{seq:06}"
    # The ledger's invoices were numbered by hand (FP2026001...): the sequence is untouched.
    assert page.next_numbers["invoice"].text() == "FP2026000001"

    retype(qtbot, page, "project", "WT-{yy}{mm}-{seq:4}")
    qtbot.waitUntil(lambda: page.next_numbers["project"].text() == "WT-2606-0001")
    retype(qtbot, page, "invoice_request", "开票{yyyy}{seq}")
    qtbot.waitUntil(lambda: page.next_numbers["invoice_request"].text() == "开票20261")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Numbering rules saved.")
    assert stored(ledger)["project"] == "WT-{yy}{mm}-{seq:4}"
    assert stored(ledger)["invoice_request"] == "开票{yyyy}{seq}"

    # A project made on another PC moves the next number on.
    with ledger.read() as s:
        customer = s.scalar(select(Customer.id).where(Customer.code == "C001"))
    made = create_project(ledger, system_actor(clock), ProjectInput(customer, "水质检测"))
    assert made.value.code == "WT-2606-0001"
    window.ctx.bus.announce(made.kinds)
    qtbot.waitUntil(lambda: page.next_numbers["project"].text() == "WT-2606-0002")


def test_a_bad_pattern_is_refused_with_its_reason(qtbot, window, ledger):
    page = numbering_page(qtbot, window)
    retype(qtbot, page, "payment", "SK{yyyy}")
    assert page.error_text("payment") == (
        "Payment numbers: the pattern needs the running number, e.g. {seq:6} for six digits."
    )
    assert page.next_numbers["payment"].text() == "—"
    assert page.patterns["payment"].property("invalid") is True
    retype(qtbot, page, "project", "XM{mm}{seq}")
    assert "needs the year too" in page.error_text("project")

    page.save_button.click()

    assert page.focusWidget() is page.patterns["project"]
    assert page.status.text() == ""
    assert stored(ledger)["payment"] == "SK{yyyy}{seq:06}"
    retype(qtbot, page, "payment", "SK{yyyy}{seq:5}")
    assert page.error_text("payment") == ""
    qtbot.waitUntil(lambda: page.next_numbers["payment"].text() == "SK202600001")
    page.defaults_button.click()
    assert page.error_text("project") == ""
    assert not page.is_edited()


def test_only_finance_changes_the_rules(qtbot, ledger, clock, errors):
    with ledger.write() as s:
        sales = factories.user(s, "孙丽", role="sales")
    actor = Actor(sales.id, sales.login, Role.SALES, clock=clock)
    window = create_main_window(ledger, clock, errors=errors, actor=actor)
    qtbot.addWidget(window)
    page = numbering_page(qtbot, window)
    assert page.patterns["project"].isReadOnly()
    assert not page.save_button.isEnabled()
    assert "may not change numbering rules" in page.save_button.toolTip()
    window.close()
