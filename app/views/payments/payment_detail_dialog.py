"""One payment's details in a window of its own: Enter or a double-click on a payment in the
payment list or the customer 360 view."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.services.core.changes import Kind
from app.services.core.list_request import ListRequest
from app.services.ledger.payment_list_service import PaymentRow, fetch_payments
from app.views.payments.payment_detail_panel import PaymentDetailPanel
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_dialog import DetailDialog


def payment_row(session: Session, payment_id: int) -> PaymentRow | None:
    rows = fetch_payments(session, ListRequest(filters=(("id", payment_id),)), 0, 1)
    return rows[0] if rows else None


class PaymentDetailDialog(DetailDialog):
    panel: PaymentDetailPanel

    def __init__(self, ctx: ViewContext, payment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            PaymentDetailPanel(ctx),
            frozenset({Kind.PAYMENTS, Kind.INVOICES, Kind.CUSTOMERS}),
            parent,
        )
        self.payment_id = payment_id
        self.setWindowTitle(self.tr("Payment"))
        self.load()

    def load(self) -> None:
        payment_id = self.payment_id
        self._ctx.runner.query(
            lambda session: payment_row(session, payment_id), self._show, owner=self, latest="row"
        )

    def _show(self, row: PaymentRow | None) -> None:
        self.panel.show_payment(row)
        if row is not None:
            self.setWindowTitle(self.tr("Payment {number}").format(number=row.number))
