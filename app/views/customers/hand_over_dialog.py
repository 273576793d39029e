"""Hand a customer to another salesperson on a date; the dialog shows who owned the customer
when (the history is kept, never overwritten)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.errors import LabLedgerError
from app.services.core.user_service import UserRow, list_users
from app.services.customers.customer_edit_service import hand_over, ownership_history
from app.views.customers.customer_dialog import OWNER_ROLES
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_section import heading_label, readonly_table
from app.views.widgets.form_errors import INVALID_STYLE, FieldErrors, MessageBar, with_error
from app.views.widgets.form_fields import date_of, qdate

Ownership = tuple[str, date, date | None]


@dataclass(frozen=True)
class HandOverData:
    history: tuple[Ownership, ...]
    owners: tuple[UserRow, ...]


def hand_over_data(session: Session, customer_id: int) -> HandOverData:
    return HandOverData(
        tuple(ownership_history(session, customer_id)), tuple(list_users(session, OWNER_ROLES))
    )


class HandOverDialog(QDialog):
    loaded = Signal()

    def __init__(
        self, ctx: ViewContext, customer_id: int, customer_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        self.data: HandOverData | None = None
        self.setWindowTitle(self.tr("Hand over customer"))
        self.setMinimumSize(520, 420)
        self.setStyleSheet(INVALID_STYLE)

        title = heading_label(customer_name)
        self.current = QLabel()
        self.history = readonly_table(
            [self.tr("Salesperson"), self.tr("From"), self.tr("Until")], 0
        )

        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setDate(qdate(ctx.as_of()))
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)
        owner_cell, owner_error = with_error(self.owner)
        self.errors.add("owner", self.owner, owner_error)
        form = QFormLayout()
        form.addRow(self.tr("Hand over to"), owner_cell)
        form.addRow(self.tr("From (date)"), self.on)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.current)
        layout.addWidget(QLabel(self.tr("Who owned the customer when")))
        layout.addWidget(self.history, 1)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._set_busy(True)

    def load(self) -> None:
        customer_id = self.customer_id
        self._set_busy(True)
        self._ctx.runner.query(
            lambda session: hand_over_data(session, customer_id),
            self._fill,
            owner=self,
            on_expected_error=self.errors.show,
        )

    def _fill(self, data: HandOverData) -> None:
        self.data = data
        self.history.setRowCount(len(data.history))
        for row, (name, start, end) in enumerate(data.history):
            for column, text in enumerate(
                (name, start.isoformat(), end.isoformat() if end else self.tr("now"))
            ):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnToContents(1)
        current = next((name for name, _start, end in data.history if end is None), "")
        self.current.setText(
            self.tr("Salesperson now: {name}").format(name=current or self.tr("nobody"))
        )
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        for user in data.owners:
            if user.display_name != current:
                self.owner.addItem(user.display_name, user.id)
        self.owner.setCurrentIndex(1 if self.owner.count() > 1 else 0)
        self._set_busy(False)
        self.loaded.emit()

    def save(self) -> None:
        self.errors.clear()
        customer_id, owner_id = self.customer_id, self.owner.currentData()
        on, actor = date_of(self.on), self._ctx.actor
        self._set_busy(True)
        self._ctx.writer.write(
            lambda op: hand_over(op.database, actor, customer_id, owner_id, on),
            lambda _none: self.accept(),
            owner=self,
            on_expected_error=self._failed,
            on_finished=lambda: self._set_busy(False),
        )

    def _failed(self, exc: LabLedgerError) -> None:
        self.errors.show(exc)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)


def open_hand_over_dialog(
    ctx: ViewContext, parent: QWidget, customer_id: int, customer_name: str
) -> HandOverDialog:
    dialog = HandOverDialog(ctx, customer_id, customer_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
