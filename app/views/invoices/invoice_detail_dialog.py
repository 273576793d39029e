"""One invoice's details in a window of its own: Enter or a double-click on an invoice in
the invoice list, the customer 360 view, the write-off queue or the invoices behind an aging
figure."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.core.changes import Kind
from app.services.ledger.invoice_service import InvoiceDetail
from app.views.invoices.invoice_detail_panel import InvoiceDetailPanel
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_dialog import DetailDialog


class InvoiceDetailDialog(DetailDialog):
    panel: InvoiceDetailPanel

    def __init__(self, ctx: ViewContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, InvoiceDetailPanel(ctx), frozenset({Kind.INVOICES, Kind.CUSTOMERS}), parent
        )
        self.invoice_id = invoice_id
        self.setWindowTitle(self.tr("Invoice"))
        self.panel.loaded.connect(self._loaded)
        self.load()

    def load(self) -> None:
        self.panel.show_invoice(self.invoice_id)

    def _loaded(self, detail: InvoiceDetail | None) -> None:
        if detail is not None:
            self.setWindowTitle(self.tr("Invoice {number}").format(number=detail.row.number))
