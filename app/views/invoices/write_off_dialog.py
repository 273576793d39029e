"""坏账核销申请: asking to write off what a customer will not pay, with a reason. A manager
other than the requester approves or rejects the request; the invoice stays open meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.money import Money
from app.services.ledger.invoice_list_service import InvoiceRow
from app.services.ledger.write_off_service import request_write_off
from app.views.labels import days_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of, reason_edit
from app.views.widgets.money_edit import MoneyEdit


class WriteOffDialog(FormDialog):
    def __init__(
        self,
        ctx: ViewContext,
        invoice: InvoiceRow,
        requested_fen: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Write off invoice {number}").format(number=invoice.number))
        self.invoice = invoice
        self.requested_fen = requested_fen
        # What may still be asked for: pending requests together stay within the open balance.
        self.available_fen = max(invoice.open_fen - requested_fen, 0)
        self.form.addRow(self.tr("Customer"), QLabel(invoice.customer_name))
        self.form.addRow(self.tr("Open balance"), QLabel(Money(invoice.open_fen).format()))
        days = invoice.days_overdue(ctx.as_of())
        if days > 0:
            self.form.addRow(self.tr("Overdue"), QLabel(days_label(days)))
        if requested_fen:
            self.form.addRow(
                self.tr("Already waiting for approval"), QLabel(Money(requested_fen).format())
            )
        self.amount = MoneyEdit()
        self.amount.set_fen(self.available_fen)
        self.add_field("amount", self.tr("Amount to write off"), self.amount)
        self.date = date_edit(ctx.as_of())
        self.add_field("date", self.tr("Date"), self.date)
        self.reason = reason_edit(
            self.tr("For example: customer deregistered, judgment unenforceable")
        )
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.explanation = QLabel(
            self.tr(
                "A manager other than you approves or rejects the request. The invoice stays "
                "open until it is approved."
            )
        )
        self.explanation.setWordWrap(True)
        self.form.addRow("", self.explanation)
        self.save_button.setText(self.tr("Ask for approval"))

    def problems(self) -> dict[str, str]:
        found = self.money_problem("amount")
        fen = self.amount.fen()
        if fen is not None and fen > self.available_fen:
            found["amount"] = (
                self.tr("At most the open balance of {open} can be written off.").format(
                    open=Money(self.invoice.open_fen).format()
                )
                if not self.requested_fen
                else self.tr(
                    "At most {left} more can be asked for: write-offs of {waiting} already "
                    "wait for approval."
                ).format(
                    left=Money(self.available_fen).format(),
                    waiting=Money(self.requested_fen).format(),
                )
            )
        if not self.reason.toPlainText().strip():
            found["reason"] = self.tr("Say why the amount is written off.")
        return found

    def operation(self) -> Operation:
        fen = self.amount.fen()
        assert fen is not None
        invoice_id, on, reason = self.invoice.id, date_of(self.date), self.reason.toPlainText()
        actor = self.ctx.actor
        return lambda db, _override: request_write_off(db, actor, invoice_id, fen, on, reason)
