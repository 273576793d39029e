"""工作台: the welcome screen on an empty database, otherwise a short summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services.customer_list_service import count_customers
from app.services.invoice_list_service import count_invoices
from app.services.list_request import ListRequest
from app.services.settings_service import LabProfile, get_lab_profile
from app.views.demo_data_dialog import DemoDataDialog, DemoGeneration
from app.views.detail_section import DetailSection, heading_label
from app.views.lab_profile_dialog import open_lab_profile_dialog
from app.views.text_page import text_column
from app.views.view_context import ViewContext
from app.views.welcome_page import WelcomePage


@dataclass(frozen=True)
class WorkbenchFigures:
    profile: LabProfile
    customers: int
    invoices: int
    open_invoices: int
    overdue_invoices: int

    @property
    def is_first_run(self) -> bool:
        return self.customers == 0 and self.profile.is_empty


def workbench_figures(session: Session, as_of: date) -> WorkbenchFigures:
    invoices = ListRequest(as_of=as_of)
    return WorkbenchFigures(
        profile=get_lab_profile(session),
        customers=count_customers(session, ListRequest(filters=(("archived", "any"),))),
        invoices=count_invoices(session, invoices, as_of),
        open_invoices=count_invoices(session, invoices.with_filter("status", "open"), as_of),
        overdue_invoices=count_invoices(session, invoices.with_filter("status", "overdue"),
                                        as_of),
    )


class SummaryPage(QWidget):
    openCustomers = Signal()
    openInvoices = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = text_column(self)
        self.title_label = heading_label()
        self.figures = DetailSection(self.tr("At a glance"))
        buttons = QHBoxLayout()
        self.customers_button = QPushButton(self.tr("Go to customers"))
        self.invoices_button = QPushButton(self.tr("Go to invoices"))
        self.demo_button = QPushButton(self.tr("Load demo data…"))
        self.customers_button.clicked.connect(self.openCustomers)
        self.invoices_button.clicked.connect(self.openInvoices)
        self.demo_button.clicked.connect(self.demoRequested)
        for button in (self.customers_button, self.invoices_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        later = QLabel(self.tr(
            "The full dashboard (receivables, overdue ratio, DSO, trends and reminders) "
            "arrives in a later version."))
        later.setWordWrap(True)
        column.addWidget(self.title_label)
        column.addWidget(self.figures)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(later)
        column.addStretch(1)

    def show_figures(self, figures: WorkbenchFigures, as_of: date) -> None:
        self.title_label.setText(figures.profile.name or self.tr("Your lab"))
        self.figures.clear()
        self.figures.add(self.tr("Customers"), f"{figures.customers:,}")
        self.figures.add(self.tr("Invoices"), f"{figures.invoices:,}")
        self.figures.add(self.tr("Open invoices"), f"{figures.open_invoices:,}")
        self.figures.add(self.tr("Overdue invoices as of {date}").format(date=as_of.isoformat()),
                         f"{figures.overdue_invoices:,}", alert=figures.overdue_invoices > 0)
        # Demo data is only offered while there is nothing it could mix with.
        self.demo_button.setVisible(figures.customers == 0)


class WorkbenchPage(QStackedWidget):
    openCustomers = Signal()
    openInvoices = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.figures: WorkbenchFigures | None = None
        self._generation = 0
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
        ctx.bus.changed.connect(lambda _kinds: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        as_of = self._ctx.as_of()
        self._ctx.runner.query(lambda session: workbench_figures(session, as_of),
                               lambda figures: self._show(generation, figures, as_of),
                               owner=self)

    def _show(self, generation: int, figures: WorkbenchFigures, as_of: date) -> None:
        if generation != self._generation:
            return
        self.figures = figures
        if figures.is_first_run:
            self.setCurrentWidget(self.welcome)
        else:
            self.summary.show_figures(figures, as_of)
            self.setCurrentWidget(self.summary)

    def edit_lab_profile(self) -> None:
        open_lab_profile_dialog(self._ctx, self)

    def load_demo_data(self) -> DemoDataDialog:
        dialog = DemoDataDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: DemoGeneration(self._ctx, dialog.request(), self.window()).start())
        dialog.open()
        return dialog
