"""作废: voiding an invoice nothing has been applied to. A voided red-letter invoice gives its
credit back to the invoice it reduced; write-off requests waiting on a voided invoice are
withdrawn."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.money import Money
from app.services.core.conflicts import invoice_facts
from app.services.ledger.invoice_list_service import InvoiceRow
from app.services.ledger.invoice_service import void_invoice
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import ERROR_STYLE, FormDialog, Operation
from app.views.widgets.form_fields import reason_edit


class VoidInvoiceDialog(FormDialog):
    # Voiding a red-letter invoice gives exposure back: credit control may refuse it.
    overridable = True

    def __init__(
        self,
        ctx: ViewContext,
        invoice: InvoiceRow,
        original_number: str = "",
        parent: QWidget | None = None,
        write_off_requested_fen: int = 0,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Void invoice {number}").format(number=invoice.number))
        self.invoice = invoice
        self.form.addRow(self.tr("Customer"), QLabel(invoice.customer_name))
        self.form.addRow(self.tr("Amount"), QLabel(Money(invoice.amount_fen).format()))
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.form.addRow("", self.effect)
        self.reason = reason_edit(self.tr("For example: wrong title or tax ID, issued twice"))
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.save_button.setText(self.tr("Void"))
        if invoice.is_red_letter:
            self.effect.setText(
                self.tr(
                    "Its credit of {amount} goes back to invoice "
                    "{original}, which is open again by that much."
                ).format(amount=Money(-invoice.amount_fen).format(), original=original_number)
            )
        elif invoice.settled_fen:
            # The service refuses too; saying so up front spares a pointless attempt.
            self.effect.setText(
                self.tr(
                    "{amount} has been applied to this invoice (payments, write-offs or "
                    "red-letter invoices). Remove those first: only an invoice nothing has been "
                    "applied to can be voided."
                ).format(amount=Money(invoice.settled_fen).format())
            )
            self.effect.setStyleSheet(ERROR_STYLE)
            self.save_button.setEnabled(False)
            self.reason.setEnabled(False)
        else:
            self.effect.setText(
                self.tr("The invoice stays in the ledger, marked void, with your reason.")
            )
            if write_off_requested_fen:
                self.effect.setText(
                    self.effect.text()
                    + " "
                    + self.tr(
                        "The write-offs of {amount} waiting for approval on it are withdrawn "
                        "with the same reason."
                    ).format(amount=Money(write_off_requested_fen).format())
                )

    def problems(self) -> dict[str, str]:
        if not self.reason.toPlainText().strip():
            return {"reason": self.tr("Say why the invoice is voided.")}
        return {}

    def operation(self) -> Operation:
        invoice_id, reason, actor = self.invoice.id, self.reason.toPlainText(), self.ctx.actor
        row = self.invoice
        seen = invoice_facts(row.status, row.amount_fen, row.settled_fen)
        return lambda db, override: void_invoice(db, actor, invoice_id, reason, override, seen)
