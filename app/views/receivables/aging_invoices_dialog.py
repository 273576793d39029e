"""The invoices behind one figure of the 应收 table (a group in one bucket, or in all): their
open amounts on the as-of date sum to the figure. Double-click or Enter opens an invoice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.ledger.aging_service import AgingInvoice, aging_invoices
from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog
from app.views.receivables.aging_labels import bucket_name
from app.views.receivables.aging_table_model import Drill, ShownReport, TableRow
from app.views.receivables.report_table_view import ReportTableView
from app.views.shell.ui_settings import fitted_size
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec
from app.views.tables.record_table_model import RecordTableModel
from app.views.tables.view_export import export_button, export_records
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.detail_section import heading_label
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.icons import Icon, icon

CONTEXT = "AgingInvoicesDialog"
SHOWN_CHANGES = frozenset({Kind.INVOICES, Kind.PAYMENTS, Kind.CUSTOMERS, Kind.PROJECTS})


def _days_text(row: AgingInvoice, _as_of: date) -> str:
    return f"{row.days_overdue:,}" if row.days_overdue > 0 else "–"


COLUMNS: tuple[ColumnSpec[AgingInvoice], ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Number"), lambda r, _d: r.number),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Customer"),
        lambda r, _d: r.customer_name,
        width_chars=24,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Issue date"),
        lambda r, _d: r.issue_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Due date"),
        lambda r, _d: r.due_date,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Amount"),
        lambda r, _d: r.amount_fen,
        ColumnKind.MONEY,
        width_chars=14,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Open on the date"),
        lambda r, _d: r.open_fen,
        ColumnKind.MONEY,
        width_chars=14,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Days overdue"),
        lambda r, _d: r.days_overdue,
        ColumnKind.COUNT,
        text=_days_text,
        width_chars=8,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AgingInvoicesDialog", "Bucket"),
        lambda r, _d: r.bucket,
        text=lambda r, _d: bucket_name(r.bucket),
        width_chars=10,
    ),
)
# Small lists are measured so nothing is cut; long ones keep the widths above.
MEASURE_UP_TO = 2000


class AgingInvoicesDialog(QDialog):
    def __init__(
        self,
        ctx: ViewContext,
        report: ShownReport,
        row: TableRow,
        drill: Drill,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.report = report
        self.row = row
        self.drill = drill
        self.invoices: list[AgingInvoice] | None = None
        name = str(row.cells[0])
        where = (
            bucket_name(drill.bucket.key) if drill.bucket is not None else self.tr("all buckets")
        )
        self.setWindowTitle(self.tr("{group} – {bucket}").format(group=name, bucket=where))
        self.resize(fitted_size(self, QSize(1000, 560)))

        self.heading = heading_label(name)
        self.subtitle = QLabel(
            self.tr("{bucket}, open as of {date}").format(
                bucket=where, date=report.as_of.isoformat()
            )
        )
        self.summary = QLabel(self.tr("Loading…"))
        self.model = RecordTableModel(COLUMNS, ctx.runner, CONTEXT, parent=self)
        self.table = ReportTableView()
        self.table.setSelectionBehavior(ReportTableView.SelectionBehavior.SelectRows)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        char = self.table.fontMetrics().horizontalAdvance("0")
        for number, spec in enumerate(COLUMNS):
            self.table.setColumnWidth(number, spec.width_chars * char + 16)
        self.table.openRequested.connect(self._open_index)
        hint = QLabel(self.tr("Double-click an invoice or press Enter to open it."))
        hint.setEnabled(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(icon(Icon.OPEN), self.tr("Open invoice"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = export_button(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        ctx.bus.changed.connect(self._on_changes)
        self.load()

    def export(self) -> ExcelExport | None:
        """The invoices behind the figure, as listed, to an Excel file."""
        return export_records(
            self._ctx, self, self.table, self.model, self.windowTitle(), (self.subtitle.text(),)
        )

    def load(self) -> None:
        report, key, drill = self.report, self.row.key, self.drill
        self._ctx.runner.query(
            lambda session: aging_invoices(
                session, report.as_of, report.by, key, drill.bucket, drill.buckets
            ),
            self._show,
            owner=self,
            latest="invoices",
        )

    @property
    def total_fen(self) -> int:
        return sum(i.open_fen for i in self.invoices or ())

    def _show(self, invoices: list[AgingInvoice]) -> None:
        self.invoices = invoices
        self.model.set_rows(invoices, self.report.as_of)
        if len(invoices) <= MEASURE_UP_TO:
            header = self.table.horizontalHeader()
            for number in range(len(COLUMNS) - 1):
                self.table.resizeColumnToContents(number)
                header.resizeSection(number, max(header.sectionSize(number), 60))
        self.summary.setText(
            self.tr("%Ln invoice(s), open {amount} in all", "", len(invoices)).format(
                amount=Money(self.total_fen).format()
            )
        )
        if invoices:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.open_button.setEnabled(bool(invoices))

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & SHOWN_CHANGES:
            self.load()

    def _open_index(self, index: QModelIndex) -> InvoiceDetailDialog | None:
        if not index.isValid() or self.invoices is None:
            return None
        return self.open_invoice(self.model.rows[index.row()].invoice_id)

    def open_invoice(self, invoice_id: int) -> InvoiceDetailDialog:
        dialog = InvoiceDetailDialog(self._ctx, invoice_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
