"""Moving a project to a later stage (or cancelling it): the stages the user's role may
enter, the date it happened and a note; the service records who and when."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.domain.enums import STAGE_ORDER, ProjectStage
from app.services.core.context import Actor
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import STAGE_ROLES, advance
from app.views.ledger_labels import stage_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import date_edit, date_of, qdate, reason_edit, set_date

# Stages a project without a signed contract can move to: past these, the contract (number
# and amount) is what invoices, plans and report release are measured against.
BEFORE_CONTRACT = (ProjectStage.QUOTED, ProjectStage.CONTRACTED, ProjectStage.CANCELLED)


def allowed_targets(actor: Actor, project: ProjectRow) -> list[ProjectStage]:
    """The stages ``actor`` may move ``project`` to: later ones, and cancelled."""
    current = ProjectStage(project.stage)
    if current in (ProjectStage.PAID, ProjectStage.CANCELLED):
        return []
    later = [*STAGE_ORDER[STAGE_ORDER.index(current) + 1 :], ProjectStage.CANCELLED]
    if project.contract_amount_fen <= 0:
        later = [stage for stage in later if stage in BEFORE_CONTRACT]
    return [stage for stage in later if actor.can(*STAGE_ROLES[stage])]


class StageDialog(FormDialog):
    def __init__(
        self,
        ctx: ViewContext,
        project: ProjectRow,
        target: ProjectStage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Move {code}").format(code=project.code))
        self.project = project
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        self.form.addRow(
            self.tr("Now"),
            QLabel(
                self.tr("{stage} since {date}").format(
                    stage=stage_label(project.stage), date=project.stage_since.isoformat()
                )
            ),
        )
        self.target = QComboBox()
        for stage in allowed_targets(ctx.actor, project):
            if stage not in (ProjectStage.QUOTED, ProjectStage.CONTRACTED):
                self.target.addItem(stage_label(stage), stage.value)
        if target is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(target.value)))
        self.add_field("stage", self.tr("Move to"), self.target)
        self.date = date_edit(ctx.as_of())
        self.date.setMinimumDate(qdate(project.stage_since))
        if project.stage_since > ctx.as_of():
            set_date(self.date, project.stage_since)
        self.add_field("date", self.tr("Date"), self.date)
        self.note = reason_edit(self.tr("Optional; required when cancelling"))
        self.add_field("note", self.tr("Note"), self.note)
        self.save_button.setText(self.tr("Move"))

    def problems(self) -> dict[str, str]:
        if self.target.currentData() is None:
            return {"stage": self.tr("Your role may not move this project any further.")}
        if (
            self.target.currentData() == ProjectStage.CANCELLED.value
            and not self.note.toPlainText().strip()
        ):
            return {"note": self.tr("Say why the project is cancelled.")}
        return {}

    def operation(self) -> Operation:
        project_id, stage, on = self.project.id, self.target.currentData(), date_of(self.date)
        note, actor = self.note.toPlainText().strip(), self.ctx.actor
        return lambda db, _override: advance(db, actor, project_id, stage, on, note)
