"""开票申请: sales asks finance to invoice a project (by default its contract amount)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.money import Money
from app.services.invoice_request_service import request_invoice
from app.services.project_list_service import ProjectRow
from app.views.change_bus import INVOICES, PROJECTS
from app.views.form_dialog import FormDialog, Operation
from app.views.form_fields import reason_edit
from app.views.invoice_dialog import kind_combo, tax_rate_combo, tax_text
from app.views.money_edit import MoneyEdit
from app.views.project_table_model import project_amount
from app.views.view_context import ViewContext


class RequestInvoiceDialog(FormDialog):
    changes = frozenset({INVOICES, PROJECTS})

    def __init__(self, ctx: ViewContext, project: ProjectRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Ask finance to invoice {code}").format(code=project.code))
        self.project = project
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        self.form.addRow(self.tr("Customer"), QLabel(project.customer_name))
        self.form.addRow(self.tr("Contract amount"), QLabel(
            Money(project.contract_amount_fen).format()))
        self.amount = MoneyEdit()
        self.amount.set_fen(project_amount(project) or None)
        self.add_field("amount", self.tr("Amount incl. tax"), self.amount)
        self.kind = kind_combo()
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.tax_rate = tax_rate_combo()
        self.add_field("tax_rate", self.tr("Tax rate"), self.tax_rate)
        self.tax = QLabel()
        self.form.addRow("", self.tax)
        self.note = reason_edit(self.tr("For finance: title, tax ID or delivery wishes"))
        self.add_field("note", self.tr("Note"), self.note)
        self.save_button.setText(self.tr("Send request"))
        self.amount.amountChanged.connect(self._update_tax)
        self.tax_rate.currentIndexChanged.connect(self._update_tax)
        self._update_tax()

    def problems(self) -> dict[str, str]:
        return self.money_problem("amount")

    def operation(self) -> Operation:
        project_id, amount = self.project.id, self.amount.fen()
        kind, rate, note = self.kind.currentData(), self.tax_rate.currentData(), \
            self.note.toPlainText().strip()
        actor = self.ctx.actor
        return lambda db, _override: request_invoice(db, actor, project_id, amount, None, kind,
                                                     rate, note)

    def _update_tax(self) -> None:
        self.tax.setText(tax_text(self.amount.fen(), self.tax_rate.currentData()))
