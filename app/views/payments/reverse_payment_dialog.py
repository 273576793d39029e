"""Reversing a payment recorded in error: its allocations are unwound (the invoices are open
again) and the payment stays in the ledger marked reversed, with the reason audited. Credit
control never refuses it, but says when the customer is now over its limit or on hold."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.domain.money import Money
from app.services.core.conflicts import payment_facts
from app.services.ledger.payment_list_service import PaymentRow
from app.services.ledger.payment_service import PaymentReversal, reverse_payment
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import reason_edit
from app.views.widgets.messages import show_information


class ReversePaymentDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, payment: PaymentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Reverse payment {number}").format(number=payment.number))
        self.payment = payment
        self.warning: QMessageBox | None = None
        self.form.addRow(self.tr("Customer"), QLabel(payment.customer_name))
        self.form.addRow(self.tr("Amount"), QLabel(Money(payment.amount_fen).format()))
        if payment.allocated_fen:
            effect = self.tr(
                "Its allocations of {amount} are undone: those invoices are open again."
            ).format(amount=Money(payment.allocated_fen).format())
        else:
            effect = self.tr("Nothing of it has been applied to invoices.")
        self.effect = QLabel(effect)
        self.effect.setWordWrap(True)
        self.form.addRow("", self.effect)
        self.reason = reason_edit(self.tr("For example: recorded twice, wrong customer"))
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.save_button.setText(self.tr("Reverse"))

    def problems(self) -> dict[str, str]:
        if not self.reason.toPlainText().strip():
            return {"reason": self.tr("Say why the payment is reversed.")}
        return {}

    def operation(self) -> Operation:
        payment_id, reason, actor = self.payment.id, self.reason.toPlainText(), self.ctx.actor
        row = self.payment
        seen = payment_facts(row.status, row.amount_fen, row.allocated_fen)
        return lambda db, _override: reverse_payment(db, actor, payment_id, reason, seen)

    def saved(self, result: Any) -> None:
        assert isinstance(result, PaymentReversal)
        if result.on_hold:
            self.warning = show_information(
                self.parentWidget(), self.tr("Credit hold"), self.credit_warning(result)
            )
        super().saved(result)

    def credit_warning(self, result: PaymentReversal) -> str:
        credit, customer = result.credit, self.payment.customer_name
        lines = [self.tr("Payment {number} is reversed.").format(number=self.payment.number)]
        if result.over_limit:
            lines.append(
                self.tr(
                    "{customer} now owes {exposure} against a credit limit of {limit}: new "
                    "invoices and contracts will be refused unless a manager overrides."
                ).format(
                    customer=customer,
                    exposure=Money(credit.exposure_fen).format(),
                    limit=Money(credit.credit_limit_fen).format(),
                )
            )
        if credit.overdue_past_threshold_fen > 0:
            lines.append(
                self.tr(
                    "{customer} has {overdue} overdue more than {days} days: new invoices are "
                    "on credit hold."
                ).format(
                    customer=customer,
                    overdue=Money(credit.overdue_past_threshold_fen).format(),
                    days=credit.overdue_hold_days,
                )
            )
        return "\n\n".join(lines)
