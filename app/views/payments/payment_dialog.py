"""Recording a payment (回款) and allocating what is left of one: the customer's open
invoices with a live preview of the automatic split, or a split typed by hand, before
anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PaymentMethod
from app.domain.money import Money
from app.services.customers.customer_list_service import CustomerRow, customer_row
from app.services.ledger.payment_list_service import PaymentRow
from app.services.ledger.payment_service import (
    AllocationChoice,
    AllocationLine,
    PaymentInput,
    PaymentResult,
    allocate_payment,
    open_invoice_lines,
    preview_allocation,
    record_payment,
)
from app.views.customers.customer_picker import CustomerPicker
from app.views.ledger_labels import METHODS, method_label
from app.views.payments.allocation_table import (
    AUTO,
    MANUAL,
    NONE,
    AllocationMode,
    AllocationTable,
)
from app.views.shell.ui_settings import fitted_size
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of, reason_edit
from app.views.widgets.money_edit import MoneyEdit

PREVIEW_DELAY_MS = 150


class AllocationSection(QWidget):
    """How a payment is applied: automatically (previewed), by hand, or not yet. Loads the
    customer's open invoices and the preview off the GUI thread; answers that arrive after
    a newer customer or amount was chosen are dropped."""

    def __init__(
        self, ctx: ViewContext, *, offer_none: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: int | None = None
        self._amount: int | None = None
        self.lines_loaded = False

        self.auto = QRadioButton(self.tr("Automatically, oldest due first"))
        self.manual = QRadioButton(self.tr("By hand"))
        self.none = QRadioButton(self.tr("Not now (keep it all as prepayment)"))
        self.none.setVisible(offer_none)
        self.auto.setChecked(True)
        self._group = QButtonGroup(self)
        for button in (self.auto, self.manual, self.none):
            self._group.addButton(button)
        self._group.buttonToggled.connect(self._mode_changed)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Apply to invoices:")))
        for button in (self.auto, self.manual, self.none):
            choice.addWidget(button)
        choice.addStretch(1)

        self.table = AllocationTable()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._load_preview)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)

    def set_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.lines_loaded = False
        self.table.set_lines([])
        if customer_id is None:
            self._ctx.runner.drop(self, "lines")
            return
        self._ctx.runner.query(
            lambda session: open_invoice_lines(session, customer_id),
            self._lines_arrived,
            owner=self,
            latest="lines",
        )

    def set_amount(self, fen: int | None) -> None:
        self._amount = fen
        self.table.set_payment(fen)
        self._preview_timer.start()

    def choice(self) -> AllocationChoice:
        mode = self.table.mode
        if mode == MANUAL:
            return self.table.split()
        return NONE if mode == NONE else AUTO

    def problems(self) -> list[str]:
        return self.table.problems()

    def _lines_arrived(self, lines: list[AllocationLine]) -> None:
        self.table.set_lines(lines)
        self.lines_loaded = True
        self._load_preview()

    def _load_preview(self) -> None:
        self._preview_timer.stop()
        self._ctx.runner.drop(self, "preview")  # one still on its way is out of date
        customer_id, amount = self._customer_id, self._amount
        if customer_id is None or not self.lines_loaded:
            return
        if not amount:
            self.table.set_preview([])
            return
        self._ctx.runner.query(
            lambda session: preview_allocation(session, customer_id, amount),
            self.table.set_preview,
            owner=self,
            latest="preview",
        )

    def _mode_changed(self) -> None:
        mode: AllocationMode = (
            MANUAL if self.manual.isChecked() else NONE if self.none.isChecked() else AUTO
        )
        self.table.set_mode(mode)


class RecordPaymentDialog(FormDialog):
    """登记回款: date, amount, method, bank reference and payer (who may be a third party
    paying for the customer), and how it is applied."""

    def __init__(
        self,
        ctx: ViewContext,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        customer_name: str = "",
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Record a payment"))
        self.setMinimumWidth(640)
        self.customer = CustomerPicker(ctx)
        self.add_field("customer", self.tr("Customer"), self.customer)
        self.received = date_edit(ctx.as_of())
        self.received.setMaximumDate(self.received.date())
        self.add_field("received_date", self.tr("Date received"), self.received)
        self.amount = MoneyEdit()
        self.add_field("amount", self.tr("Amount"), self.amount)
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(method_label(method), method.value)
        self.add_field("method", self.tr("Method"), self.method)
        self.bank_ref = QLineEdit()
        self.bank_ref.setPlaceholderText(self.tr("Bank serial number, bill number…"))
        self.add_field("bank_ref", self.tr("Bank reference"), self.bank_ref)
        self.payer = QLineEdit()
        self.payer.setPlaceholderText(
            self.tr("As on the bank statement; may be a third party paying for the customer")
        )
        self.add_field("payer_name", self.tr("Payer"), self.payer)
        self.note = reason_edit()
        self.add_field("note", self.tr("Note"), self.note)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.add_widget(self.balance)
        self.allocation = AllocationSection(ctx, offer_none=True)
        self.add_widget(self.allocation, 1)

        self.customer.customerChanged.connect(self._customer_changed)
        self.amount.amountChanged.connect(self.allocation.set_amount)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.customer_row: CustomerRow | None = None
        if customer_id is not None:
            self.customer.set_customer(customer_id, customer_name)
        self.resize(fitted_size(self, QSize(700, 680)))

    def problems(self) -> dict[str, str]:
        found = self.money_problem("amount")
        if self.customer.customer_id() is None:
            found["customer"] = self.tr("Choose the customer from the list.")
        if self.allocation.problems():
            found[""] = self.tr("Correct the split before saving.")
        return found

    def operation(self) -> Operation:
        customer_id = self.customer.customer_id()
        amount = self.amount.fen()
        assert customer_id is not None and amount is not None
        data = PaymentInput(
            customer_id=customer_id,
            received_date=date_of(self.received),
            amount_fen=amount,
            method=self.method.currentData(),
            bank_ref=self.bank_ref.text(),
            payer_name=self.payer.text(),
            note=self.note.toPlainText(),
        )
        choice = self.allocation.choice()
        actor = self.ctx.actor
        return lambda db, _reason: record_payment(db, actor, data, choice)

    def saved_text(self, result: object) -> str:
        if isinstance(result, PaymentResult):
            return self.tr("Recorded payment {number} of {amount}").format(
                number=result.number, amount=Money(result.amount_fen).format()
            )
        return super().saved_text(result)

    def _customer_changed(self, customer_id: int | None) -> None:
        self.allocation.set_customer(customer_id)
        self.customer_row = None
        self.balance.clear()
        if customer_id is None:
            return
        as_of = self.ctx.as_of()
        self.ctx.runner.query(
            lambda session: customer_row(session, customer_id, as_of),
            self._show_balance,
            owner=self,
        )

    def _show_balance(self, row: CustomerRow | None) -> None:
        if row is None or row.id != self.customer.customer_id():
            return
        self.customer_row = row
        self.balance.setText(
            self.tr(
                "{customer} owes {balance}: open invoices {open}, of which overdue {overdue}; "
                "prepayments not yet applied {prepaid}."
            ).format(
                customer=row.name,
                balance=Money(row.balance_fen).format(),
                open=Money(row.open_fen).format(),
                overdue=Money(row.overdue_fen).format(),
                prepaid=Money(row.unallocated_fen).format(),
            )
        )

    def _method_changed(self) -> None:
        if self.method.currentData() == PaymentMethod.ACCEPTANCE_BILL.value:
            self.bank_ref.setPlaceholderText(self.tr("Bill number of the acceptance bill"))
        else:
            self.bank_ref.setPlaceholderText(self.tr("Bank serial number, bill number…"))


class AllocatePaymentDialog(FormDialog):
    """核销: apply what is still unallocated on a payment to the customer's open invoices."""

    def __init__(
        self, ctx: ViewContext, payment: PaymentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Allocate payment {number}").format(number=payment.number))
        self.setMinimumWidth(620)
        self.payment = payment
        self.form.addRow(self.tr("Customer"), QLabel(payment.customer_name))
        self.form.addRow(
            self.tr("Received"),
            QLabel(f"{payment.received_date.isoformat()} · {Money(payment.amount_fen).format()}"),
        )
        self.form.addRow(self.tr("Unallocated"), QLabel(Money(payment.unallocated_fen).format()))
        self.allocation = AllocationSection(ctx, offer_none=False)
        self.add_widget(self.allocation, 1)
        self.allocation.set_customer(payment.customer_id)
        self.allocation.set_amount(payment.unallocated_fen)
        self.resize(fitted_size(self, QSize(660, 520)))

    def problems(self) -> dict[str, str]:
        if self.allocation.problems():
            return {"": self.tr("Correct the split before saving.")}
        if self.allocation.choice() == []:
            return {"": self.tr("Enter at least one amount to apply.")}
        return {}

    def operation(self) -> Operation:
        choice = self.allocation.choice()
        payment_id = self.payment.id
        actor = self.ctx.actor
        return lambda db, _reason: allocate_payment(db, actor, payment_id, choice)
