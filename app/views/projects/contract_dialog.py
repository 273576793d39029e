"""签订合同: contract number, amount (the quote unless changed) and date. Credit control may
refuse the contract; a manager can override with a written reason. A payment plan by shares
follows the contract amount; one by amounts that no longer adds up is pointed out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from app.domain.money import Money
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import (
    ProjectSummary,
    contract_credit_refusal,
    sign_contract,
)
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import CreditCheck, FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of
from app.views.widgets.money_edit import MoneyEdit


class ContractDialog(FormDialog):
    overridable = True

    def __init__(
        self, ctx: ViewContext, project: ProjectRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Sign the contract for {code}").format(code=project.code))
        self.project = project
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        self.form.addRow(self.tr("Customer"), QLabel(project.customer_name))
        self.form.addRow(self.tr("Quoted"), QLabel(Money(project.quoted_amount_fen).format()))
        self.contract_no = QLineEdit()
        self.add_field("contract_no", self.tr("Contract number"), self.contract_no)
        self.amount = MoneyEdit()
        self.amount.set_fen(project.quoted_amount_fen or None)
        self.add_field(
            "amount", self.tr("Contract amount"), self.amount, service_fields=("contract_amount",)
        )
        self.signed_on = date_edit(ctx.as_of())
        self.add_field("date", self.tr("Signed on"), self.signed_on)
        self.save_button.setText(self.tr("Sign"))
        self.plan_warning: QMessageBox | None = None
        self.watch_credit(self.amount.amountChanged)

    def problems(self) -> dict[str, str]:
        found = self.money_problem("amount")
        if not self.contract_no.text().strip():
            found["contract_no"] = self.tr("The contract number is required.")
        return found

    def operation(self) -> Operation:
        amount = self.amount.fen()
        project_id, number, on = (
            self.project.id,
            self.contract_no.text().strip(),
            date_of(self.signed_on),
        )
        actor = self.ctx.actor
        return lambda db, reason: sign_contract(
            db, actor, project_id, number, amount, on, override_reason=reason
        )

    def credit_check(self) -> CreditCheck | None:
        amount = self.amount.fen()
        if not amount:
            return None
        project_id, number, as_of = self.project.id, self.contract_no.text(), self.ctx.as_of()
        return lambda session: contract_credit_refusal(session, project_id, number, amount, as_of)

    def saved_text(self, result: Any) -> str:
        return self.tr("Signed the contract of {code}").format(code=self.project.code)

    def saved(self, result: Any) -> None:
        super().saved(result)
        if isinstance(result, ProjectSummary) and not result.plan_fits:
            self.plan_warning = self._warn_plan(result)

    def _warn_plan(self, summary: ProjectSummary) -> QMessageBox:
        """Non-blocking: the contract is signed; the plan by amounts needs revising."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The payment plan does not fit the contract"),
            self.tr(
                "The contract of {code} is signed for {contract}, but its payment plan adds up "
                "to {total}. Revise the plan (Payment plan…) so that the installments add up "
                "to the contract."
            ).format(
                code=summary.code,
                contract=Money(summary.contract_amount_fen).format(),
                total=Money(summary.plan_total_fen).format(),
            ),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
