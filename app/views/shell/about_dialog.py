"""Help → About LabLedger: the version, the database in use, the versions of Python and Qt,
and the licence notices of the components the application bundle ships (scrollable)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.views.resources import resources_dir
from app.views.widgets.icons import app_icon

NOTICE_FILE = Path("licences") / "NOTICE.txt"
FONT_FILES = (".ttf", ".ttc", ".otf")


def licence_notices(resources: Path | None = None) -> str:
    """NOTICE.txt, then the licence texts that travel with bundled files: the icons', and
    the PDF font's beside it in fonts/ when the bundle has one."""
    folder = resources or resources_dir()
    files = [folder / NOTICE_FILE, folder / "icons" / "LICENSE"]
    fonts = folder / "fonts"
    if fonts.is_dir():
        files += sorted(p for p in fonts.iterdir() if p.suffix.lower() not in FONT_FILES)
    parts = []
    for file in files:
        if file.is_file():
            text = file.read_text(encoding="utf-8", errors="replace").strip()
            name = file.relative_to(folder).as_posix()
            parts.append(text if file == folder / NOTICE_FILE else f"--- {name} ---\n{text}")
    return "\n\n\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, version: str, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About LabLedger"))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(
            self.tr(
                "<b>LabLedger {version}</b><br>Receivables for testing laboratories: customers, "
                "invoices and payments in one place, so that money owed to the lab is collected "
                "sooner."
            ).format(version=version)
        )
        self.summary.setWordWrap(True)
        self.details = QLabel(
            self.tr("Database: {location}<br>Python {python}, Qt {qt}, PySide6 {pyside}").format(
                location=database,
                python=platform.python_version(),
                qt=qVersion(),
                pyside=PySide6.__version__,
            )
        )
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.addWidget(self.summary)
        heading.addWidget(self.details)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.notices = QPlainTextEdit(licence_notices())
        self.notices.setReadOnly(True)
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Licences of the bundled components:")))
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
