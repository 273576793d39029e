"""Announces which kinds of records a write changed, so views refresh only what they show.

The kinds are the services' own (``app.services.core.changes.Kind``): each write service
reports what it changed, the writer announces that here, and views listen for the kinds
they show. A write the user made also says here, in a sentence for the status bar, what
it did."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from app.services.core.changes import Kind


class ChangeBus(QObject):
    """One per main window; writes announce here, views listen for the kinds they show."""

    changed = Signal(object)  # frozenset[Kind]
    noticed = Signal(str)  # what was just saved, for the status bar

    def notice(self, text: str) -> None:
        self.noticed.emit(text)

    def announce(self, kinds: Iterable[Kind]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(kinds)
