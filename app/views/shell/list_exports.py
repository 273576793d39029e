"""`labledger export KIND -o FILE.xlsx`: a list as the user sees it when it opens — its
columns in their order with the screen's headers, its first order, every row its service
gives the user (not only a page) — written by the GUI's own list export
(``app.views.tables.list_file``), in the language the GUI would show."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.db.session import Database
from app.services.core.list_request import ListRequest
from app.views.customers import customer_table_model as customers
from app.views.invoices import invoice_table_model as invoices
from app.views.payments import payment_table_model as payments
from app.views.projects import project_table_model as projects
from app.views.shell.translations import APP_NAME, install_translators
from app.views.shell.ui_settings import ui_language
from app.views.tables.list_file import NoProgress, list_sheet, write_list
from app.views.tables.paged_table_model import ColumnSpec, ListSource, header_data
from app.views.translate import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ListKind:
    """One list: its title (the export's, translated in ``title_context``), its columns
    (headers translated in ``context``), its source and the request it opens with."""

    title_context: str
    title: str
    context: str
    columns: tuple[ColumnSpec[Any], ...]
    source: Callable[[Database], ListSource[Any]]
    request: ListRequest

    def sort_keys(self) -> list[str]:
        return [c.sort_key for c in self.columns if c.sort_key is not None]

    def header(self, column: int) -> str:
        return str(
            header_data(
                self.columns,
                self.context,
                column,
                Qt.Orientation.Horizontal,
                Qt.ItemDataRole.DisplayRole,
            )
        )

    def sort_header(self, sort_key: str) -> str:
        for number, spec in enumerate(self.columns):
            if spec.sort_key == sort_key:
                return self.header(number)
        return ""


LIST_KINDS: dict[str, ListKind] = {
    "customers": ListKind(
        "CustomerListView",
        QT_TRANSLATE_NOOP("CustomerListView", "Customer list"),
        customers.CONTEXT,
        customers.COLUMNS,
        customers.CustomerListSource,
        customers.DEFAULT_REQUEST,
    ),
    "invoices": ListKind(
        "InvoiceListView",
        QT_TRANSLATE_NOOP("InvoiceListView", "Invoice list"),
        invoices.CONTEXT,
        invoices.COLUMNS,
        invoices.InvoiceListSource,
        invoices.DEFAULT_REQUEST,
    ),
    "payments": ListKind(
        "PaymentListView",
        QT_TRANSLATE_NOOP("PaymentListView", "Payment list"),
        payments.CONTEXT,
        payments.COLUMNS,
        payments.PaymentListSource,
        payments.DEFAULT_REQUEST,
    ),
    "projects": ListKind(
        "ProjectsPage",
        QT_TRANSLATE_NOOP("ProjectsPage", "Project list"),
        projects.CONTEXT,
        projects.COLUMNS,
        projects.ProjectListSource,
        projects.DEFAULT_REQUEST,
    ),
}


@contextmanager
def ui_translations() -> Iterator[None]:
    """Qt's translators of the language the GUI would use (the one chosen in the GUI, else
    the system's), on the running Qt application or on one made for the while; everything
    is as it was afterwards."""
    existing = QCoreApplication.instance()
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    application = existing if existing is not None else QCoreApplication([APP_NAME])
    if existing is None:
        # The GUI's name, so that QSettings finds the language chosen there.
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    locale = QLocale()
    installed = install_translators(application, ui_language())
    try:
        yield
    finally:
        for translator in installed:
            application.removeTranslator(translator)
            translator.setParent(None)  # freed with its last reference
        QLocale.setDefault(locale)
        if existing is None:
            QCoreApplication.setOrganizationName(names[0])
            QCoreApplication.setApplicationName(names[1])
            application.shutdown()


def export_list_file(
    db: Database,
    kind: str,
    path: Path,
    as_of: date,
    *,
    search: str = "",
    sort_key: str | None = None,
    descending: bool = False,
) -> int:
    """Write list ``kind`` as seen through ``db`` (a viewer's database sees their rows) as of
    ``as_of`` to ``path``, searched for ``search``, in the list's first order or by
    ``sort_key``; returns the rows written. Raises ``OSError`` when the file cannot be
    written."""
    found = LIST_KINDS[kind]
    request = replace(found.request, search=search.strip(), as_of=as_of)
    if sort_key is not None:
        assert sort_key in found.sort_keys(), sort_key
        request = replace(request, sort_key=sort_key, descending=descending)
    with ui_translations():
        title = QCoreApplication.translate(found.title_context, found.title)
        headers = [found.header(c) for c in range(len(found.columns))]
        sheet = list_sheet(title, headers, request, found.sort_header(request.sort_key))
        return write_list(NoProgress(), path, sheet, found.source(db), request, found.columns)
