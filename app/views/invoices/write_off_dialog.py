"""坏账核销: writing off what a customer will not pay, with a reason and a manager who
approves it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.enums import Role
from app.domain.money import Money
from app.services.ledger.invoice_list_service import InvoiceRow
from app.services.ledger.write_off_service import write_off
from app.views.labels import days_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of, reason_edit
from app.views.widgets.money_edit import MoneyEdit
from app.views.widgets.user_picker import UserCombo

APPROVER_ROLES = (Role.MANAGER.value, Role.ADMIN.value)


class WriteOffDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, invoice: InvoiceRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Write off invoice {number}").format(number=invoice.number))
        self.invoice = invoice
        self.form.addRow(self.tr("Customer"), QLabel(invoice.customer_name))
        self.form.addRow(self.tr("Open balance"), QLabel(Money(invoice.open_fen).format()))
        days = invoice.days_overdue(ctx.as_of())
        if days > 0:
            self.form.addRow(self.tr("Overdue"), QLabel(days_label(days)))
        self.amount = MoneyEdit()
        self.amount.set_fen(invoice.open_fen)
        self.add_field("amount", self.tr("Amount to write off"), self.amount)
        self.date = date_edit(ctx.as_of())
        self.add_field("date", self.tr("Date"), self.date)
        self.reason = reason_edit(
            self.tr("For example: customer deregistered, judgment unenforceable")
        )
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.approver = UserCombo(ctx, APPROVER_ROLES, self.tr("Choose the approving manager"))
        self.add_field("approver", self.tr("Approved by"), self.approver)
        self.save_button.setText(self.tr("Write off"))

    def problems(self) -> dict[str, str]:
        found = self.money_problem("amount")
        fen = self.amount.fen()
        if fen is not None and fen > self.invoice.open_fen:
            found["amount"] = self.tr(
                "At most the open balance of {open} can be written off."
            ).format(open=Money(self.invoice.open_fen).format())
        if not self.reason.toPlainText().strip():
            found["reason"] = self.tr("Say why the amount is written off.")
        if self.approver.user_id() is None:
            found["approver"] = self.tr("A manager must approve the write-off.")
        return found

    def operation(self) -> Operation:
        fen, approver = self.amount.fen(), self.approver.user_id()
        assert fen is not None and approver is not None
        invoice_id, on, reason = self.invoice.id, date_of(self.date), self.reason.toPlainText()
        actor = self.ctx.actor
        return lambda db, _override: write_off(db, actor, invoice_id, fen, on, reason, approver)
