"""Announces which kinds of records a write changed, so views refresh only what they show."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

CUSTOMERS = "customers"
INVOICES = "invoices"
PAYMENTS = "payments"
PROJECTS = "projects"
SETTINGS = "settings"
TIERS = "tiers"
EVERYTHING = frozenset({CUSTOMERS, INVOICES, PAYMENTS, PROJECTS, SETTINGS, TIERS})


class ChangeBus(QObject):
    """One per main window; writes announce here, views listen for the kinds they show."""

    changed = Signal(object)  # frozenset[str] of entity kinds

    def announce(self, kinds: Iterable[str]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(kinds)
