"""The payment section (回款): search by number, bank reference, payer or customer, a status
filter, the paged list, the detail panel, and the actions finance takes on payments."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.core.permissions import FINANCE
from app.services.ledger.payment_list_service import STATUS_FILTERS, PaymentRow, PaymentTotals
from app.services.ledger.payment_service import PaymentResult, apply_prepayments
from app.views.bank.bank_statement_window import BankStatementWindow, show_bank_statements
from app.views.ledger_labels import payment_filter_label
from app.views.payments.payment_detail_dialog import PaymentDetailDialog
from app.views.payments.payment_detail_panel import PaymentDetailPanel
from app.views.payments.payment_dialog import AllocatePaymentDialog, RecordPaymentDialog
from app.views.payments.payment_table_model import PaymentColumn, payment_table_model
from app.views.payments.reverse_payment_dialog import ReversePaymentDialog
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_list_page import PagedListPage
from app.views.tables.paged_table_model import ItemRole, ListTotals, PagedTableModel
from app.views.tables.row_opener import open_rows
from app.views.tables.totals_bar import TotalFigure
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.icons import Icon
from app.views.widgets.messages import show_information
from app.views.widgets.record_windows import RecordWindows

D = TypeVar("D", bound=QDialog)


class PaymentListView(PagedListPage):
    model: PagedTableModel[PaymentRow]
    detail: PaymentDetailPanel

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            payment_table_model(ctx.db, ctx.runner, ctx.clock),
            PaymentDetailPanel(ctx),
            frozenset({Kind.CUSTOMERS, Kind.INVOICES, Kind.PAYMENTS}),
            parent,
        )
        self.search.setPlaceholderText(
            self.tr("Search payment number, bank reference, payer or customer")
        )
        self.status = QComboBox()
        self.status.addItem(self.tr("All payments"), None)
        for status in STATUS_FILTERS:
            self.status.addItem(payment_filter_label(status), status)
        self.status.currentIndexChanged.connect(
            lambda: self.model.set_filter("status", self.status.currentData())
        )
        self.add_filter(self.status)

        self.actions_bar = ActionBar(ctx.actor)
        self.record_button = self.actions_bar.add(
            self.tr("Record payment…"),
            self.record_payment,
            FINANCE,
            "record payments",
            icon=Icon.PAYMENTS,
        )
        self.allocate_button = self.actions_bar.add(
            self.tr("Allocate to invoices…"),
            self.allocate,
            FINANCE,
            "allocate payments",
            icon=Icon.ALLOCATE,
        )
        self.apply_button = self.actions_bar.add(
            self.tr("Apply customer's prepayments"),
            self.apply_prepayments,
            FINANCE,
            "allocate payments",
            icon=Icon.APPLY_PREPAYMENTS,
        )
        self.reverse_button = self.actions_bar.add(
            self.tr("Reverse…"), self.reverse, FINANCE, "reverse payments", icon=Icon.UNDO
        )
        self.actions_bar.add_stretch()
        self.bank_button = self.actions_bar.add(
            self.tr("Import bank statement…"),
            self.open_bank_statements,
            FINANCE,
            "record payments",
            icon=Icon.IMPORT,
        )
        self.bank_window: BankStatementWindow | None = None
        self.body.insertWidget(1, self.actions_bar)

        self.current: PaymentRow | None = None
        self.table.currentIdChanged.connect(self._current_changed)
        self.windows = RecordWindows(self)
        open_rows(self.table, self._open_index)
        self.detail.loaded.connect(self._update_actions)
        self._update_actions()
        self.start()

    def export_title(self) -> str:
        return self.tr("Payment list")

    def count_text(self, total: int) -> str:
        return self.tr("%Ln payment(s)", "", total)

    def totals_figures(self, totals: ListTotals) -> list[TotalFigure]:
        assert isinstance(totals, PaymentTotals)
        return [
            TotalFigure(self.column_title(PaymentColumn.AMOUNT), totals.amount_fen),
            TotalFigure(self.column_title(PaymentColumn.UNALLOCATED), totals.unallocated_fen),
        ]

    def show_status(self, status: str | None) -> None:
        """The payments behind a figure elsewhere (the workbench): those of ``status``
        (one of STATUS_FILTERS, None for all), whatever was searched for before."""
        self.search.clear()
        self._apply_search()
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    # --- actions -------------------------------------------------------------------------

    def open_payment(self, payment_id: int) -> PaymentDetailDialog:
        """The payment in a window of its own (Enter or a double-click on its row)."""
        return self.windows.open(
            payment_id, lambda: PaymentDetailDialog(self._ctx, payment_id, self.window())
        )

    def open_bank_statements(self) -> BankStatementWindow:
        """银行流水 in its window (one, brought to the front when it is open)."""
        self.bank_window = show_bank_statements(self._ctx, self)
        return self.bank_window

    def _open_index(self, index: QModelIndex) -> PaymentDetailDialog | None:
        payment_id = index.data(ItemRole.RowIdRole)
        return self.open_payment(payment_id) if isinstance(payment_id, int) else None

    def new_record(self) -> RecordPaymentDialog | None:
        return self.record_payment() if self.record_button.isEnabled() else None

    def record_payment(self) -> RecordPaymentDialog:
        dialog = RecordPaymentDialog(self._ctx, self.window())
        dialog.accepted.connect(lambda: self._recorded(dialog.result_value))
        return self._open(dialog)

    def _recorded(self, result: object) -> None:
        if isinstance(result, PaymentResult):
            self.show_saved(result.payment_id, result.number)

    def allocate(self) -> AllocatePaymentDialog | None:
        if self.current is None:
            return None
        return self._open(AllocatePaymentDialog(self._ctx, self.current, self.window()))

    def reverse(self) -> ReversePaymentDialog | None:
        if self.current is None:
            return None
        return self._open(ReversePaymentDialog(self._ctx, self.current, self.window()))

    def apply_prepayments(self) -> QMessageBox | None:
        """Apply every unallocated payment of the selected payment's customer, oldest
        first, after the user confirms."""
        customer = self.detail.customer
        if customer is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Apply prepayments"),
            self.tr(
                "Apply {customer}'s prepayments of {amount} to the open invoices, oldest due first?"
            ).format(customer=customer.name, amount=Money(customer.unallocated_fen).format()),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ctx, customer_id = self._ctx, customer.id
        box.accepted.connect(
            lambda: ctx.writer.write(
                lambda op: apply_prepayments(op.database, ctx.actor, customer_id),
                self._prepayments_applied,
                owner=self,
            )
        )
        box.open()
        return box

    def _prepayments_applied(self, results: list[PaymentResult]) -> None:
        applied = sum(len(r.lines) for r in results)
        amount = sum(line.amount_fen for r in results for line in r.lines)
        show_information(
            self.window(),
            self.tr("Apply prepayments"),
            self.tr("{amount} applied to %n invoice(s).", "", applied).format(
                amount=Money(amount).format()
            ),
        )

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- selection -----------------------------------------------------------------------

    def _current_changed(self, payment_id: int | None) -> None:
        row = self.model.row_of_id(payment_id) if payment_id is not None else None
        self.current = self.model.row_at(row) if row is not None else None
        self.detail.show_payment(self.current)
        self._update_actions()

    def _update_actions(self) -> None:
        payment = self.current
        active = payment is not None and payment.status == "active"
        self.actions_bar.set_available(
            self.allocate_button, payment is not None and active and payment.unallocated_fen > 0
        )
        self.actions_bar.set_available(self.reverse_button, active)
        customer = self.detail.customer
        self.actions_bar.set_available(
            self.apply_button,
            customer is not None and customer.unallocated_fen > 0 and customer.open_fen > 0,
        )
