"""First run on an empty database: offer to enter the lab profile or to load demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.views.shell.text_page import text_column
from app.views.widgets.detail_section import heading_label
from app.views.widgets.icons import Icon, icon


class WelcomePage(QWidget):
    profileRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = text_column(self)
        title = heading_label(self.tr("Welcome to LabLedger"))
        intro = QLabel(
            self.tr(
                "LabLedger keeps your lab's customers, invoices and payments in one place so that "
                "money owed to the lab is collected sooner. This database is still empty. "
                "How would you like to start?"
            )
        )
        intro.setWordWrap(True)

        self.profile_button = QPushButton(icon(Icon.LAB_PROFILE), self.tr("Enter the lab profile…"))
        profile_hint = QLabel(
            self.tr(
                "Your lab's name, address, tax ID and bank details. They are printed on "
                "reconciliation statements so customers know where to pay."
            )
        )
        profile_hint.setWordWrap(True)

        self.demo_button = QPushButton(icon(Icon.DEMO), self.tr("Load demo data…"))
        demo_hint = QLabel(
            self.tr(
                "Fill this database with invented customers, projects, invoices and payments to "
                "try LabLedger out. Use a separate database file for your real records."
            )
        )
        demo_hint.setWordWrap(True)

        self.profile_button.clicked.connect(self.profileRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        for button, hint in ((self.profile_button, profile_hint), (self.demo_button, demo_hint)):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(hint)
            column.addSpacing(8)
        column.addStretch(1)
