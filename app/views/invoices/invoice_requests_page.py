"""开票申请: the invoice requests sales sent to finance, waiting to be issued or rejected."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.core.permissions import FINANCE
from app.services.credit.credit_tier_service import effective_terms
from app.services.projects.invoice_request_service import (
    RequestRow,
    issue_request,
    pending_requests,
    planned_due_date,
    reject_request,
)
from app.views.invoices.invoice_detail_panel import tax_rate_text
from app.views.invoices.invoice_dialog import tax_text
from app.views.labels import invoice_kind_label
from app.views.shell.view_context import ViewContext
from app.views.tables.row_opener import open_rows
from app.views.tables.view_export import export_button, export_view
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import OptionalDateEdit, date_edit, date_of, reason_edit
from app.views.widgets.icons import Icon
from app.views.widgets.row_table import row_table

F = TypeVar("F", bound=FormDialog)

SCAN_PAGE = 500
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class PendingRequest:
    request: RequestRow

    @property
    def project_text(self) -> str:
        return f"{self.request.project_code} {self.request.project_title}".strip()

    @property
    def customer_text(self) -> str:
        return self.request.customer_name


def pending_with_projects(session: Session, as_of: date) -> list[PendingRequest]:
    return [PendingRequest(r) for r in pending_requests(session)]


def request_facts(dialog: FormDialog, pending: PendingRequest) -> None:
    """What was requested, at the top of the issue and reject dialogs."""
    req = pending.request
    form = dialog.form
    form.addRow(
        QCoreApplication.translate("InvoiceRequestsPage", "Request no."), QLabel(req.number)
    )
    form.addRow(
        QCoreApplication.translate("InvoiceRequestsPage", "Project"), QLabel(pending.project_text)
    )
    form.addRow(
        QCoreApplication.translate("InvoiceRequestsPage", "Customer"), QLabel(pending.customer_text)
    )
    form.addRow(
        QCoreApplication.translate("InvoiceRequestsPage", "Amount incl. tax"),
        QLabel(Money(req.amount_fen).format()),
    )
    form.addRow(
        QCoreApplication.translate("InvoiceRequestsPage", "Kind and tax rate"),
        QLabel(f"{invoice_kind_label(req.kind)} · {tax_rate_text(req.tax_rate_bp)}"),
    )
    form.addRow("", QLabel(tax_text(req.amount_fen, req.tax_rate_bp)))
    if req.note:
        note = QLabel(req.note)
        note.setWordWrap(True)
        form.addRow(QCoreApplication.translate("InvoiceRequestsPage", "Note from sales"), note)


class IssueRequestDialog(FormDialog):
    """Finance issues the requested invoice: number and dates. Unless finance sets it, the
    due date is the installment's (when set and not before the issue date), otherwise the
    customer's terms; the dialog says which."""

    def __init__(
        self, ctx: ViewContext, pending: PendingRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Issue the requested invoice"))
        self.pending = pending
        request_facts(self, pending)
        self.issue_date = date_edit(ctx.as_of())
        self.add_field("issue_date", self.tr("Issue date"), self.issue_date)
        self.due = OptionalDateEdit(
            self.tr("Set a due date (otherwise the installment's or the customer's terms)"),
            ctx.as_of(),
        )
        self.add_field("due_date", self.tr("Due date"), self.due)
        self.due_rule = QLabel()
        self.due_rule.setWordWrap(True)
        self.form.addRow("", self.due_rule)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Leave empty to number it automatically"))
        self.add_field("number", self.tr("Invoice number"), self.number)
        self.save_button.setText(self.tr("Issue"))
        self._terms_days: int | None = None
        self.issue_date.dateChanged.connect(self._update_due_rule)
        self.due.changed.connect(self._update_due_rule)
        customer_id = pending.request.customer_id
        ctx.runner.query(
            lambda session: effective_terms(session, customer_id).payment_terms_days,
            self._terms_loaded,
            owner=self,
        )

    def _terms_loaded(self, days: int) -> None:
        self._terms_days = days
        self._update_due_rule()

    def _update_due_rule(self) -> None:
        """Which date the invoice falls due on unless one is set, and why."""
        req, issued = self.pending.request, date_of(self.issue_date)
        if self.due.value() is not None or self._terms_days is None:
            self.due_rule.clear()
            return
        planned = planned_due_date(req.installment_due_date, issued)
        if planned is not None:
            self.due_rule.setText(
                self.tr("Due {date}: the due date of installment {n} in the payment plan.").format(
                    date=planned.isoformat(), n=req.installment_seq
                )
            )
            return
        text = self.tr("Due {date}: the customer's terms of {days} days.").format(
            date=(issued + timedelta(days=self._terms_days)).isoformat(), days=self._terms_days
        )
        if req.installment_due_date is not None:
            text += " " + self.tr(
                "Installment {n} fell due on {date}, before the issue date."
            ).format(n=req.installment_seq, date=req.installment_due_date.isoformat())
        elif req.installment_seq is not None:
            text += " " + self.tr("Installment {n} has no due date yet.").format(
                n=req.installment_seq
            )
        self.due_rule.setText(text)

    def problems(self) -> dict[str, str]:
        due = self.due.value()
        if due is not None and due < date_of(self.issue_date):
            return {"due_date": self.tr("The due date is before the issue date.")}
        return {}

    def operation(self) -> Operation:
        request_id, on, due = self.pending.request.id, date_of(self.issue_date), self.due.value()
        number, actor = self.number.text().strip() or None, self.ctx.actor
        return lambda db, reason: issue_request(
            db, actor, request_id, on, number, due, credit_override_reason=reason
        )


class RejectRequestDialog(FormDialog):
    def __init__(
        self, ctx: ViewContext, pending: PendingRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Reject the invoice request"))
        self.pending = pending
        request_facts(self, pending)
        self.reason = reason_edit(self.tr("Tell sales what to correct"))
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.save_button.setText(self.tr("Reject"))

    def problems(self) -> dict[str, str]:
        if not self.reason.toPlainText().strip():
            return {"reason": self.tr("Say why the request is rejected.")}
        return {}

    def operation(self) -> Operation:
        request_id, reason, actor = (
            self.pending.request.id,
            self.reason.toPlainText(),
            self.ctx.actor,
        )
        return lambda db, _override: reject_request(db, actor, request_id, reason)


class InvoiceRequestsPage(QWidget):
    """The pending requests, oldest first, with Issue… and Reject…."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.requests: list[PendingRequest] = []
        self.table = row_table(
            [
                self.tr("Request no."),
                self.tr("Project"),
                self.tr("Customer"),
                self.tr("Amount"),
                self.tr("Kind"),
                self.tr("Tax rate"),
                self.tr("Note"),
            ],
            stretch=6,
        )
        self.table.itemSelectionChanged.connect(self._update_actions)
        open_rows(self.table, lambda _index: self.issue())
        self.empty_label = QLabel(self.tr("No invoice requests are waiting."))
        self.actions_bar = ActionBar(ctx.actor)
        self.issue_button = self.actions_bar.add(
            self.tr("Issue…"), self.issue, FINANCE, "issue invoices", icon=Icon.ISSUE_INVOICE
        )
        self.reject_button = self.actions_bar.add(
            self.tr("Reject…"), self.reject, FINANCE, "reject invoice requests", icon=Icon.REJECT
        )
        self.actions_bar.add_stretch()
        self.export_button = export_button(self.export)
        bar_layout = self.actions_bar.layout()
        assert bar_layout is not None
        bar_layout.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        ctx.bus.changed.connect(self._on_changes)
        self._update_actions()
        self.refresh()

    def export(self) -> ExcelExport | None:
        """The table as shown, to an Excel file."""
        return export_view(self._ctx, self, self.table, self.tr("Invoice requests"), ())

    def refresh(self) -> None:
        as_of = self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: pending_with_projects(session, as_of),
            self._show,
            owner=self,
            latest="requests",
        )

    def selected(self) -> PendingRequest | None:
        row = self.table.currentRow()
        return self.requests[row] if 0 <= row < len(self.requests) else None

    def issue(self) -> IssueRequestDialog | None:
        pending = self.selected()
        if pending is None or not self.issue_button.isEnabled():
            return None
        return self._open(IssueRequestDialog(self._ctx, pending, self.window()))

    def reject(self) -> RejectRequestDialog | None:
        pending = self.selected()
        if pending is None or not self.reject_button.isEnabled():
            return None
        return self._open(RejectRequestDialog(self._ctx, pending, self.window()))

    def _open(self, dialog: F) -> F:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show(self, rows: list[PendingRequest]) -> None:
        self.requests = rows
        self.table.setRowCount(len(rows))
        for number, pending in enumerate(rows):
            req = pending.request
            amount = QTableWidgetItem(Money(req.amount_fen).format())
            amount.setTextAlignment(RIGHT)
            for column, item in enumerate(
                (
                    QTableWidgetItem(req.number),
                    QTableWidgetItem(pending.project_text),
                    QTableWidgetItem(pending.customer_text),
                    amount,
                    QTableWidgetItem(invoice_kind_label(req.kind)),
                    QTableWidgetItem(tax_rate_text(req.tax_rate_bp)),
                    QTableWidgetItem(req.note),
                )
            ):
                self.table.setItem(number, column, item)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.actions_bar.set_available(self.issue_button, chosen)
        self.actions_bar.set_available(self.reject_button, chosen)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        # The requests show their customer and project.
        if kinds & {Kind.INVOICE_REQUESTS, Kind.CUSTOMERS, Kind.PROJECTS}:
            self.refresh()


class InvoiceRequestsDialog(QDialog):
    """The requests page in a window of its own, kept open beside the invoice list."""

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoice requests"))
        self.page = InvoiceRequestsPage(ctx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def showEvent(self, event: QShowEvent) -> None:
        # Reopened later: requests may have come from other PCs meanwhile.
        super().showEvent(event)
        self.page.refresh()
