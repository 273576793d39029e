"""The dialog every ledger action uses: a form whose fields show their own problems, a line
for other refusals, a credit-hold panel where a hold can be overridden, and Save/Cancel.

Subclasses add fields, say what is wrong before anything is sent (``problems``), and hand
over the write as a function of the database and an override reason (``operation``); it
runs on the serial writer, never on the GUI thread, and must not touch widgets. The write
service it calls says what changed, and the writer announces that; the status bar then says
what was done (``saved_text``).

Every problem shows at once: those found before sending, or every field error the service
reports together. A credit refusal is read again (``credit_check``) when the fields it
depends on change, so it never describes an amount that is no longer in the form."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.errors import (
    ConcurrentEditError,
    CreditHoldError,
    LabLedgerError,
    ValidationError,
)
from app.services.core.changes import Changed
from app.views.credit.credit_override import CreditHoldPanel
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.conflict_dialog import ConflictDialog
from app.views.widgets.form_errors import each_error, keep_room
from app.views.widgets.large_amounts import LabelledAmount, LargeAmountCheck
from app.views.widgets.money_edit import MoneyEdit

Operation = Callable[[Database, str], Changed[Any]]
# What credit control would say to the form as it stands (read, nothing saved).
CreditCheck = Callable[[Session], CreditHoldError | None]
ERROR_STYLE = f"color: {NEGATIVE_TEXT.name()};"
CREDIT_RECHECK_MS = 300


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


class FormDialog(QDialog):
    # Whether a credit hold on saving can be overridden by a manager with a reason.
    overridable = False

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self.setMinimumWidth(480)
        self._fit_pending = False
        self.inputs: dict[str, QWidget] = {}
        self.field_errors: dict[str, QLabel] = {}
        self._service_fields: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self.large_amounts = LargeAmountCheck(ctx, self)
        self.conflict: ConflictDialog | None = None

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = error_label()
        self.credit = CreditHoldPanel(ctx.actor, overridable=self.overridable)
        self.credit.overrideRequested.connect(self.submit)
        self._credit_timer = QTimer(self)
        self._credit_timer.setSingleShot(True)
        self._credit_timer.setInterval(CREDIT_RECHECK_MS)
        self._credit_timer.timeout.connect(self._recheck_credit)
        # Once credit control has refused, changes to the form are checked again; each
        # change counts, so that an answer about older figures is dropped.
        self._credit_refused = False
        self._credit_edits = 0
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self._tail = [self.message, self.credit, self.buttons]
        for widget in self._tail:
            self.body.addWidget(widget)

    # --- building ------------------------------------------------------------------------

    def add_field(
        self, name: str, label: str, widget: QWidget, service_fields: Iterable[str] = ()
    ) -> QWidget:
        """A labelled field with room for its own problem underneath. ``service_fields``
        are the names the services use for it in a ValidationError, besides ``name``."""
        error = keep_room(error_label())
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, cell)
        self.inputs[name] = widget
        self.field_errors[name] = error
        self._labels[name] = label
        for alias in (name, *service_fields):
            self._service_fields[alias] = name
        if isinstance(widget, MoneyEdit):
            widget.problemChanged.connect(lambda text, n=name: self.set_field_error(n, text))
        return widget

    def attach_errors(self, name: str, widget: QWidget, label: QLabel) -> None:
        """A widget outside the form (a table of lines) that shows problems in its own
        label; service errors about ``name`` go there too."""
        self.inputs[name] = widget
        self.field_errors[name] = label
        self._service_fields[name] = name

    def add_widget(self, widget: QWidget, stretch: int = 0) -> QWidget:
        """A widget below the form (tables, previews), above the messages and buttons."""
        self.body.insertWidget(self.body.indexOf(self._tail[0]), widget, stretch)
        return widget

    # --- problems ------------------------------------------------------------------------

    def set_field_error(self, name: str, text: str) -> None:
        label = self.field_errors[name]
        label.setText(text)
        label.setVisible(bool(text))
        self.fit_height()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow, once the event loop has laid the new text out, so that messages that
        appeared (wrapped over several lines) are not cut off."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        self._fit_pending = False
        layout = self.body
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def clear_errors(self) -> None:
        for label in (*self.field_errors.values(), self.message):
            label.clear()
            label.setVisible(False)
        self.credit.clear()

    def problems(self) -> dict[str, str]:
        """What is wrong before saving, by field name ("" for the whole form)."""
        return {}

    def money_problem(self, name: str) -> dict[str, str]:
        """The problem of a required amount field, as a ``problems`` entry."""
        edit = self.inputs[name]
        assert isinstance(edit, MoneyEdit)
        problem = edit.required_problem()
        return {name: problem} if problem else {}

    # --- saving --------------------------------------------------------------------------

    def operation(self) -> Operation:
        """The write, built from the fields on the GUI thread, run on the writer."""
        raise NotImplementedError

    def amounts_to_confirm(self) -> list[LabelledAmount]:
        """What this save would record, by label: an amount above the lab's large-amount
        setting is confirmed before saving. Every amount field, unless a form says more."""
        return [
            (self._labels[name], fen)
            for name, widget in self.inputs.items()
            if isinstance(widget, MoneyEdit) and (fen := widget.fen()) is not None
        ]

    def submit(self, override_reason: str = "") -> None:
        self.clear_errors()
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        work = self.operation()
        reason = override_reason if isinstance(override_reason, str) else ""
        self.save_button.setEnabled(False)
        self.large_amounts.check(
            self.amounts_to_confirm(), lambda: self._write(work, reason), self._not_saved
        )

    def _write(self, work: Operation, reason: str) -> None:
        self.ctx.writer.write(
            lambda op: work(op.database, reason),
            self.saved,
            owner=self,
            on_expected_error=self.show_error,
            on_finished=lambda: self.save_button.setEnabled(True),
        )

    def _not_saved(self, exc: LabLedgerError | None) -> None:
        """A large amount was not confirmed (``exc`` None) or could not be checked."""
        self.save_button.setEnabled(True)
        if exc is not None:
            self.show_error(exc)

    def saved(self, result: Any) -> None:
        self.result_value = result
        text = self.saved_text(result)
        if text:
            self.ctx.bus.notice(text)
        self.accept()

    def saved_text(self, _result: Any) -> str:
        """What the status bar says once the write is done."""
        return self.tr("Done: {action}").format(action=self.windowTitle())

    def show_error(self, exc: LabLedgerError) -> None:
        if isinstance(exc, ConcurrentEditError):
            self.conflict = ConflictDialog(exc, self.reload_after_conflict, self)
            self.conflict.open()
            return
        if isinstance(exc, CreditHoldError):
            self._credit_refused = True
            self.credit.show_refusal(exc)
            self.fit_height()
            return
        first: QWidget | None = None
        for error in each_error(exc):
            named = error.field if isinstance(error, ValidationError) else None
            field = self._service_fields.get(named) if named is not None else None
            text = translated_message(error)
            if field is not None:
                shown = self.field_errors[field].text()
                self.set_field_error(field, f"{shown}\n{text}" if shown else text)
                first = first or self.inputs[field]
            else:
                shown = self.message.text()
                self.show_message(f"{shown}\n{text}" if shown else text)
        if first is not None:
            first.setFocus()

    def reload_after_conflict(self) -> None:
        """Another PC changed what this form acts on and the user chose to reload: by
        default the form closes, and the lists show the record as it is now."""
        self.reject()

    def _show_problems(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        for name, text in problems.items():
            if name in self.field_errors:
                self.set_field_error(name, text)
                first = first or self.inputs[name]
            else:
                self.show_message(text)
        if first is not None:
            first.setFocus()

    # --- credit --------------------------------------------------------------------------

    def credit_check(self) -> CreditCheck | None:
        """The read that says whether credit control would refuse the form as it stands
        (None: the fields cannot tell yet, e.g. the amount is incomplete)."""
        return None

    def watch_credit(self, *signals: SignalInstance) -> None:
        """Fields whose change makes a refusal on show out of date."""
        for signal in signals:
            signal.connect(self._credit_inputs_changed)

    def _credit_inputs_changed(self, *_args: object) -> None:
        if self._credit_refused:
            # The refusal was about other figures: gone at once, read again in a moment.
            self._credit_edits += 1
            self.credit.clear()
            self._credit_timer.start()

    def _recheck_credit(self) -> None:
        check = self.credit_check()
        if check is None:
            return
        edits = self._credit_edits
        self.ctx.runner.query(
            check,
            lambda refusal: self._credit_rechecked(edits, refusal),
            owner=self,
            latest="credit",
        )

    def _credit_rechecked(self, edits: int, refusal: CreditHoldError | None) -> None:
        if edits == self._credit_edits and refusal is not None:
            self.credit.show_refusal(refusal)
            self.fit_height()
