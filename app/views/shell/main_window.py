"""The main window: navigation between the sections, the status bar and the menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.services.core.changes import Kind
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.views.notifications.notification_centre import NotificationButton
from app.views.shell.coming_later_page import ComingLaterPage
from app.views.shell.section_keys import SectionKeys
from app.views.shell.ui_settings import (
    GEOMETRY_KEY,
    restore_geometry,
    save_geometry,
    save_section,
    saved_section,
)
from app.views.shell.view_context import ViewContext
from app.views.widgets.icons import Icon, icon
from app.views.workbench.workbench_page import WorkbenchPage

if TYPE_CHECKING:
    from app.views.settings.database_dialog import DatabaseDialog
    from app.views.shell.about_dialog import AboutDialog

# Fitted to the screen (less the taskbar) when that is smaller.
PREFERRED_SIZE = QSize(1440, 900)
NOTICE_MS = 10_000  # how long the status bar says what was saved


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    icon: Icon
    build: Callable[[], QWidget]


class SectionPages(dict[str, QWidget]):
    """The section pages by key. A page is built, and its module imported, the first time
    it is asked for (``pages[key]``, or its section shown): building every section at start
    took a third of the start-up time. ``key in pages`` and iterating see the pages built
    so far."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._build(key)
        return page


# The pages of the sections, imported where they are built (see ``SectionPages``).
def _customers_page(ctx: ViewContext) -> QWidget:
    from app.views.customers.customer_list_view import CustomerListView

    return CustomerListView(ctx)


def _projects_page(ctx: ViewContext) -> QWidget:
    from app.views.projects.projects_page import ProjectsPage

    return ProjectsPage(ctx)


def _invoices_page(ctx: ViewContext) -> QWidget:
    from app.views.invoices.invoice_list_view import InvoiceListView

    return InvoiceListView(ctx)


def _payments_page(ctx: ViewContext) -> QWidget:
    from app.views.payments.payment_list_view import PaymentListView

    return PaymentListView(ctx)


def _receivables_page(ctx: ViewContext) -> QWidget:
    from app.views.receivables.receivables_page import ReceivablesPage

    return ReceivablesPage(ctx)


def _statements_page(ctx: ViewContext) -> QWidget:
    from app.views.statements.statements_page import StatementsPage

    return StatementsPage(ctx)


def _calendar_page(ctx: ViewContext) -> QWidget:
    from app.views.calendar.calendar_page import CalendarPage

    return CalendarPage(ctx)


def _settings_page(ctx: ViewContext) -> QWidget:
    from app.views.settings.settings_page import SettingsPage

    return SettingsPage(ctx)


def app_version() -> str:
    try:
        return version("labledger")
    except PackageNotFoundError:
        return "dev"


