"""开票申请: sales asks finance to invoice a project: the whole contract or one installment of
its payment plan (the amount follows the choice)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.domain.money import Money
from app.services.projects.invoice_request_service import request_invoice
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import InstallmentRow, ProjectDetail, project_detail
from app.views.invoices.invoice_dialog import kind_combo, tax_rate_combo, tax_text
from app.views.projects.project_table_model import project_amount
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import reason_edit
from app.views.widgets.money_edit import MoneyEdit


class RequestInvoiceDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, project: ProjectRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Ask finance to invoice {code}").format(code=project.code))
        self.project = project
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        self.form.addRow(self.tr("Customer"), QLabel(project.customer_name))
        self.form.addRow(
            self.tr("Contract amount"), QLabel(Money(project.contract_amount_fen).format())
        )
        self.installment = QComboBox()
        self.installment.addItem(self.tr("Whole contract"), None)
        self.add_field("installment", self.tr("Invoice for"), self.installment)
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
        self.installments: dict[int, InstallmentRow] = {}
        self.installment.currentIndexChanged.connect(self._installment_changed)
        self.detail: ProjectDetail | None = None
        project_id = project.id
        ctx.runner.query(
            lambda session: project_detail(session, project_id), self._detail_loaded, owner=self
        )

    def _detail_loaded(self, detail: ProjectDetail) -> None:
        self.detail = detail
        for row in detail.installments:
            self.installments[row.id] = row
            amount = Money(row.amount_fen).format()
            if row.due_date is not None:
                text = self.tr("Installment {n}: {amount}, due {date}").format(
                    n=row.seq, amount=amount, date=row.due_date.isoformat()
                )
            else:
                text = self.tr("Installment {n}: {amount}, due date not set yet").format(
                    n=row.seq, amount=amount
                )
            if row.description:
                text = f"{text} · {row.description}"
            self.installment.addItem(text, row.id)

    def _installment_changed(self) -> None:
        row = self.installments.get(self.installment.currentData())
        self.amount.set_fen(
            row.amount_fen if row is not None else project_amount(self.project) or None
        )

    def problems(self) -> dict[str, str]:
        return self.money_problem("amount")

    def operation(self) -> Operation:
        project_id, amount = self.project.id, self.amount.fen()
        installment_id = self.installment.currentData()
        kind, rate, note = (
            self.kind.currentData(),
            self.tax_rate.currentData(),
            self.note.toPlainText().strip(),
        )
        actor = self.ctx.actor
        return lambda db, _override: request_invoice(
            db, actor, project_id, amount, installment_id, kind, rate, note
        )

    def _update_tax(self) -> None:
        self.tax.setText(tax_text(self.amount.fen(), self.tax_rate.currentData()))
