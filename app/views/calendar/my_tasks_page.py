"""My collection tasks today (我的催收任务): the active tasks due today or earlier, the most
overdue money first, then the longest overdue. Until users log in (issue 15) the GUI acts
for the whole lab, so the salesperson is chosen here; a double-click opens the task."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.reminders.collection_task_service import TaskRow, list_tasks, my_tasks_today
from app.views.calendar.calendar_labels import action_label, state_colour, task_status_label
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import ItemRole
from app.views.tables.view_export import export_button, export_view
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.user_picker import UserCombo

if TYPE_CHECKING:
    from app.views.calendar.item_opener import ItemOpener


class MyTasksPage(QWidget):
    def __init__(self, ctx: ViewContext, opener: ItemOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._opener = opener
        self.rows: list[TaskRow] = []
        self.assignee = UserCombo(
            ctx, (Role.SALES.value, Role.MANAGER.value, Role.FINANCE.value), self.tr("Everyone")
        )
        if ctx.actor.user_id is not None:
            self.assignee.set_user_id(ctx.actor.user_id)
        self.open_button = QPushButton(self.tr("Work on the task…"))
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tasks of")))
        bar.addWidget(self.assignee)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.open_button)
        self.export_button = export_button(self.export)
        bar.addWidget(self.export_button)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Overdue"),
                self.tr("Days overdue"),
                self.tr("Level"),
                self.tr("Status"),
                self.tr("Assigned to"),
                self.tr("Last action"),
                self.tr("Next date"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.assignee.currentIndexChanged.connect(self.reload)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_task(row))
        self.open_button.clicked.connect(lambda: self.open_task(self.table.currentRow()))
        ctx.bus.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        today = self._ctx.as_of()
        user = self.assignee.user_id()

        def load(session: object) -> list[TaskRow]:
            from sqlalchemy.orm import Session

            assert isinstance(session, Session)
            if user is not None:
                return my_tasks_today(session, user, today)
            due = [t for t in list_tasks(session, today) if t.due_date <= today]
            return sorted(due, key=lambda t: (-t.overdue_fen, -t.days_overdue, t.id))

        self._ctx.runner.query(load, self._show, owner=self, latest="tasks")

    def _show(self, rows: list[TaskRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        total = sum(r.overdue_fen for r in rows)
        self.summary.setText(
            self.tr("{count} tasks, {amount} overdue").format(
                count=len(rows), amount=Money(total).format()
            )
        )
        for row, task in enumerate(rows):
            cells = [
                task.customer_name,
                Money(task.overdue_fen).format(),
                str(task.days_overdue),
                self.tr("+{days} days").format(days=task.level_days),
                task_status_label(task.status),
                task.assignee_name,
                action_label(task.last_action) if task.last_action else "",
                task.next_date.isoformat() if task.next_date else "",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setData(ItemRole.ExportRole, task.days_overdue)
                if column in (1, 2):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if task.status in ("broken", "escalated"):
                    colour = state_colour("overdue")
                    assert colour is not None
                    cell.setForeground(QBrush(colour))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.open_button.setEnabled(bool(rows))

    def export(self) -> ExcelExport | None:
        """The table as shown, to an Excel file."""
        return export_view(
            self._ctx,
            self,
            self.table,
            self.tr("My tasks"),
            (self.tr("Tasks of") + " " + self.assignee.currentText(),),
        )

    def open_task(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self._opener.open("collection_task", self.rows[row].id)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & {Kind.TASKS, Kind.PAYMENTS, Kind.INVOICES, Kind.USERS}:
            self.reload()
