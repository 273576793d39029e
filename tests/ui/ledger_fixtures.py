"""Helpers for the ledger GUI tests: the lab's staff, a window acting as one of them, and
waiting for the dialogs the actions open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from app.db.session import Database
from app.domain.clock import Clock
from app.domain.enums import Role
from app.models import AuditEntry, User
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.views.customers.customer_picker import CustomerPicker
from app.views.shell.application import create_main_window
from app.views.shell.main_window import MainWindow
from tests import factories
from tests.ui.typing_helpers import type_text

D = TypeVar("D", bound=QDialog)


@dataclass(frozen=True)
class Staff:
    sales: int
    technician: int
    finance: int
    manager: int


def add_staff(db: Database) -> Staff:
    with db.write() as s:
        return Staff(
            sales=factories.user(s, "王芳", Role.SALES.value).id,
            technician=factories.user(s, "赵敏", Role.TECHNICIAN.value).id,
            finance=factories.user(s, "钱进", Role.FINANCE.value).id,
            manager=factories.user(s, "孙立", Role.MANAGER.value).id,
        )


def actor(db: Database, clock: Clock, user_id: int) -> Actor:
    with db.read() as s:
        user = s.get(User, user_id)
        assert user is not None
        return Actor(user.id, user.login, Role(user.role), user.display_name, clock)


def open_window(qtbot, db: Database, clock: Clock, errors, who: Actor) -> MainWindow:
    window = create_main_window(db, clock, errors=errors, actor=who)
    qtbot.addWidget(window)
    window.show()
    return window


def dialog_of(qtbot, dialog: D) -> D:
    """A dialog an action returned, once it shows."""
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def open_dialog(qtbot, parent: QWidget, kind: type[D]) -> D:
    """The visible dialog of ``kind`` that an action opened under ``parent``."""
    found: list[D] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(kind) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[-1]


def save(qtbot, dialog: QDialog) -> None:
    """Click Save and wait until the write has gone through and the dialog closed."""
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()


def choose_customer(qtbot, picker: CustomerPicker, text: str) -> None:
    """Type part of the name and take the first match offered."""
    type_text(qtbot, picker, text)
    qtbot.waitUntil(lambda: picker.matches.rowCount() > 0)
    picker.choose_match(0)
    assert picker.customer_id() is not None


def audit_actions(db: Database) -> list[tuple[str, str | None]]:
    with db.read() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.reason).order_by(AuditEntry.id))
        return [(action, reason) for action, reason in rows]


def ledger_is_sound(db: Database) -> None:
    with db.read() as s:
        problems = check_database(s)
    assert problems == [], problems
