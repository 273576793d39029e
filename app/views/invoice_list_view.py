"""The invoice section: search by number or customer, status filter, the paged list and the
detail panel."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.invoice_list_service import STATUS_FILTERS
from app.views.change_bus import CUSTOMERS, INVOICES, PAYMENTS
from app.views.invoice_detail_panel import InvoiceDetailPanel
from app.views.invoice_table_model import invoice_table_model
from app.views.labels import status_filter_label
from app.views.paged_list_page import PagedListPage
from app.views.view_context import ViewContext


class InvoiceListView(PagedListPage):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, invoice_table_model(ctx.db, ctx.runner, ctx.clock),
                         InvoiceDetailPanel(ctx), frozenset({CUSTOMERS, INVOICES, PAYMENTS}),
                         parent)
        self.search.setPlaceholderText(self.tr("Search invoice number (from the start) or "
                                               "customer"))

        self.status = QComboBox()
        self.status.addItem(self.tr("All invoices"), None)
        for status in STATUS_FILTERS:
            self.status.addItem(status_filter_label(status), status)
        self.status.currentIndexChanged.connect(
            lambda: self.model.set_filter("status", self.status.currentData()))
        self.add_filter(self.status)

        self.table.currentIdChanged.connect(self.detail.show_invoice)
        self.start()

    def count_text(self, total: int) -> str:
        return self.tr("%Ln invoice(s)", "", total)
