"""A line above a list that says the record just saved is hidden by the search or the
filters, with a button that clears them so that the record shows (and is selected)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.views.tables.paged_table_model import HIGHLIGHT_BACKGROUND


class HiddenRecordNote(QFrame):
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenRecordNote")
        self.setStyleSheet(
            f"#hiddenRecordNote {{ background: {HIGHLIGHT_BACKGROUND.name()}; "
            "border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(self.clearRequested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.dismiss_button)
        self.setVisible(False)

    def show_hidden(self, name: str) -> None:
        self.label.setText(
            self.tr(
                "{name} is saved, but the search or filters hide it from the list below."
            ).format(name=name)
        )
        self.setVisible(True)
