"""One project's details in a window of its own: Enter or a double-click on a project in the
project list or board, or in the customer 360 view."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.services.core.changes import Kind
from app.services.core.list_request import ListRequest
from app.services.projects.project_list_service import ProjectRow, fetch_projects
from app.views.projects.project_detail_panel import ProjectDetailPanel
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_dialog import DetailDialog


def project_row(session: Session, project_id: int, as_of: date) -> ProjectRow | None:
    rows = fetch_projects(session, ListRequest(filters=(("id", project_id),)), 0, 1, as_of)
    return rows[0] if rows else None


class ProjectDetailDialog(DetailDialog):
    panel: ProjectDetailPanel

    def __init__(self, ctx: ViewContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            ProjectDetailPanel(ctx),
            frozenset({Kind.PROJECTS, Kind.INVOICES, Kind.PAYMENTS, Kind.CUSTOMERS}),
            parent,
        )
        self.project_id = project_id
        self.setWindowTitle(self.tr("Project"))
        self.load()

    def load(self) -> None:
        project_id, as_of = self.project_id, self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: project_row(session, project_id, as_of),
            self._show,
            owner=self,
            latest="row",
        )

    def _show(self, row: ProjectRow | None) -> None:
        self.panel.show_project(row)
        if row is not None:
            self.setWindowTitle(
                self.tr("Project {code} {title}").format(code=row.code, title=row.title)
            )
