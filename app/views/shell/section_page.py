"""What the main window's keys ask of the section shown: Ctrl+N creates the section's kind
of record, Ctrl+F goes to its search box, F5 reads it again. A section page provides these
three; the main window wires the keys once, for every section."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class SectionPage(Protocol):
    def new_record(self) -> QWidget | None:
        """Open the form for a new record of this section (None: it creates none, or the
        user's role may not)."""
        ...

    def focus_search(self) -> bool:
        """Put the cursor in the search box, its text selected (False: no search here)."""
        ...

    def refresh(self) -> None:
        """Read what the section shows again."""
        ...
