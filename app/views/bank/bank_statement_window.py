"""银行流水: finance imports a statement export as the bank gave it, sees each incoming line
with the customer and invoices LabLedger proposes (and how sure it is), and confirms them as
payments, one corrected by hand or many as proposed, or ignores those that are no customer's
payment. Reading the file, loading the lines and every write run off the GUI thread; a line
already imported is never recorded twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.domain.money import Money
from app.importers.bank.statement_reader import BankStatement, read_statement
from app.services.bank.bank_line_service import (
    IGNORED,
    PROPOSED,
    STATUSES,
    BankLineRow,
    ConfirmedLine,
    ImportSummary,
    LineDecision,
    confirm_lines,
    import_statement,
    list_lines,
    set_ignored,
)
from app.services.core.changes import Kind
from app.views.bank.bank_labels import (
    bank_name,
    direction_label,
    invoices_text,
    match_text,
    status_label,
)
from app.views.bank.bank_line_editor import BankLineEditor
from app.views.shell.ui_settings import restore_geometry, save_geometry
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec
from app.views.tables.record_table_model import RecordTableModel
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.file_dialogs import FilePurpose, ask_open_path
from app.views.widgets.icons import Icon, icon

CONTEXT = "BankLineTable"
SHOWN_CHANGES = frozenset({Kind.BANK_LINES, Kind.CUSTOMERS, Kind.INVOICES, Kind.PAYMENTS})
FILE_FILTER = "*.csv *.xls *.xlsx *.txt"


def _customer(row: BankLineRow, _as_of: date) -> str:
    if row.payment_customer:
        return row.payment_customer
    return row.customer.name if row.customer is not None else ""


def _invoices(row: BankLineRow, _as_of: date) -> str:
    return row.payment_number or invoices_text(row.invoices)


COLUMNS: tuple[ColumnSpec[BankLineRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("BankLineTable", "Date"),
        lambda r, _d: r.txn_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("BankLineTable", "Amount"),
        lambda r, _d: r.amount_fen,
        ColumnKind.MONEY,
        width_chars=11,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("BankLineTable", "In/out"),
        lambda r, _d: r.direction,
        text=lambda r, _d: direction_label(r.direction),
        width_chars=4,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("BankLineTable", "Payer"), lambda r, _d: r.payer_name, width_chars=14
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("BankLineTable", "Memo"), lambda r, _d: r.text, width_chars=12),
    ColumnSpec(QT_TRANSLATE_NOOP("BankLineTable", "Customer"), _customer, width_chars=14),
    ColumnSpec(
        QT_TRANSLATE_NOOP("BankLineTable", "Match"),
        lambda r, _d: r.customer.score if r.customer is not None else -1,
        text=lambda r, _d: match_text(r.customer),
        width_chars=10,
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("BankLineTable", "Invoices"), _invoices, width_chars=16),
    ColumnSpec(
        QT_TRANSLATE_NOOP("BankLineTable", "Status"),
        lambda r, _d: r.status,
        text=lambda r, _d: status_label(r.status),
        width_chars=6,
    ),
)

GEOMETRY_KEY = "bank_statements/geometry"
PREFERRED_SIZE = QSize(1300, 700)
DIRECTION_COLUMN = 2
STATUS_COLUMN = len(COLUMNS) - 1


class BankStatementWindow(QDialog):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Bank statements"))
        self.rows: list[BankLineRow] = []
        self.loaded = False
        self._keep: int | None = None  # the line to select again after a reload

        self.import_button = QPushButton(icon(Icon.IMPORT), self.tr("Import a statement file…"))
        self.import_button.clicked.connect(self.choose_file)
        self.status_filter = QComboBox()
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.addItem(self.tr("All lines"), None)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.summary = QLabel(
            self.tr("Import the export of the bank (CSV, XLS or XLSX) as the bank gave it.")
        )
        self.summary.setWordWrap(True)

        self.model = RecordTableModel(COLUMNS, ctx.runner, CONTEXT, parent=self)
        self.table = self._build_table()
        self.editor = BankLineEditor(ctx)
        # Room for the split's five columns, whatever the table next to it would like.
        self.editor.setMinimumWidth(self.editor.fontMetrics().horizontalAdvance("0") * 64)
        self.editor.confirmRequested.connect(self.confirm_current)
        self.editor.ignoreRequested.connect(self.ignore_current)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.confirm_selected_button = QPushButton(
            icon(Icon.APPROVE), self.tr("Confirm selected as proposed")
        )
        self.confirm_selected_button.clicked.connect(self.confirm_selected)
        self.ignore_button = QPushButton(icon(Icon.REJECT), self.tr("Ignore selected"))
        self.ignore_button.clicked.connect(lambda: self.ignore_selected(True))
        self.restore_button = QPushButton(icon(Icon.UNDO), self.tr("Back to confirm"))
        self.restore_button.clicked.connect(lambda: self.ignore_selected(False))
        self.count = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.ignore_button)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.confirm_selected_button)
        layout.addLayout(bottom)
        ctx.bus.changed.connect(self._changed)
        restore_geometry(self, GEOMETRY_KEY, PREFERRED_SIZE)
        self._update_buttons()
        self._filter_changed()

    def done(self, result: int) -> None:
        """Closed by Esc or the window's close button: where it was is where it opens next."""
        save_geometry(self, GEOMETRY_KEY)
        super().done(result)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.status_filter)
        return bar

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        char = table.fontMetrics().horizontalAdvance("0")
        for number, spec in enumerate(COLUMNS):
            table.setColumnWidth(number, spec.width_chars * char + 16)
        selection = table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(self._selection_changed)
        selection.currentRowChanged.connect(self._current_changed)
        return table

    # --- loading -------------------------------------------------------------------------

    def _filter_changed(self) -> None:
        # Lines of one status: their status and (but for "all") direction go without saying.
        one_status = self.shown_status() is not None
        self.table.setColumnHidden(DIRECTION_COLUMN, one_status)
        self.table.setColumnHidden(STATUS_COLUMN, one_status)
        self.reload()

    def shown_status(self) -> str | None:
        status = self.status_filter.currentData()
        return status if isinstance(status, str) else None

    def reload(self) -> None:
        status = self.shown_status()
        current = self.editor.line
        self._keep = current.id if current is not None else self._keep
        self._ctx.runner.query(
            lambda session: list_lines(session, status), self._arrived, owner=self, latest="lines"
        )

    def _arrived(self, rows: list[BankLineRow]) -> None:
        self.rows = rows
        self.model.set_rows(rows, self._ctx.as_of())
        self.loaded = True
        waiting = [r for r in rows if r.status == PROPOSED]
        self.count.setText(
            self.tr(
                "%n line(s) shown; {waiting} to confirm, {amount} in all", "", len(rows)
            ).format(
                waiting=len(waiting), amount=Money(sum(r.amount_fen for r in waiting)).format()
            )
        )
        keep = next((n for n, r in enumerate(rows) if r.id == self._keep), None)
        if keep is None and rows:
            keep = 0
        if keep is None:
            self.editor.show_line(None)
        else:
            self.select_row(keep)
        self._update_buttons()

    def select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        assert selection is not None
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)

    def _changed(self, kinds: frozenset[Kind]) -> None:
        if kinds & SHOWN_CHANGES:
            self.reload()

    # --- selection -----------------------------------------------------------------------

    def selected_rows(self) -> list[BankLineRow]:
        selection = self.table.selectionModel()
        assert selection is not None
        numbers = sorted({index.row() for index in selection.selectedRows()})
        return [self.rows[n] for n in numbers if n < len(self.rows)]

    def _current_changed(self) -> None:
        index = self.table.currentIndex()
        row = self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None
        self._keep = row.id if row is not None else None
        shown = self.editor.line
        if (
            row is not None
            and shown is not None
            and (row.id, row.status) == (shown.id, shown.status)
        ):
            # The same line, reloaded after some other change: keep what finance has chosen.
            self.editor.line = row
            return
        self.editor.show_line(row)

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_rows()
        ready = [r for r in selected if r.status == PROPOSED and r.customer is not None]
        self.confirm_selected_button.setEnabled(bool(ready))
        self.confirm_selected_button.setText(
            self.tr("Confirm %n selected as proposed", "", len(ready))
        )
        self.restore_button.setEnabled(
            any(r.status == IGNORED and r.direction == "credit" for r in selected)
        )
        self.ignore_button.setEnabled(any(r.status == PROPOSED for r in selected))

    # --- importing -----------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_open_path(
            self,
            self.tr("Import a bank statement"),
            FilePurpose.BANK,
            self.tr("Bank statements ({patterns})").format(patterns=FILE_FILTER),
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Read ``path`` on the pool, then record its new lines on the serial writer."""
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {file}…").format(file=path.name))
        self._ctx.runner.run(
            lambda _op: read_statement(path),
            self._read,
            owner=self,
            on_expected_error=self._unreadable,
            on_finished=self._import_finished,
        )

    def _read(self, statement: BankStatement) -> None:
        actor = self._ctx.actor
        self.import_button.setEnabled(False)
        self._ctx.writer.write(
            lambda op: import_statement(op.database, actor, statement),
            self._imported,
            owner=self,
            on_finished=self._import_finished,
        )

    def _unreadable(self, error: LabLedgerError) -> None:
        self.summary.setText(self.tr("The file was not imported."))
        self._ctx.errors.expected(error)

    def _import_finished(self) -> None:
        self.import_button.setEnabled(True)

    def _imported(self, summary: ImportSummary) -> None:
        bank = bank_name(summary.bank)
        if not summary.added:
            text = self.tr(
                "Nothing new in {file} ({bank}): its %n line(s) were imported before.",
                "",
                summary.lines,
            ).format(file=summary.file_name, bank=bank)
        else:
            text = self.tr(
                "{file} ({bank}): %n new line(s), {credits} of them incoming to confirm; "
                "{already} imported before.",
                "",
                summary.added,
            ).format(
                file=summary.file_name,
                bank=bank,
                credits=summary.credits,
                already=summary.already,
            )
        self.summary.setText(text)
        self._ctx.bus.notice(text)
        if self.shown_status() not in (PROPOSED, None):
            self.status_filter.setCurrentIndex(0)

    # --- deciding ------------------------------------------------------------------------

    def confirm_current(self) -> None:
        decision = self.editor.decision()
        if decision is not None:
            self._confirm([decision])

    def confirm_selected(self) -> None:
        """Each selected line waiting with a proposal, as proposed (worked out again in the
        write, after the lines before it)."""
        ready = [
            LineDecision(r.id)
            for r in self.selected_rows()
            if r.status == PROPOSED and r.customer is not None
        ]
        if ready:
            self._confirm(sorted(ready, key=lambda d: d.line_id))

    def _confirm(self, decisions: list[LineDecision]) -> None:
        actor = self._ctx.actor
        self._set_busy(True)
        self._ctx.writer.write(
            lambda op: confirm_lines(op.database, actor, decisions),
            self._confirmed,
            owner=self,
            on_finished=lambda: self._set_busy(False),
        )

    def _confirmed(self, confirmed: list[ConfirmedLine]) -> None:
        total = sum(line.amount_fen for line in confirmed)
        text = self.tr("Recorded %n payment(s) of {amount} in all.", "", len(confirmed)).format(
            amount=Money(total).format()
        )
        self.summary.setText(text)
        self._ctx.bus.notice(text)

    def ignore_current(self) -> None:
        if self.editor.line is not None:
            self._set_ignored([self.editor.line.id], True)

    def ignore_selected(self, ignored: bool) -> None:
        self._set_ignored([r.id for r in self.selected_rows()], ignored)

    def _set_ignored(self, ids: list[int], ignored: bool) -> None:
        if not ids:
            return
        actor = self._ctx.actor
        self._ctx.writer.write(lambda op: set_ignored(op.database, actor, ids, ignored), owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.editor.confirm_button.setEnabled(not busy)
        self.confirm_selected_button.setEnabled(not busy)
        if not busy:
            self._update_buttons()


def show_bank_statements(ctx: ViewContext, parent: QWidget) -> BankStatementWindow:
    """银行流水 (from 回款 or 导入): one window beside ``parent``'s main window, brought to the
    front when it is open already."""
    main = parent.window()
    window = next(
        (w for w in main.findChildren(BankStatementWindow) if w.isVisible()),
        None,
    )
    if window is None:
        window = BankStatementWindow(ctx, main)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
