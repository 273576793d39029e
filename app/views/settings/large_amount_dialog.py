"""Edit the amount above which the forms ask before saving (invoices, payments, contracts,
quotes, write-offs...): a check against slips of the keyboard, not a limit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.domain.errors import LabLedgerError, ValidationError
from app.domain.money import MAX_AMOUNT_FEN, Money
from app.services.core.settings_service import get_large_amount_fen, save_large_amount
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_errors import (
    AMOUNT_TEMPLATE,
    INVALID_STYLE,
    FieldErrors,
    MessageBar,
    with_error,
)
from app.views.widgets.money_edit import MoneyEdit


class LargeAmountDialog(QDialog):
    def __init__(self, ctx: ViewContext, fen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: int | None = None
        self.setWindowTitle(self.tr("Large amounts"))
        self.setMinimumWidth(480)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)
        hint = QLabel(
            self.tr(
                "Invoices, payments, contracts, quotes and write-offs above this amount are "
                "confirmed before they are saved, in case of a typing slip. No amount can be "
                "more than {max}."
            ).format(max=Money(MAX_AMOUNT_FEN).format())
        )
        hint.setWordWrap(True)
        self.amount = MoneyEdit()
        self.amount.set_fen(fen)
        cell, error = with_error(self.amount)
        self.errors.add("large_amount", self.amount, error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Ask above"), cell)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        fen = self.amount.fen()
        if fen is None:
            self.errors.show(ValidationError("large_amount", AMOUNT_TEMPLATE))
            return
        ctx = self._ctx
        self.buttons.setEnabled(False)
        ctx.writer.write(
            lambda op: save_large_amount(op.database, ctx.actor, fen),
            self._saved,
            owner=self,
            on_expected_error=self._failed,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self, fen: int) -> None:
        self.saved = fen
        self.accept()

    def _failed(self, exc: LabLedgerError) -> None:
        self.errors.show(exc)


def open_large_amount_dialog(ctx: ViewContext, parent: QWidget) -> None:
    """Read the stored amount off the GUI thread, then open the dialog on it."""

    def show(fen: int) -> None:
        dialog = LargeAmountDialog(ctx, fen, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ctx.runner.query(get_large_amount_fen, show, owner=parent)
