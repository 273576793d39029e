"""Customer 360 (客户全景): one window per customer with its credit figures and score, and
tabs for the timeline, projects, invoices, payments, statements and follow-ups. Everything
loads off the GUI thread in one read; long lists load further pages as they are scrolled."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.credit_score import CreditScore, PaymentHistory
from app.domain.errors import LabLedgerError
from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.core.list_request import ListRequest
from app.services.core.permissions import SALES
from app.services.credit.credit_score_service import (
    PENDING,
    ProposalRow,
    customer_proposals,
    payment_history,
)
from app.services.customers.activity_service import ActivityRow
from app.services.customers.customer_360_service import Customer360, StatementRow, customer_360
from app.services.customers.customer_edit_service import set_archived
from app.services.customers.customer_timeline_service import PAGE, TimelineEntry, timeline
from app.services.ledger.invoice_list_service import InvoiceRow, fetch_invoices
from app.services.ledger.payment_list_service import PaymentRow, fetch_payments
from app.services.projects.project_list_service import ProjectRow, fetch_projects
from app.services.statements.disputes import Dispute, disputed_amounts
from app.views.customers.customer_dialog import open_customer_dialog
from app.views.customers.customer_labels import (
    activity_kind_label,
    promise_status_label,
    reason_text,
    statement_reply_label,
    timeline_kind_label,
    timeline_text,
)
from app.views.customers.follow_up_dialog import open_follow_up_dialog
from app.views.customers.hand_over_dialog import open_hand_over_dialog
from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog
from app.views.labels import category_label, days_label, invoice_status, invoice_status_label
from app.views.ledger_labels import method_label, payment_state_label, stage_label
from app.views.payments.payment_detail_dialog import PaymentDetailDialog
from app.views.projects.project_detail_dialog import ProjectDetailDialog
from app.views.shell.error_dialogs import translated_message
from app.views.shell.ui_settings import restore_geometry, save_geometry
from app.views.shell.view_context import ViewContext
from app.views.statements.pdf_preview import PdfPreviewDialog
from app.views.statements.statement_dialogs import (
    StatementRef,
    open_mark_sent_dialog,
    open_new_statement_dialog,
    open_reply_dialog,
)
from app.views.statements.statement_previews import (
    open_dunning_preview,
    open_scan,
    open_statement_preview,
)
from app.views.tables.column_fit import fit_columns, usual_width
from app.views.tables.paged_table_model import NEGATIVE_TEXT, ColumnKind, ColumnSpec
from app.views.tables.record_table_model import RecordTableModel
from app.views.tables.row_opener import open_rows
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.detail_section import heading_label, placeholder_label, value_label
from app.views.widgets.icons import Icon, icon
from app.views.widgets.record_windows import RecordWindows

CONTEXT = "Customer360View"
SHOWN_CHANGES = frozenset(
    {
        Kind.CUSTOMERS,
        Kind.ACTIVITIES,
        Kind.PROJECTS,
        Kind.INVOICES,
        Kind.PAYMENTS,
        Kind.TIERS,
        Kind.TIER_PROPOSALS,
        Kind.STATEMENTS,
    }
)
GOOD_SCORE, FAIR_SCORE = 80, 50
GEOMETRY_KEY = "customer_360/geometry"
# Fitted to the screen (less the taskbar) when that is smaller.
PREFERRED_SIZE = QSize(1240, 800)
GOOD_COLOUR, FAIR_COLOUR = "#1b7f3b", "#b26a00"


@dataclass(frozen=True)
class Customer360Data:
    view: Customer360
    pending_proposal: ProposalRow | None
    # What the customer disputes in its latest reply to a statement (shown apart).
    dispute: Dispute | None = None


def load_customer_360(session: Session, customer_id: int, as_of: date) -> Customer360Data:
    view = customer_360(session, customer_id, as_of, with_score=False)
    pending = next(
        (p for p in customer_proposals(session, customer_id) if p.status == PENDING), None
    )
    dispute = disputed_amounts(session, as_of, [customer_id]).get(customer_id)
    return Customer360Data(view, pending, dispute)


def _scored(data: Customer360Data, history: PaymentHistory) -> Customer360Data:
    return replace(data, view=replace(data.view, header=data.view.header.scored(history)))


def _by_customer(customer_id: int, sort_key: str) -> ListRequest:
    return ListRequest(filters=(("customer_id", customer_id),), sort_key=sort_key, descending=True)


def _days_overdue(row: InvoiceRow, as_of: date) -> int | None:
    days = row.days_overdue(as_of)
    return days if days > 0 else None


PROJECT_COLUMNS: tuple[ColumnSpec[ProjectRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Project"), lambda r, _d: r.code, width_chars=12
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Title"), lambda r, _d: r.title, width_chars=26
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Stage"),
        lambda r, _d: r.stage,
        text=lambda r, _d: stage_label(r.stage),
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Since"),
        lambda r, _d: r.stage_since,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Contract amount"),
        lambda r, _d: r.contract_amount_fen or None,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Salesperson"),
        lambda r, _d: r.salesperson,
        width_chars=8,
    ),
)

INVOICE_COLUMNS: tuple[ColumnSpec[InvoiceRow], ...] = (
    # Fully digital (数电) invoice numbers have 20 digits.
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Number"), lambda r, _d: r.number, width_chars=21
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Issued"),
        lambda r, _d: r.issue_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Due"),
        lambda r, _d: r.due_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Amount"),
        lambda r, _d: r.amount_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Open"),
        lambda r, _d: r.open_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Days overdue"),
        _days_overdue,
        ColumnKind.COUNT,
        width_chars=7,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Status"),
        invoice_status,
        text=invoice_status_label,
        width_chars=7,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Project"),
        lambda r, _d: r.project_code,
        width_chars=12,
    ),
)

PAYMENT_COLUMNS: tuple[ColumnSpec[PaymentRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Number"), lambda r, _d: r.number, width_chars=14
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Received"),
        lambda r, _d: r.received_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Amount"),
        lambda r, _d: r.amount_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Not yet applied"),
        lambda r, _d: r.unallocated_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Method"),
        lambda r, _d: r.method,
        text=lambda r, _d: method_label(r.method),
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Payer"), lambda r, _d: r.payer_name, width_chars=18
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Bank reference"),
        lambda r, _d: r.bank_ref,
        width_chars=14,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Status"),
        lambda r, _d: r.status,
        text=lambda r, _d: payment_state_label(r.status),
        width_chars=7,
    ),
)

STATEMENT_COLUMNS: tuple[ColumnSpec[StatementRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Number"), lambda r, _d: r.number, width_chars=14
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "From"),
        lambda r, _d: r.period_from,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "To"),
        lambda r, _d: r.period_to,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Opening balance"),
        lambda r, _d: r.opening_balance_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Closing balance"),
        lambda r, _d: r.closing_balance_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Sent"),
        lambda r, _d: r.sent_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Reply"),
        lambda r, _d: r.reply,
        text=lambda r, _d: statement_reply_label(r.reply),
        width_chars=8,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Disputed"),
        lambda r, _d: r.disputed_amount_fen or None,
        ColumnKind.MONEY,
        width_chars=12,
    ),
)

FOLLOW_UP_COLUMNS: tuple[ColumnSpec[ActivityRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Date"),
        lambda r, _d: r.occurred_on,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Kind"),
        lambda r, _d: r.kind,
        text=lambda r, _d: activity_kind_label(r.kind),
        width_chars=8,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Summary"),
        lambda r, _d: r.summary,
        text=lambda r, _d: " ".join(r.summary.split()),
        width_chars=34,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "By"), lambda r, _d: r.user_name, width_chars=8
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Next action"),
        lambda r, _d: r.next_action_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Promised"),
        lambda r, _d: r.promise_amount_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Promised by"),
        lambda r, _d: r.promise_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Promise"),
        lambda r, _d: r.promise_status,
        text=lambda r, _d: promise_status_label(r.promise_status),
        width_chars=9,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Project"),
        lambda r, _d: r.project_code,
        width_chars=12,
    ),
)

# The sentence last, where the table stretches: it is the longest.
TIMELINE_COLUMNS: tuple[ColumnSpec[TimelineEntry], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Date"),
        lambda r, _d: r.when,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Kind"),
        lambda r, _d: r.kind,
        text=lambda r, _d: timeline_kind_label(r.kind),
        width_chars=9,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "Amount"),
        lambda r, _d: r.amount_fen,
        ColumnKind.MONEY,
        width_chars=13,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("Customer360View", "What happened"),
        lambda r, _d: r.text,
        text=lambda r, _d: timeline_text(r),
        width_chars=60,
    ),
)

# Tab titles, counted: e.g. "Invoices (5,321)".
TAB_TITLES = {
    "timeline": QT_TRANSLATE_NOOP("Customer360View", "Timeline"),
    "projects": QT_TRANSLATE_NOOP("Customer360View", "Projects ({count})"),
    "invoices": QT_TRANSLATE_NOOP("Customer360View", "Invoices ({count})"),
    "payments": QT_TRANSLATE_NOOP("Customer360View", "Payments ({count})"),
    "statements": QT_TRANSLATE_NOOP("Customer360View", "Statements ({count})"),
    "follow_ups": QT_TRANSLATE_NOOP("Customer360View", "Follow-ups ({count})"),
}


def _broken_promise(row: ActivityRow, _as_of: date) -> bool:
    return row.promise_status in ("broken", "partial")


def _overdue_invoice(row: InvoiceRow, as_of: date) -> bool:
    return row.days_overdue(as_of) > 0


class Figure(QFrame):
    """One figure of the header: a small caption over a large value."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.value = value_label("")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel()
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set(self, text: str, *, alert: bool = False, note: str = "") -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};" if alert else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))


