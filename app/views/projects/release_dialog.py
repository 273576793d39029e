"""报告发放: marking the test report released to the customer. When the customer's tier or a
credit hold requires payment first, the service refuses with the figures; a manager can
release anyway with a written reason (audited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.money import Money
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import (
    ReleaseCheck,
    ReleaseHold,
    release_check,
    release_report,
    share_text,
)
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import ERROR_STYLE, FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of


def hold_reason(check: ReleaseCheck) -> str:
    """Why payment must come first: the tier's share, the tier's all, or a credit hold."""
    translate = QCoreApplication.translate
    if check.hold is ReleaseHold.CREDIT_HOLD:
        return translate(
            "release_dialog",
            "The customer is on credit hold ({overdue} overdue more than {days} days): "
            "the project must be paid in full first.",
        ).format(overdue=Money(check.overdue_fen).format(), days=check.overdue_days)
    if check.hold is ReleaseHold.TIER_FULL:
        return translate(
            "release_dialog", "The customer's credit tier asks for payment in full first."
        )
    if check.hold is ReleaseHold.TIER_SHARE:
        return translate(
            "release_dialog", "The customer's credit tier asks for {share} of the contract first."
        ).format(share=share_text(check.share_bp))
    return ""


def hold_label(check: ReleaseCheck) -> str:
    """``hold_reason`` in a few words, for the project's detail panel."""
    translate = QCoreApplication.translate
    if check.hold is ReleaseHold.CREDIT_HOLD:
        return translate("release_dialog", "Credit hold: {overdue} overdue").format(
            overdue=Money(check.overdue_fen).format()
        )
    if check.hold is ReleaseHold.TIER_FULL:
        return translate("release_dialog", "Credit tier: payment in full first")
    if check.hold is ReleaseHold.TIER_SHARE:
        return translate("release_dialog", "Credit tier: {share} first").format(
            share=share_text(check.share_bp)
        )
    return ""


def paid_text(check: ReleaseCheck) -> str:
    """What counts as paid: the project's allocations and the customer's prepayments."""
    if not check.credit_fen:
        return Money(check.paid_fen).format()
    return QCoreApplication.translate(
        "release_dialog", "{total} ({paid} on the project's invoices, {credit} prepaid)"
    ).format(
        total=Money(check.covered_fen).format(),
        paid=Money(check.paid_fen).format(),
        credit=Money(check.credit_fen).format(),
    )


class ReleaseDialog(FormDialog):
    overridable = True

    def __init__(
        self, ctx: ViewContext, project: ProjectRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Release the report of {code}").format(code=project.code))
        self.project = project
        self.check: ReleaseCheck | None = None
        # A refusal here is a report hold, not a refused invoice or contract.
        self.credit.title.setText(self.tr("Report held until payment"))
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        self.form.addRow(self.tr("Customer"), QLabel(project.customer_name))
        self.payment_state = QLabel(self.tr("Checking what has been paid…"))
        self.payment_state.setWordWrap(True)
        self.form.addRow(self.tr("Payment"), self.payment_state)
        self.released_on = date_edit(ctx.as_of())
        self.add_field("date", self.tr("Released on"), self.released_on)
        self.save_button.setText(self.tr("Mark released"))
        project_id, as_of = project.id, ctx.as_of()
        ctx.runner.query(
            lambda session: release_check(session, project_id, as_of), self._checked, owner=self
        )

    def _checked(self, check: ReleaseCheck) -> None:
        self.check = check
        figures = {"paid": paid_text(check), "required": Money(check.required_fen).format()}
        if not check.required_fen:
            text = self.tr("No payment is required before the report is released.")
        elif check.allowed:
            text = self.tr("{paid} paid of the {required} required before release.").format(
                **figures
            )
        else:
            text = self.tr("{required} must be paid before release; {paid} has been paid.").format(
                **figures
            )
        reason = hold_reason(check)
        self.payment_state.setText(f"{reason}\n{text}" if reason and not check.allowed else text)
        self.payment_state.setStyleSheet("" if check.allowed else ERROR_STYLE)

    def operation(self) -> Operation:
        project_id, on, actor = self.project.id, date_of(self.released_on), self.ctx.actor
        return lambda db, reason: release_report(db, actor, project_id, on, override_reason=reason)
