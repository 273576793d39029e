"""Enter or a double-click on a row opens it, in every list: one small helper, so that each
list only says what opening a row means."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RowOpener(QObject):
    """Calls ``open_row`` with the current index on Enter (while the list has the focus),
    or with the row double-clicked. Enter is a shortcut of the list, so that a dialog's
    default button does not take it as well."""

    def __init__(self, view: QAbstractItemView, open_row: Callable[[QModelIndex], object]) -> None:
        super().__init__(view)
        self._view = view
        self._open_row = open_row
        for key in OPEN_KEYS:
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(self._enter)
        view.doubleClicked.connect(self._double_clicked)

    def _enter(self) -> None:
        if self._view.state() == QAbstractItemView.State.EditingState:
            return
        index = self._view.currentIndex()
        if index.isValid():
            self._open_row(index)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_row(index)


def open_rows(view: QAbstractItemView, open_row: Callable[[QModelIndex], object]) -> RowOpener:
    """Make Enter and double-click on ``view``'s rows call ``open_row(index)``."""
    return RowOpener(view, open_row)
