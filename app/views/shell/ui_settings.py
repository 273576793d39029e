"""Per-user interface preferences kept in QSettings (business settings live in the database):
the language, and where windows and splitters were left."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QMargins, QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import QSplitter, QWidget

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("zh_CN", "en")
GEOMETRY_KEY = "main_window/geometry"
SECTION_KEY = "main_window/section"  # the section shown last, shown again at start
# A title bar and borders, for a window the window system has not framed yet.
DECORATION = QMargins(8, 32, 8, 8)


def saved_language() -> str | None:
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """None follows the system language again."""
    settings = QSettings()
    if language is None:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, language)


def system_language(locale: QLocale | None = None) -> str:
    name = (locale or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") else "en"


def ui_language() -> str:
    return saved_language() or system_language()


# --- window geometry ----------------------------------------------------------------------


def _frame_margins(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
    return DECORATION


def fitted_size(window: QWidget, preferred: QSize, available: QRect | None = None) -> QSize:
    """``preferred`` or less, so that the window and its frame fit the screen's available
    area (the screen less the taskbar)."""
    area = available if available is not None else window.screen().availableGeometry()
    room = area.marginsRemoved(_frame_margins(window)).size()
    return preferred.boundedTo(room).expandedTo(window.minimumSize())


def fit_to_screen(window: QWidget, preferred: QSize, available: QRect | None = None) -> None:
    """Give a top-level window ``preferred`` size or less, so that it and its frame lie
    within the screen's available area, centred on it."""
    area = available if available is not None else window.screen().availableGeometry()
    frame = _frame_margins(window)
    size = fitted_size(window, preferred, area)
    window.resize(size)
    outer = QRect(QPoint(0, 0), size.grownBy(frame))
    outer.moveCenter(area.center())
    # move() places the frame; a window larger than the area keeps its title bar on screen.
    window.move(max(outer.left(), area.left()), max(outer.top(), area.top()))


def restore_geometry(
    window: QWidget, key: str, preferred: QSize, available: QRect | None = None
) -> None:
    """Where the user left the window; the first time, or when that no longer fits (another
    screen, larger scaling), ``preferred`` fitted to the screen."""
    area = available if available is not None else window.screen().availableGeometry()
    saved = QSettings().value(key)
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        # Qt moves a restored window back onto the screen; it may still be too large.
        if area.contains(window.geometry()):
            return
        preferred = window.size()
    fit_to_screen(window, preferred, area)


def save_geometry(window: QWidget, key: str) -> None:
    QSettings().setValue(key, window.saveGeometry())


def saved_section(known: list[str], default: str) -> str:
    """The section shown last, when the window still has it; else ``default``."""
    value = QSettings().value(SECTION_KEY, "")
    return value if isinstance(value, str) and value in known else default


def save_section(key: str) -> None:
    QSettings().setValue(SECTION_KEY, key)


# --- splitters ----------------------------------------------------------------------------


def remember_splitter(splitter: QSplitter, key: str) -> bool:
    """Restore where the user left the splitter and keep it from now on; False when there
    was nothing to restore (the caller's default sizes stay)."""
    saved = QSettings().value(key)
    restored = isinstance(saved, QByteArray) and splitter.restoreState(saved)
    splitter.splitterMoved.connect(
        lambda _pos, _index: QSettings().setValue(key, splitter.saveState())
    )
    return restored
