"""The log-in rules on Settings › Users: how many failed log-ins lock an account and for how
long, and whether the command line requires --user. Administrators change them (audited)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.domain.enums import Role
from app.domain.errors import LabLedgerError
from app.services.core.auth_service import (
    MAX_LOCK_ATTEMPTS,
    MAX_LOCK_MINUTES,
    LoginPolicy,
    get_login_policy,
    save_login_policy,
)
from app.services.core.changes import Kind
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_errors import MessageBar


class LoginRulesBox(QGroupBox):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Log-in rules"))
        self.setMaximumWidth(760)
        self._ctx = ctx
        self.attempts = QSpinBox()
        self.attempts.setRange(1, MAX_LOCK_ATTEMPTS)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_LOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.cli = QCheckBox(
            self.tr(
                "The command line requires a log-in (--user); init, check, backup, restore "
                "and remind run without"
            )
        )
        self.save_button = QPushButton(self.tr("Save rules"))
        self.save_button.clicked.connect(self.save)
        self.bar = MessageBar()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Lock an account after failed log-ins"), self.attempts)
        form.addRow(self.tr("Lock for"), self.minutes)
        form.addRow(self.cli)
        form.addRow(self.bar)
        form.addRow("", self.save_button)
        admin = ctx.actor.role is Role.ADMIN
        if not admin:
            note = QLabel(self.tr("Only an administrator changes these."))
            form.addRow(note)
        for widget in (self.attempts, self.minutes, self.cli, self.save_button):
            widget.setEnabled(admin)
        self.save_button.setVisible(admin)
        self.policy: LoginPolicy | None = None
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        self._ctx.runner.query(get_login_policy, self._show, owner=self, latest="login_rules")

    def _show(self, policy: LoginPolicy) -> None:
        self.policy = policy
        self.attempts.setValue(policy.attempts)
        self.minutes.setValue(policy.minutes)
        self.cli.setChecked(policy.cli_requires_login)

    def save(self) -> None:
        self.bar.clear()
        actor = self._ctx.actor
        policy = LoginPolicy(self.attempts.value(), self.minutes.value(), self.cli.isChecked())
        self._ctx.writer.write(
            lambda op: save_login_policy(op.database, actor, policy),
            self._show,
            owner=self,
            on_expected_error=self._failed,
        )

    def _failed(self, exc: LabLedgerError) -> None:
        self.bar.show_message_for(exc)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.SETTINGS in kinds:
            self.refresh()
