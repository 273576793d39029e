"""Pages that are mostly text: a column of readable width at the top left."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

READABLE_WIDTH = 680


def text_column(page: QWidget, max_width: int = READABLE_WIDTH) -> QVBoxLayout:
    """Lay ``page`` out as one column (wrapped labels keep their full height) and return the
    column's layout to add widgets to."""
    column = QWidget()
    column.setMaximumWidth(max_width)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(12)
    outer = QHBoxLayout(page)
    outer.setContentsMargins(40, 32, 40, 32)
    outer.addWidget(column, 1)
    outer.addStretch(0)
    return inner
