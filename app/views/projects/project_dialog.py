"""A new project (检测委托) from a lead or straight from a quote, and revising the quote of a
project that is not yet contracted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app.domain.enums import Role
from app.domain.money import Money
from app.services.core.conflicts import project_facts
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import (
    ProjectDetail,
    ProjectInput,
    ProjectSummary,
    create_project,
    project_detail,
    quote,
)
from app.views.customers.customer_picker import CustomerPicker
from app.views.projects.quote_lines_editor import QuoteLinesEditor
from app.views.shell.ui_settings import fitted_size
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_dialog import FormDialog, Operation
from app.views.widgets.form_fields import OptionalDateEdit, reason_edit
from app.views.widgets.large_amounts import LabelledAmount
from app.views.widgets.user_picker import UserCombo

# Suggestions only: labs name their own categories.
TEST_CATEGORIES = (
    "环境检测",
    "食品检测",
    "材料检测",
    "职业卫生检测",
    "水质检测",
    "室内空气检测",
    "产品质量检验",
)


class NewProjectDialog(FormDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New project"))
        self.setMinimumWidth(680)
        self.customer = CustomerPicker(ctx)
        self.add_field("customer", self.tr("Customer"), self.customer)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("For example: 2026 annual wastewater monitoring"))
        self.add_field("title", self.tr("Project"), self.title)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems(TEST_CATEGORIES)
        self.add_field("test_category", self.tr("Test category"), self.category)
        self.salesperson = UserCombo(
            ctx, (Role.SALES.value, Role.MANAGER.value), self.tr("Not assigned")
        )
        if ctx.actor.role is Role.SALES:
            self.salesperson.set_user_id(ctx.actor.user_id)
        self.add_field("salesperson", self.tr("Salesperson"), self.salesperson)
        self.technician = UserCombo(ctx, (Role.TECHNICIAN.value,), self.tr("Not assigned"))
        self.add_field("technician", self.tr("Technician"), self.technician)
        self.finance = UserCombo(ctx, (Role.FINANCE.value,), self.tr("Not assigned"))
        self.add_field("finance", self.tr("Finance"), self.finance)
        self.deadline = OptionalDateEdit(
            self.tr("Set a deadline for the current stage"), ctx.as_of()
        )
        self.add_field("stage_deadline", self.tr("Stage deadline"), self.deadline)
        self.notes = reason_edit()
        self.add_field("notes", self.tr("Notes"), self.notes)
        hint = QLabel(self.tr("Quote lines (leave them empty to record a lead):"))
        self.add_widget(hint)
        self.lines = QuoteLinesEditor()
        self.add_widget(self.lines, 1)
        self.attach_errors("items", self.lines.table, self.lines.problem)
        self.resize(fitted_size(self, QSize(720, 640)))

    def problems(self) -> dict[str, str]:
        found = {}
        if self.customer.customer_id() is None:
            found["customer"] = self.tr("Choose the customer from the list.")
        if not self.title.text().strip():
            found["title"] = self.tr("The project title is required.")
        if self.lines.problems():
            found["items"] = "\n".join(self.lines.problems())
        return found

    def amounts_to_confirm(self) -> list[LabelledAmount]:
        return quote_total(self.lines)

    def operation(self) -> Operation:
        customer_id = self.customer.customer_id()
        assert customer_id is not None
        data = ProjectInput(
            customer_id=customer_id,
            title=self.title.text().strip(),
            test_category=self.category.currentText().strip(),
            salesperson_id=self.salesperson.user_id(),
            technician_id=self.technician.user_id(),
            finance_id=self.finance.user_id(),
            lines=self.lines.lines(),
            stage_deadline=self.deadline.value(),
            notes=self.notes.toPlainText().strip(),
        )
        actor = self.ctx.actor
        return lambda db, _override: create_project(db, actor, data)

    def saved_text(self, result: object) -> str:
        if isinstance(result, ProjectSummary):
            return self.tr("Created project {code}").format(code=result.code)
        return super().saved_text(result)


class QuoteDialog(FormDialog):
    """Set or revise the quote; a lead becomes quoted."""

    def __init__(
        self, ctx: ViewContext, project: ProjectRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Quote for {code}").format(code=project.code))
        self.setMinimumWidth(680)
        self.project = project
        self.form.addRow(self.tr("Project"), QLabel(f"{project.code} {project.title}"))
        self.form.addRow(self.tr("Customer"), QLabel(project.customer_name))
        if project.quoted_amount_fen:
            self.form.addRow(
                self.tr("Current quote"),
                QLabel(
                    self.tr("{amount}; the lines below replace it").format(
                        amount=Money(project.quoted_amount_fen).format()
                    )
                ),
            )
        self.lines = QuoteLinesEditor()
        self.add_widget(self.lines, 1)
        self.attach_errors("items", self.lines.table, self.lines.problem)
        self.save_button.setText(self.tr("Save quote"))
        self.resize(fitted_size(self, QSize(700, 420)))
        # Revising starts from the current lines, read off the GUI thread.
        self.detail: ProjectDetail | None = None
        project_id = project.id
        ctx.runner.query(
            lambda session: project_detail(session, project_id), self._detail_loaded, owner=self
        )

    def _detail_loaded(self, detail: ProjectDetail) -> None:
        self.detail = detail
        if detail.lines and self.lines.is_blank():
            self.lines.set_lines(detail.lines)

    def problems(self) -> dict[str, str]:
        if self.lines.problems():
            return {"items": "\n".join(self.lines.problems())}
        if not self.lines.lines():
            return {"items": self.tr("A quote needs at least one test item.")}
        return {}

    def amounts_to_confirm(self) -> list[LabelledAmount]:
        return quote_total(self.lines)

    def operation(self) -> Operation:
        project_id, lines, actor = self.project.id, self.lines.lines(), self.ctx.actor
        seen = seen_project(self.project)
        return lambda db, _override: quote(db, actor, project_id, lines, seen)


def seen_project(project: ProjectRow) -> dict[str, str]:
    """What a form on ``project`` showed, for the services to refuse a stale save."""
    return project_facts(project.stage, project.quoted_amount_fen, project.contract_amount_fen)


def quote_total(lines: QuoteLinesEditor) -> list[LabelledAmount]:
    """A quote is confirmed by its total when that is large."""
    total = lines.total_fen()
    label = QCoreApplication.translate("QuoteDialog", "Quote total")
    return [(label, total)] if lines.lines() else []
