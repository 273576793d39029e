"""Settings › Staff: a new database gets its salespeople before anyone logs in, and they can
be given customers at once; the pickers elsewhere pick them up after the save."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.domain.enums import Role
from app.models import Customer, User
from app.views.customers.customer_list_view import CustomerListView
from app.views.projects.projects_page import ProjectsPage
from app.views.settings.settings_page import SettingsPage
from app.views.settings.staff_dialog import StaffDialog
from app.views.settings.staff_page import StaffPage
from tests import factories
from tests.ui.ledger_fixtures import actor, open_window
from tests.ui.typing_helpers import type_text


@pytest.fixture
def staff(qtbot, window) -> StaffPage:
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.staff)
    assert isinstance(page, StaffPage)
    qtbot.waitUntil(lambda: len(page.staff) == 2)
    return page


def names(page: StaffPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def cell(page: StaffPage, name: str, column: int) -> str:
    return page.table.item(names(page).index(name), column).text()


def press_save(qtbot, dialog: StaffDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_salesperson_added_here_can_be_given_a_customer(qtbot, window, staff, ledger):
    assert names(staff) == ["李强", "王芳"]
    assert cell(staff, "王芳", 6) == "2"  # customers they own
    projects = window.show_section("projects")
    assert isinstance(projects, ProjectsPage)
    qtbot.waitUntil(lambda: projects.salesperson.findText("王芳") >= 0)

    dialog = staff.add_person()
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.display_name, "赵敏")
    assert dialog.role.currentData() == Role.SALES.value
    type_text(qtbot, dialog.phone, "139 1234 5678")
    type_text(qtbot, dialog.email, "zhaomin@lab.cn")
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: "赵敏" in names(staff))
    assert staff.current_person() is not None and staff.current_person().display_name == "赵敏"
    assert cell(staff, "赵敏", 1) == "Sales"
    assert cell(staff, "赵敏", 2) == "139 1234 5678"
    assert cell(staff, "赵敏", 5) == "staff1"
    # A picker that was already open offers the new salesperson too.
    qtbot.waitUntil(lambda: projects.salesperson.findText("赵敏") >= 0)

    customers = window.show_section("customers")
    assert isinstance(customers, CustomerListView)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 4)
    customers.table.select_row(0)
    qtbot.waitUntil(lambda: customers.current_row() is not None)
    chosen = customers.current_row().id
    edit = customers.edit_customer()
    qtbot.waitUntil(lambda: edit.tabs.isEnabled() and edit.owner.findText("赵敏") >= 0)
    edit.owner.setCurrentIndex(edit.owner.findText("赵敏"))
    with qtbot.waitSignal(edit.saved):
        edit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    with ledger.read() as s:
        zhao = s.scalars(select(User.id).where(User.display_name == "赵敏")).one()
        assert s.get(Customer, chosen).owner_id == zhao
    qtbot.waitUntil(lambda: cell(staff, "赵敏", 6) == "1")


def test_a_phone_that_is_no_number_is_shown_at_the_field_and_nothing_is_saved(qtbot, staff, ledger):
    dialog = staff.add_person()
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.display_name, "赵敏")
    type_text(qtbot, dialog.phone, "5888 0001")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors.error_text("phone") != "")
    assert dialog.errors.error_text("phone") == (
        "Phone: 5888 0001 needs its area code, e.g. 021-5888 0001."
    )
    assert dialog.errors.is_marked("phone") and dialog.isVisible()
    with ledger.read() as s:
        assert s.scalars(select(User.id).where(User.display_name == "赵敏")).all() == []
    dialog.phone.clear()
    type_text(qtbot, dialog.phone, "021-5888 0001 转 8")
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: "赵敏" in names(staff))


def test_someone_who_leaves_keeps_their_customers_and_the_page_says_so(qtbot, window, staff):
    projects = window.show_section("projects")
    assert isinstance(projects, ProjectsPage)
    qtbot.waitUntil(lambda: projects.salesperson.findText("王芳") >= 0)
    window.show_section("settings")
    staff.select_person("王芳")
    dialog = staff.edit_person()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.leaving_note.isVisible()
    dialog.active.setChecked(False)
    assert dialog.leaving_note.isVisible()
    assert "王芳 owns 2 customers" in dialog.leaving_note.text()
    press_save(qtbot, dialog)
    qtbot.waitUntil(lambda: cell(staff, "王芳", 7) == "Inactive")
    assert staff.note.isVisible()
    assert staff.note.text() == (
        "王芳 is inactive and still owns 2 customers: hand them over to someone else "
        "(Customers › Hand over…)."
    )
    assert names(staff) == ["李强", "王芳"]  # the inactive last
    qtbot.waitUntil(lambda: projects.salesperson.findText("王芳") < 0)


def test_only_managers_and_admins_manage_staff(qtbot, ledger, clock, errors):
    with ledger.write() as s:
        clerk = factories.user(s, "孙会计", role="finance").id
    window = open_window(qtbot, ledger, clock, errors, actor(ledger, clock, clerk))
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.staff)
    assert isinstance(page, StaffPage)
    qtbot.waitUntil(lambda: len(page.staff) == 3)
    assert not page.add_button.isEnabled() and not page.edit_button.isEnabled()
    assert page.add_button.toolTip() == "Your role (finance) may not manage staff."
