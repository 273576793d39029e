"""The project detail panel beside the board and the list: stage, owners, amounts, what must
be paid before the report goes out, the project's invoices and a waiting invoice request,
loaded off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.services.core.list_request import ListRequest
from app.services.ledger.invoice_list_service import InvoiceRow, fetch_invoices
from app.services.projects.invoice_request_service import RequestRow, pending_requests
from app.services.projects.project_list_service import ProjectRow
from app.services.projects.project_service import (
    ProjectDetail,
    ReleaseCheck,
    StageEventRow,
    project_detail,
    release_check,
)
from app.views.labels import (
    days_label,
    invoice_kind_label,
    invoice_status,
    invoice_status_label,
)
from app.views.ledger_labels import stage_label
from app.views.projects.project_table_model import days_in_stage
from app.views.projects.release_dialog import hold_label
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.detail_panel import DetailPanel
from app.views.widgets.detail_section import (
    DetailSection,
    heading_label,
    readonly_table,
    value_label,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
INVOICES_SHOWN = 50


@dataclass(frozen=True)
class ProjectFigures:
    release: ReleaseCheck
    invoices: list[InvoiceRow]
    pending: list[RequestRow]
    detail: ProjectDetail


def project_figures(session: Session, project_id: int, as_of: date) -> ProjectFigures:
    invoices = fetch_invoices(
        session,
        ListRequest(sort_key="issue_date", filters=(("project_id", project_id),)),
        0,
        INVOICES_SHOWN,
        as_of,
    )
    return ProjectFigures(
        release_check(session, project_id, as_of),
        invoices,
        [r for r in pending_requests(session) if r.project_id == project_id],
        project_detail(session, project_id),
    )


def stage_change_text(event: StageEventRow) -> str:
    """'Quoted → Contracted', or just the stage a project started in."""
    if event.from_stage is None:
        return stage_label(event.to_stage)
    return f"{stage_label(event.from_stage)} → {stage_label(event.to_stage)}"


class ProjectDetailPanel(DetailPanel):
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Select a project to see its details."), parent)
        self.project: ProjectRow | None = None
        self.figures: ProjectFigures | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        self.code_label = heading_label()
        self.subtitle_label = value_label("")
        layout.addWidget(self.code_label)
        layout.addWidget(self.subtitle_label)
        self.facts = DetailSection(self.tr("Project"))
        self.amounts = DetailSection(self.tr("Amounts"))
        self.release = DetailSection(self.tr("Report release"))
        for section in (self.facts, self.amounts, self.release):
            layout.addWidget(section)
        self.invoices_title = QLabel()
        layout.addWidget(self.invoices_title)
        self.invoices = QTableWidget(0, 3)
        self.invoices.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Amount"), self.tr("Open")]
        )
        self.invoices.verticalHeader().setVisible(False)
        self.invoices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoices.setWordWrap(False)
        # Fully digital invoice numbers have 20 digits; their end tells them apart.
        self.invoices.setTextElideMode(Qt.TextElideMode.ElideLeft)
        header = self.invoices.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.invoices.setMinimumHeight(120)
        layout.addWidget(self.invoices)
        self.history_title = QLabel()
        layout.addWidget(self.history_title)
        self.history = readonly_table(
            [self.tr("Date"), self.tr("Stage"), self.tr("By"), self.tr("Note")], 3, 120
        )
        self.history.setWordWrap(False)
        for column in range(3):
            self.history.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.set_content(content)

    def show_project(self, project: ProjectRow | None) -> None:
        self.project = project
        self.figures = None
        if project is None:
            self.show_hint()
            return
        self._show_row(project)
        project_id, as_of = project.id, self._ctx.as_of()
        self.load(lambda session: project_figures(session, project_id, as_of), self._loaded)

    def _show_row(self, project: ProjectRow) -> None:
        as_of = self._ctx.as_of()
        self.code_label.setText(project.code)
        self.subtitle_label.setText(f"{stage_label(project.stage)} · {project.title}")
        self.facts.clear()
        self.facts.add(self.tr("Customer"), project.customer_name)
        self.facts.add(self.tr("Salesperson"), project.salesperson or "—")
        self.facts.add(
            self.tr("In this stage since"),
            self.tr("{date} ({days})").format(
                date=project.stage_since.isoformat(), days=days_label(days_in_stage(project, as_of))
            ),
        )
        if project.stage_deadline is not None:
            self.facts.add(
                self.tr("Stage deadline"),
                project.stage_deadline.isoformat(),
                alert=project.deadline_overdue(as_of),
            )
        if project.stalled:
            self.facts.add(
                self.tr("Attention"),
                self.tr("Stalled: no movement for longer than the customer's tier allows"),
                alert=True,
            )
        self.amounts.clear()
        self.amounts.add_money(self.tr("Quoted"), project.quoted_amount_fen)
        self.amounts.add_money(self.tr("Contract"), project.contract_amount_fen)
        self.release.clear()
        self.release.add(self.tr("Paid before release"), self.tr("Loading…"))
        self.invoices_title.clear()
        self.invoices.setRowCount(0)
        self.history_title.clear()
        self.history.setRowCount(0)
        self.show_content()

    def _loaded(self, figures: ProjectFigures) -> None:
        self.figures = figures
        as_of = self._ctx.as_of()
        check = figures.release
        self._show_plan(figures.detail)
        self.release.clear()
        self.release.add_money(self.tr("Required before release"), check.required_fen)
        self.release.add_money(self.tr("Paid on the project's invoices"), check.paid_fen)
        if check.credit_fen:
            self.release.add_money(self.tr("Prepaid by the customer"), check.credit_fen)
        if check.required_fen:
            self.release.add(
                self.tr("Release"),
                self.tr("Allowed")
                if check.allowed
                else self.tr("Held until paid; a manager can override"),
                alert=not check.allowed,
            )
        if not check.allowed:
            self.release.add(self.tr("Why"), hold_label(check), alert=True)
        for request in figures.pending:
            self.release.add(
                self.tr("Invoice request"),
                self.tr("{amount} ({kind}) waiting for finance").format(
                    amount=Money(request.amount_fen).format(), kind=invoice_kind_label(request.kind)
                ),
            )
        rows = figures.invoices
        self.invoices_title.setText(
            self.tr("Invoices") if rows else self.tr("No invoices for this project yet.")
        )
        self.invoices.setRowCount(len(rows))
        for number, row in enumerate(rows):
            amount = QTableWidgetItem(Money(row.amount_fen).format())
            open_ = QTableWidgetItem(Money(row.open_fen).format())
            for item, fen in ((amount, row.amount_fen), (open_, row.open_fen)):
                item.setTextAlignment(RIGHT)
                if fen < 0:
                    item.setForeground(NEGATIVE_TEXT)
            status = invoice_status_label(row, as_of)
            label = QTableWidgetItem(row.number)
            label.setToolTip(f"{row.number} · {status}")
            if invoice_status(row, as_of) == "overdue":
                label.setForeground(NEGATIVE_TEXT)
            for column, item in enumerate((label, amount, open_)):
                self.invoices.setItem(number, column, item)
        self.invoices.setVisible(bool(rows))
        self._show_history(figures.detail.history)
        self.loaded.emit()

    def _show_plan(self, detail: ProjectDetail) -> None:
        """The plan's total, and clearly when it no longer adds up to the contract."""
        if not detail.installments:
            return
        total = sum(row.amount_fen for row in detail.installments)
        contract = detail.contract_amount_fen
        if contract and total != contract:
            self.amounts.add(
                self.tr("Payment plan"),
                self.tr("{total}: does not add up to the contract ({contract})").format(
                    total=Money(total).format(), contract=Money(contract).format()
                ),
                alert=True,
            )
        else:
            self.amounts.add(
                self.tr("Payment plan"),
                self.tr("%n installment(s)", "", len(detail.installments)),
            )

    def _show_history(self, events: tuple[StageEventRow, ...]) -> None:
        """Newest first: the move that brought the project where it is leads."""
        self.history_title.setText(
            self.tr("Stage history") if events else self.tr("No stage changes recorded.")
        )
        self.history.setRowCount(len(events))
        for number, event in enumerate(reversed(events)):
            note = QTableWidgetItem(event.note)
            note.setToolTip(event.note)
            for column, item in enumerate(
                (
                    QTableWidgetItem(event.event_date.isoformat()),
                    QTableWidgetItem(stage_change_text(event)),
                    QTableWidgetItem(event.user or "—"),
                    note,
                )
            ):
                self.history.setItem(number, column, item)
        self.history.setVisible(bool(events))
