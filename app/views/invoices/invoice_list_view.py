"""The invoice section: search by number or customer, status filter, the paged list, the
detail panel, and the actions finance takes on invoices (issue, requests from sales,
payments, red-letter invoices, voiding, write-offs and their approval by a manager)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from app.services.core.changes import Kind
from app.services.core.permissions import FINANCE
from app.services.ledger.invoice_list_service import STATUS_FILTERS, InvoiceRow, InvoiceTotals
from app.services.ledger.invoice_service import InvoiceDetail
from app.services.ledger.write_off_service import (
    count_pending_write_offs,
)
from app.services.projects.invoice_request_service import (
    count_pending_requests,
)
from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog
from app.views.invoices.invoice_detail_panel import InvoiceDetailPanel
from app.views.invoices.invoice_dialog import IssueInvoiceDialog
from app.views.invoices.invoice_requests_page import InvoiceRequestsDialog
from app.views.invoices.invoice_table_model import InvoiceColumn, invoice_table_model
from app.views.invoices.red_letter_dialog import RedLetterDialog
from app.views.invoices.void_dialog import VoidInvoiceDialog
from app.views.invoices.write_off_dialog import WriteOffDialog
from app.views.invoices.write_off_requests_page import WriteOffRequestsDialog
from app.views.labels import status_filter_label
from app.views.payments.payment_dialog import RecordPaymentDialog
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_list_page import PagedListPage
from app.views.tables.paged_table_model import ItemRole, ListTotals, PagedTableModel
from app.views.tables.row_opener import open_rows
from app.views.tables.totals_bar import TotalFigure
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.icons import Icon
from app.views.widgets.record_windows import RecordWindows

D = TypeVar("D", bound=QDialog)


class InvoiceListView(PagedListPage):
    model: PagedTableModel[InvoiceRow]
    detail: InvoiceDetailPanel

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            invoice_table_model(ctx.db, ctx.runner, ctx.clock),
            InvoiceDetailPanel(ctx),
            # A payment applied to an invoice changes the invoice too, and says so.
            frozenset({Kind.CUSTOMERS, Kind.INVOICES}),
            parent,
        )
        self.search.setPlaceholderText(
            self.tr("Search invoice number (from the start) or customer")
        )

        self.status = QComboBox()
        self.status.addItem(self.tr("All invoices"), None)
        for status in STATUS_FILTERS:
            self.status.addItem(status_filter_label(status), status)
        self.status.currentIndexChanged.connect(
            lambda: self.model.set_filter("status", self.status.currentData())
        )
        self.add_filter(self.status)

        self.actions_bar = ActionBar(ctx.actor)
        self.issue_button = self.actions_bar.add(
            self.tr("Issue invoice…"),
            self.issue_invoice,
            FINANCE,
            "issue invoices",
            icon=Icon.ISSUE_INVOICE,
        )
        self.requests_button = self.actions_bar.add(
            self.tr("Invoice requests"),
            self.show_requests,
            FINANCE,
            "issue invoices",
            icon=Icon.QUEUE,
        )
        self.actions_bar.add(
            self.tr("Record payment…"),
            self.record_payment,
            FINANCE,
            "record payments",
            icon=Icon.PAYMENTS,
        )
        self.red_letter_button = self.actions_bar.add(
            self.tr("Red-letter…"), self.red_letter, FINANCE, "issue invoices", icon=Icon.RED_LETTER
        )
        self.void_button = self.actions_bar.add(
            self.tr("Void…"), self.void, FINANCE, "void invoices", icon=Icon.VOID
        )
        self.write_off_button = self.actions_bar.add(
            self.tr("Write off…"),
            self.write_off,
            FINANCE,
            "write off bad debts",
            icon=Icon.WRITE_OFF,
        )
        self.write_offs_button = self.actions_bar.add(
            self.tr("Write-off requests"),
            self.show_write_offs,
            FINANCE,
            "write off bad debts",
            icon=Icon.QUEUE,
        )
        self.actions_bar.add_stretch()
        self.body.insertWidget(1, self.actions_bar)
        self.requests_dialog: InvoiceRequestsDialog | None = None
        self.write_offs_dialog: WriteOffRequestsDialog | None = None
        self.pending_requests = 0
        self.pending_write_offs = 0

        self.table.currentIdChanged.connect(self.detail.show_invoice)
        self.windows = RecordWindows(self)
        open_rows(self.table, self._open_index)
        self.detail.loaded.connect(self._update_actions)
        ctx.bus.changed.connect(self._on_request_changes)
        self._update_actions(None)
        # The list first: its first page is what the user waits for.
        self.start()
        self._count_requests()
        self._count_write_offs()

    def showEvent(self, event: QShowEvent) -> None:
        # Requests from other PCs announce nothing here: count again whenever shown.
        super().showEvent(event)
        self._count_requests()
        self._count_write_offs()

    def export_title(self) -> str:
        return self.tr("Invoice list")

    def count_text(self, total: int) -> str:
        return self.tr("%Ln invoice(s)", "", total)

    def totals_figures(self, totals: ListTotals) -> list[TotalFigure]:
        assert isinstance(totals, InvoiceTotals)
        return [
            TotalFigure(self.column_title(InvoiceColumn.AMOUNT), totals.amount_fen),
            TotalFigure(self.column_title(InvoiceColumn.OPEN), totals.open_fen),
            TotalFigure(self.tr("of which overdue"), totals.overdue_fen, alert=True),
        ]

    def show_status(self, status: str | None) -> None:
        """The invoices behind a figure elsewhere (the workbench): those of ``status``
        (one of STATUS_FILTERS, None for all), whatever was searched for before."""
        self.search.clear()
        self._apply_search()
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    @property
    def current(self) -> InvoiceDetail | None:
        detail = self.detail.detail
        return detail if detail is not None and detail.row.id == self.table.current_id else None

    # --- actions -------------------------------------------------------------------------

    def open_invoice(self, invoice_id: int) -> InvoiceDetailDialog:
        """The invoice in a window of its own (Enter or a double-click on its row)."""
        return self.windows.open(
            invoice_id, lambda: InvoiceDetailDialog(self._ctx, invoice_id, self.window())
        )

    def _open_index(self, index: QModelIndex) -> InvoiceDetailDialog | None:
        invoice_id = index.data(ItemRole.RowIdRole)
        return self.open_invoice(invoice_id) if isinstance(invoice_id, int) else None

    def new_record(self) -> IssueInvoiceDialog | None:
        return self.issue_invoice() if self.issue_button.isEnabled() else None

    def refresh(self) -> None:
        super().refresh()
        self._count_requests()
        self._count_write_offs()

    def issue_invoice(self) -> IssueInvoiceDialog:
        detail = self.current
        if detail is None:
            dialog = IssueInvoiceDialog(self._ctx, self.window())
        else:
            dialog = IssueInvoiceDialog(
                self._ctx,
                self.window(),
                customer_id=detail.row.customer_id,
                customer_name=detail.row.customer_name,
            )
        dialog.accepted.connect(lambda: self._issued(dialog.result_value))
        return self._open(dialog)

    def _issued(self, row: object) -> None:
        if isinstance(row, InvoiceRow):
            self.show_saved(row.id, row.number)

    def show_requests(self) -> InvoiceRequestsDialog:
        if self.requests_dialog is None:
            self.requests_dialog = InvoiceRequestsDialog(self._ctx, self.window())
        self.requests_dialog.show()
        self.requests_dialog.raise_()
        return self.requests_dialog

    def show_write_offs(self) -> WriteOffRequestsDialog:
        if self.write_offs_dialog is None:
            self.write_offs_dialog = WriteOffRequestsDialog(self._ctx, self.window())
        self.write_offs_dialog.show()
        self.write_offs_dialog.raise_()
        return self.write_offs_dialog

    def record_payment(self) -> RecordPaymentDialog:
        detail = self.current
        if detail is None:
            return self._open(RecordPaymentDialog(self._ctx, self.window()))
        return self._open(
            RecordPaymentDialog(
                self._ctx,
                self.window(),
                customer_id=detail.row.customer_id,
                customer_name=detail.row.customer_name,
            )
        )

    def red_letter(self) -> RedLetterDialog | None:
        detail = self.current
        if detail is None:
            return None
        return self._open(RedLetterDialog(self._ctx, detail.row, detail.tax_rate_bp, self.window()))

    def void(self) -> VoidInvoiceDialog | None:
        detail = self.current
        if detail is None:
            return None
        return self._open(
            VoidInvoiceDialog(
                self._ctx,
                detail.row,
                detail.original_number,
                self.window(),
                write_off_requested_fen=detail.write_off_requested_fen,
            )
        )

    def write_off(self) -> WriteOffDialog | None:
        detail = self.current
        if detail is None:
            return None
        return self._open(
            WriteOffDialog(self._ctx, detail.row, detail.write_off_requested_fen, self.window())
        )

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- state ---------------------------------------------------------------------------

    def _update_actions(self, detail: InvoiceDetail | None) -> None:
        row = detail.row if detail is not None else None
        issued = row is not None and row.status == "issued"
        normal_open = row is not None and issued and not row.is_red_letter and row.open_fen > 0
        self.actions_bar.set_available(self.red_letter_button, normal_open)
        self.actions_bar.set_available(self.write_off_button, normal_open)
        self.actions_bar.set_available(self.void_button, issued)

    def _count_requests(self) -> None:
        self._ctx.runner.query(count_pending_requests, self._show_request_count, owner=self)

    def _show_request_count(self, pending: int) -> None:
        self.pending_requests = pending
        self.requests_button.setText(
            self.tr("Invoice requests ({count})").format(count=pending)
            if pending
            else self.tr("Invoice requests")
        )

    def _count_write_offs(self) -> None:
        self._ctx.runner.query(count_pending_write_offs, self._show_write_off_count, owner=self)

    def _show_write_off_count(self, pending: int) -> None:
        self.pending_write_offs = pending
        self.write_offs_button.setText(
            self.tr("Write-off requests ({count})").format(count=pending)
            if pending
            else self.tr("Write-off requests")
        )

    def _on_request_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.INVOICE_REQUESTS in kinds:
            self._count_requests()
        if Kind.WRITE_OFF_REQUESTS in kinds:
            self._count_write_offs()
            # The detail shows what waits for approval on the invoice.
            if Kind.INVOICES not in kinds:
                self.detail.show_invoice(self.table.current_id)
