"""Save dialogs open in the user's documents folder, then in the folder used last for the same
purpose; never in the program's folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.views.settings.database_dialog import DatabaseDialog
from app.views.widgets.file_dialogs import (
    FilePurpose,
    ask_save_path,
    documents_folder,
    start_folder,
)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder with a Documents folder in it, as Qt finds them on Linux."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    return folder


def answer_dialog(seen: list[Path], save_in: Path) -> None:
    """When Qt's own save dialog (not the desktop's) is up, note the folder it shows and
    save ``export.xlsx`` in ``save_in``."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(Path(dialog.directory().absolutePath()))
        dialog.selectFile(str(save_in / "export.xlsx"))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_the_documents_folder_or_home_when_there_is_none(home):
    assert documents_folder() == home / "Documents"
    (home / "Documents").rmdir()
    assert documents_folder() == home


def test_the_first_save_dialog_opens_in_documents_the_next_where_the_last_saved(
    qapp, home, tmp_path
):
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    seen: list[Path] = []

    answer_dialog(seen, elsewhere)
    chosen = ask_save_path(
        None,
        "Export",
        FilePurpose.EXPORT,
        "Excel workbook (*.xlsx)",
        file_name="customers.xlsx",
        suffix=".xlsx",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    assert seen == [home / "Documents"]
    assert Path.cwd() not in seen
    assert chosen == elsewhere / "export.xlsx"

    answer_dialog(seen, elsewhere)
    ask_save_path(
        None,
        "Export",
        FilePurpose.EXPORT,
        "Excel workbook (*.xlsx)",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    assert seen[-1] == elsewhere
    # Another purpose keeps its own folder.
    assert start_folder(FilePurpose.DATABASE) == home / "Documents"


def test_a_name_typed_without_the_extension_gets_it(home, tmp_path, monkeypatch):
    def answer(_parent, _title, suggested, _filter, **_options):
        return str(tmp_path / "aging"), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    chosen = ask_save_path(None, "Export", FilePurpose.EXPORT, "*.xlsx", suffix=".xlsx")
    assert chosen == tmp_path / "aging.xlsx"


def test_a_folder_that_is_gone_is_not_offered(home, tmp_path, monkeypatch):
    gone = tmp_path / "usb-stick"
    gone.mkdir()

    def answer(_parent, _title, _suggested, _filter, **_options):
        return str(gone / "list.xlsx"), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    ask_save_path(None, "Export", FilePurpose.EXPORT, "*.xlsx")
    assert start_folder(FilePurpose.EXPORT) == gone
    gone.rmdir()
    assert start_folder(FilePurpose.EXPORT) == home / "Documents"


def test_browsing_for_a_database_starts_beside_the_file_typed(qtbot, home, tmp_path, monkeypatch):
    asked: dict[str, str] = {}

    def answer(_parent, _title, suggested, _filter, **_options):
        asked["suggested"] = suggested
        return "", _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    dialog = DatabaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.browse_button.click()
    assert Path(asked["suggested"]) == home / "Documents"
    shared = tmp_path / "share"
    shared.mkdir()
    dialog.file_path.setText(str(shared / "lab.sqlite3"))
    dialog.browse_button.click()
    assert Path(asked["suggested"]) == shared / "lab.sqlite3"


def test_the_customer_export_offers_documents_then_the_folder_used(
    qtbot, window, home, tmp_path, monkeypatch
):
    suggested: list[Path] = []
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()

    def answer(_parent, _title, proposed, _filter, **_options):
        suggested.append(Path(proposed))
        return str(elsewhere / Path(proposed).name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    customers = window.show_section("customers")
    for _ in range(2):
        export = customers.export()
        with qtbot.waitSignal(export.finished):
            pass
    assert [path.parent for path in suggested] == [home / "Documents", elsewhere]
