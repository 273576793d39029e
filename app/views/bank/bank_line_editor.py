"""One bank line as finance decides it: who paid (proposed, or chosen by typing part of a
name) and how the amount settles that customer's open invoices (proposed, editable). The
open invoices and the proposal for a newly chosen customer load off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.services.bank.bank_line_service import PROPOSED, BankLineRow, LineDecision
from app.services.bank.matching import InvoiceProposal, propose_invoices
from app.services.ledger.payment_service import AllocationLine, open_invoice_lines
from app.views.bank.bank_labels import direction_label, invoices_text, match_text, status_label
from app.views.customers.customer_picker import CustomerPicker
from app.views.payments.allocation_table import AUTO, MANUAL, AllocationTable
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_section import heading_label
from app.views.widgets.form_dialog import error_label
from app.views.widgets.icons import Icon, icon

Invoices = tuple[list[AllocationLine], InvoiceProposal]


class BankLineEditor(QWidget):
    confirmRequested = Signal()
    ignoreRequested = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.line: BankLineRow | None = None
        self.invoices_loaded = False

        self.heading = heading_label("")
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer = CustomerPicker(ctx)
        self.customer.customerChanged.connect(self._picked)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.allocation = AllocationTable()
        self.problem = error_label()
        self.confirm_button = QPushButton(icon(Icon.APPROVE), self.tr("Confirm this line"))
        self.confirm_button.clicked.connect(self._confirm_clicked)
        self.ignore_button = QPushButton(icon(Icon.REJECT), self.tr("Ignore"))
        self.ignore_button.setToolTip(
            self.tr("Not a customer's payment (refund, interest, transfer)")
        )
        self.ignore_button.clicked.connect(self.ignoreRequested)

        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.ignore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.proposal)
        self.settles = QLabel(self.tr("Settles:"))
        layout.addWidget(self.settles)
        # The split takes the height; the stretch only while it is hidden.
        layout.addWidget(self.allocation, 100)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.show_line(None)

    def show_line(self, line: BankLineRow | None) -> None:
        """Show ``line`` with what LabLedger proposes for it (nothing chosen: a hint)."""
        self.line = line
        self.problem.hide()
        self._ctx.runner.drop(self, "invoices")
        self.invoices_loaded = False
        self.allocation.set_mode(AUTO)
        self.allocation.set_lines([])
        waiting = line is not None and line.status == PROPOSED
        for widget in (self.customer, self.allocation, self.confirm_button, self.ignore_button):
            widget.setEnabled(waiting)
        if line is None:
            self.heading.setText(self.tr("Choose a line on the left"))
            self.details.clear()
            self.proposal.clear()
            self._choose(None, "")
            return
        self.heading.setText(
            f"{line.txn_date.isoformat()} · {Money(line.amount_fen).format()} · "
            f"{line.payer_name or '–'}"
        )
        self.details.setText(self._details(line))
        self.allocation.set_payment(line.amount_fen)
        if line.status != PROPOSED:
            self._choose(None, line.payment_customer)
            self.proposal.clear()
            return
        match = line.customer
        if match is None:
            self.proposal.setText(self.tr("No customer found: type part of the customer's name."))
            self._choose(None, "")
            return
        self.proposal.setText(
            self.tr("Proposed: {customer} ({how}); {invoices}").format(
                customer=match.name, how=match_text(match), invoices=invoices_text(line.invoices)
            )
        )
        self._choose(match.customer_id, match.name)

    def decision(self) -> LineDecision | None:
        """The line as finance decided it, or None (with the reason shown) if it cannot be
        confirmed yet."""
        line, customer_id = self.line, self.customer.customer_id()
        problems = []
        if line is None:
            return None
        if customer_id is None:
            problems.append(self.tr("Choose the customer from the list."))
        elif not self.invoices_loaded:
            problems.append(self.tr("The customer's open invoices are still loading."))
        problems += self.allocation.problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        if problems:
            return None
        return LineDecision(line.id, customer_id, self.allocation.split())

    def _details(self, line: BankLineRow) -> str:
        parts = [
            f"{direction_label(line.direction)} · {status_label(line.status)}",
            self.tr("Account: {account}").format(account=line.payer_account or "–"),
            self.tr("Memo: {memo}").format(memo=line.text or "–"),
        ]
        if line.serial:
            parts.append(self.tr("Bank serial: {serial}").format(serial=line.serial))
        if line.payment_number:
            parts.append(
                self.tr("Recorded as payment {number} of {customer}").format(
                    number=line.payment_number, customer=line.payment_customer
                )
            )
        parts.append(self.tr("From {file}").format(file=line.file_name))
        return "\n".join(parts)

    def _choose(self, customer_id: int | None, name: str) -> None:
        """Put a customer in the picker and load its invoices, even when the previous line
        had the same customer (the picker then reports no change)."""
        self.customer.blockSignals(True)
        self.customer.set_customer(customer_id, name)
        self.customer.blockSignals(False)
        self._customer_changed(customer_id)

    def _show_invoices(self, shown: bool) -> None:
        """The split only once the chosen customer's invoices are in (no flash of "no open
        invoices" while they load, nor for a line with no customer)."""
        self.settles.setVisible(shown)
        self.allocation.setVisible(shown)

    def _picked(self, customer_id: int | None) -> None:
        """Finance chose another customer than the one proposed."""
        line = self.line
        if line is not None and line.status == PROPOSED:
            self.proposal.setText(self.tr("Chosen by hand."))
        self._customer_changed(customer_id, by_hand=True)

    def _customer_changed(self, customer_id: int | None, by_hand: bool = False) -> None:
        self.invoices_loaded = False
        self._show_invoices(False)
        self.allocation.set_mode(AUTO)
        self.allocation.set_lines([])
        line = self.line
        if customer_id is None or line is None or line.status != PROPOSED:
            self._ctx.runner.drop(self, "invoices")
            return
        amount, memo = line.amount_fen, line.text

        def load(session: Session) -> Invoices:
            return (
                open_invoice_lines(session, customer_id),
                propose_invoices(session, customer_id, amount, memo),
            )

        self._ctx.runner.query(
            load,
            lambda found: self._invoices_arrived(found, by_hand),
            owner=self,
            latest="invoices",
        )

    def _invoices_arrived(self, found: Invoices, by_hand: bool) -> None:
        lines, proposal = found
        if by_hand:
            self.proposal.setText(
                self.tr("Chosen by hand; {invoices}").format(invoices=invoices_text(proposal))
            )
        self.allocation.set_lines(lines)
        self.allocation.set_preview(proposal.lines)
        # Finance may change any amount; the proposal is where it starts.
        self.allocation.set_mode(MANUAL)
        self.invoices_loaded = True
        self._show_invoices(True)

    def _confirm_clicked(self) -> None:
        if self.decision() is not None:
            self.confirmRequested.emit()
