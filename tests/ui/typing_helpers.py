"""Typing as users do: Latin text key by key, Chinese committed by an input method."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """QTest can only press keys for ASCII; Chinese arrives as an IME commit string."""
    widget.setFocus()
    for part in _runs(text):
        if part.isascii():
            qtbot.keyClicks(widget, part)
        else:
            event = QInputMethodEvent()
            event.setCommitString(part)
            QCoreApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isascii() == char.isascii():
            runs[-1] += char
        else:
            runs.append(char)
    return runs
