"""A section that a later version builds: says plainly what it will do and that it is not
here yet. No buttons that do nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.views.shell.text_page import text_column
from app.views.widgets.detail_section import heading_label


class ComingLaterPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = text_column(self)
        self.title_label = heading_label(title)
        self.description_label = QLabel(description)
        self.description_label.setWordWrap(True)
        self.notice_label = QLabel(
            self.tr("This section arrives in a later version of LabLedger. Nothing here works yet.")
        )
        self.notice_label.setWordWrap(True)
        font = self.notice_label.font()
        font.setItalic(True)
        self.notice_label.setFont(font)
        for widget in (self.title_label, self.description_label, self.notice_label):
            column.addWidget(widget)
        column.addStretch(1)
