"""One invoice's details in a window of its own, for screens that list invoices outside the
invoice section (the invoices behind an aging figure)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.services.ledger.invoice_service import InvoiceDetail
from app.views.invoices.invoice_detail_panel import InvoiceDetailPanel
from app.views.shell.ui_settings import fitted_size
from app.views.shell.view_context import ViewContext


class InvoiceDetailDialog(QDialog):
    def __init__(self, ctx: ViewContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoice"))
        self.resize(fitted_size(self, QSize(480, 600)))
        self.panel = InvoiceDetailPanel(ctx)
        self.panel.loaded.connect(self._loaded)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.panel.show_invoice(invoice_id)

    def _loaded(self, detail: InvoiceDetail | None) -> None:
        if detail is not None:
            self.setWindowTitle(self.tr("Invoice {number}").format(number=detail.row.number))
