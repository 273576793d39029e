"""Work a collection task (催收任务): what was done (call, visit, letter, e-mail, WeChat), the
outcome, the next date and optionally a promise to pay (amount and date). Saved through
``record_action``, which logs it on the customer's timeline too."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from app.db.session import Database
from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.reminders.collection_task_service import (
    TASK_ACTIONS,
    TaskAction,
    TaskRow,
    get_task,
    record_action,
)
from app.views.calendar.calendar_labels import action_label, task_status_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import OptionalDateEdit, date_edit, date_of
from app.views.widgets.money_edit import MoneyEdit

DEFAULT_NEXT_DAYS = 7


class TaskDialog(FormDialog):
    def __init__(self, ctx: ViewContext, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task_id = task_id
        self.task: TaskRow | None = None
        today = ctx.as_of()
        self.setWindowTitle(self.tr("Collection task"))
        self.about = QLabel(self.tr("Loading…"))
        self.about.setWordWrap(True)
        self.form.addRow(self.about)
        self.action = QComboBox()
        for action in TASK_ACTIONS:
            self.action.addItem(action_label(action), action)
        self.add_field("action", self.tr("Action"), self.action)
        self.on = date_edit(today)
        self.on.setMaximumDate(self.on.date())
        self.add_field("on", self.tr("Date"), self.on, ("occurred_at",))
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("What the customer said"))
        self.add_field("outcome", self.tr("Outcome"), self.outcome, ("summary",))
        self.next_date = OptionalDateEdit(
            self.tr("Next action on"), today + timedelta(days=DEFAULT_NEXT_DAYS)
        )
        self.add_field("next_date", self.tr("Next date"), self.next_date, ("next_action_date",))
        self.promise = QCheckBox(self.tr("The customer promised to pay"))
        self.form.addRow("", self.promise)
        self.promise_amount = MoneyEdit()
        self.add_field(
            "promise_amount_fen",
            self.tr("Amount promised"),
            self.promise_amount,
            ("promise_amount",),
        )
        self.promise_date = date_edit(today + timedelta(days=DEFAULT_NEXT_DAYS))
        self.add_field("promise_date", self.tr("To be paid by"), self.promise_date)
        self.promise.toggled.connect(self._promise_toggled)
        self._promise_toggled(False)
        ctx.bus.changed.connect(self._on_changes)
        self.reload()

    def _promise_toggled(self, on: bool) -> None:
        for widget in (self.promise_amount, self.promise_date):
            widget.setEnabled(on)

    def reload(self) -> None:
        task_id, today = self.task_id, self.ctx.as_of()
        self.ctx.runner.query(
            lambda s: get_task(s, task_id, today), self._show, owner=self, latest="task"
        )

    def _show(self, task: TaskRow) -> None:
        self.task = task
        self.setWindowTitle(self.tr("Collection task – {name}").format(name=task.customer_name))
        lines = [
            self.tr("<b>{name}</b>: {amount} overdue for {days} days (level +{level}).").format(
                name=task.customer_name,
                amount=Money(task.overdue_fen).format(),
                days=task.days_overdue,
                level=task.level_days,
            ),
            self.tr("Status: {status}. Assigned to {who}.").format(
                status=task_status_label(task.status), who=task.assignee_name or "–"
            ),
        ]
        if task.promise_amount_fen is not None and task.promise_date is not None:
            lines.append(
                self.tr("Promised {amount} by {date}.").format(
                    amount=Money(task.promise_amount_fen).format(),
                    date=task.promise_date.isoformat(),
                )
            )
        self.about.setText("<br>".join(lines))
        if not self.promise.isChecked() and task.overdue_fen:
            self.promise_amount.set_fen(task.overdue_fen)
        self.save_button.setEnabled(task.status != "done")

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.TASKS in kinds and self.isVisible():
            self.reload()

    def problems(self) -> dict[str, str]:
        if self.promise.isChecked():
            return self.money_problem("promise_amount_fen")
        return {}

    def data(self) -> TaskAction:
        promised = self.promise.isChecked()
        return TaskAction(
            action=str(self.action.currentData()),
            outcome=self.outcome.text().strip(),
            on=date_of(self.on),
            next_date=self.next_date.value(),
            promise_amount_fen=self.promise_amount.fen() if promised else None,
            promise_date=date_of(self.promise_date) if promised else None,
        )

    def operation(self) -> Operation:
        actor, task_id, data = self.ctx.actor, self.task_id, self.data()

        def work(db: Database, _reason: str) -> Any:
            return record_action(db, actor, task_id, data)

        return work

    def saved_text(self, _result: Any) -> str:
        return self.tr("Collection task action recorded")
