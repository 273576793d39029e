"""The small dialogs of statements: a new statement (customer and period, then the preview),
the day a statement was sent, and the customer's reply (agreed, or disputed with the amount,
the invoices concerned and a note; with the scan of the signed slip)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import StatementReply
from app.domain.errors import LabLedgerError, ValidationError
from app.domain.money import Money
from app.services.core.list_request import ListRequest
from app.services.ledger.invoice_list_service import InvoiceRow, fetch_invoices
from app.services.statements.statement_service import (
    ReplyInput,
    mark_sent,
    record_reply,
    resolve_dispute,
)
from app.views.customers.customer_picker import CustomerPicker
from app.views.shell.view_context import ViewContext
from app.views.statements.period_chooser import StatementPeriodChooser
from app.views.statements.statement_previews import OnOpen, open_draft_preview
from app.views.widgets.file_dialogs import FilePurpose, ask_open_path
from app.views.widgets.form_errors import (
    AMOUNT_TEMPLATE,
    INVALID_STYLE,
    FieldErrors,
    MessageBar,
    with_error,
)
from app.views.widgets.form_fields import date_edit, date_of, qdate
from app.views.widgets.money_edit import MoneyEdit

# The invoices offered as the disputed ones: the customer's latest.
INVOICES_OFFERED = 300


@dataclass(frozen=True)
class StatementRef:
    """The statement a dialog is about."""

    id: int
    number: str
    customer_id: int
    customer_name: str


class NewStatementDialog(QDialog):
    """Choose the customer (unless given) and the period; Preview shows the draft, from
    which it can be printed, saved or issued."""

    def __init__(
        self,
        ctx: ViewContext,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        customer_name: str = "",
        on_open: OnOpen | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._on_open = on_open
        self.setWindowTitle(self.tr("New statement"))
        self.setMinimumWidth(560)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)
        self.customer = CustomerPicker(ctx)
        if customer_id is not None:
            self.customer.set_customer(customer_id, customer_name)
            self.customer.setReadOnly(True)
        self.period = StatementPeriodChooser(ctx.as_of())
        form = QFormLayout()
        for names, label, widget in (
            (("customer_id",), self.tr("Customer"), self.customer),
            (("period",), self.tr("Period"), self.period),
        ):
            cell, error = with_error(widget)
            self.errors.add(names, widget, error)
            form.addRow(label, cell)
        note = QLabel(
            self.tr(
                "The preview shows the statement as a draft; issue it from there to record "
                "it with a number."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton(
            self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button.setDefault(True)
        self.buttons.accepted.connect(self.preview)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def preview(self) -> None:
        self.errors.clear()
        customer_id = self.customer.customer_id()
        if customer_id is None:
            self.errors.show(ValidationError("customer_id", "Choose a customer."))
            return
        start, end = self.period.dates()
        self.preview_button.setEnabled(False)
        open_draft_preview(
            self._ctx,
            self.parentWidget() or self,
            customer_id,
            start,
            end,
            self._opened,
            on_error=self._failed,
        )

    def _failed(self, exc: LabLedgerError) -> None:
        self.preview_button.setEnabled(True)
        self.errors.show(exc)

    def _opened(self, dialog: QDialog) -> None:
        self.accept()
        if self._on_open is not None:
            self._on_open(dialog)  # type: ignore[arg-type]


class MarkSentDialog(QDialog):
    """The day the statement went to the customer."""

    saved = Signal()

    def __init__(
        self, ctx: ViewContext, statement: StatementRef, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.statement = statement
        self.setWindowTitle(self.tr("Statement {number} sent").format(number=statement.number))
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)
        self.on = date_edit(ctx.as_of())
        self.on.setMaximumDate(qdate(ctx.as_of()))
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(statement.customer_name))
        cell, error = with_error(self.on)
        self.errors.add("sent_date", self.on, error)
        form.addRow(self.tr("Sent on"), cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        sid, on, actor = self.statement.id, date_of(self.on), self._ctx.actor
        self.buttons.setEnabled(False)
        self._ctx.writer.write(
            lambda op: mark_sent(op.database, actor, sid, on),
            lambda _none: self._saved(),
            owner=self,
            on_expected_error=self.errors.show,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self) -> None:
        self.saved.emit()
        self.accept()


class ReplyDialog(QDialog):
    """The customer's reply to a statement (回执)."""

    saved = Signal()

    def __init__(
        self, ctx: ViewContext, statement: StatementRef, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.statement = statement
        self.scan: bytes | None = None
        self.scan_name = ""
        self._auto_amount = True
        self.setWindowTitle(self.tr("Reply to statement {number}").format(number=statement.number))
        self.setMinimumWidth(600)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)

        self.agreed = QRadioButton(self.tr("Agreed (核对相符)"))
        self.disputed = QRadioButton(self.tr("Disputed (核对不符)"))
        self.agreed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.agreed)
        group.addButton(self.disputed)
        reply_row = QWidget()
        reply_layout = QHBoxLayout(reply_row)
        reply_layout.setContentsMargins(0, 0, 0, 0)
        reply_layout.addWidget(self.agreed)
        reply_layout.addWidget(self.disputed)
        reply_layout.addStretch(1)
        self.on = date_edit(ctx.as_of())
        self.on.setMaximumDate(qdate(ctx.as_of()))
        self.amount = MoneyEdit()
        self.amount.textEdited.connect(self._amount_typed)
        self.invoices = QListWidget()
        self.invoices.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.invoices.itemChanged.connect(self._invoices_changed)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What the customer says is wrong"))
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.scan_label = QLabel(self.tr("No scan attached"))
        self.scan_button = QPushButton(self.tr("Attach scan…"))
        self.scan_button.clicked.connect(self.choose_scan)
        scan_row = QWidget()
        scan_layout = QHBoxLayout(scan_row)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.addWidget(self.scan_label, 1)
        scan_layout.addWidget(self.scan_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Customer"), QLabel(statement.customer_name))
        self._dispute_rows: list[QWidget] = []
        for names, label, widget in (
            (("reply",), self.tr("Reply"), reply_row),
            (("reply_date",), self.tr("Replied on"), self.on),
            (("disputed_fen",), self.tr("Amount disputed"), self.amount),
            (("disputed_invoice_ids",), self.tr("Invoices concerned"), self.invoices),
            (("note",), self.tr("Note"), self.note),
            (("scan",), self.tr("Signed slip"), scan_row),
        ):
            cell, error = with_error(widget)
            self.errors.add(names, widget, error)
            form.addRow(label, cell)
            if widget in (self.amount, self.invoices):
                self._dispute_rows.append(cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.disputed.toggled.connect(self._reply_changed)
        self._reply_changed()
        # What "Attach scan…" asks for a file with; tests replace it.
        self.ask_scan: Callable[[], Path | None] = self._ask_scan
        self._load_invoices()

    def _load_invoices(self) -> None:
        cid, as_of = self.statement.customer_id, self._ctx.as_of()
        request = ListRequest(
            filters=(("customer_id", cid),), sort_key="issue_date", descending=True
        )
        self._ctx.runner.query(
            lambda session: fetch_invoices(session, request, 0, INVOICES_OFFERED, as_of),
            self._show_invoices,
            owner=self,
        )

    def _show_invoices(self, rows: list[InvoiceRow]) -> None:
        self.invoices.blockSignals(True)
        self.invoices.clear()
        for row in rows:
            item = QListWidgetItem(
                self.tr("{number}  issued {date}  amount {amount}  open {open}").format(
                    number=row.number,
                    date=row.issue_date.isoformat(),
                    amount=Money(row.amount_fen).format(),
                    open=Money(row.open_fen).format(),
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.open_fen))
            self.invoices.addItem(item)
        self.invoices.blockSignals(False)

    def _reply_changed(self) -> None:
        disputed = self.disputed.isChecked()
        for cell in self._dispute_rows:
            cell.setEnabled(disputed)

    def _amount_typed(self, _text: str) -> None:
        self._auto_amount = not self.amount.text().strip()

    def _invoices_changed(self, _item: QListWidgetItem) -> None:
        # Until an amount is typed, the amount is what the invoices chosen leave open.
        if self._auto_amount:
            total = sum(open_fen for _id, open_fen in self._checked())
            self.amount.set_fen(total or None)

    def _checked(self) -> list[tuple[int, int]]:
        found = []
        for index in range(self.invoices.count()):
            item = self.invoices.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(Qt.ItemDataRole.UserRole))
        return [(int(i), int(o)) for i, o in found]

    def check_invoice(self, invoice_id: int) -> bool:
        for index in range(self.invoices.count()):
            item = self.invoices.item(index)
            if item.data(Qt.ItemDataRole.UserRole)[0] == invoice_id:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def _ask_scan(self) -> Path | None:
        return ask_open_path(
            self,
            self.tr("Scan of the signed slip"),
            FilePurpose.SCAN,
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )

    def choose_scan(self) -> None:
        path = self.ask_scan()
        if path is None:
            return
        try:
            self.scan = path.read_bytes()
        except OSError as exc:
            self.scan = None
            self.scan_label.setText(exc.strerror or str(exc))
            return
        self.scan_name = path.name
        self.scan_label.setText(
            self.tr("{name} ({size} KB)").format(
                name=path.name, size=max(1, len(self.scan) // 1024)
            )
        )

    def reply_input(self) -> ReplyInput:
        disputed = self.disputed.isChecked()
        amount = 0
        if disputed:
            fen = self.amount.fen()
            if fen is None and self.amount.text().strip():
                raise ValidationError("disputed_fen", AMOUNT_TEMPLATE)
            amount = fen or 0
        return ReplyInput(
            reply=StatementReply.DISPUTED if disputed else StatementReply.AGREED,
            on=date_of(self.on),
            disputed_fen=amount,
            disputed_invoice_ids=tuple(i for i, _o in self._checked()) if disputed else (),
            note=self.note.toPlainText(),
            scan=self.scan,
            scan_name=self.scan_name,
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.reply_input()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        sid, actor = self.statement.id, self._ctx.actor
        self.buttons.setEnabled(False)
        self._ctx.writer.write(
            lambda op: record_reply(op.database, actor, sid, data),
            lambda _none: self._saved(),
            owner=self,
            on_expected_error=self.errors.show,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self) -> None:
        self._ctx.bus.notice(
            self.tr("The reply to statement {number} is recorded.").format(
                number=self.statement.number
            )
        )
        self.saved.emit()
        self.accept()


class ResolveDisputeDialog(QDialog):
    """The dispute of a reply is settled: from the day given it no longer shows apart."""

    saved = Signal()

    def __init__(
        self, ctx: ViewContext, statement: StatementRef, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.statement = statement
        self.setWindowTitle(
            self.tr("Resolve the dispute of statement {number}").format(number=statement.number)
        )
        self.setMinimumWidth(480)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)
        self.on = date_edit(ctx.as_of())
        self.on.setMaximumDate(qdate(ctx.as_of()))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("How it was settled: the figures agreed after all, or the correction made")
        )
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(statement.customer_name))
        for name, label, widget in (
            ("resolved_on", self.tr("Resolved on"), self.on),
            ("note", self.tr("How"), self.note),
        ):
            cell, error = with_error(widget)
            self.errors.add(name, widget, error)
            form.addRow(label, cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        sid, on, actor = self.statement.id, date_of(self.on), self._ctx.actor
        note = self.note.toPlainText()
        self.buttons.setEnabled(False)
        self._ctx.writer.write(
            lambda op: resolve_dispute(op.database, actor, sid, on, note),
            lambda _none: self._saved(),
            owner=self,
            on_expected_error=self.errors.show,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self) -> None:
        self.saved.emit()
        self.accept()


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_new_statement_dialog(
    ctx: ViewContext,
    parent: QWidget,
    customer_id: int | None = None,
    customer_name: str = "",
    on_open: OnOpen | None = None,
) -> NewStatementDialog:
    dialog = NewStatementDialog(ctx, parent, customer_id, customer_name, on_open)
    _open(dialog)
    return dialog


def open_mark_sent_dialog(ctx: ViewContext, parent: QWidget, ref: StatementRef) -> MarkSentDialog:
    dialog = MarkSentDialog(ctx, ref, parent)
    _open(dialog)
    return dialog


def open_reply_dialog(ctx: ViewContext, parent: QWidget, ref: StatementRef) -> ReplyDialog:
    dialog = ReplyDialog(ctx, ref, parent)
    _open(dialog)
    return dialog


def open_resolve_dialog(
    ctx: ViewContext, parent: QWidget, ref: StatementRef
) -> ResolveDisputeDialog:
    dialog = ResolveDisputeDialog(ctx, ref, parent)
    _open(dialog)
    return dialog
