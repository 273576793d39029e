"""坏账核销审批: the write-offs finance asked for, waiting for a manager other than the
requester to approve or reject them; the requester may withdraw one while it waits."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.core.permissions import FINANCE, MANAGERS
from app.services.ledger.write_off_service import (
    WriteOffRequestRow,
    approve_write_off,
    cancel_write_off_request,
    pending_write_offs,
    reject_write_off,
)
from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog
from app.views.shell.view_context import ViewContext
from app.views.tables.row_opener import open_rows
from app.views.tables.view_export import export_button, export_view
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import reason_edit
from app.views.widgets.icons import Icon
from app.views.widgets.record_windows import RecordWindows
from app.views.widgets.row_table import row_table

F = TypeVar("F", bound=FormDialog)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def request_facts(dialog: FormDialog, request: WriteOffRequestRow) -> None:
    """What was asked for, at the top of the approve, reject and withdraw dialogs."""
    facts = (
        (QT_TRANSLATE_NOOP("WriteOffRequestsPage", "Invoice"), request.invoice_number),
        (QT_TRANSLATE_NOOP("WriteOffRequestsPage", "Customer"), request.customer_name),
        (
            QT_TRANSLATE_NOOP("WriteOffRequestsPage", "Open balance"),
            Money(request.open_fen).format(),
        ),
        (
            QT_TRANSLATE_NOOP("WriteOffRequestsPage", "Amount to write off"),
            Money(request.amount_fen).format(),
        ),
        (QT_TRANSLATE_NOOP("WriteOffRequestsPage", "Date"), request.write_off_date.isoformat()),
        (QT_TRANSLATE_NOOP("WriteOffRequestsPage", "Requested by"), request.requested_by),
        (QT_TRANSLATE_NOOP("WriteOffRequestsPage", "Reason"), request.reason),
    )
    for label, text in facts:
        value = QLabel(text)
        value.setWordWrap(True)
        dialog.form.addRow(QCoreApplication.translate("WriteOffRequestsPage", label), value)


class ApproveWriteOffDialog(FormDialog):
    """The manager approves: the write-off is made and settles the invoice."""

    def __init__(
        self, ctx: ViewContext, request: WriteOffRequestRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Approve the write-off"))
        self.request = request
        request_facts(self, request)
        effect = QLabel(
            self.tr("{amount} of invoice {number} is written off as bad debt on {date}.").format(
                amount=Money(request.amount_fen).format(),
                number=request.invoice_number,
                date=request.write_off_date.isoformat(),
            )
        )
        effect.setWordWrap(True)
        self.form.addRow("", effect)
        self.save_button.setText(self.tr("Approve"))

    def operation(self) -> Operation:
        request_id, actor = self.request.id, self.ctx.actor
        return lambda db, _override: approve_write_off(db, actor, request_id)


class RejectWriteOffDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, request: WriteOffRequestRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Reject the write-off"))
        self.request = request
        request_facts(self, request)
        self.reason = reason_edit(self.tr("For example: collection is not exhausted yet"))
        self.add_field("reason", self.tr("Reason for rejecting"), self.reason)
        self.save_button.setText(self.tr("Reject"))

    def problems(self) -> dict[str, str]:
        if not self.reason.toPlainText().strip():
            return {"reason": self.tr("Say why the write-off is rejected.")}
        return {}

    def operation(self) -> Operation:
        request_id, reason, actor = self.request.id, self.reason.toPlainText(), self.ctx.actor
        return lambda db, _override: reject_write_off(db, actor, request_id, reason)


class WithdrawWriteOffDialog(FormDialog):
    """The requester takes the request back while it waits."""

    def __init__(
        self, ctx: ViewContext, request: WriteOffRequestRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Withdraw the write-off request"))
        self.request = request
        request_facts(self, request)
        self.reason = reason_edit(self.tr("Optional, for example: the customer paid after all"))
        self.add_field("reason", self.tr("Why"), self.reason)
        self.save_button.setText(self.tr("Withdraw"))

    def operation(self) -> Operation:
        request_id, reason, actor = self.request.id, self.reason.toPlainText(), self.ctx.actor
        return lambda db, _override: cancel_write_off_request(db, actor, request_id, reason)


class WriteOffRequestsPage(QWidget):
    """The pending write-off requests, oldest first, with Approve…, Reject… and Withdraw…."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.requests: list[WriteOffRequestRow] = []
        self.table = row_table(
            [
                self.tr("Invoice"),
                self.tr("Customer"),
                self.tr("Amount"),
                self.tr("Open balance"),
                self.tr("Date"),
                self.tr("Requested by"),
                self.tr("Reason"),
            ],
            stretch=6,
        )
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.windows = RecordWindows(self)
        open_rows(self.table, lambda _index: self.open_invoice())
        self.empty_label = QLabel(self.tr("No write-offs are waiting for approval."))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self.actions_bar = ActionBar(ctx.actor)
        self.approve_button = self.actions_bar.add(
            self.tr("Approve…"), self.approve, MANAGERS, "approve write-offs", icon=Icon.APPROVE
        )
        self.reject_button = self.actions_bar.add(
            self.tr("Reject…"), self.reject, MANAGERS, "approve write-offs", icon=Icon.REJECT
        )
        self.withdraw_button = self.actions_bar.add(
            self.tr("Withdraw…"), self.withdraw, FINANCE, "write off bad debts", icon=Icon.UNDO
        )
        self.actions_bar.add_stretch()
        self.export_button = export_button(self.export)
        bar_layout = self.actions_bar.layout()
        assert bar_layout is not None
        bar_layout.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        ctx.bus.changed.connect(self._on_changes)
        self._update_actions()
        self.refresh()

    def export(self) -> ExcelExport | None:
        """The table as shown, to an Excel file."""
        return export_view(self._ctx, self, self.table, self.tr("Write-off requests"), ())

    def refresh(self) -> None:
        self._ctx.runner.query(
            pending_write_offs, self._show, owner=self, latest="write_off_requests"
        )

    def selected(self) -> WriteOffRequestRow | None:
        row = self.table.currentRow()
        return self.requests[row] if 0 <= row < len(self.requests) else None

    def open_invoice(self) -> InvoiceDetailDialog | None:
        """The invoice asked to be written off, in a window of its own."""
        request = self.selected()
        if request is None:
            return None
        invoice_id = request.invoice_id
        return self.windows.open(
            invoice_id, lambda: InvoiceDetailDialog(self._ctx, invoice_id, self.window())
        )

    def approve(self) -> ApproveWriteOffDialog | None:
        request = self.selected()
        if request is None or not self.approve_button.isEnabled():
            return None
        return self._open(ApproveWriteOffDialog(self._ctx, request, self.window()))

    def reject(self) -> RejectWriteOffDialog | None:
        request = self.selected()
        if request is None or not self.reject_button.isEnabled():
            return None
        return self._open(RejectWriteOffDialog(self._ctx, request, self.window()))

    def withdraw(self) -> WithdrawWriteOffDialog | None:
        request = self.selected()
        if request is None or not self.withdraw_button.isEnabled():
            return None
        return self._open(WithdrawWriteOffDialog(self._ctx, request, self.window()))

    def _open(self, dialog: F) -> F:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show(self, rows: list[WriteOffRequestRow]) -> None:
        self.requests = rows
        self.table.setRowCount(len(rows))
        for number, request in enumerate(rows):
            amount = QTableWidgetItem(Money(request.amount_fen).format())
            amount.setTextAlignment(RIGHT)
            open_now = QTableWidgetItem(Money(request.open_fen).format())
            open_now.setTextAlignment(RIGHT)
            for column, item in enumerate(
                (
                    QTableWidgetItem(request.invoice_number),
                    QTableWidgetItem(request.customer_name),
                    amount,
                    open_now,
                    QTableWidgetItem(request.write_off_date.isoformat()),
                    QTableWidgetItem(request.requested_by),
                    QTableWidgetItem(request.reason),
                )
            ):
                self.table.setItem(number, column, item)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        request = self.selected()
        me = self._ctx.actor.user_id
        mine = request is not None and me is not None and request.requested_by_id == me
        # Approval is real: a named manager, never the one who asked.
        decidable = request is not None and me is not None and not mine
        self.actions_bar.set_available(self.approve_button, decidable)
        self.actions_bar.set_available(self.reject_button, decidable)
        self.actions_bar.set_available(self.withdraw_button, mine)
        hint = ""
        if request is not None and self._ctx.actor.can(*MANAGERS):
            if me is None:
                hint = self.tr(
                    "Write-offs are approved by a manager under their own name; this window "
                    "is not signed in as one."
                )
            elif mine:
                hint = self.tr(
                    "You asked for this write-off: another manager approves or rejects it."
                )
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        # The requests show their invoice's open balance and customer.
        if kinds & {Kind.WRITE_OFF_REQUESTS, Kind.INVOICES, Kind.CUSTOMERS}:
            self.refresh()


class WriteOffRequestsDialog(QDialog):
    """The approval queue in a window of its own, kept open beside the invoice list."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write-off requests"))
        self.page = WriteOffRequestsPage(ctx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def showEvent(self, event: QShowEvent) -> None:
        # Reopened later: requests may have come from other PCs meanwhile.
        super().showEvent(event)
        self.page.refresh()
