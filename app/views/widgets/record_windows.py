"""One window per record: opening a record that already has a window brings that window
forward instead of opening a second one."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class RecordWindows(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._windows: dict[Hashable, QWidget] = {}

    def open(self, key: Hashable, build: Callable[[], W]) -> W:
        """The window for ``key``, built and shown the first time (it closes for good)."""
        window = self._windows.get(key)
        if window is not None and shiboken6.isValid(window):
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return cast(W, window)
        built = build()
        built.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._windows[key] = built
        built.destroyed.connect(lambda _obj=None, k=key: self._windows.pop(k, None))
        built.show()
        return built
