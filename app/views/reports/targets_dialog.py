"""Monthly collection targets (回款目标) per salesperson: managers set them, everyone else
sees them with the reason they cannot change them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import Role
from app.domain.errors import LabLedgerError
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import MANAGERS
from app.services.core.user_service import UserRow, list_users
from app.services.reports.periods import Period
from app.services.reports.targets_service import set_target, target_rows
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_errors import MessageBar
from app.views.widgets.money_edit import MoneyEdit

TARGET_COLUMN = 2


@dataclass(frozen=True)
class MonthTargets:
    month: date
    people: tuple[UserRow, ...]
    amounts: dict[int, int]


def month_targets(session: Session, month: date) -> MonthTargets:
    """The salespeople (and managers, who may own customers) with the month's targets."""
    people = list_users(session, roles=(Role.SALES.value, Role.MANAGER.value))
    amounts = {
        row.salesperson_id: row.amount_fen for row in target_rows(session, Period.month_of(month))
    }
    return MonthTargets(month, tuple(people), amounts)


def save_targets(db: Database, actor: Actor, month: date, amounts: dict[int, int]) -> Changed[int]:
    """Each target set (each a write of its own, audited); the number set."""
    for salesperson_id, amount in amounts.items():
        set_target(db, actor, salesperson_id, month, amount)
    return Changed.of(len(amounts), Kind.SALES_TARGETS)


class TargetsDialog(QDialog):
    def __init__(self, ctx: ViewContext, month: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loaded: MonthTargets | None = None
        self.may_edit = ctx.actor.can(*MANAGERS)
        self.setWindowTitle(self.tr("Collection targets"))
        self.setMinimumWidth(520)
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(self.load)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Salesperson"), self.tr("Login"), self.tr("Target for the month")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.bar = MessageBar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        if not self.may_edit:
            self.save_button.setEnabled(False)
            self.refusal = self.tr(
                "Only managers set collection targets: you can see them, not change them."
            )
            self.bar.show_message(self.refusal)
        self.load()

    def chosen_month(self) -> date:
        value = self.month.date()
        return date(value.year(), value.month(), 1)

    def load(self) -> None:
        month = self.chosen_month()
        self._ctx.runner.query(
            lambda session: month_targets(session, month),
            self._show,
            owner=self,
            latest="targets",
        )

    def _show(self, loaded: MonthTargets) -> None:
        self.loaded = loaded
        self.table.setRowCount(len(loaded.people))
        for row, person in enumerate(loaded.people):
            for column, text in enumerate((person.display_name, person.login)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            edit = MoneyEdit(allow_zero=True)
            edit.set_fen(loaded.amounts.get(person.id))
            edit.setReadOnly(not self.may_edit)
            self.table.setCellWidget(row, TARGET_COLUMN, edit)
        self.table.resizeColumnsToContents()

    def edit_of(self, row: int) -> MoneyEdit:
        edit = self.table.cellWidget(row, TARGET_COLUMN)
        assert isinstance(edit, MoneyEdit)
        return edit

    def changes(self) -> dict[int, int]:
        """The targets typed that differ from those saved (an emptied one is set to 0)."""
        if self.loaded is None:
            return {}
        found = {}
        for row, person in enumerate(self.loaded.people):
            edit = self.edit_of(row)
            before = self.loaded.amounts.get(person.id)
            typed = edit.fen()
            if typed is None and edit.text().strip():
                continue  # not an amount: the edit shows the problem
            if typed is None and before is not None:
                typed = 0
            if typed is not None and typed != before:
                found[person.id] = typed
        return found

    def save(self) -> None:
        self.bar.clear()
        if not self.may_edit:
            self.bar.show_message(self.refusal)
            return
        problems = [self.edit_of(r).problem() for r in range(self.table.rowCount())]
        if any(problems):
            self.bar.show_message(next(p for p in problems if p))
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        month, actor = self.chosen_month(), self._ctx.actor
        self.save_button.setEnabled(False)

        def write(op: Op) -> Changed[int]:
            return save_targets(op.database, actor, month, changes)

        self._ctx.writer.write(
            write,
            lambda _count: self.accept(),
            owner=self,
            on_expected_error=self._refused,
            on_finished=lambda: self.save_button.setEnabled(self.may_edit),
        )

    def _refused(self, exc: LabLedgerError) -> None:
        self.bar.show_message_for(exc)
