"""First-run polish: the window opens on the section shown last, and Help → About gives the
version, the database and the licence notices of the bundled components."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPlainTextEdit

from app.views.invoices.invoice_list_view import InvoiceListView
from app.views.shell.about_dialog import AboutDialog, licence_notices
from app.views.shell.application import create_main_window
from app.views.shell.main_window import app_version
from app.views.shell.ui_settings import SECTION_KEY
from app.views.workbench.workbench_page import WorkbenchPage


def test_the_window_opens_on_the_section_shown_last(qtbot, ledger, clock, errors, window):
    assert isinstance(window.stack.currentWidget(), WorkbenchPage)
    window.show_section("invoices")
    window.close()
    again = create_main_window(ledger, clock, errors=errors)
    qtbot.addWidget(again)
    again.show()
    assert isinstance(again.stack.currentWidget(), InvoiceListView)
    assert again.nav.currentItem().text() == "Invoices"
    again.close()


def test_a_section_the_window_no_longer_has_opens_the_workbench(qtbot, ledger, clock, errors):
    QSettings().setValue(SECTION_KEY, "gone")
    main = create_main_window(ledger, clock, errors=errors)
    qtbot.addWidget(main)
    assert isinstance(main.stack.currentWidget(), WorkbenchPage)
    main.close()


def test_about_shows_version_database_and_licences(qtbot, window, ledger):
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert f"LabLedger {app_version()}" in dialog.summary.text()
    assert ledger.engine.url.database in dialog.details.text()
    assert "Qt 6." in dialog.details.text()
    notices = dialog.findChild(QPlainTextEdit).toPlainText()
    for component in (
        "LGPL",
        "PySide6",
        "SQLAlchemy",
        "ReportLab",
        "openpyxl",
        "Alembic",
        "Lucide",
        "ISC License",  # the icons' own licence text, appended
        "WenQuanYi Micro Hei",
    ):
        assert component in notices, component
    dialog.close()


def test_the_notices_include_the_bundled_fonts_licence(tmp_path):
    (tmp_path / "licences").mkdir()
    (tmp_path / "licences" / "NOTICE.txt").write_text("notices", encoding="utf-8")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "font.ttc").write_bytes(b"\0" * 10)
    (tmp_path / "fonts" / "FONT-LICENCE-font.txt").write_text("Apache-2.0", encoding="utf-8")
    text = licence_notices(tmp_path)
    assert text.startswith("notices")
    assert "--- fonts/FONT-LICENCE-font.txt ---\nApache-2.0" in text
    assert "\0" not in text
