"""Issuing an invoice (开票): number, kind (专票, 普票, 数电, receipt), tax rate and tax, issue
and due date (the customer's terms unless set). Credit control may refuse it; a manager can
override with a written reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from app.domain.enums import InvoiceKind
from app.domain.money import Money, tax_of_inclusive
from app.services.core.list_request import ListRequest
from app.services.credit.credit_tier_service import effective_terms
from app.services.ledger.invoice_list_service import InvoiceRow
from app.services.ledger.invoice_service import (
    InvoiceInput,
    invoice_credit_refusal,
    issue_invoice,
)
from app.services.projects.project_list_service import ProjectRow, fetch_projects
from app.views.customers.customer_picker import CustomerPicker
from app.views.invoices.invoice_detail_panel import tax_rate_text
from app.views.labels import invoice_kind_label
from app.views.ledger_labels import TAX_RATES_BP
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import CreditCheck, FormDialog, Operation
from app.views.widgets.form_fields import OptionalDateEdit, date_edit, date_of, reason_edit
from app.views.widgets.money_edit import MoneyEdit

PROJECT_CHOICES = 200


def kind_combo(kind: str = InvoiceKind.VAT_NORMAL.value) -> QComboBox:
    combo = QComboBox()
    for value in InvoiceKind:
        combo.addItem(invoice_kind_label(value), value.value)
    combo.setCurrentIndex(max(0, combo.findData(kind)))
    return combo


def tax_rate_combo(rate_bp: int = 600) -> QComboBox:
    combo = QComboBox()
    for rate in sorted(TAX_RATES_BP, reverse=True):
        combo.addItem(tax_rate_text(rate), rate)
    if combo.findData(rate_bp) < 0:
        combo.addItem(tax_rate_text(rate_bp), rate_bp)
    combo.setCurrentIndex(combo.findData(rate_bp))
    return combo


def tax_text(amount_fen: int | None, rate_bp: int) -> str:
    """'Tax ¥679.25, excl. tax ¥11,320.75' for a tax-inclusive amount."""
    if not amount_fen:
        return ""
    tax = tax_of_inclusive(Money(amount_fen), rate_bp)
    return QCoreApplication.translate("invoice_dialog", "Tax {tax}, excluding tax {net}").format(
        tax=tax.format(), net=Money(amount_fen - tax.fen).format()
    )


class IssueInvoiceDialog(FormDialog):
    overridable = True

    def __init__(
        self,
        ctx: ViewContext,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        customer_name: str = "",
        project: ProjectRow | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Issue an invoice"))
        self._terms_days: int | None = None
        self._wanted_project = project.id if project is not None else None
        self.customer = CustomerPicker(ctx)
        self.add_field("customer", self.tr("Customer"), self.customer)
        self.project = QComboBox()
        self.project.addItem(self.tr("No project"), None)
        self.add_field("project", self.tr("Project"), self.project)
        self.amount = MoneyEdit()
        self.add_field("amount", self.tr("Amount incl. tax"), self.amount)
        self.tax_rate = tax_rate_combo()
        self.add_field("tax_rate", self.tr("Tax rate"), self.tax_rate)
        self.tax = QLabel()
        self.form.addRow("", self.tax)
        self.kind = kind_combo()
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.issue_date = date_edit(ctx.as_of())
        self.add_field("issue_date", self.tr("Issue date"), self.issue_date)
        self.due = OptionalDateEdit(self.tr("Set a due date"), ctx.as_of())
        self.add_field("due_date", self.tr("Due date"), self.due)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.form.addRow("", self.terms)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Leave empty to number it automatically"))
        self.add_field("number", self.tr("Invoice number"), self.number)
        self.note = reason_edit()
        self.add_field("note", self.tr("Note"), self.note)
        self.save_button.setText(self.tr("Issue"))

        self.amount.amountChanged.connect(self._update_tax)
        self.tax_rate.currentIndexChanged.connect(self._update_tax)
        self.issue_date.dateChanged.connect(self._update_terms)
        self.due.changed.connect(self._update_terms)
        self.customer.customerChanged.connect(self._customer_changed)
        self.watch_credit(
            self.amount.amountChanged,
            self.customer.customerChanged,
            self.project.currentIndexChanged,
        )
        if customer_id is not None:
            self.customer.set_customer(customer_id, customer_name)

    def problems(self) -> dict[str, str]:
        found = self.money_problem("amount")
        if self.customer.customer_id() is None:
            found["customer"] = self.tr("Choose the customer from the list.")
        due = self.due.value()
        if due is not None and due < date_of(self.issue_date):
            found["due_date"] = self.tr("The due date is before the issue date.")
        return found

    def operation(self) -> Operation:
        customer_id, amount = self.customer.customer_id(), self.amount.fen()
        assert customer_id is not None and amount is not None
        data = InvoiceInput(
            customer_id=customer_id,
            amount_fen=amount,
            issue_date=date_of(self.issue_date),
            kind=self.kind.currentData(),
            tax_rate_bp=self.tax_rate.currentData(),
            due_date=self.due.value(),
            number=self.number.text().strip() or None,
            project_id=self.project.currentData(),
            note=self.note.toPlainText(),
        )
        actor = self.ctx.actor

        return lambda db, reason: issue_invoice(
            db, actor, replace(data, credit_override_reason=reason)
        )

    def credit_check(self) -> CreditCheck | None:
        customer_id, amount = self.customer.customer_id(), self.amount.fen()
        if customer_id is None or not amount:
            return None
        project_id, as_of = self.project.currentData(), self.ctx.as_of()
        return lambda session: invoice_credit_refusal(
            session, customer_id, amount, project_id, as_of
        )

    def saved_text(self, result: object) -> str:
        if isinstance(result, InvoiceRow):
            return self.tr("Issued invoice {number} to {customer}").format(
                number=result.number, customer=result.customer_name
            )
        return super().saved_text(result)

    def _customer_changed(self, customer_id: int | None) -> None:
        while self.project.count() > 1:
            self.project.removeItem(1)
        self._terms_days = None
        self._update_terms()
        if customer_id is None:
            return
        as_of = self.ctx.as_of()
        request = ListRequest(
            filters=(("customer_id", customer_id),), sort_key="stage_since", descending=True
        )

        def load(session: Session) -> tuple[int, list[ProjectRow]]:
            return (
                effective_terms(session, customer_id).payment_terms_days,
                fetch_projects(session, request, 0, PROJECT_CHOICES, as_of),
            )

        self.ctx.runner.query(
            load, lambda result: self._customer_loaded(customer_id, *result), owner=self
        )

    def _customer_loaded(self, customer_id: int, terms: int, projects: list[ProjectRow]) -> None:
        if customer_id != self.customer.customer_id():
            return
        self._terms_days = terms
        for project in projects:
            self.project.addItem(f"{project.code} {project.title}", project.id)
        if self._wanted_project is not None:
            self.project.setCurrentIndex(max(0, self.project.findData(self._wanted_project)))
        self._update_terms()

    def _update_tax(self) -> None:
        self.tax.setText(tax_text(self.amount.fen(), self.tax_rate.currentData()))

    def _update_terms(self) -> None:
        if self.due.value() is not None or self._terms_days is None:
            self.terms.clear()
            return
        due: date = date_of(self.issue_date) + timedelta(days=self._terms_days)
        self.terms.setText(
            self.tr("Due {date}: the customer's terms of {days} days.").format(
                date=due.isoformat(), days=self._terms_days
            )
        )