class MainWindow(QMainWindow):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.errors.parent_widget = self
        self.setWindowTitle(self.tr("LabLedger – receivables"))
        # Low enough for 1366x768 at 125% scaling, less the taskbar and the title bar.
        self.setMinimumSize(QSize(960, 520))

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self.pages: dict[str, QWidget] = SectionPages(self._build_page)
        for section in self._sections():
            self._builders[section.key] = section.build
            item = QListWidgetItem(icon(section.icon), section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        workbench = self.pages["workbench"]
        assert isinstance(workbench, WorkbenchPage)
        workbench.openCustomers.connect(lambda: self.show_section("customers"))
        workbench.openInvoices.connect(lambda: self.show_section("invoices"))
        workbench.openList.connect(self.open_list)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(
            self.tr("Database: {location}").format(location=self._location_text())
        )
        self.as_of_label = QLabel(self.tr("As of {date}").format(date=ctx.as_of().isoformat()))
        # A normal widget: a message (what was just saved) shows in its place for a while.
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.as_of_label)
        self.notifications = NotificationButton(ctx)
        self.statusBar().addPermanentWidget(self.notifications)
        self._build_menus()

        ctx.bus.changed.connect(self._on_changes)
        self._refresh_title()
        self.show_section(saved_section(self.section_keys(), "workbench"))
        restore_geometry(self, GEOMETRY_KEY, PREFERRED_SIZE)

    def _sections(self) -> list[Section]:
        ctx = self.ctx

        def later(title: str, text: str) -> Callable[[], QWidget]:
            return lambda: ComingLaterPage(title, text)

        return [
            Section("workbench", self.tr("Workbench"), Icon.WORKBENCH, lambda: WorkbenchPage(ctx)),
            Section(
                "customers", self.tr("Customers"), Icon.CUSTOMERS, lambda: _customers_page(ctx)
            ),
            Section(
                "projects",
                self.tr("Projects"),
                Icon.PROJECTS,
                lambda: _projects_page(ctx),
            ),
            Section("invoices", self.tr("Invoices"), Icon.INVOICES, lambda: _invoices_page(ctx)),
            Section("payments", self.tr("Payments"), Icon.PAYMENTS, lambda: _payments_page(ctx)),
            Section(
                "receivables",
                self.tr("Receivables"),
                Icon.RECEIVABLES,
                lambda: _receivables_page(ctx),
            ),
            Section(
                "statements",
                self.tr("Statements"),
                Icon.REVIEW,
                lambda: _statements_page(ctx),
            ),
            Section(
                "calendar",
                self.tr("Calendar"),
                Icon.CALENDAR,
                lambda: _calendar_page(ctx),
            ),
            Section(
                "reports",
                self.tr("Reports"),
                Icon.REPORTS,
                later(
                    self.tr("Reports"),
                    self.tr(
                        "Receivables, overdue ratio, DSO, collection rate and trends, each "
                        "salesperson's collection performance and the bad-debt provision, "
                        "exported to Excel and PDF."
                    ),
                ),
            ),
            Section(
                "import",
                self.tr("Import"),
                Icon.IMPORT,
                later(
                    self.tr("Import"),
                    self.tr(
                        "Bring in the Excel ledgers the lab kept by hand, and lists of "
                        "customers, projects, invoices and payments: LabLedger finds the "
                        "headers, proposes the column mapping and checks every row before "
                        "writing."
                    ),
                ),
            ),
            Section("settings", self.tr("Settings"), Icon.SETTINGS, lambda: _settings_page(ctx)),
        ]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        change_db = QAction(self.tr("Change &database…"), self)
        change_db.triggered.connect(self.change_database)
        file_menu.addAction(change_db)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About LabLedger"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        # Keys and feedback: Ctrl+N/Ctrl+F/F5 ask the section shown, what was saved shows
        # in the status bar.
        self.keys = SectionKeys(self, self.stack, file_menu, help_menu)
        self.ctx.bus.noticed.connect(lambda text: self.statusBar().showMessage(text, NOTICE_MS))

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.SETTINGS in kinds:
            self._refresh_title()

    def _refresh_title(self) -> None:
        self.ctx.runner.query(get_lab_profile, self._show_title, owner=self)

    def _show_title(self, profile: LabProfile) -> None:
        if profile.is_empty:
            self.setWindowTitle(self.tr("LabLedger – receivables"))
        else:
            self.setWindowTitle(self.tr("{lab} – LabLedger").format(lab=profile.name))

    def _location_text(self) -> str:
        if self.ctx.location is not None:
            return self.ctx.location.display()
        return self.ctx.db.engine.url.render_as_string(hide_password=True)

    def section_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def show_section(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.section_keys().index(key))
        return self.pages[key]

    def _build_page(self, key: str) -> QWidget:
        page = self._builders[key]()
        self.stack.addWidget(page)
        return page

    def _show_row(self, row: int) -> None:
        if row >= 0:
            key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
            self.stack.setCurrentWidget(self.pages[key])
            save_section(key)

    def open_list(self, section: str, status: str = "") -> QWidget:
        """The list behind a workbench figure, filtered to ``status`` ("" for all)."""
        from app.services.statements.statement_list_service import StatementFilter
        from app.views.invoices.invoice_list_view import InvoiceListView
        from app.views.payments.payment_list_view import PaymentListView
        from app.views.statements.statements_page import StatementsPage

        page = self.show_section(section)
        if isinstance(page, InvoiceListView | PaymentListView):
            page.show_status(status or None)
        elif isinstance(page, StatementsPage) and status:
            page.show_filter(StatementFilter(status))
        return page

    def change_database(self) -> DatabaseDialog:
        from app.views.settings.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.ctx.location, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        from app.views.shell.about_dialog import AboutDialog

        dialog = AboutDialog(app_version(), self._location_text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, GEOMETRY_KEY)
        # Let running work stop cleanly before the database closes.
        self.ctx.writer.shutdown()
        self.ctx.runner.shutdown()
        self.ctx.errors.parent_widget = None
        super().closeEvent(event)
