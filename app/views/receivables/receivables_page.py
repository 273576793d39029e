"""应收: the aging of receivables as of any date, grouped by customer, salesperson, credit
tier, test category or project, or the bad-debt provision (坏账准备) by accounting band.

The report is aggregated in SQL off the GUI thread (about a second at a million invoices),
while a busy indicator shows; it reloads when the ledger or the bucket settings change, at
once if the page is shown, otherwise the next time it is. Double-clicking a figure lists
the invoices behind it; the table exports to Excel and prints as shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.reports.report_table import ReportTable
from app.services.core.changes import Kind
from app.services.ledger.aging_service import (
    AgingBy,
    aging_report,
    provision_rates,
    provision_report,
)
from app.views.receivables.aging_export import export_report
from app.views.receivables.aging_invoices_dialog import AgingInvoicesDialog
from app.views.receivables.aging_labels import grouping_label
from app.views.receivables.aging_print import ReportPrintPreview
from app.views.receivables.aging_table_model import (
    AgingTableModel,
    AgingView,
    ShownReport,
    aging_shown,
    provision_shown,
)
from app.views.receivables.report_table_view import ReportTableView
from app.views.settings.aging_settings_dialog import open_aging_settings_dialog
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_section import heading_label
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.icons import Icon, icon

# What the figures are computed from: the ledger, who owns which customer and its tier,
# projects and their categories, the names shown, and the buckets and rates.
SHOWN_CHANGES = frozenset(
    {
        Kind.INVOICES,
        Kind.PAYMENTS,
        Kind.CUSTOMERS,
        Kind.PROJECTS,
        Kind.TIERS,
        Kind.USERS,
        Kind.SETTINGS,
    }
)
DATE_DELAY_MS = 300  # stepping through dates re-queries once the user pauses
CELL_PADDING = 12
SORT_ROOM = 18  # the header's sort arrow
MIN_NAME_WIDTH = 140


def load_report(session: Session, as_of: date, by: AgingBy, view: AgingView) -> ShownReport:
    """The report as the page shows it (run off the GUI thread: at a million invoices the
    query takes a second or two, and there may be tens of thousands of groups)."""
    if view is AgingView.AGING:
        return aging_shown(aging_report(session, as_of, by))
    rows = provision_report(session, as_of, by)
    return provision_shown(rows, as_of, by, provision_rates(session))


class ReceivablesPage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.report: ShownReport | None = None
        self.loading = False
        self._dirty = True
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_DELAY_MS)
        self._date_timer.timeout.connect(self.reload)

        self.title = heading_label()
        self.model = AgingTableModel(parent=self)
        self.totals_model = AgingTableModel(totals=True, parent=self)
        self.table = ReportTableView()
        self.totals = ReportTableView()
        self.empty_label = QLabel()
        self.empty_label.setVisible(False)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setEnabled(False)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        # Narrow margins: at 1366 pixels every column fits beside the names.
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addLayout(self._build_bar())
        layout.addWidget(self.title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._build_tables(), 1)
        layout.addWidget(self.notes)
        ctx.bus.changed.connect(self._on_changes)
        self._set_loading(False)

    # --- building ------------------------------------------------------------------------

    def _build_bar(self) -> QHBoxLayout:
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setMinimumDate(QDate(2000, 1, 1))
        today = self._ctx.as_of()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.as_of.dateChanged.connect(self._date_timer.start)
        self.grouping = QComboBox()
        for by in AgingBy:
            self.grouping.addItem(grouping_label(by), by)
        self.grouping.currentIndexChanged.connect(self.reload)

        self.aging_button = QPushButton(icon(Icon.RECEIVABLES), self.tr("Aging"))
        self.provision_button = QPushButton(icon(Icon.PROVISION), self.tr("Bad-debt provision"))
        self.views = QButtonGroup(self)
        for button, view in (
            (self.aging_button, AgingView.AGING),
            (self.provision_button, AgingView.PROVISION),
        ):
            button.setCheckable(True)
            self.views.addButton(button)
            button.setProperty("view", view.value)
        self.aging_button.setChecked(True)
        self.views.buttonToggled.connect(self._view_toggled)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(90)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Calculating…"))
        self.export_button = QPushButton(icon(Icon.EXPORT), self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(icon(Icon.PRINT), self.tr("Print…"))
        self.print_button.clicked.connect(self.print_preview)
        self.settings_button = QPushButton(icon(Icon.BUCKETS), self.tr("Buckets and rates…"))
        self.settings_button.clicked.connect(
            lambda: open_aging_settings_dialog(self._ctx, self.window())
        )

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.as_of)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("Group by")))
        bar.addWidget(self.grouping)
        bar.addSpacing(8)
        bar.addWidget(self.aging_button)
        bar.addWidget(self.provision_button)
        bar.addSpacing(8)
        bar.addWidget(self.busy)
        bar.addWidget(self.busy_label)
        bar.addStretch(1)
        for button in (self.export_button, self.print_button, self.settings_button):
            bar.addWidget(button)
        return bar

    def _build_tables(self) -> QWidget:
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.openRequested.connect(self.open_cell)
        self.table.resized.connect(self._fit_name_column)
        self.table.horizontalHeader().sectionResized.connect(self._copy_width)
        self.table.horizontalScrollBar().valueChanged.connect(
            self.totals.horizontalScrollBar().setValue
        )

        # The totals row stays in view under the rows, its columns lined up with theirs.
        totals = self.totals
        totals.setModel(self.totals_model)
        totals.horizontalHeader().setVisible(False)
        totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        totals.setAlternatingRowColors(False)
        totals.setFrameShape(QFrame.Shape.NoFrame)
        totals.setFixedHeight(totals.verticalHeader().defaultSectionSize() + 2)
        totals.setStyleSheet("QTableView { background: palette(button); }")

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.table, 1)
        column.addWidget(totals)
        return box

    # --- loading -------------------------------------------------------------------------

    @property
    def view(self) -> AgingView:
        checked = self.views.checkedButton()
        return AgingView(checked.property("view")) if checked else AgingView.AGING

    def _view_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.reload()

    @property
    def by(self) -> AgingBy:
        return AgingBy(self.grouping.currentData())

    def as_of_date(self) -> date:
        value = self.as_of.date().toPython()
        assert isinstance(value, date)
        return value

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    # --- the section's keys (it creates nothing and has no search) -----------------------

    def new_record(self) -> None:
        return None

    def focus_search(self) -> bool:
        return False

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Query the report for the date, grouping and view chosen (the newest query wins)."""
        self._date_timer.stop()
        self._dirty = False
        as_of, by, view = self.as_of_date(), self.by, self.view
        self._set_loading(True)
        self._ctx.runner.query(
            lambda session: load_report(session, as_of, by, view),
            self._show,
            owner=self,
            latest="report",
            on_finished=lambda: self._set_loading(False),
        )

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.busy.setVisible(loading)
        self.busy_label.setVisible(loading)
        ready = not loading and self.report is not None
        self.export_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _show(self, report: ShownReport) -> None:
        previous = self.report
        self.report = report
        header = self.table.horizontalHeader()
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        self.model.set_report(report, report.rows)
        self.totals_model.set_report(report, (report.totals,))
        same_columns = previous is not None and [c.header for c in previous.columns] == [
            c.header for c in report.columns
        ]
        if same_columns and 0 <= section < len(report.columns):
            self.model.sort(section, order)
        else:
            # The service's order: largest total first.
            header.blockSignals(True)
            header.setSortIndicator(report.total_column, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
        self.title.setText(report.title)
        self.notes.setText("\n".join(report.notes))
        self.empty_label.setText(
            self.tr("Nothing was open on {date}.").format(date=report.as_of.isoformat())
        )
        self.empty_label.setVisible(not report.rows)
        self._fit_columns()

    # --- column widths -------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Amount columns as wide as their widest figure (the totals too) and their header,
        so no figure is ever cut; the name takes the room that is left."""
        report = self.report
        if report is None:
            return
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        cells = self.table.fontMetrics()
        heads = header.fontMetrics()
        for number, column in enumerate(report.columns):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
            if number == 0:
                continue
            width = max(
                *(cells.horizontalAdvance(t) for t in report.widest[number]),
                *(heads.horizontalAdvance(line) + SORT_ROOM for line in column.header.split("\n")),
            )
            self.table.setColumnWidth(number, width + CELL_PADDING)
        self._fit_name_column()

    def _fit_name_column(self) -> None:
        """The name column takes the room the figures leave (names are cut before figures;
        below MIN_NAME_WIDTH the table scrolls sideways instead)."""
        report = self.report
        if report is None:
            return
        others = sum(self.table.columnWidth(c) for c in range(1, len(report.columns)))
        room = self.table.viewport().width() - others
        self.table.setColumnWidth(0, max(MIN_NAME_WIDTH, room))
        # A model reset may keep a width without announcing it: line the totals up anew.
        for number in range(len(report.columns)):
            self.totals.setColumnWidth(number, self.table.columnWidth(number))

    def _copy_width(self, number: int, _old: int, new: int) -> None:
        self.totals.setColumnWidth(number, new)

    # --- what the user opens -------------------------------------------------------------

    def open_cell(self, index: QModelIndex) -> AgingInvoicesDialog | None:
        """The invoices behind a figure (a group's name: behind all its buckets)."""
        report = self.report
        column = self.model.column(index.column())
        if report is None or column is None or not index.isValid():
            return None
        if index.column() in (0, 1):
            drill = report.all_buckets
        elif column.drill is not None:
            drill = column.drill
        else:
            return None
        row = self.model.rows[index.row()]
        dialog = AgingInvoicesDialog(self._ctx, report, row, drill, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def shown_table(self) -> ReportTable:
        """The table as shown (its rows in the order shown), for export and printing."""
        assert self.report is not None
        return self.report.report_table(self.model.rows)

    def export(self) -> ExcelExport | None:
        if self.report is None or self.loading:
            return None
        return export_report(self._ctx, self.window(), self.shown_table())

    def print_preview(self) -> ReportPrintPreview | None:
        if self.report is None or self.loading:
            return None
        dialog = ReportPrintPreview(self.shown_table(), self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- changes -------------------------------------------------------------------------

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & SHOWN_CHANGES:
            if self.isVisible():
                self.reload()
            else:
                self._dirty = True
