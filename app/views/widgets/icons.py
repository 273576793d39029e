"""The icons of the sidebar, the action bars and the application window: one SVG set (Lucide,
ISC licence; resources/icons/README.md names the version), drawn in the palette's text colour
so that an icon reads like the label beside it, and rendered from the SVG at whatever size and
scaling the screen asks for.

Qt's SVG icon engine draws ``currentColor`` black and darkens selected icons instead of
lightening them, so each icon is given one SVG per mode with the colour written in. Those
copies live in the user's cache folder, named by their content, and are written once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from app.views.resources import resources_dir

log = logging.getLogger(__name__)

APP_ICON_FILE = "labledger.svg"


class Icon(StrEnum):
    """What an icon stands for, and the Lucide file drawn for it."""

    # The sidebar's sections
    WORKBENCH = "layout-dashboard"
    CUSTOMERS = "users"
    PROJECTS = "flask-conical"
    INVOICES = "receipt-text"
    PAYMENTS = "hand-coins"
    RECEIVABLES = "hourglass"
    CALENDAR = "calendar-days"
    REPORTS = "chart-column"
    IMPORT = "import"
    SETTINGS = "settings"
    # Actions shared by several pages
    NEW = "plus"
    EDIT = "pencil"
    OPEN = "eye"
    DELETE = "trash-2"
    EXPORT = "file-down"
    PRINT = "printer"
    REFRESH = "refresh-cw"
    SEARCH = "search"
    APPROVE = "check"
    REJECT = "x"
    UNDO = "undo-2"
    QUEUE = "inbox"
    # Customers
    FOLLOW_UP = "message-square-text"
    HAND_OVER = "arrow-right-left"
    ARCHIVE = "archive"
    MERGE = "merge"
    # Projects
    BOARD = "square-kanban"
    LIST = "list"
    QUOTE = "calculator"
    CONTRACT = "file-pen-line"
    MOVE = "move-right"
    PAYMENT_PLAN = "calendar-clock"
    RELEASE = "file-check"
    REQUEST_INVOICE = "send"
    # Invoices and payments
    ISSUE_INVOICE = "file-plus"
    RED_LETTER = "file-minus"
    VOID = "file-x"
    WRITE_OFF = "eraser"
    ALLOCATE = "link"
    UNALLOCATE = "unlink"
    APPLY_PREPAYMENTS = "wand-sparkles"
    # Receivables and settings
    PROVISION = "percent"
    REVIEW = "list-checks"
    BUCKETS = "sliders-horizontal"
    DATABASE = "database"
    LAB_PROFILE = "building-2"
    DEMO = "sparkles"


# The palette colour each mode is drawn in; Active (under the mouse) draws as Normal.
MODE_COLOURS = {
    QIcon.Mode.Normal: (QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
    QIcon.Mode.Selected: (QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
    QIcon.Mode.Disabled: (QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
}

_cache: dict[tuple[str, ...], QIcon] = {}


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon() -> QIcon:
    """The application's own icon keeps its colours."""
    return QIcon(str(icons_dir() / APP_ICON_FILE))


def icon(which: Icon) -> QIcon:
    """``which`` in the current palette's colours."""
    palette = QGuiApplication.palette()
    colours = {mode: palette.color(*where).name() for mode, where in MODE_COLOURS.items()}
    key = (which.value, *colours.values())
    made = _cache.get(key)
    if made is None:
        made = _cache[key] = _make(which.value, colours)
    return QIcon(made)


def _make(name: str, colours: dict[QIcon.Mode, str]) -> QIcon:
    source = icons_dir() / f"{name}.svg"
    try:
        svg = source.read_bytes()
        made = QIcon()
        for mode, colour in colours.items():
            made.addFile(str(_tinted(name, svg, colour)), QSize(), mode, QIcon.State.Off)
    except OSError:
        log.warning("cannot write the coloured copies of icon %s; drawing it as shipped", name)
        return QIcon(str(source))
    return made


def _tinted(name: str, svg: bytes, colour: str) -> Path:
    digest = hashlib.sha256(svg + colour.encode("ascii")).hexdigest()[:16]
    target = _tint_dir() / f"{name}-{digest}.svg"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed, so that two copies of LabLedger starting at once never
        # read half a file.
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.write_bytes(svg.replace(b"currentColor", colour.encode("ascii")))
        os.replace(partial, target)
    return target


def _tint_dir() -> Path:
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(cache or tempfile.gettempdir()) / "icons"
