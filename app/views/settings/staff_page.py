"""Settings › users: the salespeople, managers, finance staff, technicians and viewers who log
in, and to whom customers and projects are assigned. Managers add and edit them (role,
manager, active, the team grant); administrators reset passwords, end locks and set the
log-in rules. Someone who leaves is made inactive, never deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services.core.auth_service import LoginState, login_states, unlock
from app.services.core.changes import Kind
from app.services.core.permissions import MANAGERS
from app.services.core.staff_service import StaffRow, StaffSaved, list_staff
from app.views.auth.login_dialogs import ResetPasswordDialog
from app.views.auth.login_rules import LoginRulesBox
from app.views.customers.customer_labels import role_label
from app.views.settings.staff_dialog import StaffDialog, open_staff_dialog
from app.views.shell.view_context import ViewContext
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.icons import Icon

STAFF_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_PADDING = 18
CUSTOMERS_COLUMN = 6


class StaffPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.staff: list[StaffRow] = []
        self.logins: dict[int, LoginState] = {}
        self._select_after_load: int | None = None
        intro = QLabel(
            self.tr(
                "The people who log in, and to whom customers and projects are assigned. "
                "Salespeople see their own customers (and, with the team grant, those of the "
                "people they manage). Someone who leaves is made inactive: their history "
                "stays, and the pickers no longer offer them."
            )
        )
        intro.setWordWrap(True)
        self.actions_bar = ActionBar(ctx.actor)
        self.add_button = self.actions_bar.add(
            self.tr("Add…"), self.add_person, MANAGERS, "manage staff", Icon.NEW
        )
        self.edit_button = self.actions_bar.add(
            self.tr("Edit…"), self.edit_person, MANAGERS, "manage staff", Icon.EDIT
        )
        self.reset_button = self.actions_bar.add(
            self.tr("Reset password…"), self.reset_password, (), "reset passwords", Icon.EDIT
        )
        self.unlock_button = self.actions_bar.add(
            self.tr("Unlock"), self.unlock, (), "unlock accounts", Icon.UNDO
        )
        self.actions_bar.add_stretch()

        headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Manager"),
            self.tr("Login"),
            self.tr("Customers"),
            self.tr("Status"),
            self.tr("Log-in"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.currentCellChanged.connect(lambda *_: self._update_actions())
        self.empty_hint = QLabel(
            self.tr(
                "No staff yet. Add the salespeople first: customers and projects are "
                "assigned to them."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setVisible(False)
        # What the last save means for others (someone inactive who still owns customers).
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(intro)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.rules = LoginRulesBox(ctx)
        layout.addWidget(self.rules)
        ctx.bus.changed.connect(self._on_changes)
        self._update_actions()
        self.refresh()

    def refresh(self) -> None:
        now = self._ctx.clock.now_utc()

        def read(session: Session) -> tuple[list[StaffRow], dict[int, LoginState]]:
            return list_staff(session), login_states(session, now)

        self._ctx.runner.query(read, self._show_all, owner=self, latest="staff")

    def _show_all(self, found: tuple[list[StaffRow], dict[int, LoginState]]) -> None:
        self.logins = found[1]
        self._show(found[0])

    def _login_text(self, person: StaffRow) -> str:
        state = self.logins.get(person.id)
        if state is None or not state.has_password:
            return self.tr("No password")
        if state.locked:
            return self.tr("Locked")
        if state.must_change_password:
            return self.tr("Must change password")
        return self.tr("Can log in")

    def _show(self, staff: list[StaffRow]) -> None:
        chosen = self._select_after_load
        if chosen is None and (current := self.current_person()) is not None:
            chosen = current.id
        self._select_after_load = None
        self.staff = staff
        self.empty_hint.setVisible(not staff)
        self.table.setRowCount(len(staff))
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for row, person in enumerate(staff):
            cells = (
                person.display_name,
                role_label(person.role),
                person.phone,
                person.email,
                person.manager_name,
                person.login,
                f"{person.customers:,}",
                self.tr("Active") if person.active else self.tr("Inactive"),
                self._login_text(person),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == CUSTOMERS_COLUMN:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not person.active:
                    item.setForeground(muted)
                item.setData(STAFF_ROLE, person.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + CELL_PADDING)
        again = next(
            (r for r, p in enumerate(staff) if chosen is not None and p.id == chosen),
            0 if staff else -1,
        )
        if again >= 0:
            self.table.selectRow(again)
        self._update_actions()
        self.loaded.emit()

    def current_person(self) -> StaffRow | None:
        row = self.table.currentRow()
        return self.staff[row] if 0 <= row < len(self.staff) else None

    def select_person(self, name: str) -> None:
        row = next((r for r, p in enumerate(self.staff) if p.display_name == name), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        person = self.current_person()
        self.actions_bar.set_available(self.edit_button, person is not None)
        self.actions_bar.set_available(self.reset_button, person is not None)
        state = self.logins.get(person.id) if person is not None else None
        self.actions_bar.set_available(self.unlock_button, state is not None and state.locked)

    def reset_password(self) -> ResetPasswordDialog | None:
        person = self.current_person()
        if person is None or not self.reset_button.isEnabled():
            return None
        dialog = ResetPasswordDialog(
            self._ctx.db, self._ctx.actor, person.id, person.display_name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def unlock(self) -> None:
        person = self.current_person()
        if person is None:
            return
        actor, user_id = self._ctx.actor, person.id
        self._ctx.writer.write(lambda op: unlock(op.database, actor, user_id), owner=self)

    def add_person(self) -> StaffDialog:
        dialog = open_staff_dialog(self._ctx, self, self.staff)
        dialog.saved.connect(self._saved)
        return dialog

    def edit_person(self) -> StaffDialog | None:
        person = self.current_person()
        if person is None or not self.edit_button.isEnabled():
            return None
        dialog = open_staff_dialog(self._ctx, self, self.staff, person)
        dialog.saved.connect(self._saved)
        return dialog

    def _saved(self, result: StaffSaved) -> None:
        self._select_after_load = result.id
        if not result.active and result.customers:
            self.note.setText(
                self.tr(
                    "{name} is inactive and still owns %n customer(s): hand them over to "
                    "someone else (Customers › Hand over…).",
                    "",
                    result.customers,
                ).format(name=result.display_name)
            )
            self.note.setVisible(True)
        else:
            self.note.clear()
            self.note.setVisible(False)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        # Customers handed over change the counts.
        if kinds & {Kind.USERS, Kind.CUSTOMERS}:
            self.refresh()
