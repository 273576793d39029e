"""One tab of the 报表 section: its own controls, Export and Print, a table, and the
computation of its report off the GUI thread with a progress bar and Cancel.

A tab builds, on the GUI thread, a job from what is chosen (``job``); the job runs on the
page's thread, each of its steps in a read transaction of its own that Cancel interrupts
(``interrupt``), and returns plain service results, which the tab turns into the
ReportTable shown, exported and printed (``present``), so the three always hold the same
figures."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.report_table import ReportTable
from app.services.reports.periods import Period
from app.views.ops.op_runner import Op, OpRunner
from app.views.receivables.aging_export import export_report
from app.views.receivables.report_table_view import ReportTableView
from app.views.reports.interrupt import Cancelled, Reads
from app.views.reports.report_model import ReportTableModel
from app.views.reports.report_print import ReportPreview
from app.views.shell.view_context import ViewContext
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.icons import Icon, icon

# What a job gives back when it was cancelled.
CANCELLED = object()
Job = Callable[[Op, Reads], Any]
Highlights = frozenset[tuple[int, int]]


def period_text(period: Period, as_of: date) -> str:
    return QCoreApplication.translate(
        "ReportTab", "Period {start} to {end} ({days} days), as of {as_of}"
    ).format(
        start=period.start.isoformat(),
        end=period.end.isoformat(),
        days=period.days,
        as_of=as_of.isoformat(),
    )


class ReportTab(QWidget):
    loaded = Signal()  # a report is shown (or the computation stopped)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Reports run long: the page gives them a pool of their own (``ReportsPage``).
        self.runner: OpRunner = ctx.runner
        self.period: Period | None = None
        self.shown: Period | None = None  # the period of the table shown
        self.loading = False
        self.dirty = True
        self.table: ReportTable | None = None
        self.highlights: Highlights = frozenset()
        self.result: Any = None
        self.op: Op | None = None
        self._started = 0.0
        self.model = ReportTableModel()
        self.view = ReportTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.export_button = QPushButton(icon(Icon.EXPORT), self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(icon(Icon.PRINT), self.tr("Print…"))
        self.print_button.clicked.connect(self.print_preview)
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addLayout(self.controls)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status = QHBoxLayout()
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        status.addWidget(self.status, 1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(placeholder-text);")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addLayout(bar)
        self.layout_.addLayout(status)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.notes)
        self._set_busy(False)

    # --- to be provided by each tab ---------------------------------------------------------

    def add_dimension_chooser(
        self, label: str, choices: list[tuple[str, str]], default: str | None = None
    ) -> None:
        """A 显示 chooser of what the rows are (text, value), which reloads the table shown."""
        self.dimension = QComboBox()
        for text, value in choices:
            self.dimension.addItem(text, value)
        if default is not None:
            self.dimension.setCurrentIndex(self.dimension.findData(default))
        self.dimension.currentIndexChanged.connect(self._dimension_changed)
        self.controls.addWidget(QLabel(label))
        self.controls.addWidget(self.dimension)

    def _dimension_changed(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.reload()

    def job(self, period: Period) -> Job:
        """What to compute for ``period`` with the controls as they are (GUI thread)."""
        raise NotImplementedError

    def present(self, result: Any, period: Period) -> tuple[ReportTable, Highlights]:
        """The table shown for a job's result (GUI thread)."""
        raise NotImplementedError

    # --- computing --------------------------------------------------------------------------

    def set_period(self, period: Period) -> None:
        self.period = period
        self.dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.dirty and self.period is not None:
            self.reload()

    def reload(self) -> None:
        if self.period is None:
            return
        period = self.period
        self.dirty = False
        work = self.job(period)

        def run(op: Op) -> Any:
            try:
                return work(op, Reads(op))
            except Cancelled:
                return CANCELLED

        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Computing…"))
        self._started = time.monotonic()
        self.op = self.runner.run(
            run,
            lambda result: self._done(result, period),
            owner=self,
            latest="report",
            on_progress=self._progressed,
            on_finished=self._finished,
        )

    def cancel(self) -> None:
        if self.op is None:
            return
        self.runner.drop(self, "report")
        self.op = None
        self._set_busy(False)
        self.dirty = True
        self.status.setText(self.tr("Cancelled: press Refresh to compute again."))
        self.loaded.emit()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.status.setText(text)

    def _finished(self) -> None:
        self.op = None
        self._set_busy(False)

    def _done(self, result: Any, period: Period) -> None:
        if result is CANCELLED:
            self.dirty = True
            self.status.setText(self.tr("Cancelled: press Refresh to compute again."))
            self.loaded.emit()
            return
        self.result = result
        self.shown = period
        self.table, self.highlights = self.present(result, period)
        self.model.set_table(self.table, self.highlights)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
        self.notes.setText("\n".join(self.table.notes))
        self.notes.setVisible(bool(self.table.notes))
        self.status.setText(
            self.tr("{rows} rows, computed in {seconds} s").format(
                rows=f"{len(self.table.rows):,}",
                seconds=f"{time.monotonic() - self._started:.1f}",
            )
        )
        self.loaded.emit()

    def _set_busy(self, busy: bool) -> None:
        self.loading = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        ready = not busy and self.table is not None
        self.export_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # --- output -----------------------------------------------------------------------------

    def subtitle(self) -> str:
        """The period of the table shown and the as-of date, printed under the title."""
        assert self.shown is not None
        return period_text(self.shown, self.ctx.as_of())

    def export(self) -> ExcelExport | None:
        if self.table is None or self.loading:
            return None
        return export_report(self.ctx, self.window(), self.table)

    def print_preview(self) -> ReportPreview | None:
        if self.table is None or self.loading:
            return None
        dialog = ReportPreview(self.table, self.subtitle(), self.highlights, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
