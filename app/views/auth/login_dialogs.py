"""Logging in: the first administrator of a new database, the log-in dialog (remembers the last
login name), changing one's password (forced after a reset) and an administrator resetting
someone's. The short, synchronous calls (one argon2 check, one small write) run on the GUI
thread: nothing else is on screen while these dialogs wait."""

from __future__ import annotations

import logging
import os
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db.session import Database
from app.domain.clock import Clock, SystemClock
from app.domain.errors import LabLedgerError
from app.services.core.auth_service import (
    MIN_PASSWORD,
    LoggedIn,
    change_password,
    create_first_admin,
    log_in,
    reset_password,
)
from app.services.core.context import Actor
from app.views.widgets.form_errors import INVALID_STYLE, FieldErrors, MessageBar, with_error

log = logging.getLogger(__name__)

LAST_LOGIN_KEY = "login/last"


def last_login() -> str:
    value = QSettings().value(LAST_LOGIN_KEY, "")
    return value if isinstance(value, str) else ""


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def field(self, name: str, label: str, widget: QWidget) -> None:
        cell, error = with_error(widget)
        self.errors.add(name, widget, error)
        self.form.addRow(label, cell)

    def finish(self, intro: str = "") -> None:
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            self.layout_.addWidget(text)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.bar)
        self.layout_.addWidget(self.buttons)

    def submit(self) -> None:
        self.errors.clear()
        try:
            self.run()
        except LabLedgerError as exc:
            self.errors.show(exc)
            return
        self.accept()

    def run(self) -> None:
        raise NotImplementedError


class LoginDialog(_Form):
    """The log-in: a wrong name or password gets one message that says neither; repeated
    failures lock the account (the message says until when)."""

    def __init__(self, db: Database, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Log in – LabLedger"), parent)
        self._db = db
        self._clock = clock
        self.result_: LoggedIn | None = None
        self.login = QLineEdit(last_login())
        self.login.setMaxLength(64)
        self.password = _password_edit()
        self.field("login", self.tr("Login name"), self.login)
        self.field("password", self.tr("Password"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.finish()
        (self.password if self.login.text() else self.login).setFocus()

    def run(self) -> None:
        try:
            # The lock counts real minutes, whatever --as-of says; the window then acts on
            # the application's clock.
            logged = log_in(self._db, self.login.text(), self.password.text(), SystemClock())
        except LabLedgerError:
            self.password.clear()
            self.password.setFocus()
            raise
        self.result_ = replace(logged, actor=replace(logged.actor, clock=self._clock))
        QSettings().setValue(LAST_LOGIN_KEY, logged.actor.login)


class FirstAdminDialog(_Form):
    """A database nobody can log in to yet: its administrator, before anything else."""

    def __init__(self, db: Database, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to LabLedger – the administrator"), parent)
        self._db = db
        self._clock = clock
        self.actor: Actor | None = None
        self.login = QLineEdit("admin")
        self.login.setMaxLength(64)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.password = _password_edit()
        self.again = _password_edit()
        self.field("login", self.tr("Login name"), self.login)
        self.field("display_name", self.tr("Name"), self.name)
        self.field("password", self.tr("Password"), self.password)
        self.field("again", self.tr("Password again"), self.again)
        self.finish(
            self.tr(
                "Nobody can log in to this database yet. Create its administrator: they add "
                "the other users (Settings › Users) and decide what each may see and do. "
                "The password needs at least {min} characters."
            ).format(min=MIN_PASSWORD)
        )
        self.name.setFocus()

    def run(self) -> None:
        self.actor = create_first_admin(
            self._db,
            self.login.text(),
            self.name.text(),
            self.password.text(),
            self.again.text(),
            self._clock,
        ).value
        QSettings().setValue(LAST_LOGIN_KEY, self.actor.login)


class ChangePasswordDialog(_Form):
    """One's own password; ``forced`` after an administrator reset it."""

    def __init__(
        self, db: Database, actor: Actor, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Change password"), parent)
        self._db = db
        self._actor = actor
        self.current = _password_edit()
        self.password = _password_edit()
        self.again = _password_edit()
        self.field("current", self.tr("Current password"), self.current)
        self.field("password", self.tr("New password"), self.password)
        self.field("again", self.tr("New password again"), self.again)
        intro = self.tr("At least {min} characters.").format(min=MIN_PASSWORD)
        if forced:
            intro = (
                self.tr("An administrator reset your password: choose a new one before you go on.")
                + " "
                + intro
            )
        self.finish(intro)

    def run(self) -> None:
        change_password(
            self._db, self._actor, self.current.text(), self.password.text(), self.again.text()
        )


class ResetPasswordDialog(_Form):
    """An administrator sets someone's password; they change it at their next log-in."""

    def __init__(
        self, db: Database, actor: Actor, user_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Reset password"), parent)
        self._db = db
        self._actor = actor
        self._user_id = user_id
        self.password = _password_edit()
        self.again = _password_edit()
        self.field("password", self.tr("New password"), self.password)
        self.field("again", self.tr("New password again"), self.again)
        self.finish(
            self.tr(
                "A new password for {name}. Tell it to them: they must change it when they "
                "next log in. A lock after failed log-ins ends with it."
            ).format(name=name)
        )

    def run(self) -> None:
        reset_password(
            self._db, self._actor, self._user_id, self.password.text(), self.again.text()
        )


def _unattended_log_in(db: Database, clock: Clock) -> Actor | None:
    """LABLEDGER_USER with LABLEDGER_PASSWORD log in without the dialog (a scripted start,
    the bundle's smoke test); the password is checked like a typed one, and a failure or a
    password that must be changed falls back to the dialog."""
    login, password = os.environ.get("LABLEDGER_USER"), os.environ.get("LABLEDGER_PASSWORD")
    if not login or password is None:
        return None
    try:
        logged = log_in(db, login, password, SystemClock())
    except LabLedgerError as exc:
        log.warning("LABLEDGER_USER %s could not log in: %s", login, exc.message)
        return None
    if logged.must_change_password:
        return None
    return replace(logged.actor, clock=clock)


def ask_for_login(db: Database, clock: Clock, parent: QWidget | None = None) -> Actor | None:
    """The first administrator or a log-in (and a forced password change); None when the
    person gave up."""
    from app.services.core.auth_service import needs_first_admin

    with db.read() as session:
        first = needs_first_admin(session)
    if first:
        dialog = FirstAdminDialog(db, clock, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        return dialog.actor
    unattended = _unattended_log_in(db, clock)
    if unattended is not None:
        return unattended
    login = LoginDialog(db, clock, parent)
    login.setWindowModality(Qt.WindowModality.ApplicationModal)
    if login.exec() != QDialog.DialogCode.Accepted or login.result_ is None:
        return None
    logged = login.result_
    if logged.must_change_password:
        change = ChangePasswordDialog(db, logged.actor, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return logged.actor