class RecordTab(QWidget):
    """A tab with one table and a line that says how many of how many rows are shown."""

    def __init__(self, model: RecordTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, spec in enumerate(model.columns):
            self.table.setColumnWidth(column, usual_width(self.table, spec))
        self._fitted = False
        model.modelReset.connect(self._fit_rows)
        model.rowsInserted.connect(
            lambda _parent, first, last: fit_columns(
                self.table, model.columns, first, last, money_only=True
            )
        )
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _fit_rows(self) -> None:
        """Columns fit the first rows shown; after that only money columns grow."""
        rows = self.model.rowCount()
        if rows:
            fit_columns(self.table, self.model.columns, 0, rows - 1, money_only=self._fitted)
            self._fitted = True


class Customer360View(QWidget):
    """A top-level window for one customer (the customer list keeps one per customer)."""

    loaded = Signal()

    def __init__(self, ctx: ViewContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.customer_id = customer_id
        self.data: Customer360Data | None = None
        self._history: PaymentHistory | None = None  # the score's, when it came first
        self.last_preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Customer 360"))
        restore_geometry(self, GEOMETRY_KEY, PREFERRED_SIZE)

        self.stack = QStackedWidget()
        self.placeholder = placeholder_label(self.tr("Loading…"))
        self.stack.addWidget(self.placeholder)
        content = QWidget()
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

        # --- title and actions ----------------------------------------------------------
        self.name_label = heading_label()
        self.subtitle_label = value_label("")
        self.edit_button = QPushButton(icon(Icon.EDIT), self.tr("Edit…"))
        self.follow_up_button = QPushButton(icon(Icon.FOLLOW_UP), self.tr("Log follow-up…"))
        self.hand_over_button = QPushButton(icon(Icon.HAND_OVER), self.tr("Hand over…"))
        self.archive_button = QPushButton(icon(Icon.ARCHIVE), self.tr("Archive"))
        self.refresh_button = QPushButton(icon(Icon.REFRESH), self.tr("Refresh"))
        self.edit_button.clicked.connect(self.edit)
        self.follow_up_button.clicked.connect(self.log_follow_up)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.refresh_button.clicked.connect(self.reload)
        may_edit = ctx.actor.can(*SALES)
        for button in (
            self.edit_button,
            self.follow_up_button,
            self.hand_over_button,
            self.archive_button,
        ):
            button.setEnabled(may_edit)
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle_label)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        for button in (
            self.edit_button,
            self.follow_up_button,
            self.hand_over_button,
            self.archive_button,
            self.refresh_button,
        ):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        # --- figures and score ----------------------------------------------------------
        self.figures = {
            "tier": Figure(self.tr("Credit tier")),
            "terms": Figure(self.tr("Payment terms")),
            "limit": Figure(self.tr("Credit limit")),
            "used": Figure(self.tr("Used credit")),
            "available": Figure(self.tr("Available credit")),
            "open": Figure(self.tr("Open balance")),
            "overdue": Figure(self.tr("Overdue")),
            "unallocated": Figure(self.tr("Unapplied payments")),
            "days_late": Figure(self.tr("Average days late")),
            "disputed": Figure(self.tr("In dispute")),
        }
        grid = QGridLayout()
        grid.setSpacing(6)
        for number, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, number // 5, number % 5)
        self.score_value = QLabel()
        self.score_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.score_value.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.score_value.setFont(font)
        self.score_caption = QLabel(self.tr("Credit score (of 100)"))
        self.score_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reasons_label = value_label("")
        self.proposal_label = value_label("")
        self.proposal_label.setVisible(False)
        score_box = QFrame()
        score_box.setFrameShape(QFrame.Shape.StyledPanel)
        score_layout = QHBoxLayout(score_box)
        score_number = QVBoxLayout()
        score_number.addWidget(self.score_value)
        score_number.addWidget(self.score_caption)
        score_number.addStretch(1)
        score_layout.addLayout(score_number)
        reasons = QVBoxLayout()
        reasons.addWidget(QLabel(self.tr("Why:")))
        reasons.addWidget(self.reasons_label)
        reasons.addWidget(self.proposal_label)
        reasons.addStretch(1)
        score_layout.addLayout(reasons, 1)
        figures_row = QHBoxLayout()
        figures_row.addLayout(grid, 3)
        figures_row.addWidget(score_box, 2)

        # --- tabs -----------------------------------------------------------------------
        runner = ctx.runner
        self.tabs = QTabWidget()
        self.timeline = RecordTab(
            RecordTableModel(TIMELINE_COLUMNS, runner, CONTEXT, tooltip=timeline_text, parent=self)
        )
        self.projects = RecordTab(RecordTableModel(PROJECT_COLUMNS, runner, CONTEXT, parent=self))
        self.invoices = RecordTab(
            RecordTableModel(
                INVOICE_COLUMNS, runner, CONTEXT, highlight=_overdue_invoice, parent=self
            )
        )
        self.payments = RecordTab(RecordTableModel(PAYMENT_COLUMNS, runner, CONTEXT, parent=self))
        self.statements = RecordTab(
            RecordTableModel(STATEMENT_COLUMNS, runner, CONTEXT, parent=self)
        )
        self._add_statement_actions(may_edit)
        self.follow_ups = RecordTab(
            RecordTableModel(
                FOLLOW_UP_COLUMNS,
                runner,
                CONTEXT,
                highlight=_broken_promise,
                tooltip=lambda r: r.summary,
                parent=self,
            )
        )
        self._tabs = {
            "timeline": self.timeline,
            "projects": self.projects,
            "invoices": self.invoices,
            "payments": self.payments,
            "statements": self.statements,
            "follow_ups": self.follow_ups,
        }
        for key, tab in self._tabs.items():
            self.tabs.addTab(tab, self.tr(TAB_TITLES[key]).format(count=0))
            tab.model.grown.connect(self._show_counts)
        self.windows = RecordWindows(self)
        open_rows(self.projects.table, lambda index: self.open_project(index.row()))
        open_rows(self.invoices.table, lambda index: self.open_invoice(index.row()))
        open_rows(self.payments.table, lambda index: self.open_payment(index.row()))
        open_rows(self.statements.table, lambda index: self.open_statement(index.row()))

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(figures_row)
        layout.addWidget(self.tabs, 1)

        ctx.bus.changed.connect(self._on_changes)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        customer_id, as_of = self.customer_id, self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: load_customer_360(session, customer_id, as_of),
            self._loaded,
            owner=self,
            latest="load",
            on_expected_error=self._failed,
        )
        # The score reads the whole payment history (the slowest part): on its own, so the
        # rest shows first with a placeholder where the score goes.
        self._history = None
        self._ctx.runner.query(
            lambda session: payment_history(session, customer_id, as_of),
            self._scored,
            owner=self,
            latest="score",
            on_expected_error=lambda _exc: None,  # the load reports a missing customer
        )

    def _failed(self, exc: LabLedgerError) -> None:
        self.placeholder.setText(translated_message(exc))
        self.stack.setCurrentWidget(self.placeholder)

    def _loaded(self, data: Customer360Data) -> None:
        if self._history is not None:
            data = _scored(data, self._history)
        self.data = data
        view = data.view
        self._show_header(data)
        self._show_tabs(view)
        self.stack.setCurrentIndex(1)
        self.loaded.emit()

    def _scored(self, history: PaymentHistory) -> None:
        self._history = history
        if self.data is not None and self.data.view.header.score is None:
            self.data = _scored(self.data, history)
            self._show_header(self.data)

    def _show_header(self, data: Customer360Data) -> None:
        h = data.view.header
        self.setWindowTitle(self.tr("{name} – Customer 360").format(name=h.name))
        self.name_label.setText(h.name)
        parts = [h.code, category_label(h.category)]
        if h.short_name:
            parts.insert(1, h.short_name)
        if h.owner_name:
            parts.append(self.tr("Salesperson: {name}").format(name=h.owner_name))
        if h.archived:
            parts.append(self.tr("Archived"))
        self.subtitle_label.setText(" · ".join(parts))
        self.archive_button.setText(self.tr("Restore") if h.archived else self.tr("Archive"))

        f = self.figures
        f["tier"].set(h.tier_name)
        f["terms"].set(days_label(h.payment_terms_days))
        f["limit"].set(Money(h.credit_limit_fen).format())
        f["used"].set(
            Money(h.used_credit_fen).format(), alert=h.used_credit_fen > h.credit_limit_fen
        )
        f["available"].set(Money(h.available_credit_fen).format(), alert=h.available_credit_fen < 0)
        f["open"].set(Money(h.open_fen).format())
        f["overdue"].set(Money(h.overdue_fen).format(), alert=h.overdue_fen > 0)
        f["unallocated"].set(Money(h.unallocated_fen).format())
        if h.score is None or h.avg_days_late is None:
            f["days_late"].set("…")
            self.score_value.setText("…")
            self.score_value.setStyleSheet("")
            self.reasons_label.setText(self.tr("Calculating…"))
        else:
            f["days_late"].set(days_label(h.avg_days_late), alert=h.avg_days_late > 0)
            self._show_score(h.score)
        # A dunning letter asks for what is overdue: with nothing overdue there is none.
        self.dunning_button.setEnabled(h.overdue_fen > 0)
        dispute = data.dispute
        f["disputed"].set(
            Money(dispute.amount_fen if dispute is not None else 0).format(),
            alert=dispute is not None,
            note=self.tr("Statement {number}").format(number=dispute.number)
            if dispute is not None
            else "",
        )
        f["disputed"].setToolTip(
            self.tr("Disputed in the reply of {date}: {note}").format(
                date=dispute.reply_date.isoformat(), note=dispute.note
            )
            if dispute is not None
            else self.tr("What the customer disputes in its replies to statements.")
        )
        self._show_proposal(data.pending_proposal)

    def _show_score(self, credit: CreditScore) -> None:
        score = credit.score
        colour = (
            GOOD_COLOUR
            if score >= GOOD_SCORE
            else FAIR_COLOUR
            if score >= FAIR_SCORE
            else NEGATIVE_TEXT.name()
        )
        self.score_value.setText(str(score))
        self.score_value.setStyleSheet(f"color: {colour};")
        reasons = [reason_text(r) for r in credit.reasons]
        self.reasons_label.setText(
            "\n".join(f"• {r}" for r in reasons) or self.tr("No payment history yet.")
        )

    def _show_proposal(self, proposal: ProposalRow | None) -> None:
        if proposal is None:
            self.proposal_label.setVisible(False)
        else:
            self.proposal_label.setText(
                self.tr(
                    "Proposed: move from {old} to {new}; waiting for a manager's decision."
                ).format(old=proposal.from_tier_name, new=proposal.to_tier_name)
            )
            self.proposal_label.setStyleSheet(f"color: {FAIR_COLOUR};")
            self.proposal_label.setVisible(True)

    def _show_tabs(self, view: Customer360) -> None:
        cid, as_of = self.customer_id, view.as_of
        counts = view.counts

        def invoices_after(session: Session, offset: int, _last: object) -> list[InvoiceRow]:
            return fetch_invoices(session, _by_customer(cid, "issue_date"), offset, PAGE, as_of)

        def payments_after(session: Session, offset: int, _last: object) -> list[PaymentRow]:
            return fetch_payments(session, _by_customer(cid, "received_date"), offset, PAGE)

        def projects_after(session: Session, offset: int, _last: object) -> list[ProjectRow]:
            return fetch_projects(session, _by_customer(cid, "stage_since"), offset, PAGE, as_of)

        def timeline_after(
            session: Session, _offset: int, last: TimelineEntry
        ) -> list[TimelineEntry]:
            return timeline(session, cid, PAGE, before=last.cursor)

        self.timeline.model.set_rows(view.timeline, as_of, more=timeline_after, page_size=PAGE)
        self.projects.model.set_rows(
            view.projects, as_of, more=projects_after, page_size=PAGE, total=counts.get("projects")
        )
        self.invoices.model.set_rows(
            view.invoices, as_of, more=invoices_after, page_size=PAGE, total=counts.get("invoices")
        )
        self.payments.model.set_rows(
            view.payments, as_of, more=payments_after, page_size=PAGE, total=counts.get("payments")
        )
        self.statements.model.set_rows(view.statements, as_of)
        self.follow_ups.model.set_rows(view.follow_ups, as_of)
        self._show_counts()

    def _show_counts(self) -> None:
        if self.data is None:
            return
        counts = self.data.view.counts
        for index, (key, tab) in enumerate(self._tabs.items()):
            total = counts.get(key)
            shown = tab.model.rowCount()
            self.tabs.setTabText(
                index,
                self.tr(TAB_TITLES[key]).format(count=f"{total if total is not None else shown:,}"),
            )
            if total is not None and shown < total:
                tab.status.setText(
                    self.tr("Showing the latest {shown} of {total}; scroll down for more.").format(
                        shown=f"{shown:,}", total=f"{total:,}"
                    )
                )
            elif key == "timeline" and tab.model.has_more:
                tab.status.setText(
                    self.tr(
                        "Showing the latest {shown} events; scroll down for earlier ones."
                    ).format(shown=f"{shown:,}")
                )
            else:
                tab.status.setText("")
            tab.status.setVisible(bool(tab.status.text()))

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & SHOWN_CHANGES and self.data is not None:
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, GEOMETRY_KEY)
        super().closeEvent(event)

    # --- opening rows -------------------------------------------------------------------

    def open_project(self, row: int) -> ProjectDetailDialog:
        project_id = self.projects.model.rows[row].id
        return self.windows.open(
            ("project", project_id), lambda: ProjectDetailDialog(self._ctx, project_id, self)
        )

    def open_invoice(self, row: int) -> InvoiceDetailDialog:
        invoice_id = self.invoices.model.rows[row].id
        return self.windows.open(
            ("invoice", invoice_id), lambda: InvoiceDetailDialog(self._ctx, invoice_id, self)
        )

    def open_payment(self, row: int) -> PaymentDetailDialog:
        payment_id = self.payments.model.rows[row].id
        return self.windows.open(
            ("payment", payment_id), lambda: PaymentDetailDialog(self._ctx, payment_id, self)
        )

    # --- statements ---------------------------------------------------------------------

    def _add_statement_actions(self, may_edit: bool) -> None:
        tab = self.statements
        self.new_statement_button = QPushButton(icon(Icon.NEW), self.tr("New statement…"))
        self.statement_preview_button = QPushButton(icon(Icon.PRINT), self.tr("Reprint…"))
        self.statement_sent_button = QPushButton(icon(Icon.REQUEST_INVOICE), self.tr("Mark sent…"))
        self.statement_reply_button = QPushButton(icon(Icon.APPROVE), self.tr("Record reply…"))
        self.statement_scan_button = QPushButton(icon(Icon.OPEN), self.tr("Signed slip"))
        self.dunning_button = QPushButton(icon(Icon.EXPORT), self.tr("Dunning letter…"))
        self.new_statement_button.clicked.connect(self.new_statement)
        self.statement_preview_button.clicked.connect(lambda: self.open_statement())
        self.statement_sent_button.clicked.connect(self.mark_statement_sent)
        self.statement_reply_button.clicked.connect(self.record_statement_reply)
        self.statement_scan_button.clicked.connect(self.open_statement_scan)
        self.dunning_button.clicked.connect(self.dunning_letter)
        self._may_edit_statements = may_edit
        self.new_statement_button.setEnabled(may_edit)
        row = QHBoxLayout()
        for button in (
            self.new_statement_button,
            self.statement_preview_button,
            self.statement_sent_button,
            self.statement_reply_button,
            self.statement_scan_button,
            self.dunning_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout = tab.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)
        tab.table.selectionModel().selectionChanged.connect(self._statement_selected)
        tab.model.modelReset.connect(self._statement_selected)
        self._statement_selected()

    def selected_statement(self) -> StatementRow | None:
        rows = self.statements.table.selectionModel().selectedRows()
        model = self.statements.model
        if not rows or not 0 <= rows[0].row() < len(model.rows):
            return None
        found: StatementRow = model.rows[rows[0].row()]
        return found

    def _statement_selected(self, *_args: object) -> None:
        row = self.selected_statement()
        chosen = row is not None
        self.statement_preview_button.setEnabled(chosen)
        self.statement_sent_button.setEnabled(chosen and self._may_edit_statements)
        self.statement_reply_button.setEnabled(chosen and self._may_edit_statements)
        self.statement_scan_button.setEnabled(chosen)

    def _statement_ref(self, row: StatementRow) -> StatementRef:
        return StatementRef(row.id, row.number, self.customer_id, self._name())

    def _keep_preview(self, dialog: PdfPreviewDialog) -> None:
        self.last_preview = dialog

    def new_statement(self) -> QWidget:
        return open_new_statement_dialog(
            self._ctx, self, self.customer_id, self._name(), on_open=self._keep_preview
        )

    def open_statement(self, row: int | None = None) -> None:
        chosen = self.selected_statement() if row is None else self.statements.model.rows[row]
        if chosen is not None:
            open_statement_preview(self._ctx, self, chosen.id, self._keep_preview)

    def mark_statement_sent(self) -> QWidget | None:
        row = self.selected_statement()
        if row is None:
            return None
        return open_mark_sent_dialog(self._ctx, self, self._statement_ref(row))

    def record_statement_reply(self) -> QWidget | None:
        row = self.selected_statement()
        if row is None:
            return None
        return open_reply_dialog(self._ctx, self, self._statement_ref(row))

    def open_statement_scan(self) -> None:
        row = self.selected_statement()
        if row is not None:
            open_scan(self._ctx, self, row.id)

    def dunning_letter(self) -> None:
        open_dunning_preview(self._ctx, self, self.customer_id, self._keep_preview)

    # --- actions ------------------------------------------------------------------------

    def _name(self) -> str:
        return self.data.view.header.name if self.data is not None else ""

    def edit(self) -> None:
        open_customer_dialog(self._ctx, self, self.customer_id)

    def log_follow_up(self) -> None:
        projects = self.data.view.projects if self.data is not None else ()
        open_follow_up_dialog(self._ctx, self, self.customer_id, self._name(), projects)

    def hand_over(self) -> None:
        open_hand_over_dialog(self._ctx, self, self.customer_id, self._name())

    def toggle_archived(self) -> None:
        if self.data is None:
            return
        archive = not self.data.view.header.archived
        customer_id, actor = self.customer_id, self._ctx.actor
        self._ctx.writer.write(
            lambda op: set_archived(op.database, actor, customer_id, archive), owner=self
        )


def open_customer_360(ctx: ViewContext, parent: QWidget, customer_id: int) -> Customer360View:
    view = Customer360View(ctx, customer_id, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.reload()
    return view
