"""What every detail panel beside a list does: a hint while nothing is selected, the selected
record loaded off the GUI thread (only the newest selection's answer is shown), and the
reason in place of the details when loading it failed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget
from sqlalchemy.orm import Session

from app.domain.errors import LabLedgerError
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_section import placeholder_label

T = TypeVar("T")
LOAD = "detail"  # the runner's latest-wins key of the panel's loads


class DetailPanel(QStackedWidget):
    """Page 0 is the placeholder (the hint, or why loading failed); page 1 is the content a
    subclass hands to ``set_content``."""

    def __init__(self, ctx: ViewContext, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._hint = hint
        self.placeholder = placeholder_label(hint)
        self.addWidget(self.placeholder)

    def set_content(self, content: QWidget, *, scroll_sideways: bool = True) -> None:
        """The details, in a scroll area. Without ``scroll_sideways`` the content wraps its
        text to the panel's width instead."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        if not scroll_sideways:
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.addWidget(scroll)

    def show_hint(self) -> None:
        """Nothing is selected: show the hint and drop a load still on its way."""
        self._ctx.runner.drop(self, LOAD)
        self.placeholder.setText(self._hint)
        self.setCurrentWidget(self.placeholder)
        self.cleared()

    def show_content(self) -> None:
        self.setCurrentIndex(1)

    def load(self, fn: Callable[[Session], T], on_loaded: Callable[[T], None]) -> None:
        """Run ``fn`` off the GUI thread and pass its result to ``on_loaded``, unless a newer
        load (or ``show_hint``) came first. An expected error replaces the details by its
        message."""
        self._ctx.runner.query(
            fn, on_loaded, owner=self, latest=LOAD, on_expected_error=self._failed
        )

    def cleared(self) -> None:
        """Subclasses forget the details they keep (nothing shown, or loading failed)."""

    def _failed(self, exc: LabLedgerError) -> None:
        self.placeholder.setText(translated_message(exc))
        self.setCurrentWidget(self.placeholder)
        self.cleared()
