"""报告发放: marking the test report released to the customer. When the customer's tier or a
credit hold requires payment first, the service refuses with the figures; a manager can
release anyway with a written reason (audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.money import Money
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import ReleaseCheck, release_check, release_report
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import ERROR_STYLE, FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of


class ReleaseDialog(FormDialog):
    overridable = True

    def __init__(
        self, ctx: ViewContext, project: ProjectRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Release the report of {code}").format(code=project.code))
        self.project = project
        self.check: ReleaseCheck | None = None
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        self.form.addRow(self.tr("Customer"), QLabel(project.customer_name))
        self.payment_state = QLabel(self.tr("Checking what has been paid…"))
        self.payment_state.setWordWrap(True)
        self.form.addRow(self.tr("Payment"), self.payment_state)
        self.released_on = date_edit(ctx.as_of())
        self.add_field("date", self.tr("Released on"), self.released_on)
        self.save_button.setText(self.tr("Mark released"))
        project_id = project.id
        ctx.runner.query(
            lambda session: release_check(session, project_id), self._checked, owner=self
        )

    def _checked(self, check: ReleaseCheck) -> None:
        self.check = check
        if not check.required_fen:
            text = self.tr("No payment is required before the report is released.")
        elif check.allowed:
            text = self.tr("{paid} paid of the {required} required before release.").format(
                paid=Money(check.paid_fen).format(), required=Money(check.required_fen).format()
            )
        else:
            text = self.tr("{required} must be paid before release; {paid} has been paid.").format(
                paid=Money(check.paid_fen).format(), required=Money(check.required_fen).format()
            )
        self.payment_state.setText(text)
        self.payment_state.setStyleSheet("" if check.allowed else ERROR_STYLE)

    def operation(self) -> Operation:
        project_id, on, actor = self.project.id, date_of(self.released_on), self.ctx.actor
        return lambda db, reason: release_report(db, actor, project_id, on, override_reason=reason)
