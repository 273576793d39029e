"""Announces which kinds of records a write changed, so views refresh only what they show.

The kinds are the services' own (``app.services.core.changes.Kind``): each write service
reports what it changed, the writer announces that here, and views listen for the kinds
they show."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from app.services.core.changes import Kind


class ChangeBus(QObject):
    """One per main window; writes announce here, views listen for the kinds they show."""

    changed = Signal(object)  # frozenset[Kind]

    def announce(self, kinds: Iterable[Kind]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(kinds)
