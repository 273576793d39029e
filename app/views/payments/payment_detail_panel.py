"""The payment detail panel beside the payment list: the payment, the invoices it was applied
to (an allocation can be taken back, with a reason), what is left of it as prepayment, and
where its customer stands (balance and open invoices), loaded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.services.core.permissions import FINANCE
from app.services.customers.customer_list_service import CustomerRow, customer_row
from app.services.ledger.payment_list_service import PaymentRow
from app.services.ledger.payment_service import (
    AllocationLine,
    AllocationRow,
    PaymentDetail,
    open_invoice_lines,
    payment_detail,
    remove_allocation,
)
from app.views.ledger_labels import method_label, payment_state_label
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.detail_panel import DetailPanel
from app.views.widgets.detail_section import (
    DetailSection,
    heading_label,
    readonly_table,
    value_label,
)
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import reason_edit
from app.views.widgets.icons import Icon

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RemoveAllocationDialog(FormDialog):
    """Take one allocation back: the invoice is open again by its amount and the payment
    has that much more left as prepayment."""

    def __init__(
        self,
        ctx: ViewContext,
        payment_number: str,
        allocation: AllocationRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Remove allocation"))
        self.allocation = allocation
        self.form.addRow(self.tr("Payment"), QLabel(payment_number))
        self.form.addRow(self.tr("Invoice"), QLabel(allocation.invoice_number))
        self.form.addRow(self.tr("Amount"), QLabel(Money(allocation.amount_fen).format()))
        effect = QLabel(
            self.tr("The invoice is open again by this amount; the payment keeps it as prepayment.")
        )
        effect.setWordWrap(True)
        self.form.addRow("", effect)
        self.reason = reason_edit(self.tr("For example: applied to the wrong invoice"))
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.save_button.setText(self.tr("Remove"))

    def problems(self) -> dict[str, str]:
        if not self.reason.toPlainText().strip():
            return {"reason": self.tr("Say why the allocation is removed.")}
        return {}

    def operation(self) -> Operation:
        allocation_id, reason, actor = (
            self.allocation.allocation_id,
            self.reason.toPlainText(),
            self.ctx.actor,
        )
        return lambda db, _override: remove_allocation(db, actor, allocation_id, reason)


class PaymentDetailPanel(DetailPanel):
    # The customer's figures arrived (the balance shown is the ledger's).
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Select a payment to see its details."), parent)
        self.payment: PaymentRow | None = None
        self.customer: CustomerRow | None = None
        self.detail: PaymentDetail | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        self.number_label = heading_label()
        self.subtitle_label = value_label("")
        layout.addWidget(self.number_label)
        layout.addWidget(self.subtitle_label)
        self.facts = DetailSection(self.tr("Payment"))
        self.amounts = DetailSection(self.tr("Amounts"))
        self.balance = DetailSection(self.tr("Customer's account"))
        for section in (self.facts, self.amounts):
            layout.addWidget(section)
        self.allocations_title = QLabel()
        layout.addWidget(self.allocations_title)
        self.allocations = readonly_table(
            [self.tr("Invoice"), self.tr("Date"), self.tr("Amount applied")], 0, 100
        )
        self.allocations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allocations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.allocations.itemSelectionChanged.connect(self._update_remove)
        layout.addWidget(self.allocations)
        self.allocation_actions = ActionBar(ctx.actor)
        self.remove_button: QPushButton = self.allocation_actions.add(
            self.tr("Remove allocation…"),
            self.remove_allocation,
            FINANCE,
            "allocate payments",
            icon=Icon.UNALLOCATE,
        )
        self.allocation_actions.add_stretch()
        layout.addWidget(self.allocation_actions)
        layout.addWidget(self.balance)
        self.open_title = QLabel()
        layout.addWidget(self.open_title)
        self.open_invoices = readonly_table(
            [self.tr("Invoice"), self.tr("Due"), self.tr("Open")], 0, 140
        )
        layout.addWidget(self.open_invoices)
        layout.addStretch(1)
        self.set_content(content)

    def show_payment(self, payment: PaymentRow | None) -> None:
        self.payment = payment
        self.customer = None
        if payment is None:
            self.show_hint()
            return
        self._show_payment(payment)
        customer_id, as_of = payment.customer_id, self._ctx.as_of()

        payment_id = payment.id

        def read(
            session: Session,
        ) -> tuple[CustomerRow | None, list[AllocationLine], PaymentDetail]:
            return (
                customer_row(session, customer_id, as_of),
                open_invoice_lines(session, customer_id),
                payment_detail(session, payment_id),
            )

        self.load(read, lambda result: self._loaded(*result))

    def cleared(self) -> None:
        self.detail = None
        self._update_remove()

    def _show_payment(self, payment: PaymentRow) -> None:
        self.number_label.setText(payment.number)
        self.subtitle_label.setText(
            f"{method_label(payment.method)} · {payment_state_label(payment.status)}"
        )
        reversed_ = payment.status == "reversed"
        self.subtitle_label.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};" if reversed_ else "")
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
        self.detail = None
        self.allocations_title.setText(self.tr("Loading…"))
        self.allocations.setRowCount(0)
        self.allocations.setVisible(False)
        self._update_remove()
        self.show_content()

    def _loaded(
        self, customer: CustomerRow | None, lines: list[AllocationLine], detail: PaymentDetail
    ) -> None:
        if customer is None:
            return
        self.customer = customer
        self._show_allocations(detail)
        self.balance.clear()
        self.balance.add_money(self.tr("Balance owed"), customer.balance_fen)
        self.balance.add_money(self.tr("Open invoices"), customer.open_fen)
        self.balance.add_money(self.tr("Overdue"), customer.overdue_fen, alert_if_positive=True)
        self.balance.add_money(self.tr("Prepayments not yet applied"), customer.unallocated_fen)
        self.open_title.setText(
            self.tr("Open invoices of the customer")
            if lines
            else self.tr("The customer has no open invoices.")
        )
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

    # --- where the payment went ----------------------------------------------------------

    def _show_allocations(self, detail: PaymentDetail) -> None:
        self.detail = detail
        rows = detail.allocations
        self.allocations_title.setText(
            self.tr("Applied to") if rows else self.tr("Not applied to any invoice.")
        )
        self.allocations.setRowCount(len(rows))
        for number, row in enumerate(rows):
            amount = QTableWidgetItem(Money(row.amount_fen).format())
            amount.setTextAlignment(RIGHT)
            self.allocations.setItem(number, 0, QTableWidgetItem(row.invoice_number))
            self.allocations.setItem(number, 1, QTableWidgetItem(row.allocated_date.isoformat()))
            self.allocations.setItem(number, 2, amount)
        self.allocations.resizeColumnToContents(1)
        self.allocations.setVisible(bool(rows))
        if rows:
            self.allocations.selectRow(0)
        self._update_remove()

    def selected_allocation(self) -> AllocationRow | None:
        if self.detail is None or self.detail.status != "active":
            return None
        rows = self.allocations.selectionModel().selectedRows()
        if not rows:
            return None
        return self.detail.allocations[rows[0].row()]

    def _update_remove(self) -> None:
        self.allocation_actions.set_available(
            self.remove_button, self.selected_allocation() is not None
        )

    def remove_allocation(self) -> RemoveAllocationDialog | None:
        """Ask for a reason, then take the selected allocation back; the lists refresh
        from the change bus."""
        allocation = self.selected_allocation()
        if allocation is None or self.detail is None:
            return None
        dialog = RemoveAllocationDialog(self._ctx, self.detail.number, allocation, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
