"""Desktop notification preferences of one person: which kinds pop up, and quiet hours.
Muted kinds and quiet hours only keep notifications off the desktop; they always wait in
the notification centre."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.services.core.staff_service import StaffRow, list_staff
from app.services.reminders.notification_service import (
    NotificationPreferences,
    get_preferences,
    save_preferences,
)
from app.services.reminders.reminder_service import NOTIFICATION_KINDS
from app.views.notifications.notification_labels import notification_kind_label
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext


class PreferencesDialog(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Notification preferences"))
        self.person = QComboBox()
        self.kinds: dict[str, QCheckBox] = {}
        kinds_box = QGroupBox(self.tr("Show on the desktop"))
        grid = QGridLayout(kinds_box)
        for index, kind in enumerate(NOTIFICATION_KINDS):
            box = QCheckBox(notification_kind_label(kind))
            self.kinds[kind] = box
            grid.addWidget(box, index // 2, index % 2)
        self.quiet = QCheckBox(self.tr("Quiet hours"))
        self.quiet_from = QTimeEdit()
        self.quiet_to = QTimeEdit()
        for edit in (self.quiet_from, self.quiet_to):
            edit.setDisplayFormat("HH:mm")
        self.quiet.toggled.connect(self._enable_quiet)
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_from)
        quiet_row.addWidget(QLabel("–"))
        quiet_row.addWidget(self.quiet_to)
        quiet_row.addStretch(1)
        hint = QLabel(
            self.tr(
                "What is not shown on the desktop still waits in the notification centre. "
                "Quiet hours may run past midnight (e.g. 22:00 – 07:30)."
            )
        )
        hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(kinds_box)
        layout.addLayout(quiet_row)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.person.currentIndexChanged.connect(lambda _i: self.load())
        self._enable_quiet(False)
        ctx.runner.query(list_staff, self._show_people, owner=self)

    def _show_people(self, people: list[StaffRow]) -> None:
        self.person.blockSignals(True)
        for row in people:
            if row.active:
                self.person.addItem(row.display_name, row.id)
        self.person.blockSignals(False)
        if self.person.count():
            self.load()

    def user_id(self) -> int | None:
        value = self.person.currentData()
        return int(value) if value is not None else None

    def load(self) -> None:
        user_id = self.user_id()
        if user_id is None:
            return
        self._ctx.runner.query(
            lambda session: get_preferences(session, user_id), self.show_preferences, owner=self
        )

    def show_preferences(self, prefs: NotificationPreferences) -> None:
        for kind, box in self.kinds.items():
            box.setChecked(kind not in prefs.muted_kinds)
        has_quiet = prefs.quiet_from is not None and prefs.quiet_to is not None
        self.quiet.setChecked(has_quiet)
        self.quiet_from.setTime(_qtime(prefs.quiet_from or time(22, 0)))
        self.quiet_to.setTime(_qtime(prefs.quiet_to or time(7, 30)))
        self._enable_quiet(has_quiet)
        self.message.clear()

    def preferences(self) -> NotificationPreferences:
        muted = frozenset(kind for kind, box in self.kinds.items() if not box.isChecked())
        if not self.quiet.isChecked():
            return NotificationPreferences(muted)
        return NotificationPreferences(
            muted, _time(self.quiet_from.time()), _time(self.quiet_to.time())
        )

    def save(self) -> None:
        user_id = self.user_id()
        if user_id is None:
            return
        prefs, actor = self.preferences(), self._ctx.actor
        self._ctx.writer.write(
            lambda op: save_preferences(op.database, actor, user_id, prefs),
            lambda _saved: self.accept(),
            owner=self,
            on_expected_error=self._not_saved,
        )

    def _not_saved(self, exc: LabLedgerError) -> None:
        self.message.setText(translated_message(exc))

    def _enable_quiet(self, on: bool) -> None:
        self.quiet_from.setEnabled(on)
        self.quiet_to.setEnabled(on)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)
