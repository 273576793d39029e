"""Add or edit a credit tier: payment terms, credit limit, reminder schedule (days relative
to the due date), escalation, prepayment share, credit hold and report hold."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.errors import LabLedgerError, ValidationError
from app.services.core.changes import Changed
from app.services.credit.credit_tier_service import (
    MAX_DAYS,
    MAX_TERMS_DAYS,
    TierInput,
    TierRow,
    create_tier,
    get_tier,
    update_tier,
)
from app.views.customers.customer_labels import role_label
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.form_errors import (
    AMOUNT_TEMPLATE,
    INVALID_STYLE,
    FieldErrors,
    MessageBar,
    with_error,
)
from app.views.widgets.money_edit import MoneyEdit

REMINDER_TEMPLATE = QT_TRANSLATE_NOOP(
    "errors",
    "Write the reminder days as whole numbers separated by commas, e.g. -7, 0, 7, 15 "
    "(negative: before the due date).",
)
ESCALATION_ROLES = (Role.MANAGER, Role.FINANCE, Role.ADMIN)


def reminder_text(days: tuple[int, ...]) -> str:
    return ", ".join(f"{d:+d}" if d else "0" for d in days)


def parse_reminders(text: str) -> tuple[int, ...]:
    """'-7, 0, +7 15' -> (-7, 0, 7, 15); full-width commas and signs as people type them."""
    parts = [p for p in re.split(r"[,，、;；\s]+", text.replace("－", "-").replace("＋", "+")) if p]
    try:
        return tuple(int(p) for p in parts)
    except ValueError:
        raise ValidationError("reminder_days", REMINDER_TEMPLATE) from None


def percent_to_bp(value: float) -> int:
    """A spin box percentage with two decimals to basis points, exactly."""
    return int(Decimal(f"{value:.2f}") * 100)


class TierDialog(QDialog):
    saved = Signal(int)  # tier id

    def __init__(
        self, ctx: ViewContext, tier: TierRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.tier = tier
        self.setWindowTitle(
            self.tr("New credit tier")
            if tier is None
            else self.tr("Credit tier {name}").format(name=tier.name)
        )
        self.setMinimumWidth(560)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.bar.reloadRequested.connect(self.reload)
        self.errors = FieldErrors(self.bar)
        self._row_errors: dict[str, QLabel] = {}

        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. government (a-z, 0-9, _)"))
        self.sort_order = QSpinBox()
        self.sort_order.setRange(-999, 999)
        self.terms = QSpinBox()
        self.terms.setRange(0, MAX_TERMS_DAYS)
        self.terms.setSuffix(self.tr(" days"))
        self.limit = MoneyEdit(allow_zero=True)
        self.reminders = QLineEdit()
        self.reminders.setPlaceholderText(self.tr("e.g. -7, 0, 7, 15, 30"))
        self.escalate_to = QComboBox()
        self.escalate_to.addItem(self.tr("(no escalation)"), None)
        for role in ESCALATION_ROLES:
            self.escalate_to.addItem(role_label(role), role.value)
        self.escalate_after = QSpinBox()
        self.escalate_after.setRange(0, MAX_DAYS)
        self.escalate_after.setSuffix(self.tr(" days overdue"))
        self.escalate_to.currentIndexChanged.connect(self._escalation_changed)
        self.prepayment = QDoubleSpinBox()
        self.prepayment.setRange(0, 100)
        self.prepayment.setDecimals(2)
        self.prepayment.setSuffix(" %")
        self.hold = QCheckBox(
            self.tr("Refuse new invoices and contracts when anything is overdue by more than")
        )
        self.hold_days = QSpinBox()
        self.hold_days.setRange(0, MAX_DAYS)
        self.hold_days.setSuffix(self.tr(" days"))
        self.hold.toggled.connect(self.hold_days.setEnabled)
        self.hold_reports = QCheckBox(self.tr("Hold test reports until the customer has paid"))
        self.stall_days = QSpinBox()
        self.stall_days.setRange(1, MAX_DAYS)
        self.stall_days.setSuffix(self.tr(" days"))

        identity = QGroupBox(self.tr("Tier"))
        self._form(
            identity,
            [
                (("name",), self.tr("Name"), self.name, None),
                (("name_en",), self.tr("English name"), self.name_en, None),
                (("code",), self.tr("Code"), self.code, None),
                (("sort_order",), self.tr("Position in lists"), self.sort_order, None),
            ],
        )
        terms = QGroupBox(self.tr("Terms and limits"))
        self._form(
            terms,
            [
                (("payment_terms_days",), self.tr("Payment terms"), self.terms, None),
                (("credit_limit",), self.tr("Credit limit"), self.limit, None),
                (("prepayment_share",), self.tr("Prepayment required"), self.prepayment, None),
            ],
        )
        escalation_row = QWidget()
        escalation_layout = QHBoxLayout(escalation_row)
        escalation_layout.setContentsMargins(0, 0, 0, 0)
        escalation_layout.addWidget(self.escalate_to, 1)
        escalation_layout.addWidget(QLabel(self.tr("after")))
        escalation_layout.addWidget(self.escalate_after)
        hold_row = QWidget()
        hold_layout = QHBoxLayout(hold_row)
        hold_layout.setContentsMargins(0, 0, 0, 0)
        hold_layout.addWidget(self.hold, 1)
        hold_layout.addWidget(self.hold_days)
        collection = QGroupBox(self.tr("Collection"))
        collection_form = self._form(
            collection,
            [
                (
                    ("reminder_days",),
                    self.tr("Reminders (days from due date)"),
                    self.reminders,
                    None,
                ),
                (("escalate_to_role",), self.tr("Escalate to"), escalation_row, self.escalate_to),
                (("overdue_hold_days",), self.tr("Credit hold"), hold_row, self.hold_days),
                (("stall_days",), self.tr("Project stalled after"), self.stall_days, None),
            ],
        )
        # Both escalation fields share the row (and its error line).
        self.errors.add(
            "escalate_after_days", self.escalate_after, self._row_errors["escalate_to_role"]
        )
        collection_form.addRow("", self.hold_reports)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (identity, terms, collection):
            layout.addWidget(box)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.show_tier(tier)

    def _form(
        self, box: QGroupBox, rows: list[tuple[tuple[str, ...], str, QWidget, QWidget | None]]
    ) -> QFormLayout:
        """Rows of (service field names, label, widget, the widget to mark if not the
        row's own); each row gets an error line under it."""
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for names, label, widget, target in rows:
            cell, error = with_error(widget)
            self.errors.add(names, target or widget, error)
            self._row_errors[names[0]] = error
            form.addRow(label, cell)
        return form

    def show_tier(self, tier: TierRow | None) -> None:
        """Fill the form from a stored tier (or with defaults for a new one)."""
        self.tier = tier
        built_in = tier is not None and tier.built_in
        self.code.setReadOnly(built_in)
        if built_in:
            self.code.setToolTip(
                self.tr("Credit scoring refers to the default tiers by code, so their codes stay.")
            )
        if tier is None:
            self.terms.setValue(30)
            self.stall_days.setValue(14)
            self.limit.set_fen(0)
            self._escalation_changed()
            self.hold_days.setEnabled(False)
            return
        self.name.setText(tier.name)
        self.name_en.setText(tier.name_en)
        self.code.setText(tier.code)
        self.sort_order.setValue(tier.sort_order)
        self.terms.setValue(tier.payment_terms_days)
        self.limit.set_fen(tier.credit_limit_fen)
        self.reminders.setText(reminder_text(tier.reminder_days))
        self.escalate_to.setCurrentIndex(max(0, self.escalate_to.findData(tier.escalate_to_role)))
        self.escalate_after.setValue(tier.escalate_after_days or 0)
        self.prepayment.setValue(tier.prepayment_share_bp / 100)
        self.hold.setChecked(tier.overdue_hold_days is not None)
        self.hold_days.setValue(tier.overdue_hold_days or 0)
        self.hold_days.setEnabled(tier.overdue_hold_days is not None)
        self.hold_reports.setChecked(tier.hold_reports_until_paid)
        self.stall_days.setValue(tier.stall_days)
        self._escalation_changed()

    def _escalation_changed(self) -> None:
        self.escalate_after.setEnabled(self.escalate_to.currentData() is not None)

    def tier_input(self) -> TierInput:
        """What the form says; raises ValidationError for text it cannot read."""
        limit = self.limit.fen()
        if limit is None:
            raise ValidationError("credit_limit", AMOUNT_TEMPLATE)
        role = self.escalate_to.currentData()
        return TierInput(
            code=self.code.text(),
            name=self.name.text(),
            name_en=self.name_en.text(),
            payment_terms_days=self.terms.value(),
            credit_limit_fen=limit,
            reminder_days=parse_reminders(self.reminders.text()),
            escalate_to_role=role,
            escalate_after_days=self.escalate_after.value() if role is not None else None,
            prepayment_share_bp=percent_to_bp(self.prepayment.value()),
            overdue_hold_days=self.hold_days.value() if self.hold.isChecked() else None,
            hold_reports_until_paid=self.hold_reports.isChecked(),
            stall_days=self.stall_days.value(),
            sort_order=self.sort_order.value(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.tier_input()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        actor, tier = self._ctx.actor, self.tier

        def write(op: Op) -> Changed[int]:
            if tier is None:
                return create_tier(op.database, actor, data)
            return update_tier(op.database, actor, tier.id, tier.version, data).with_value(tier.id)

        self.buttons.setEnabled(False)
        self._ctx.writer.write(
            write,
            self._saved,
            owner=self,
            on_expected_error=self._failed,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def reload(self) -> None:
        """After a concurrent edit: show the tier as stored now."""
        if self.tier is None:
            return
        tier_id = self.tier.id
        self.errors.clear()
        self._ctx.runner.query(
            lambda session: get_tier(session, tier_id),
            self.show_tier,
            owner=self,
            on_expected_error=self.errors.show,
        )

    def _saved(self, tier_id: int) -> None:
        self.saved.emit(tier_id)
        self.accept()

    def _failed(self, exc: LabLedgerError) -> None:
        self.errors.show(exc)


def open_tier_dialog(ctx: ViewContext, parent: QWidget, tier: TierRow | None = None) -> TierDialog:
    dialog = TierDialog(ctx, tier, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
