"""The 报表 section: one period (with the as-of date LabLedger works on) for three reports,
each in its tab: 应收指标, 业务员业绩, 项目周期."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import Kind
from app.views.reports.cycle_tab import CycleTab
from app.views.reports.kpi_tab import KpiTab
from app.views.reports.performance_tab import PerformanceTab
from app.views.reports.report_period import ReportPeriodChooser
from app.views.reports.report_tab import ReportTab
from app.views.shell.view_context import ViewContext
from app.views.widgets.icons import Icon, icon

# Changes that move the figures: the shown tab computes again, the others when shown.
LEDGER_CHANGES = frozenset({Kind.INVOICES, Kind.PAYMENTS, Kind.CUSTOMERS})


class ReportsPage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = ReportPeriodChooser(ctx.as_of())
        self.as_of = QLabel(self.tr("As of {day}").format(day=ctx.as_of().isoformat()))
        self.refresh_button = QPushButton(icon(Icon.REFRESH), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(self.as_of)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.kpis = KpiTab(ctx)
        self.performance = PerformanceTab(ctx)
        self.cycles = CycleTab(ctx)
        # One thread for the reports, so that a long one never holds up the other pages'
        # reads on the shared pool; a cancelled report lets go of it within milliseconds.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        runner = ctx.runner.sibling(self.pool, self)
        for tab in self.report_tabs():
            tab.runner = runner
        self.tabs = QTabWidget()
        self.tabs.addTab(self.kpis, self.tr("Receivables KPIs"))
        self.tabs.addTab(self.performance, self.tr("Salesperson performance"))
        self.tabs.addTab(self.cycles, self.tr("Project cycle times"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.period.changed.connect(self._period_changed)
        ctx.bus.changed.connect(self._on_changes)
        self._period_changed()

    def report_tabs(self) -> tuple[ReportTab, ...]:
        return (self.kpis, self.performance, self.cycles)

    def current(self) -> ReportTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, ReportTab)
        return tab

    def _period_changed(self) -> None:
        chosen = self.period.period()
        for tab in self.report_tabs():
            tab.set_period(chosen)

    def refresh(self) -> None:
        for tab in self.report_tabs():
            tab.dirty = True
        self.current().reload()

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & LEDGER_CHANGES:
            for tab in self.report_tabs():
                tab.dirty = True
            if self.isVisible():
                self.current().reload()
