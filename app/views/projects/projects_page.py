"""The project section (项目): a board with a column per stage and a paged list, filtered by
salesperson, customer, stage, passed stage deadlines and stalled projects; the detail of the
chosen project; and the actions that take a project from quote to paid."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ProjectStage, Role
from app.services.core.changes import Kind
from app.services.core.list_request import ListRequest
from app.services.core.permissions import FINANCE, SALES
from app.services.projects.project_list_service import ProjectRow, ProjectTotals
from app.services.projects.project_service import ProjectSummary
from app.views.customers.customer_picker import CustomerPicker
from app.views.invoices.invoice_dialog import IssueInvoiceDialog
from app.views.ledger_labels import STAGES, stage_label
from app.views.projects.contract_dialog import ContractDialog
from app.views.projects.payment_plan_dialog import PaymentPlanDialog
from app.views.projects.project_board_view import ProjectBoardView
from app.views.projects.project_detail_dialog import ProjectDetailDialog
from app.views.projects.project_detail_panel import ProjectDetailPanel
from app.views.projects.project_dialog import NewProjectDialog, QuoteDialog
from app.views.projects.project_table_model import ProjectColumn, project_table_model
from app.views.projects.release_dialog import ReleaseDialog
from app.views.projects.request_invoice_dialog import RequestInvoiceDialog
from app.views.projects.stage_dialog import StageDialog, allowed_targets
from app.views.shell.ui_settings import remember_splitter
from app.views.shell.view_context import ViewContext
from app.views.tables.hidden_record_note import HiddenRecordNote
from app.views.tables.list_export import export_list
from app.views.tables.paged_list_page import SEARCH_DELAY_MS, place_detail
from app.views.tables.paged_table_model import ItemRole
from app.views.tables.paged_table_view import PagedTableView
from app.views.tables.row_opener import open_rows
from app.views.tables.saved_record import SavedRecordSelector
from app.views.tables.totals_bar import TotalFigure, TotalsBar
from app.views.tables.view_export import export_button
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.icons import Icon, icon
from app.views.widgets.record_windows import RecordWindows
from app.views.widgets.user_picker import UserCombo

D = TypeVar("D", bound=QDialog)
SHOWN_CHANGES = frozenset(
    {Kind.PROJECTS, Kind.INVOICE_REQUESTS, Kind.INVOICES, Kind.PAYMENTS, Kind.CUSTOMERS, Kind.USERS}
)
BEFORE_CONTRACT = (ProjectStage.LEAD.value, ProjectStage.QUOTED.value)
CLOSED = (ProjectStage.PAID.value, ProjectStage.CANCELLED.value)
REPORT_OUT = (
    ProjectStage.REPORT_ISSUED.value,
    ProjectStage.INVOICED.value,
    ProjectStage.PAID.value,
)
RELEASE_ROLES = (Role.TECHNICIAN, Role.SALES, Role.MANAGER)
SPLITTER_KEY = "projects/splitter"


class ProjectsPage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.current: ProjectRow | None = None

        self.board_button = QPushButton(icon(Icon.BOARD), self.tr("Board"))
        self.list_button = QPushButton(icon(Icon.LIST), self.tr("List"))
        modes = QButtonGroup(self)
        for button in (self.board_button, self.list_button):
            button.setCheckable(True)
            modes.addButton(button)
        self.board_button.setChecked(True)
        modes.buttonToggled.connect(self._mode_changed)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon(Icon.SEARCH), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search code, title, contract or customer"))
        self.search.setMinimumWidth(180)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.customer = CustomerPicker(ctx)
        self.customer.setPlaceholderText(self.tr("All customers"))
        self.customer.setMinimumWidth(130)
        self.customer.customerChanged.connect(self._filters_changed)
        self.salesperson = UserCombo(
            ctx, (Role.SALES.value, Role.MANAGER.value), self.tr("All salespeople")
        )
        self.salesperson.currentIndexChanged.connect(self._filters_changed)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage.value)
        self.stage.currentIndexChanged.connect(self._filters_changed)
        self.overdue = QCheckBox(self.tr("Deadline passed"))
        self.stalled = QCheckBox(self.tr("Stalled"))
        self.open_only = QCheckBox(self.tr("Open only"))
        for box in (self.overdue, self.stalled, self.open_only):
            box.toggled.connect(self._filters_changed)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.addWidget(self.board_button)
        bar.addWidget(self.list_button)
        bar.addSpacing(8)
        for widget in (
            self.search,
            self.customer,
            self.salesperson,
            self.stage,
            self.overdue,
            self.stalled,
            self.open_only,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.actions_bar = ActionBar(ctx.actor)
        add = self.actions_bar.add
        self.new_button = add(
            self.tr("New project…"), self.new_project, SALES, "create projects", icon=Icon.NEW
        )
        self.quote_button = add(
            self.tr("Quote…"), self.quote, SALES, "quote projects", icon=Icon.QUOTE
        )
        self.contract_button = add(
            self.tr("Sign contract…"),
            self.sign_contract,
            SALES,
            "sign contracts",
            icon=Icon.CONTRACT,
        )
        self.move_button = add(
            self.tr("Move to…"),
            self.show_move_menu,
            (Role.SALES, Role.FINANCE, Role.MANAGER, Role.TECHNICIAN),
            "move projects",
            icon=Icon.MOVE,
        )
        self.plan_button = add(
            self.tr("Payment plan…"),
            self.payment_plan,
            SALES,
            "plan payments",
            icon=Icon.PAYMENT_PLAN,
        )
        self.release_button = add(
            self.tr("Release report…"),
            self.release_report,
            RELEASE_ROLES,
            "release reports",
            icon=Icon.RELEASE,
        )
        self.request_button = add(
            self.tr("Request invoice…"),
            self.request_invoice,
            SALES,
            "request invoices",
            icon=Icon.REQUEST_INVOICE,
        )
        self.invoice_button = add(
            self.tr("Issue invoice…"),
            self.issue_invoice,
            FINANCE,
            "issue invoices",
            icon=Icon.ISSUE_INVOICE,
        )
        self.actions_bar.add_stretch()
        # Beside the actions, where the filters leave room on a small screen.
        actions_layout = self.actions_bar.layout()
        assert actions_layout is not None
        actions_layout.addWidget(self.count_label)
        self.export_button = export_button(self.export)
        actions_layout.addWidget(self.export_button)

        self.board = ProjectBoardView(ctx)
        self.model = project_table_model(ctx.db, ctx.runner, ctx.clock, self)
        self.table = PagedTableView()
        self.table.set_paged_model(self.model)
        self.views = QStackedWidget()
        self.views.addWidget(self.board)
        self.views.addWidget(self.table)
        self.detail = ProjectDetailPanel(ctx)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.detail)
        # A wider window widens the board or list; the details keep their width.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._splitter_placed = remember_splitter(self.splitter, SPLITTER_KEY)

        self.hidden_note = HiddenRecordNote()
        self.saved_record = SavedRecordSelector(
            self.model, self.table, self.hidden_note, self.clear_filters, self
        )
        self._card_wanted: tuple[int, str] | None = None  # the card to select on the board
        self.hidden_note.clearRequested.connect(self._card_again)

        # The list's totals row (the board counts each column itself).
        self.totals_bar = TotalsBar()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.totals_bar)

        self.board.currentProjectChanged.connect(self._board_choice)
        self.board.moveRequested.connect(self.move_project)
        self.windows = RecordWindows(self)
        self.board.openRequested.connect(lambda row: self.open_project(row.id))
        open_rows(self.table, self._open_index)
        self.board.loaded.connect(self._update_count)
        self.table.currentIdChanged.connect(self._list_choice)
        self.model.loaded.connect(self._update_count)
        self.model.counted.connect(self._update_count)
        self.model.totalsChanged.connect(self._update_totals)
        self.detail.loaded.connect(self._update_actions)
        ctx.bus.changed.connect(self._on_changes)
        self._mode_changed()
        self._update_actions()
        self.model.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first time the page shows, unless the user's own place was restored.
        if not self._splitter_placed:
            self._splitter_placed = True
            place_detail(self.splitter)

    # --- filters -------------------------------------------------------------------------

    @property
    def list_mode(self) -> bool:
        return self.list_button.isChecked()

    def request(self, list_mode: bool) -> ListRequest:
        request = replace(self.model.request, search=self.search.text().strip(), filters=())
        filters = {
            "customer_id": self.customer.customer_id(),
            "salesperson_id": self.salesperson.user_id(),
            "deadline_overdue": True if self.overdue.isChecked() else None,
            "stalled": True if self.stalled.isChecked() else None,
        }
        if list_mode:
            filters["stage"] = self.stage.currentData()
            filters["open_only"] = True if self.open_only.isChecked() else None
        for name, value in filters.items():
            request = request.with_filter(name, value)
        return request

    def reload(self) -> None:
        self.model.set_request(self.request(list_mode=True))
        self.board.reload(self.request(list_mode=False))

    def clear_filters(self) -> None:
        """The search emptied and every filter back to all projects."""
        widgets = (self.customer, self.salesperson, self.stage, self.overdue, self.stalled)
        for widget in (*widgets, self.open_only):
            widget.blockSignals(True)
        self.search.clear()
        self.customer.set_customer(None)
        self.salesperson.setCurrentIndex(0)
        self.stage.setCurrentIndex(0)
        for box in (self.overdue, self.stalled, self.open_only):
            box.setChecked(False)
        for widget in (*widgets, self.open_only):
            widget.blockSignals(False)
        self._filters_changed()

    def export(self) -> ExcelExport | None:
        """The project list (also from the board) as searched and filtered, to Excel."""
        filters = [self.customer.text()] if self.customer.customer_id() is not None else []
        for combo in (self.salesperson, self.stage):
            if combo.currentIndex() > 0:
                filters.append(combo.currentText())
        for box in (self.overdue, self.stalled, self.open_only):
            if box.isChecked():
                filters.append(box.text())
        return export_list(
            self._ctx,
            self,
            self.tr("Project list"),
            self.model.source,
            replace(self.request(list_mode=True), as_of=self.model.as_of),
            self.table.horizontalHeader(),
            filters,
        )

    def _filters_changed(self, *_args: object) -> None:
        self._search_timer.stop()
        self.reload()

    def _mode_changed(self, *_args: object) -> None:
        self.views.setCurrentWidget(self.table if self.list_mode else self.board)
        self.stage.setVisible(self.list_mode)
        self.open_only.setVisible(self.list_mode)
        self.totals_bar.setVisible(self.list_mode)
        if self.list_mode:
            row = self.model.row_of_id(self.current.id) if self.current else None
            if row is not None:
                self.table.select_row(row)
        else:
            if self.current is not None:
                self.board.select_project(self.current.id)
            self.board.reload(self.request(list_mode=False))
        self._update_count()

    def _update_count(self) -> None:
        if self.list_mode:
            if self.model.is_counted:
                self.count_label.setText(self.tr("%Ln project(s)", "", self.model.total))
            else:
                self.count_label.setText(self.tr("Loading…"))
        else:
            total = sum(column.total for column in self.board.columns.values())
            self.count_label.setText(self.tr("%Ln project(s)", "", total))

    # --- the section's keys ---------------------------------------------------------------

    def new_record(self) -> NewProjectDialog | None:
        return self.new_project() if self.new_button.isEnabled() else None

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def refresh(self) -> None:
        self.model.refresh()
        self.board.reload(self.request(list_mode=False))

    # --- the record just saved -----------------------------------------------------------

    def show_saved(self, project_id: int, code: str) -> None:
        """Select the project just saved, in the list or on the board, once reloaded; if
        the search or filters hide it, say so with a way to clear them."""
        if self.list_mode:
            self.saved_record.select(project_id, code)
            return
        self._card_wanted = (project_id, code)
        self.hidden_note.hide()
        self.board.loaded.connect(self._select_card, Qt.ConnectionType.SingleShotConnection)

    def _select_card(self) -> None:
        if self._card_wanted is None:
            return
        project_id, code = self._card_wanted
        if self.board.select_project(project_id):
            self._card_wanted = None
        else:
            self.hidden_note.show_hidden(code)

    def _card_again(self) -> None:
        """The filters were cleared (by the note): look for the card again."""
        if self._card_wanted is not None and not self.list_mode:
            self.show_saved(*self._card_wanted)

    def _update_totals(self) -> None:
        totals = self.model.totals
        if totals is None:
            self.totals_bar.show_pending()
            return
        assert isinstance(totals, ProjectTotals)
        amount = str(self.model.headerData(ProjectColumn.AMOUNT, Qt.Orientation.Horizontal))
        self.totals_bar.show_totals(
            self.tr("%Ln project(s)", "", totals.count),
            [TotalFigure(amount, totals.amount_fen)],
        )

    # --- selection -----------------------------------------------------------------------

    def _board_choice(self, row: ProjectRow | None) -> None:
        if not self.list_mode:
            self._set_current(row)

    def _list_choice(self, project_id: int | None) -> None:
        if not self.list_mode:
            return
        number = self.model.row_of_id(project_id) if project_id is not None else None
        self._set_current(self.model.row_at(number) if number is not None else None)

    def _set_current(self, row: ProjectRow | None) -> None:
        self.current = row
        self.detail.show_project(row)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current
        stage = row.stage if row is not None else ""
        available = self.actions_bar.set_available
        available(self.quote_button, stage in BEFORE_CONTRACT)
        available(self.contract_button, stage in BEFORE_CONTRACT)
        available(self.move_button, row is not None and bool(allowed_targets(self._ctx.actor, row)))
        available(self.plan_button, row is not None and stage not in CLOSED)
        available(self.release_button, stage in REPORT_OUT)
        signed = row is not None and row.contract_amount_fen > 0
        available(self.request_button, signed and stage not in CLOSED)
        available(self.invoice_button, signed and stage != ProjectStage.CANCELLED.value)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & SHOWN_CHANGES:
            self.model.refresh()
            self.board.reload(self.request(list_mode=False))

    # --- actions -------------------------------------------------------------------------

    def open_project(self, project_id: int) -> ProjectDetailDialog:
        """The project in a window of its own (Enter or a double-click on its row or card)."""
        return self.windows.open(
            project_id, lambda: ProjectDetailDialog(self._ctx, project_id, self.window())
        )

    def _open_index(self, index: QModelIndex) -> ProjectDetailDialog | None:
        project_id = index.data(ItemRole.RowIdRole)
        return self.open_project(project_id) if isinstance(project_id, int) else None

    def new_project(self) -> NewProjectDialog:
        dialog = NewProjectDialog(self._ctx, self.window())
        dialog.accepted.connect(lambda: self._created(dialog.result_value))
        return self._open(dialog)

    def _created(self, summary: object) -> None:
        if isinstance(summary, ProjectSummary):
            self.show_saved(summary.id, summary.code)

    def quote(self) -> QuoteDialog | None:
        if self.current is None:
            return None
        return self._open(QuoteDialog(self._ctx, self.current, self.window()))

    def sign_contract(self) -> ContractDialog | None:
        if self.current is None:
            return None
        return self._open(ContractDialog(self._ctx, self.current, self.window()))

    def show_move_menu(self) -> None:
        if self.current is None:
            return
        menu = self.board.move_menu(self.current)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.move_button.mapToGlobal(self.move_button.rect().bottomLeft()))

    def move_project(self, row: ProjectRow, stage: str) -> QDialog:
        """What a drop on a column or a 'Move to' choice opens: the quote or the contract
        for those stages, otherwise the date and note of the move."""
        target = ProjectStage(stage)
        if target is ProjectStage.QUOTED:
            return self._open(QuoteDialog(self._ctx, row, self.window()))
        if target is ProjectStage.CONTRACTED:
            return self._open(ContractDialog(self._ctx, row, self.window()))
        return self._open(StageDialog(self._ctx, row, target, self.window()))

    def payment_plan(self) -> PaymentPlanDialog | None:
        if self.current is None:
            return None
        return self._open(PaymentPlanDialog(self._ctx, self.current, self.window()))

    def release_report(self) -> ReleaseDialog | None:
        if self.current is None:
            return None
        return self._open(ReleaseDialog(self._ctx, self.current, self.window()))

    def request_invoice(self) -> RequestInvoiceDialog | None:
        if self.current is None:
            return None
        return self._open(RequestInvoiceDialog(self._ctx, self.current, self.window()))

    def issue_invoice(self) -> IssueInvoiceDialog | None:
        row = self.current
        if row is None:
            return None
        dialog = IssueInvoiceDialog(
            self._ctx,
            self.window(),
            customer_id=row.customer_id,
            customer_name=row.customer_name,
            project=row,
        )
        figures = self.detail.figures if self.detail.project is row else None
        invoiced = (
            sum(
                i.amount_fen
                for i in figures.invoices
                if not i.is_red_letter and i.status == "issued"
            )
            if figures
            else 0
        )
        dialog.amount.set_fen(max(row.contract_amount_fen - invoiced, 0) or None)
        return self._open(dialog)

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
