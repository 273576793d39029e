"""The payment detail panel beside the payment list: the payment, what is left of it as
prepayment, and where its customer stands (balance and open invoices), loaded off the GUI
thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.services.customer_list_service import CustomerRow, customer_row
from app.services.payment_list_service import PaymentRow
from app.services.payment_service import AllocationLine, open_invoice_lines
from app.views.detail_section import DetailSection, heading_label, value_label
from app.views.ledger_labels import method_label, payment_state_label
from app.views.paged_table_model import NEGATIVE_TEXT
from app.views.view_context import ViewContext

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PaymentDetailPanel(QStackedWidget):
    # The customer's figures arrived (the balance shown is the ledger's).
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.payment: PaymentRow | None = None
        self.customer: CustomerRow | None = None
        self.open_lines: list[AllocationLine] = []

        self.placeholder = QLabel(self.tr("Select a payment to see its details."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)

        content = QWidget()
        layout = QVBoxLayout(content)
        self.number_label = heading_label()
        self.subtitle_label = value_label("")
        layout.addWidget(self.number_label)
        layout.addWidget(self.subtitle_label)
        self.facts = DetailSection(self.tr("Payment"))
        self.amounts = DetailSection(self.tr("Amounts"))
        self.balance = DetailSection(self.tr("Customer's account"))
        for section in (self.facts, self.amounts, self.balance):
            layout.addWidget(section)
        self.open_title = QLabel()
        layout.addWidget(self.open_title)
        self.open_invoices = QTableWidget(0, 3)
        self.open_invoices.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Due"), self.tr("Open")])
        self.open_invoices.verticalHeader().setVisible(False)
        self.open_invoices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_invoices.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.open_invoices.setMinimumHeight(140)
        layout.addWidget(self.open_invoices)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.addWidget(scroll)

    def show_payment(self, payment: PaymentRow | None) -> None:
        self._generation += 1
        generation = self._generation
        self.payment = payment
        self.customer = None
        if payment is None:
            self.setCurrentWidget(self.placeholder)
            return
        self._show_payment(payment)
        customer_id, as_of = payment.customer_id, self._ctx.as_of()

        def load(session: Session) -> tuple[CustomerRow | None, list[AllocationLine]]:
            return (customer_row(session, customer_id, as_of),
                    open_invoice_lines(session, customer_id))

        self._ctx.runner.query(load, lambda result: self._loaded(generation, *result),
                               owner=self)

    def _show_payment(self, payment: PaymentRow) -> None:
        self.number_label.setText(payment.number)
        self.subtitle_label.setText(
            f"{method_label(payment.method)} · {payment_state_label(payment.status)}")
        reversed_ = payment.status == "reversed"
        self.subtitle_label.setStyleSheet(
            f"color: {NEGATIVE_TEXT.name()};" if reversed_ else "")
        self.facts.clear()
        self.facts.add(self.tr("Customer"), payment.customer_name)
        self.facts.add(self.tr("Date received"), payment.received_date.isoformat())
        if payment.payer_name:
            self.facts.add(self.tr("Payer"), payment.payer_name)
        if payment.bank_ref:
            self.facts.add(self.tr("Bank reference"), payment.bank_ref)
        self.amounts.clear()
        self.amounts.add_money(self.tr("Amount"), payment.amount_fen)
        self.amounts.add_money(self.tr("Applied to invoices"), payment.allocated_fen)
        self.amounts.add_money(self.tr("Left as prepayment"), payment.unallocated_fen)
        self.balance.clear()
        self.balance.add(self.tr("Balance owed"), self.tr("Loading…"))
        self.open_title.clear()
        self.open_invoices.setRowCount(0)
        self.setCurrentIndex(1)

    def _loaded(self, generation: int, customer: CustomerRow | None,
                lines: list[AllocationLine]) -> None:
        if generation != self._generation or customer is None:
            return
        self.customer = customer
        self.open_lines = lines
        self.balance.clear()
        self.balance.add_money(self.tr("Balance owed"), customer.balance_fen)
        self.balance.add_money(self.tr("Open invoices"), customer.open_fen)
        self.balance.add_money(self.tr("Overdue"), customer.overdue_fen,
                               alert_if_positive=True)
        self.balance.add_money(self.tr("Prepayments not yet applied"),
                               customer.unallocated_fen)
        self.open_title.setText(self.tr("Open invoices of the customer") if lines
                                else self.tr("The customer has no open invoices."))
        self.open_invoices.setRowCount(len(lines))
        for row, line in enumerate(lines):
            amount = QTableWidgetItem(Money(line.open_fen).format())
            amount.setTextAlignment(RIGHT)
            self.open_invoices.setItem(row, 0, QTableWidgetItem(line.number))
            self.open_invoices.setItem(row, 1, QTableWidgetItem(line.due_date.isoformat()))
            self.open_invoices.setItem(row, 2, amount)
        self.open_invoices.resizeColumnToContents(1)
        self.open_invoices.setVisible(bool(lines))
        self.loaded.emit()
