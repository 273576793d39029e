"""红冲: a red-letter invoice that references an invoice and reduces its open balance."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.money import Money
from app.services.ledger.invoice_list_service import InvoiceRow
from app.services.ledger.invoice_service import issue_red_letter
from app.views.invoices.invoice_dialog import tax_text
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of, reason_edit, set_date
from app.views.widgets.money_edit import MoneyEdit


class RedLetterDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, invoice: InvoiceRow, tax_rate_bp: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(
            self.tr("Red-letter invoice for {number}").format(number=invoice.number)
        )
        self.invoice = invoice
        self._tax_rate_bp = tax_rate_bp
        self.form.addRow(self.tr("Customer"), QLabel(invoice.customer_name))
        self.form.addRow(
            self.tr("Original invoice"),
            QLabel(
                self.tr("{number} of {date}, {amount}").format(
                    number=invoice.number,
                    date=invoice.issue_date.isoformat(),
                    amount=Money(invoice.amount_fen).format(),
                )
            ),
        )
        self.form.addRow(self.tr("Open balance"), QLabel(Money(invoice.open_fen).format()))
        self.amount = MoneyEdit()
        self.amount.set_fen(invoice.open_fen)
        self.add_field("amount", self.tr("Amount to credit"), self.amount)
        self.tax = QLabel()
        self.form.addRow("", self.tax)
        self.issue_date = date_edit(ctx.as_of())
        if invoice.issue_date > ctx.as_of():
            set_date(self.issue_date, invoice.issue_date)
        self.add_field("issue_date", self.tr("Issue date"), self.issue_date)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Leave empty to number it automatically"))
        self.add_field("number", self.tr("Invoice number"), self.number)
        self.reason = reason_edit(
            self.tr("For example: price reduced after review, part of the tests not performed")
        )
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.save_button.setText(self.tr("Issue red-letter invoice"))
        self.amount.amountChanged.connect(self._update_tax)
        self._update_tax()

    def problems(self) -> dict[str, str]:
        found = self.money_problem("amount")
        credit = self.amount.fen()
        if credit is not None and credit > self.invoice.open_fen:
            found["amount"] = self.tr("At most the open balance of {open} can be credited.").format(
                open=Money(self.invoice.open_fen).format()
            )
        if date_of(self.issue_date) < self.invoice.issue_date:
            found["issue_date"] = self.tr(
                "A red-letter invoice cannot predate the invoice it credits ({date})."
            ).format(date=self.invoice.issue_date.isoformat())
        if not self.reason.toPlainText().strip():
            found["reason"] = self.tr("Say why the invoice is credited.")
        return found

    def operation(self) -> Operation:
        credit = self.amount.fen()
        assert credit is not None
        invoice_id, on = self.invoice.id, date_of(self.issue_date)
        reason, number = self.reason.toPlainText(), self.number.text().strip() or None
        actor = self.ctx.actor
        return lambda db, _override: issue_red_letter(
            db, actor, invoice_id, credit, on, reason, number
        )

    def _update_tax(self) -> None:
        self.tax.setText(tax_text(self.amount.fen(), self._tax_rate_bp))
