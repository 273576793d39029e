"""A one-line field keeps its height when a style sheet marks it invalid: a red frame
replaces the native frame, and with it the height, which would move the fields below."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

HELD = "labledgerHeldHeight"


def hold_height(widget: QWidget) -> None:
    """Fix ``widget`` at its height before any marking (once; only one-line fields, whose
    height is their own, not the layout's)."""
    if widget.property(HELD) or widget.sizePolicy().verticalPolicy() != QSizePolicy.Policy.Fixed:
        return
    widget.setFixedHeight(widget.sizeHint().height())
    widget.setProperty(HELD, True)
