"""Opens the record behind a calendar item or a notification in its usual window: the
invoice's detail window, the customer's 360 view, the project's detail window or the
collection task's dialog; one window per record."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.reminders.item_targets import (
    CUSTOMER,
    INVOICE,
    PROJECT,
    TASK,
    ItemTarget,
    item_target,
)
from app.views.shell.view_context import ViewContext
from app.views.widgets.record_windows import RecordWindows


class ItemOpener(QObject):
    opened = Signal(QWidget)  # the window shown

    def __init__(self, ctx: ViewContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self.windows = RecordWindows(self)

    def open(self, entity_type: str, entity_id: int) -> None:
        """Find what to open (an activity is on its customer...) off the GUI thread, then
        open it."""
        self._ctx.runner.query(
            lambda session: item_target(session, entity_type, entity_id),
            lambda target: self._open_found(target),
            owner=self,
        )

    def _open_found(self, target: ItemTarget) -> None:
        self.open_target(target)

    def open_target(self, target: ItemTarget) -> QWidget:
        ctx, parent = self._ctx, self._parent.window()
        window: QWidget
        if target.what == INVOICE:
            from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog

            window = self.windows.open(
                (INVOICE, target.id), lambda: InvoiceDetailDialog(ctx, target.id, parent)
            )
        elif target.what == PROJECT:
            from app.views.projects.project_detail_dialog import ProjectDetailDialog

            window = self.windows.open(
                (PROJECT, target.id), lambda: ProjectDetailDialog(ctx, target.id, parent)
            )
        elif target.what == CUSTOMER:
            from app.views.customers.customer_360_view import Customer360View

            def customer() -> Customer360View:
                view = Customer360View(ctx, target.id, parent)
                view.reload()
                return view

            window = self.windows.open((CUSTOMER, target.id), customer)
        else:
            assert target.what == TASK
            from app.views.calendar.task_dialog import TaskDialog

            window = self.windows.open(
                (TASK, target.id), lambda: TaskDialog(ctx, target.id, parent)
            )
        self.opened.emit(window)
        return window
