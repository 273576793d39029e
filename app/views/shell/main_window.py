"""The main window: navigation between the sections, the status bar and the menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.services.core.changes import Kind
from app.services.core.permissions import MANAGERS
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.views.customers.customer_labels import role_label
from app.views.notifications.notification_centre import NotificationButton
from app.views.ops.change_watcher import ChangeWatcher
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
    from app.views.audit.audit_log_page import AuditLogWindow
    from app.views.backup.backup_dialog import BackupDialog
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


def _reports_page(ctx: ViewContext) -> QWidget:
    from app.views.reports.reports_page import ReportsPage

    return ReportsPage(ctx)


def _import_page(ctx: ViewContext) -> QWidget:
    from app.views.importing.import_page import ImportPage

    return ImportPage(ctx)


def _settings_page(ctx: ViewContext) -> QWidget:
    from app.views.settings.settings_page import SettingsPage

    return SettingsPage(ctx)


def app_version() -> str:
    try:
        return version("labledger")
    except PackageNotFoundError:
        return "dev"


class MainWindow(QMainWindow):
    # File › Log out / switch user: the application closes this window and asks for a log-in.
    logoutRequested = Signal()

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
        self.user_label = QLabel(self._user_text())
        self.statusBar().addPermanentWidget(self.user_label)
        self.notifications = NotificationButton(ctx)
        self.statusBar().addPermanentWidget(self.notifications)
        self._build_menus()

        ctx.bus.changed.connect(self._on_changes)
        # Other PCs' saves reach the open views; a save that waits for them says so.
        self.watcher = ChangeWatcher(ctx.runner, ctx.db, ctx.bus, self)
        self.watcher.start()
        ctx.writer.waiting.connect(self._show_waiting)
        self._refresh_title()
        self.show_section(saved_section(self.section_keys(), "workbench"))
        restore_geometry(self, GEOMETRY_KEY, PREFERRED_SIZE)

    def _sections(self) -> list[Section]:
        ctx = self.ctx

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
            Section("reports", self.tr("Reports"), Icon.REPORTS, lambda: _reports_page(ctx)),
            Section(
                "import",
                self.tr("Import"),
                Icon.IMPORT,
                lambda: _import_page(ctx),
            ),
            Section("settings", self.tr("Settings"), Icon.SETTINGS, lambda: _settings_page(ctx)),
        ]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        change_db = QAction(self.tr("Change &database…"), self)
        change_db.triggered.connect(self.change_database)
        file_menu.addAction(change_db)
        if self.ctx.actor.user_id is not None:
            file_menu.addSeparator()
            self.change_password_action = QAction(self.tr("Change &password…"), self)
            self.change_password_action.triggered.connect(self.change_password)
            file_menu.addAction(self.change_password_action)
            self.logout_action = QAction(self.tr("&Log out / switch user"), self)
            self.logout_action.triggered.connect(self.logoutRequested)
            file_menu.addAction(self.logout_action)
        backups = QAction(self.tr("&Backup and restore…"), self)
        backups.triggered.connect(self.show_backups)
        file_menu.addAction(backups)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.audit_action = QAction(self.tr("&Audit log"), self)
        self.audit_action.triggered.connect(self.show_audit_log)
        # Managers and admins read the log (the service enforces it too).
        self.audit_action.setEnabled(self.ctx.actor.can(*MANAGERS))
        tools_menu.addAction(self.audit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About LabLedger"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        # Keys and feedback: Ctrl+N/Ctrl+F/F5 ask the section shown, what was saved shows
        # in the status bar.
        self.keys = SectionKeys(self, self.stack, file_menu, help_menu)
        self.ctx.bus.noticed.connect(lambda text: self.statusBar().showMessage(text, NOTICE_MS))

    def _show_waiting(self, waiting: bool) -> None:
        text = self.tr("Waiting for another PC to finish saving…")
        if waiting:
            self.statusBar().showMessage(text)
        elif self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

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

    def _user_text(self) -> str:
        actor = self.ctx.actor
        name = actor.display_name or actor.login
        return self.tr("User: {name} ({role})").format(name=name, role=role_label(actor.role))

    def change_password(self) -> QDialog:
        from app.views.auth.login_dialogs import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.db, self.ctx.actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), NOTICE_MS)
        )
        dialog.open()
        return dialog

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

    def show_backups(self) -> BackupDialog:
        from app.views.backup.backup_dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_audit_log(self) -> AuditLogWindow:
        """The audit viewer in a window of its own; one at a time."""
        from app.views.audit.audit_log_page import AuditLogWindow

        window = self.findChild(AuditLogWindow)
        if window is None:
            window = AuditLogWindow(self.ctx, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

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
