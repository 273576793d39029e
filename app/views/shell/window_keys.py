"""Esc and Ctrl+W close the secondary windows of one main window (the customer 360 view,
record windows, dialogs); the main window itself stays. Dialogs close on Esc by themselves;
a window opened from the main window gets, the first time it takes the focus, the platform's
Close keys (Ctrl+W, Ctrl+F4) and, if it is not a dialog, Esc."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# Set on a window once it has its keys.
EQUIPPED = "labledgerCloseKeys"


def close_keys(window: QWidget) -> list[QShortcut]:
    """Give ``window`` the keys that close it."""
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")]
    if not isinstance(window, QDialog):
        keys.append(QKeySequence(Qt.Key.Key_Escape))
    shortcuts = []
    for key in dict.fromkeys(keys):
        shortcut = QShortcut(key, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(window.close)
        shortcuts.append(shortcut)
    window.setProperty(EQUIPPED, True)
    return shortcuts


class SecondaryWindowKeys(QObject):
    """Watches which window has the focus (a signal, not an event filter on every event),
    and gives each secondary window of ``main`` its keys once."""

    def __init__(self, main: QWidget) -> None:
        super().__init__(main)
        self._main = main
        application = QApplication.instance()
        assert isinstance(application, QGuiApplication), "the main window needs a QApplication"
        application.focusWindowChanged.connect(self._focus_moved)

    def _focus_moved(self, handle: QWindow | None) -> None:
        if handle is None:
            return
        window = next(
            (w for w in QApplication.topLevelWidgets() if w.windowHandle() is handle), None
        )
        if window is not None and self._is_secondary(window) and not window.property(EQUIPPED):
            close_keys(window)

    def _is_secondary(self, window: QWidget) -> bool:
        """A window other than the main window, opened from it (at any depth)."""
        if window is self._main:
            return False
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._main:
                return True
            parent = parent.parentWidget()
        return False
