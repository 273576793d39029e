"""Logging in through the GUI: the first administrator, the log-in dialog (one message for a
wrong name or password, the last login remembered), a salesperson's window showing only
their customers, log out, and Settings › Users for administrators."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from app.domain.enums import Role
from app.models import User
from app.services.core.auth_service import create_first_admin, log_in, reset_password
from app.views.auth.login_dialogs import (
    ChangePasswordDialog,
    FirstAdminDialog,
    LoginDialog,
    ask_for_login,
    last_login,
)
from app.views.customers.customer_list_view import CustomerListView
from app.views.customers.customer_table_model import CustomerColumn
from app.views.settings.settings_page import SettingsPage
from app.views.settings.staff_page import StaffPage
from tests.ui.ledger_fixtures import actor, open_window
from tests.ui.typing_helpers import type_text

ADMIN_PASSWORD = "admin password"


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_first_administrator_is_made_on_the_welcome_dialog(qtbot, db, clock):
    dialog = FirstAdminDialog(db, clock)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "老板")
    type_text(qtbot, dialog.password, ADMIN_PASSWORD)
    type_text(qtbot, dialog.again, "something else")
    ok(dialog)
    assert dialog.actor is None and dialog.errors.is_marked("again")
    dialog.again.clear()
    type_text(qtbot, dialog.again, ADMIN_PASSWORD)
    ok(dialog)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert last_login() == "admin"


def test_the_log_in_dialog_says_neither_which_was_wrong_and_remembers_the_login(qtbot, db, clock):
    create_first_admin(db, "boss", "老板", ADMIN_PASSWORD, ADMIN_PASSWORD)
    dialog = LoginDialog(db, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.login, "boss")
    type_text(qtbot, dialog.password, "wrong password")
    ok(dialog)
    assert dialog.result_ is None and dialog.isVisible()
    assert dialog.bar.label.text() == "The login name or the password is wrong."
    assert dialog.password.text() == ""  # cleared for the next try
    type_text(qtbot, dialog.password, ADMIN_PASSWORD)
    ok(dialog)
    assert dialog.result_ is not None and dialog.result_.actor.login == "boss"
    again = LoginDialog(db, clock)
    qtbot.addWidget(again)
    assert again.login.text() == "boss"


def test_a_reset_password_is_changed_before_going_on(qtbot, db, clock):
    admin = create_first_admin(db, "boss", "老板", ADMIN_PASSWORD, ADMIN_PASSWORD).value
    reset_password(db, admin, admin.user_id or 0, "temporary1", "temporary1")
    with db.write() as s:
        s.get(User, admin.user_id).must_change_password = True
    logged = log_in(db, "boss", "temporary1")
    assert logged.must_change_password
    dialog = ChangePasswordDialog(db, logged.actor, forced=True)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.current, "temporary1")
    type_text(qtbot, dialog.password, "my new secret")
    type_text(qtbot, dialog.again, "my new secret")
    ok(dialog)
    assert not log_in(db, "boss", "my new secret").must_change_password


@pytest.fixture
def people(ledger) -> dict[str, int]:
    with ledger.read() as s:
        return {u.display_name: u.id for u in s.scalars(select(User))}


def test_a_salesperson_sees_only_their_customers(qtbot, ledger, clock, errors, people):
    wang = actor(ledger, clock, people["王芳"])
    window = open_window(qtbot, ledger, clock, errors, wang)
    view = window.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    names = {view.model.index(r, CustomerColumn.NAME).data() for r in range(2)}
    assert names == {"上海浦东环境监测站", "南京建材检测中心"}
    assert "王芳" in window.user_label.text()
    with qtbot.waitSignal(window.logoutRequested, timeout=2000):
        window.logout_action.trigger()


def test_settings_users_resets_passwords_for_admins_only(qtbot, ledger, clock, errors, people):
    admin = create_first_admin(ledger, "boss", "老板", ADMIN_PASSWORD, ADMIN_PASSWORD).value
    window = open_window(qtbot, ledger, clock, errors, admin)
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.staff)
    assert isinstance(page, StaffPage)
    qtbot.waitUntil(lambda: len(page.staff) == 3)
    page.select_person("王芳")
    assert page.reset_button.isEnabled()
    dialog = page.reset_password()
    assert dialog is not None
    type_text(qtbot, dialog.password, "first password")
    type_text(qtbot, dialog.again, "first password")
    ok(dialog)
    qtbot.waitUntil(lambda: page.logins.get(people["王芳"]) is not None)
    qtbot.waitUntil(lambda: page.logins[people["王芳"]].must_change_password)
    column = page.table.columnCount() - 1
    row = [page.table.item(r, 0).text() for r in range(page.table.rowCount())].index("王芳")
    assert page.table.item(row, column).text() == "Must change password"

    manager = actor(ledger, clock, people["李强"])
    with ledger.write() as s:
        s.get(User, manager.user_id).role = Role.MANAGER.value
    other = open_window(qtbot, ledger, clock, errors, actor(ledger, clock, people["李强"]))
    settings = other.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.staff)
    assert isinstance(page, StaffPage)
    qtbot.waitUntil(lambda: len(page.staff) == 3)
    page.select_person("王芳")
    assert not page.reset_button.isEnabled() and not page.rules.save_button.isEnabled()


def _answer(kind, fill) -> None:
    """Fill and submit the modal dialog of ``kind`` once it shows (it runs its own loop)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, attempt)
            return
        fill(dialog)
        dialog.submit()

    QTimer.singleShot(0, attempt)


def test_the_start_asks_for_the_administrator_once_then_for_a_log_in(qtbot, db, clock):
    def first(dialog: FirstAdminDialog) -> None:
        dialog.name.setText("老板")
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.again.setText(ADMIN_PASSWORD)

    _answer(FirstAdminDialog, first)
    made = ask_for_login(db, clock)
    assert made is not None and made.role is Role.ADMIN

    def log_in_as_admin(dialog: LoginDialog) -> None:
        dialog.password.setText(ADMIN_PASSWORD)  # the login name is remembered

    _answer(LoginDialog, log_in_as_admin)
    logged = ask_for_login(db, clock)
    assert logged is not None and logged.user_id == made.user_id and logged.clock is clock


def test_a_scripted_start_logs_in_from_the_environment_with_the_real_password(
    qtbot, db, clock, monkeypatch
):
    admin = create_first_admin(db, "boss", "老板", ADMIN_PASSWORD, ADMIN_PASSWORD).value
    monkeypatch.setenv("LABLEDGER_USER", "boss")
    monkeypatch.setenv("LABLEDGER_PASSWORD", ADMIN_PASSWORD)
    logged = ask_for_login(db, clock)
    assert logged is not None and logged.user_id == admin.user_id
    # A wrong password falls back to the dialog (given up on here).
    monkeypatch.setenv("LABLEDGER_PASSWORD", "not the password")

    def give_up() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            dialog.reject()
        else:
            QTimer.singleShot(20, give_up)

    QTimer.singleShot(0, give_up)
    assert ask_for_login(db, clock) is None
