"""The main window: navigation between the sections, the status bar and the menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from app.services.core.changes import Kind
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.views.customers.customer_list_view import CustomerListView
from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.payments.payment_list_view import PaymentListView
from app.views.projects.projects_page import ProjectsPage
from app.views.receivables.receivables_page import ReceivablesPage
from app.views.settings.database_dialog import DatabaseDialog
from app.views.settings.settings_page import SettingsPage
from app.views.shell.coming_later_page import ComingLaterPage
from app.views.shell.ui_settings import GEOMETRY_KEY
from app.views.shell.view_context import ViewContext
from app.views.workbench.workbench_page import WorkbenchPage

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    build: Callable[[], QWidget]


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
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for section in self._sections():
            page = section.build()
            self.pages[section.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self.style().standardIcon(section.icon), section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
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
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.as_of_label)
        self._build_menus()

        ctx.bus.changed.connect(self._on_changes)
        self._refresh_title()
        self.show_section("workbench")
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _sections(self) -> list[Section]:
        ctx = self.ctx

        def later(title: str, text: str) -> Callable[[], QWidget]:
            return lambda: ComingLaterPage(title, text)

        return [
            Section(
                "workbench", self.tr("Workbench"), SP.SP_DesktopIcon, lambda: WorkbenchPage(ctx)
            ),
            Section(
                "customers", self.tr("Customers"), SP.SP_DirHomeIcon, lambda: CustomerListView(ctx)
            ),
            Section(
                "projects",
                self.tr("Projects"),
                SP.SP_FileDialogDetailedView,
                lambda: ProjectsPage(ctx),
            ),
            Section("invoices", self.tr("Invoices"), SP.SP_FileIcon, lambda: InvoiceListView(ctx)),
            Section("payments", self.tr("Payments"), SP.SP_ArrowDown, lambda: PaymentListView(ctx)),
            Section(
                "receivables",
                self.tr("Receivables"),
                SP.SP_FileDialogListView,
                lambda: ReceivablesPage(ctx),
            ),
            Section(
                "calendar",
                self.tr("Calendar"),
                SP.SP_FileDialogInfoView,
                later(
                    self.tr("Calendar"),
                    self.tr(
                        "Due dates, payment plan instalments, promises to pay and follow-ups "
                        "on a calendar, with reminders."
                    ),
                ),
            ),
            Section(
                "reports",
                self.tr("Reports"),
                SP.SP_FileDialogContentsView,
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
                SP.SP_DialogOpenButton,
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
            Section("settings", self.tr("Settings"), SP.SP_ComputerIcon, lambda: SettingsPage(ctx)),
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

    def open_list(self, section: str, status: str = "") -> QWidget:
        """The list behind a workbench figure, filtered to ``status`` ("" for all)."""
        page = self.show_section(section)
        if isinstance(page, InvoiceListView | PaymentListView):
            page.show_status(status or None)
        return page

    def change_database(self) -> DatabaseDialog:
        dialog = DatabaseDialog(self.ctx.location, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About LabLedger"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<b>LabLedger {version}</b><br>Receivables for testing laboratories: customers, "
                "invoices and payments in one place, so that money owed to the lab is collected "
                "sooner."
            ).format(version=app_version())
        )
        box.setInformativeText(
            self.tr("Database: {location}<br>Qt {qt}").format(
                location=self._location_text(), qt=qVersion()
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        # Let running work stop cleanly before the database closes.
        self.ctx.writer.shutdown()
        self.ctx.runner.shutdown()
        self.ctx.errors.parent_widget = None
        super().closeEvent(event)
