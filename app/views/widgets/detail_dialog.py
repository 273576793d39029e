"""A record's details in a window of its own: what Enter or a double-click on its row opens.
The window reads the record again when the kinds of records it shows change."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.services.core.changes import Kind
from app.views.shell.ui_settings import fitted_size
from app.views.shell.view_context import ViewContext


class DetailDialog(QDialog):
    def __init__(
        self,
        ctx: ViewContext,
        panel: QWidget,
        shown_changes: frozenset[Kind],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown_changes = shown_changes
        self.panel = panel
        self.resize(fitted_size(self, QSize(480, 600)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(panel, 1)
        layout.addWidget(buttons)
        ctx.bus.changed.connect(self._on_changes)

    def load(self) -> None:
        """Read the record and show it in the panel."""
        raise NotImplementedError

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & self._shown_changes:
            self.load()
