"""The statements section (对账单): the statements issued, latest first, filtered by what is
awaited from the customer (a reply, or the settling of a dispute) and searched by customer,
with their totals; and what is done with them: a new statement (previewed as a draft and
issued from the preview), the period-end batch, the day one was sent, the customer's reply
with the scan of the signed slip, a reprint, and a dunning letter (催款函)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.core.permissions import FINANCE, SALES
from app.services.statements.statement_list_service import (
    StatementFilter,
    StatementListRow,
    StatementTotals,
    fetch_statements,
    statement_totals,
)
from app.views.customers.customer_labels import statement_reply_label
from app.views.shell.view_context import ViewContext
from app.views.statements.batch_dialog import BatchDialog, open_batch_dialog
from app.views.statements.pdf_preview import PdfPreviewDialog
from app.views.statements.statement_dialogs import (
    NewStatementDialog,
    ReplyDialog,
    ResolveDisputeDialog,
    StatementRef,
    open_mark_sent_dialog,
    open_new_statement_dialog,
    open_reply_dialog,
    open_resolve_dialog,
)
from app.views.statements.statement_previews import (
    open_dunning_preview,
    open_scan,
    open_statement_preview,
)
from app.views.tables.column_fit import fit_columns, usual_width
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec
from app.views.tables.record_table_model import RecordTableModel
from app.views.tables.row_opener import RowOpener
from app.views.tables.view_export import export_records
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.icons import Icon, icon

CONTEXT = "StatementsPage"
PAGE = 200
SEARCH_DELAY_MS = 250
EVERYONE = tuple(Role)
SHOWN_CHANGES = frozenset({Kind.STATEMENTS, Kind.CUSTOMERS})

FILTER_LABELS = {
    StatementFilter.ALL: QT_TRANSLATE_NOOP("StatementsPage", "All statements"),
    StatementFilter.AWAITING: QT_TRANSLATE_NOOP("StatementsPage", "Awaiting reply"),
    StatementFilter.DISPUTED: QT_TRANSLATE_NOOP("StatementsPage", "Disputed"),
}


def _reply_text(row: StatementListRow, _as_of: date) -> str:
    text = statement_reply_label(row.reply)
    if row.reply == "disputed" and row.dispute_resolved_on is not None:
        return QCoreApplication.translate("StatementsPage", "{reply} (resolved)").format(reply=text)
    return text


COLUMNS: tuple[ColumnSpec[StatementListRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Number"), lambda r, _d: r.number, width_chars=12
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Customer"),
        lambda r, _d: r.customer_name,
        width_chars=18,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "From"),
        lambda r, _d: r.period_from,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "To"),
        lambda r, _d: r.period_to,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Opening balance"),
        lambda r, _d: r.opening_balance_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Closing balance"),
        lambda r, _d: r.closing_balance_fen,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Issued"),
        lambda r, _d: r.issued_on,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Sent"),
        lambda r, _d: r.sent_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Reply"),
        lambda r, _d: r.reply,
        text=_reply_text,
        width_chars=8,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Disputed amount"),
        lambda r, _d: r.open_dispute_fen or None,
        ColumnKind.MONEY,
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("StatementsPage", "Signed slip"),
        lambda r, _d: r.scan_name or "",
        width_chars=8,
    ),
)


@dataclass(frozen=True)
class _Loaded:
    rows: list[StatementListRow]
    totals: StatementTotals


def _disputed(row: StatementListRow, _as_of: date) -> bool:
    return row.open_dispute_fen > 0


class StatementsPage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_preview: PdfPreviewDialog | None = None
        self.last_dialog: QWidget | None = None

        self.action_bar = ActionBar(ctx.actor)
        self.new_button = self.action_bar.add(
            self.tr("New statement…"), self.new_statement, SALES, "issue statements", Icon.NEW
        )
        self.batch_button = self.action_bar.add(
            self.tr("Every customer…"), self.batch, SALES, "issue statements", Icon.LIST
        )
        self.preview_button = self.action_bar.add(
            self.tr("Reprint…"), self.preview_selected, EVERYONE, "print statements", Icon.PRINT
        )
        self.sent_button = self.action_bar.add(
            self.tr("Mark sent…"),
            self.mark_sent,
            SALES,
            "record statements sent",
            Icon.REQUEST_INVOICE,
        )
        self.reply_button = self.action_bar.add(
            self.tr("Record reply…"),
            self.record_reply,
            SALES,
            "record statement replies",
            Icon.APPROVE,
        )
        self.scan_button = self.action_bar.add(
            self.tr("Signed slip"), self.open_scan, EVERYONE, "view statements", Icon.OPEN
        )
        self.resolve_button = self.action_bar.add(
            self.tr("Resolve dispute…"),
            self.resolve_dispute,
            FINANCE,
            "resolve statement disputes",
            Icon.UNDO,
        )
        self.dunning_button = self.action_bar.add(
            self.tr("Dunning letter…"), self.dunning_letter, EVERYONE, "print letters", Icon.EXPORT
        )
        self.action_bar.add_stretch()
        self.export_button = self.action_bar.add(
            self.tr("Export to Excel…"), self.export, EVERYONE, "", Icon.EXPORT
        )

        self.filter = QComboBox()
        for key, label in FILTER_LABELS.items():
            self.filter.addItem(self.tr(label), key.value)
        self.filter.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search customer or statement number"))
        self.search.addAction(icon(Icon.SEARCH), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.filter)
        filters.addStretch(1)

        self.model: RecordTableModel[StatementListRow] = RecordTableModel(
            COLUMNS, ctx.runner, CONTEXT, highlight=_disputed, parent=self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, spec in enumerate(COLUMNS):
            self.table.setColumnWidth(column, usual_width(self.table, spec))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.modelReset.connect(self._fit_money)
        self.model.rowsInserted.connect(
            lambda _parent, first, last: fit_columns(
                self.table, COLUMNS, first, last, money_only=True
            )
        )
        RowOpener(self.table, lambda _index: self.preview_selected())
        self.totals = QLabel()
        self.totals.setObjectName("statementTotals")

        layout = QVBoxLayout(self)
        layout.addWidget(self.action_bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        ctx.bus.changed.connect(self._on_changes)
        self._selection_changed()
        self.reload()

    # --- loading --------------------------------------------------------------------------

    def status(self) -> StatementFilter:
        return StatementFilter(self.filter.currentData())

    def show_filter(self, status: StatementFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(status.value))

    def reload(self) -> None:
        status, search = self.status(), self.search.text()

        def load(session: Session) -> _Loaded:
            return _Loaded(
                fetch_statements(session, status, search, 0, PAGE),
                statement_totals(session, status, search),
            )

        self.ctx.runner.query(load, self._loaded, owner=self, latest="load")

    def _loaded(self, loaded: _Loaded) -> None:
        status, search = self.status(), self.search.text()
        chosen = self.selected()

        def more(session: Session, offset: int, _last: object) -> list[StatementListRow]:
            return fetch_statements(session, status, search, offset, PAGE)

        self.model.set_rows(
            loaded.rows, self.ctx.as_of(), more=more, page_size=PAGE, total=loaded.totals.count
        )
        if chosen is not None:
            # The statement chosen stays chosen when the list is read again (after a reply).
            ids = [row.id for row in self.model.rows]
            if chosen.id in ids:
                self.select_row(ids.index(chosen.id))
        t = loaded.totals
        text = (
            self.tr("%Ln statement(s)", "", t.count)
            + " · "
            + self.tr("closing balances {closing}").format(closing=Money(t.closing_fen).format())
        )
        if t.disputed_fen:
            text += " · " + self.tr("disputed {amount}").format(
                amount=Money(t.disputed_fen).format()
            )
        self.totals.setText(text)

    def export(self) -> ExcelExport | None:
        """Every statement of the filter and search, as listed, to an Excel file."""
        search = self.search.text().strip()
        description = f"{self.filter.currentText()}" + (f" · “{search}”" if search else "")
        return export_records(
            self.ctx, self, self.table, self.model, self.tr("Statements"), (description,)
        )

    def _fit_money(self) -> None:
        rows = self.model.rowCount()
        if rows:
            fit_columns(self.table, COLUMNS, 0, rows - 1, money_only=True)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & SHOWN_CHANGES:
            self.reload()

    # --- selection --------------------------------------------------------------------------

    def selected(self) -> StatementListRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.model.rows[index] if 0 <= index < len(self.model.rows) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        chosen = row is not None
        for button in (self.preview_button, self.sent_button, self.reply_button):
            self.action_bar.set_available(button, chosen)
        self.action_bar.set_available(self.scan_button, row is not None and bool(row.scan_name))
        self.action_bar.set_available(self.dunning_button, chosen)
        self.action_bar.set_available(
            self.resolve_button, row is not None and row.open_dispute_fen > 0
        )

    def _ref(self, row: StatementListRow) -> StatementRef:
        return StatementRef(row.id, row.number, row.customer_id, row.customer_name)

    def _keep(self, dialog: PdfPreviewDialog) -> None:
        self.last_preview = dialog

    # --- actions --------------------------------------------------------------------------

    def new_statement(self) -> NewStatementDialog:
        dialog = open_new_statement_dialog(self.ctx, self, on_open=self._keep)
        self.last_dialog = dialog
        return dialog

    def batch(self) -> BatchDialog:
        dialog = open_batch_dialog(self.ctx, self)
        self.last_dialog = dialog
        return dialog

    def preview_selected(self) -> None:
        row = self.selected()
        if row is not None:
            open_statement_preview(self.ctx, self, row.id, self._keep)

    def mark_sent(self) -> None:
        row = self.selected()
        if row is not None:
            self.last_dialog = open_mark_sent_dialog(self.ctx, self, self._ref(row))

    def record_reply(self) -> ReplyDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = open_reply_dialog(self.ctx, self, self._ref(row))
        self.last_dialog = dialog
        return dialog

    def open_scan(self) -> None:
        row = self.selected()
        if row is not None:
            open_scan(self.ctx, self, row.id)

    def dunning_letter(self) -> None:
        row = self.selected()
        if row is not None:
            open_dunning_preview(self.ctx, self, row.customer_id, self._keep)

    def resolve_dispute(self) -> ResolveDisputeDialog | None:
        row = self.selected()
        if row is None or not row.open_dispute_fen:
            return None
        dialog = open_resolve_dialog(self.ctx, self, self._ref(row))
        self.last_dialog = dialog
        return dialog

    # --- the main window's keys (SectionPage) --------------------------------------------

    def new_record(self) -> QWidget | None:
        return self.new_statement() if self.ctx.actor.can(*SALES) else None

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def refresh(self) -> None:
        self.reload()
