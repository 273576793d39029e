"""工作台: the welcome screen on an empty database, otherwise the dashboard (the figures of the
user's scope, what needs doing today) and, on a second tab, the charts."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.reminders.item_targets import CUSTOMER, ItemTarget
from app.services.reports.dashboard_service import (
    DashboardFigures,
    dashboard_figures,
    salesperson_scope,
)
from app.services.workbench_service import WorkbenchSummary, WorkbenchToday, workbench_summary
from app.views.calendar.item_opener import ItemOpener
from app.views.settings.lab_profile_dialog import open_lab_profile_dialog
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.detail_section import DetailSection, heading_label
from app.views.widgets.icons import Icon, icon
from app.views.workbench.dashboard_view import DashboardFiguresView, DashboardListsView
from app.views.workbench.demo_data_dialog import DemoDataDialog, DemoGeneration
from app.views.workbench.welcome_page import WelcomePage

if TYPE_CHECKING:
    from app.views.charts.charts_page import ChartsPage


class FittedColumn(QVBoxLayout):
    """A column the scroll area around it fits to the page's height: the wrapped labels
    would otherwise have it ask for their preferred height (height for width) and scroll
    at 1366x768 and 125% where the tables could simply show fewer rows."""

    def hasHeightForWidth(self) -> bool:
        return False


class SummaryPage(QTabWidget):
    """The dashboard (概览) and the charts (图表), built when first shown so that start-up
    never loads Qt Charts."""

    openCustomers = Signal()
    openInvoices = Signal()
    # A figure was clicked: the section of the rows behind it ("invoices", "payments",
    # "customers") and their status filter ("" for all).
    openList = Signal(str, str)
    openCustomer = Signal(int)  # a customer's row: their 360 view
    demoRequested = Signal()
    chartsShown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = QScrollArea()
        self.overview.setWidgetResizable(True)
        self.overview.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_holder = QWidget()
        QVBoxLayout(self.charts_holder).setContentsMargins(0, 0, 0, 0)
        self.addTab(self.overview, icon(Icon.WORKBENCH), self.tr("Overview"))
        self.addTab(self.charts_holder, icon(Icon.REPORTS), self.tr("Charts"))
        self.currentChanged.connect(self._on_tab)
        self._build_overview()

    def _build_overview(self) -> None:
        content = QWidget()
        self.overview.setWidget(content)
        page = FittedColumn(content)
        page.setContentsMargins(16, 12, 16, 12)
        page.setSpacing(10)
        self.title_label = heading_label()
        self.scope_label = QLabel()
        self.scope_label.setEnabled(False)
        self.dashboard = DashboardFiguresView()
        self.lists = DashboardListsView()
        self.figures = DetailSection(self.tr("At a glance"))
        self.today = DetailSection(self.tr("Today"))
        buttons = QHBoxLayout()
        self.customers_button = QPushButton(icon(Icon.CUSTOMERS), self.tr("Go to customers"))
        self.invoices_button = QPushButton(icon(Icon.INVOICES), self.tr("Go to invoices"))
        self.demo_button = QPushButton(icon(Icon.DEMO), self.tr("Load demo data…"))
        self.customers_button.clicked.connect(self.openCustomers)
        self.invoices_button.clicked.connect(self.openInvoices)
        self.demo_button.clicked.connect(self.demoRequested)
        for button in (self.customers_button, self.invoices_button, self.demo_button):
            buttons.addWidget(button)
        self.dashboard.openList.connect(self.openList)
        self.lists.openList.connect(self.openList)
        self.lists.openCustomer.connect(self.openCustomer)
        left = QVBoxLayout()
        left.addWidget(self.figures)
        left.addWidget(self.today)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.lists, 1)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.scope_label)
        heading.addLayout(buttons)
        page.addLayout(heading)
        page.addWidget(self.dashboard)
        page.addLayout(columns, 1)

    def _on_tab(self, index: int) -> None:
        if self.widget(index) is self.charts_holder:
            self.chartsShown.emit()

    def show_dashboard_loading(self) -> None:
        self.dashboard.show_loading()
        self.lists.show_loading()

    def show_dashboard(self, figures: DashboardFigures) -> None:
        self.dashboard.show_figures(figures)
        self.lists.show_figures(figures)

    def show_figures(self, figures: WorkbenchSummary, as_of: date) -> None:
        self.title_label.setText(figures.lab.name or self.tr("Your lab"))
        self.figures.clear()
        self._link(
            self.figures.add(
                self.tr("Receivables (open invoices less unapplied payments)"),
                Money(figures.receivables_fen).format(),
            ),
            "customers",
        )
        self._link(
            self.figures.add(
                self.tr("Open invoices"),
                self.tr("{count} invoices, {amount}").format(
                    count=f"{figures.open_invoices:,}", amount=Money(figures.open_fen).format()
                ),
            ),
            "invoices",
            "open",
        )
        overdue = figures.overdue_invoices > 0
        self._link(
            self.figures.add(
                self.tr("Overdue as of {date}").format(date=as_of.isoformat()),
                self.tr("{count} invoices, {amount}").format(
                    count=f"{figures.overdue_invoices:,}",
                    amount=Money(figures.overdue_fen).format(),
                ),
                alert=overdue,
            ),
            "invoices",
            "overdue",
            alert=overdue,
        )
        self._link(
            self.figures.add(
                self.tr("Unapplied payments (prepayments)"),
                Money(figures.unallocated_fen).format(),
            ),
            "payments",
            "unallocated",
        )
        self.figures.add(
            self.tr("Invoice requests waiting for finance"), f"{figures.pending_invoice_requests:,}"
        )
        self._link(self.figures.add(self.tr("Customers"), f"{figures.customers:,}"), "customers")
        self._show_today(figures.today)
        # Demo data is only offered while there is nothing it could mix with.
        self.demo_button.setVisible(figures.customers == 0)

    def _show_today(self, today: WorkbenchToday) -> None:
        self.today.clear()
        self._link(
            self.today.add(
                self.tr("Collection tasks due"),
                self.tr("{count}, chasing {amount}").format(
                    count=f"{today.tasks_due:,}", amount=Money(today.tasks_overdue_fen).format()
                ),
                alert=today.tasks_due > 0,
            ),
            "calendar",
            alert=today.tasks_due > 0,
        )
        self._link(
            self.today.add(
                self.tr("Promises to pay due this week"),
                self.tr("{count}, {amount}").format(
                    count=f"{today.promises_this_week:,}",
                    amount=Money(today.promised_fen).format(),
                ),
            ),
            "calendar",
        )
        fell = today.newly_overdue > 0
        self._link(
            self.today.add(
                self.tr("Fell overdue since yesterday"),
                self.tr("{count} invoices, {amount}").format(
                    count=f"{today.newly_overdue:,}", amount=Money(today.newly_overdue_fen).format()
                ),
                alert=fell,
            ),
            "invoices",
            "overdue",
            alert=fell,
        )

    def _link(self, label: QLabel, section: str, status: str = "", *, alert: bool = False) -> None:
        """Make a figure a link to the list of the rows behind it."""
        style = f' style="color: {NEGATIVE_TEXT.name()};"' if alert else ""
        label.setText(f'<a href="{section}:{status}"{style}>{html.escape(label.text())}</a>')
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setToolTip(self.tr("Show the list behind this figure"))
        label.linkActivated.connect(self._open_link)

    def _open_link(self, link: str) -> None:
        section, _, status = link.partition(":")
        self.openList.emit(section, status)


class WorkbenchPage(QStackedWidget):
    openCustomers = Signal()
    openInvoices = Signal()
    openList = Signal(str, str)  # see SummaryPage.openList

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.figures: WorkbenchSummary | None = None
        self.dashboard: DashboardFigures | None = None
        # The dashboard's scope: a salesperson's own customers, everyone's for the rest.
        self.salesperson_id = salesperson_scope(ctx.actor)
        self.charts: ChartsPage | None = None
        # The dashboard reads the whole ledger: on a thread of its own, so that the lists and
        # windows opened meanwhile never wait behind it.
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self.slow_runner = ctx.runner.sibling(pool, parent=self)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome = WelcomePage()
        self.summary = SummaryPage()
        for page in (self.loading_label, self.welcome, self.summary):
            self.addWidget(page)
        self.welcome.profileRequested.connect(self.edit_lab_profile)
        self.welcome.demoRequested.connect(self.load_demo_data)
        self.summary.demoRequested.connect(self.load_demo_data)
        self.summary.openCustomers.connect(self.openCustomers)
        self.summary.openInvoices.connect(self.openInvoices)
        self.summary.openList.connect(self.openList)
        self.summary.openCustomer.connect(self.open_customer)
        self.summary.chartsShown.connect(self.show_charts)
        self.opener = ItemOpener(ctx, self)
        if self.salesperson_id is not None:
            self.summary.scope_label.setText(
                self.tr("Your customers ({name})").format(
                    name=ctx.actor.display_name or ctx.actor.login
                )
            )
        self.stale = False
        ctx.bus.changed.connect(lambda _kinds: self._on_changes())
        self.refresh()

    def _on_changes(self) -> None:
        # The dashboard reads the whole ledger (0.3 s of CPU on a million invoices): after
        # a change made elsewhere it loads again when the workbench is next shown.
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    # --- the section's keys (it creates nothing and has no search) -----------------------

    def new_record(self) -> None:
        return None

    def focus_search(self) -> bool:
        return False

    def refresh(self) -> None:
        self.stale = False
        as_of = self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: workbench_summary(session, as_of),
            lambda figures: self._show(figures, as_of),
            owner=self,
            latest="figures",
        )
        # The dashboard's figures take longer: they fill in after the summary, each in turn.
        if self.dashboard is None:
            self.summary.show_dashboard_loading()
        salesperson_id = self.salesperson_id
        self.slow_runner.query(
            lambda session: dashboard_figures(session, as_of, salesperson_id=salesperson_id),
            self._show_dashboard,
            owner=self,
            latest="dashboard",
        )
        if self.charts is not None:
            self.charts.refresh()

    def _show(self, figures: WorkbenchSummary, as_of: date) -> None:
        self.figures = figures
        if figures.is_empty:
            self.setCurrentWidget(self.welcome)
        else:
            self.summary.show_figures(figures, as_of)
            self.setCurrentWidget(self.summary)

    def _show_dashboard(self, figures: DashboardFigures) -> None:
        self.dashboard = figures
        self.summary.show_dashboard(figures)

    def show_charts(self) -> ChartsPage:
        """The charts, built (and Qt Charts imported) the first time they are asked for."""
        if self.charts is None:
            from app.views.charts.charts_page import ChartsPage

            self.charts = ChartsPage(self._ctx, self.salesperson_id)
            layout = self.summary.charts_holder.layout()
            assert layout is not None
            layout.addWidget(self.charts)
        self.summary.setCurrentWidget(self.summary.charts_holder)
        return self.charts

    def open_customer(self, customer_id: int) -> QWidget:
        return self.opener.open_target(ItemTarget(CUSTOMER, customer_id))

    def edit_lab_profile(self) -> None:
        open_lab_profile_dialog(self._ctx, self)

    def load_demo_data(self) -> DemoDataDialog:
        dialog = DemoDataDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: DemoGeneration(self._ctx, dialog.request(), self.window()).start()
        )
        dialog.open()
        return dialog
