"""The notification centre: a button in the status bar with the unread count, the list of
notifications it opens (unread first; mark read, mark all read, snooze an hour or until
tomorrow morning, open the item), and the reminder run every few minutes, whose new
notifications are also shown on the desktop (``DesktopNotifier``)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import Changed, Kind
from app.services.reminders.reminder_service import ReminderRun, generate_reminders

if TYPE_CHECKING:
    from app.services.outbound.reminder_bridge import HandOver
from app.views.notifications.desktop_notifier import DesktopNotifier
from app.views.notifications.lab_notifications import (
    LabNotification,
    claim_lab,
    lab_notifications,
    lab_unread_count,
    mark_all_lab_read,
    mark_lab_read,
    snooze_lab,
)
from app.views.notifications.notification_labels import notification_kind_label
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.tables.view_export import export_button, export_view
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.icons import Icon, icon

REMINDER_INTERVAL_MS = 5 * 60 * 1000
MORNING = time(8, 30)  # "tomorrow morning", local time


def tomorrow_morning(now: datetime) -> datetime:
    """08:30 local time on the day after ``now`` (local), as an aware datetime."""
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), MORNING, tzinfo=local.tzinfo)


class ReminderScheduler(QObject):
    """Runs the reminders on the serial writer at start-up and every five minutes, then
    claims what this PC should show on the desktop and shows it."""

    ran = Signal(object)  # ReminderRun
    delivered = Signal(object)  # list[LabNotification] shown on the desktop
    mailed = Signal(object)  # (HandOver, DeliveryReport) of the e-mails and robot posts

    def __init__(self, ctx: ViewContext, notifier: DesktopNotifier, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._notifier = notifier
        self.timer = QTimer(self)
        self.timer.setInterval(REMINDER_INTERVAL_MS)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self.timer.start()
        self.run_now()

    def run_now(self) -> None:
        actor = self._ctx.actor
        self._ctx.writer.write(
            lambda op: generate_reminders(op.database, actor), self._generated, owner=self
        )

    def _generated(self, run: ReminderRun) -> None:
        self.ran.emit(run)
        actor, clock = self._ctx.actor, self._ctx.clock
        self._ctx.writer.write(
            lambda op: claim_lab(op.database, actor, clock.now_utc()), self._deliver, owner=self
        )
        # The queued e-mails and robot posts go to the outbox on the serial writer, as every
        # write; sending waits on the network, so it runs on a pool thread and saving in the
        # meantime never waits behind a mail server. (Imported here: the outbox brings
        # reportlab and keyring, which the start need not.)
        from app.services.outbound.outbox import deliver_pending
        from app.services.outbound.reminder_bridge import hand_over_reminder_emails

        def send(handed: HandOver) -> None:
            self._ctx.runner.run(
                lambda op: deliver_pending(op.database, actor).value,
                lambda report: self.mailed.emit((handed, report)),
                owner=self,
            )

        self._ctx.writer.write(
            lambda op: hand_over_reminder_emails(op.database, actor), send, owner=self
        )

    def _deliver(self, claimed: list[LabNotification]) -> None:
        self._notifier.notify_all(
            [(notification_kind_label(n.row.kind), n.row.message) for n in claimed]
        )
        self.delivered.emit(claimed)


class NotificationCentreDialog(QDialog):
    COLUMNS = 4

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.views.calendar.item_opener import ItemOpener

        self._ctx = ctx
        self.rows: list[LabNotification] = []
        self.opener = ItemOpener(ctx, self)
        self.setWindowTitle(self.tr("Notifications"))
        self.resize(820, 460)
        self.note = QLabel(
            self.tr(
                "Until users log in, LabLedger shows the notifications of every user "
                "(the column “For” says whose)."
            )
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("For"), self.tr("Message")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.empty = QLabel(self.tr("No notifications."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.open_button = QPushButton(icon(Icon.OPEN), self.tr("Open the item"))
        self.read_button = QPushButton(icon(Icon.APPROVE), self.tr("Mark read"))
        self.all_read_button = QPushButton(self.tr("Mark all read"))
        self.snooze_hour_button = QPushButton(self.tr("Snooze 1 hour"))
        self.snooze_morning_button = QPushButton(self.tr("Snooze until tomorrow morning"))
        self.preferences_button = QPushButton(self.tr("Preferences…"))
        actions = QHBoxLayout()
        for button in (
            self.open_button,
            self.read_button,
            self.all_read_button,
            self.snooze_hour_button,
            self.snooze_morning_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.export_button = export_button(self.export)
        actions.addWidget(self.export_button)
        actions.addWidget(self.preferences_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(close)

        self.open_button.clicked.connect(self.open_selected)
        self.read_button.clicked.connect(self.mark_selected_read)
        self.all_read_button.clicked.connect(self.mark_all_read)
        self.snooze_hour_button.clicked.connect(
            lambda: self.snooze_selected(self._ctx.clock.now_utc() + timedelta(hours=1))
        )
        self.snooze_morning_button.clicked.connect(
            lambda: self.snooze_selected(tomorrow_morning(self._ctx.clock.now_utc()))
        )
        self.preferences_button.clicked.connect(self.open_preferences)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        self.table.itemSelectionChanged.connect(self._enable)
        ctx.bus.changed.connect(self._on_changes)
        self._enable()
        self.reload()

    def export(self) -> ExcelExport | None:
        """The table as shown, to an Excel file."""
        return export_view(self._ctx, self, self.table, self.tr("Notifications"), ())

    def reload(self) -> None:
        actor, now = self._ctx.actor, self._ctx.clock.now_utc()
        self._ctx.runner.query(
            lambda s: lab_notifications(s, actor, now), self._show, owner=self, latest="list"
        )

    def _show(self, rows: list[LabNotification]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, found in enumerate(rows):
            row = found.row
            local = row.due_at.astimezone()
            cells = [
                local.strftime("%Y-%m-%d %H:%M"),
                notification_kind_label(row.kind),
                found.recipient_name,
                row.message,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(row.message)
                if not row.read:
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(number, column, cell)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.all_read_button.setEnabled(any(not n.row.read for n in rows))
        self._enable()

    def selected(self) -> list[LabNotification]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[r] for r in rows if r < len(self.rows)]

    def _enable(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(len(chosen) == 1)
        self.read_button.setEnabled(any(not n.row.read for n in chosen))
        self.snooze_hour_button.setEnabled(bool(chosen))
        self.snooze_morning_button.setEnabled(bool(chosen))

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.NOTIFICATIONS in kinds:
            self.reload()

    def _mark(self, chosen: list[LabNotification]) -> None:
        by_user: dict[int, list[int]] = {}
        for found in chosen:
            if not found.row.read:
                by_user.setdefault(found.recipient_id, []).append(found.row.id)
        if by_user:
            actor = self._ctx.actor
            self._ctx.writer.write(
                lambda op: mark_lab_read(op.database, actor, by_user), owner=self
            )

    def open_preferences(self) -> QDialog:
        from app.views.notifications.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def mark_selected_read(self) -> None:
        self._mark(self.selected())

    def mark_all_read(self) -> None:
        actor = self._ctx.actor
        self._ctx.writer.write(lambda op: mark_all_lab_read(op.database, actor), owner=self)

    def snooze_selected(self, until: datetime) -> None:
        actor = self._ctx.actor
        chosen = [(n.recipient_id, n.row.id) for n in self.selected()]

        def work(op: Op) -> Changed[None]:
            for user_id, notification_id in chosen:
                snooze_lab(op.database, actor, user_id, notification_id, until)
            return Changed.of(None, Kind.NOTIFICATIONS)

        if chosen:
            self._ctx.writer.write(work, owner=self)

    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_row(self.rows.index(chosen[0]))

    def open_row(self, row: int) -> None:
        """Open the item a notification is about, and mark it read."""
        if 0 <= row < len(self.rows):
            found = self.rows[row]
            self._mark([found])
            self.opener.open(found.row.entity_type, found.row.entity_id)


class NotificationButton(QToolButton):
    """The status bar's button: the unread count; a click opens the centre."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.count = 0
        self.centre: NotificationCentreDialog | None = None
        self.setIcon(icon(Icon.QUEUE))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.notifier = DesktopNotifier(ctx.runner, self)
        self.scheduler = ReminderScheduler(ctx, self.notifier, self)
        self.scheduler.ran.connect(lambda _run: self.refresh())
        if self.notifier.tray is not None:  # a click on the tray or its balloon opens the centre
            self.notifier.tray.messageClicked.connect(self.open_centre)
            self.notifier.tray.activated.connect(lambda _reason: self.open_centre())
        self.clicked.connect(self.open_centre)
        ctx.bus.changed.connect(self._on_changes)
        self._show_count(0)
        self.refresh()

    def start_reminders(self) -> None:
        """The reminder run now and every five minutes (the GUI's start-up calls this once
        the window shows; tests build windows without it)."""
        self.scheduler.start()

    def refresh(self) -> None:
        actor, now = self._ctx.actor, self._ctx.clock.now_utc()
        self._ctx.runner.query(
            lambda s: lab_unread_count(s, actor, now), self._show_count, owner=self, latest="n"
        )

    def _show_count(self, count: int) -> None:
        self.count = count
        self.setText(self.tr("Notifications: {count}").format(count=count))
        self.setToolTip(self.tr("{count} unread notifications").format(count=count))
        font = QFont(self.font())
        font.setBold(count > 0)
        self.setFont(font)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.NOTIFICATIONS in kinds:
            self.refresh()

    def open_centre(self) -> NotificationCentreDialog:
        if self.centre is not None and shiboken6.isValid(self.centre):
            self.centre.reload()
            self.centre.showNormal()
            self.centre.raise_()
            self.centre.activateWindow()
            return self.centre
        self.centre = NotificationCentreDialog(self._ctx, self.window())
        self.centre.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.centre.show()
        return self.centre
