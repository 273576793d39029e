"""Log a follow-up (跟进记录): a call, visit, e-mail, WeChat message or note, with the next
action date that becomes a reminder and an optional promise to pay, which is later judged
kept, partly kept or broken against the payments that come in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ActivityKind
from app.domain.errors import LabLedgerError, ValidationError
from app.services.customers.activity_service import ActivityInput, log_activity
from app.services.projects.project_list_service import ProjectRow
from app.views.customers.customer_labels import activity_kind_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_errors import (
    AMOUNT_TEMPLATE,
    INVALID_STYLE,
    FieldErrors,
    MessageBar,
    with_error,
)
from app.views.widgets.form_fields import OptionalDateEdit, date_edit, date_of
from app.views.widgets.money_edit import MoneyEdit

DEFAULT_NEXT_ACTION_DAYS = 7


class FollowUpDialog(QDialog):
    saved = Signal(int)  # activity id

    def __init__(
        self,
        ctx: ViewContext,
        customer_id: int,
        customer_name: str,
        projects: Sequence[ProjectRow] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        today = ctx.as_of()
        self.setWindowTitle(self.tr("Log follow-up – {name}").format(name=customer_name))
        self.setMinimumWidth(520)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)

        self.kind = QComboBox()
        for kind in ActivityKind:
            self.kind.addItem(activity_kind_label(kind), kind.value)
        self.occurred = date_edit(today)
        self.occurred.setMaximumDate(self.occurred.date())
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was said or agreed"))
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.project = QComboBox()
        self.project.addItem(self.tr("(no particular project)"), None)
        for project in projects:
            self.project.addItem(f"{project.code}  {project.title}", project.id)
        self.next_action = OptionalDateEdit(
            self.tr("Remind me on"), today + timedelta(days=DEFAULT_NEXT_ACTION_DAYS)
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for names, label, widget in (
            (("kind",), self.tr("Kind"), self.kind),
            (("occurred_at",), self.tr("Date"), self.occurred),
            (("summary",), self.tr("Summary"), self.summary),
            (("project",), self.tr("Project"), self.project),
            (("next_action_date",), self.tr("Next action"), self.next_action),
        ):
            cell, error = with_error(widget)
            self.errors.add(names, widget, error)
            form.addRow(label, cell)

        self.promise = QGroupBox(self.tr("Promise to pay"))
        self.promise.setCheckable(True)
        self.promise.setChecked(False)
        self.promise_amount = MoneyEdit()
        self.promise_date = date_edit(today + timedelta(days=DEFAULT_NEXT_ACTION_DAYS))
        promise_form = QFormLayout(self.promise)
        for name, label, field in (
            ("promise_amount", self.tr("Amount promised"), self.promise_amount),
            ("promise_date", self.tr("To be paid by"), self.promise_date),
        ):
            cell, error = with_error(field)
            self.errors.add(name, field, error)
            promise_form.addRow(label, cell)
        hint = QLabel(
            self.tr(
                "LabLedger checks the payments that arrive and marks the "
                "promise kept, partly kept or broken."
            )
        )
        hint.setWordWrap(True)
        promise_form.addRow(hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.promise)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.summary.setFocus()

    def activity_input(self) -> ActivityInput:
        """What the form says; raises ValidationError for an amount it cannot read."""
        amount = promise_date = None
        if self.promise.isChecked():
            amount = self.promise_amount.fen()
            if amount is None and self.promise_amount.text().strip():
                raise ValidationError("promise_amount", AMOUNT_TEMPLATE)
            promise_date = date_of(self.promise_date)
        return ActivityInput(
            customer_id=self.customer_id,
            kind=self.kind.currentData(),
            summary=self.summary.toPlainText(),
            occurred_at=date_of(self.occurred),
            next_action_date=self.next_action.value(),
            project_id=self.project.currentData(),
            promise_amount_fen=amount,
            promise_date=promise_date,
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.activity_input()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        actor = self._ctx.actor
        self.buttons.setEnabled(False)
        self._ctx.writer.write(
            lambda op: log_activity(op.database, actor, data),
            self._saved,
            owner=self,
            on_expected_error=self._failed,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self, activity_id: int) -> None:
        self.saved.emit(activity_id)
        self.accept()

    def _failed(self, exc: LabLedgerError) -> None:
        self.errors.show(exc)


def open_follow_up_dialog(
    ctx: ViewContext,
    parent: QWidget,
    customer_id: int,
    customer_name: str,
    projects: Sequence[ProjectRow] = (),
) -> FollowUpDialog:
    dialog = FollowUpDialog(ctx, customer_id, customer_name, projects, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
