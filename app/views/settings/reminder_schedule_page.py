"""Settings › Reminders (提醒): a credit tier's reminder schedule, one row per level: the day
relative to the due date (negative before it), who is told (the salesperson, their manager,
finance) and what happens (an in-app notification, a collection task, an e-mail to the
customer). Saved through ``save_tier_schedule``, which checks every level."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.services.core.changes import Kind
from app.services.credit.credit_tier_service import TierRow, list_tiers
from app.services.reminders.schedule import (
    EMAIL,
    MANAGER,
    MAX_DAYS,
    MAX_LEVELS,
    MIN_DAYS,
    NOTIFY,
    SALESPERSON,
    TASK,
    ReminderLevel,
    ReminderSchedule,
)
from app.services.reminders.schedule_service import get_tier_schedule, save_tier_schedule
from app.views.labels import tier_label
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_errors import each_error
from app.views.widgets.icons import Icon, icon

FINANCE = "role:finance"
# The check-box columns after the day: recipients, then actions.
RECIPIENTS = (SALESPERSON, MANAGER, FINANCE)
ACTIONS = (NOTIFY, TASK, EMAIL)
NEW_LEVEL_STEP = 30


class ReminderSchedulePage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.tiers: list[TierRow] = []
        self.schedule: ReminderSchedule | None = None
        # Each row's recipients as loaded: their order, and those the check boxes do not show
        # (another role), are kept.
        self._loaded_recipients: list[tuple[str, ...]] = []
        self.tier = QComboBox()
        self.tier.setMinimumContentsLength(14)
        hint = QLabel(
            self.tr(
                "Each level runs on its day relative to the due date (−3: three days before, "
                "0: on the day, 30: a month after). A collection task starts only after the "
                "due date."
            )
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 1 + len(RECIPIENTS) + len(ACTIONS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Salesperson"),
                self.tr("Manager"),
                self.tr("Finance"),
                self.tr("Notification"),
                self.tr("Collection task"),
                self.tr("E-mail to the customer"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(icon(Icon.NEW), self.tr("Add level"))
        self.remove_button = QPushButton(icon(Icon.DELETE), self.tr("Remove level"))
        self.revert_button = QPushButton(icon(Icon.UNDO), self.tr("Revert"))
        self.save_button = QPushButton(self.tr("Save schedule"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Credit tier")))
        top.addWidget(self.tier)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.tier.currentIndexChanged.connect(self.load_schedule)
        self.add_button.clicked.connect(self.add_level)
        self.remove_button.clicked.connect(self.remove_level)
        self.revert_button.clicked.connect(self.load_schedule)
        self.save_button.clicked.connect(self.save)
        ctx.bus.changed.connect(self._on_changes)
        self.load_tiers()

    # --- loading -------------------------------------------------------------------------

    def load_tiers(self) -> None:
        self._ctx.runner.query(list_tiers, self._show_tiers, owner=self, latest="tiers")

    def _show_tiers(self, tiers: list[TierRow]) -> None:
        chosen = self.tier_id()
        self.tiers = tiers
        self.tier.blockSignals(True)
        self.tier.clear()
        for tier in tiers:
            self.tier.addItem(tier_label(tier.name, tier.name_en), tier.id)
        index = self.tier.findData(chosen)
        self.tier.setCurrentIndex(max(index, 0))
        self.tier.blockSignals(False)
        self.load_schedule()

    def tier_id(self) -> int | None:
        data = self.tier.currentData()
        return int(data) if data is not None else None

    def load_schedule(self) -> None:
        tier_id = self.tier_id()
        if tier_id is None:
            return
        self._ctx.runner.query(
            lambda s: get_tier_schedule(s, tier_id), self.show_schedule, owner=self, latest="s"
        )

    def show_schedule(self, schedule: ReminderSchedule) -> None:
        self.schedule = schedule
        self._set_message("")
        self.table.setRowCount(0)
        self._loaded_recipients = []
        for level in schedule.levels:
            self._append(level)

    def _append(self, level: ReminderLevel) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        days = QSpinBox()
        days.setRange(MIN_DAYS, MAX_DAYS)
        days.setValue(level.days)
        days.setSuffix(self.tr(" days"))
        self.table.setCellWidget(row, 0, days)
        for column, name in enumerate((*RECIPIENTS, *ACTIONS), start=1):
            box = QCheckBox()
            box.setChecked(name in level.recipients or name in level.actions)
            cell = QWidget()
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
            self.table.setCellWidget(row, column, cell)
        self._loaded_recipients.append(level.recipients)

    # --- editing -------------------------------------------------------------------------

    def check_box(self, row: int, name: str) -> QCheckBox:
        column = 1 + (*RECIPIENTS, *ACTIONS).index(name)
        cell = self.table.cellWidget(row, column)
        box = cell.findChild(QCheckBox)
        assert isinstance(box, QCheckBox)
        return box

    def day_box(self, row: int) -> QSpinBox:
        box = self.table.cellWidget(row, 0)
        assert isinstance(box, QSpinBox)
        return box

    def add_level(self) -> None:
        if self.table.rowCount() >= MAX_LEVELS:
            return
        last = max((self.day_box(r).value() for r in range(self.table.rowCount())), default=0)
        self._append(ReminderLevel(last + NEW_LEVEL_STEP, (SALESPERSON,), (NOTIFY,)))
        self.table.selectRow(self.table.rowCount() - 1)

    def remove_level(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._loaded_recipients[row]

    def levels(self) -> list[dict[str, Any]]:
        """The levels as ``parse_schedule`` reads them, sorted by day."""
        out = []
        for row in range(self.table.rowCount()):
            checked = {r for r in RECIPIENTS if self.check_box(row, r).isChecked()}
            loaded = self._loaded_recipients[row]
            recipients = [r for r in loaded if r not in RECIPIENTS or r in checked]
            recipients += [r for r in RECIPIENTS if r in checked and r not in loaded]
            actions = [a for a in ACTIONS if self.check_box(row, a).isChecked()]
            out.append(
                {
                    "days": self.day_box(row).value(),
                    "recipients": recipients,
                    "actions": actions,
                }
            )
        return sorted(out, key=lambda level: int(level["days"]))

    def save(self) -> None:
        tier_id = self.tier_id()
        if tier_id is None:
            return
        actor, raw = self._ctx.actor, self.levels()
        self._set_message("")
        self.save_button.setEnabled(False)
        self._ctx.writer.write(
            lambda op: save_tier_schedule(op.database, actor, tier_id, raw),
            self._saved,
            owner=self,
            on_expected_error=self._not_saved,
            on_finished=lambda: self.save_button.setEnabled(True),
        )

    def _saved(self, schedule: ReminderSchedule) -> None:
        self.show_schedule(schedule)
        self._ctx.bus.notice(self.tr("Reminder schedule saved"))

    def _not_saved(self, exc: LabLedgerError) -> None:
        self._set_message("\n".join(translated_message(e) for e in each_error(exc)))

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.TIERS in kinds and self.save_button.isEnabled():
            self.load_tiers()
