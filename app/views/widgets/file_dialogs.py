"""Where file dialogs open: in the folder last used for the same purpose, else in the user's
documents folder; never in the program's folder, where Qt starts when it is given none."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

FOLDER_KEY = "file_dialogs/{purpose}"
NO_OPTIONS = QFileDialog.Option(0)


class FilePurpose(StrEnum):
    """Each purpose remembers its own folder: exports go to one place, databases another."""

    EXPORT = "export"
    DATABASE = "database"
    SCAN = "scan"  # scans of signed statement slips
    STATEMENTS = "statements"  # folders of statements written in a batch
    BANK = "bank"  # bank statement exports to import
    IMPORT = "import"  # files of legacy records to import


def documents_folder() -> Path:
    """The user's documents folder, or their home folder where there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder(purpose: FilePurpose, near: str = "") -> Path:
    """The folder of ``near`` (a path the dialog is about, e.g. the database file already
    typed) when it exists, else the folder used last for ``purpose``, else documents."""
    if near and Path(near).is_absolute() and Path(near).parent.is_dir():
        return Path(near).parent
    saved = QSettings().value(FOLDER_KEY.format(purpose=purpose.value))
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return documents_folder()


def remember_folder(purpose: FilePurpose, folder: Path) -> None:
    QSettings().setValue(FOLDER_KEY.format(purpose=purpose.value), str(folder))


def ask_save_path(
    parent: QWidget | None,
    title: str,
    purpose: FilePurpose,
    filters: str,
    *,
    file_name: str = "",
    near: str = "",
    suffix: str = "",
    options: QFileDialog.Option = NO_OPTIONS,
) -> Path | None:
    """Ask where to save, proposing ``file_name`` in ``start_folder``; None when cancelled.
    ``suffix`` (".xlsx") is added to a name typed without it. The folder chosen is the next
    dialog's start for the same purpose."""
    folder = start_folder(purpose, near)
    proposed = folder / (file_name or Path(near).name) if (file_name or near) else folder
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(proposed), filters, options=options
    )
    if not path:
        return None
    chosen = Path(path)
    if suffix and chosen.suffix.lower() != suffix:
        chosen = chosen.with_name(chosen.name + suffix)
    remember_folder(purpose, chosen.parent)
    return chosen


def ask_open_path(
    parent: QWidget | None, title: str, purpose: FilePurpose, filters: str
) -> Path | None:
    """Ask for a file to read, starting in the folder last used for ``purpose``."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(purpose)), filters)
    if not path:
        return None
    chosen = Path(path)
    remember_folder(purpose, chosen.parent)
    return chosen


def ask_folder(parent: QWidget | None, title: str, purpose: FilePurpose) -> Path | None:
    """Ask for a folder to write into, starting in the one last used for ``purpose``."""
    path = QFileDialog.getExistingDirectory(parent, title, str(start_folder(purpose)))
    if not path:
        return None
    chosen = Path(path)
    remember_folder(purpose, chosen)
    return chosen
