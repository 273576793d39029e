"""设置: interface language, which database to open, the lab profile, the aging buckets and
provision rates and the large-amount check (General), the staff, the credit tiers, the tier
changes credit scoring proposes, and the numbering rules of documents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.credit.credit_tiers_page import CreditTiersPage
from app.views.credit.tier_proposals_page import TierProposalsPage
from app.views.settings.aging_settings_dialog import open_aging_settings_dialog
from app.views.settings.channels_page import ChannelsPage
from app.views.settings.database_dialog import DatabaseDialog
from app.views.settings.lab_profile_dialog import open_lab_profile_dialog
from app.views.settings.large_amount_dialog import open_large_amount_dialog
from app.views.settings.numbering_page import NumberingPage
from app.views.settings.reminder_schedule_page import ReminderSchedulePage
from app.views.settings.staff_page import StaffPage
from app.views.shell.ui_settings import save_language, saved_language
from app.views.shell.view_context import ViewContext
from app.views.widgets.icons import Icon, icon

# Each language is named in itself, so anyone can find theirs.
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


class SettingsPage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(
            self.tr("The new language applies the next time LabLedger starts.")
        )
        self.language_note.setVisible(False)
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(self.tr("Interface language"), self.language)
        language_form.addRow(self.language_note)

        location = ctx.location
        self.database_label = QLabel(location.display() if location else "")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sources = {
            "argument": self.tr("given with --db"),
            "environment": self.tr("given by the LABLEDGER_DB environment variable"),
            "settings": self.tr("chosen in these settings"),
            "default": self.tr("the default local file"),
        }
        self.source_label = QLabel(sources.get(location.source, "") if location else "")
        self.change_database_button = QPushButton(icon(Icon.DATABASE), self.tr("Change database…"))
        self.change_database_button.clicked.connect(self.change_database)
        database_box = QGroupBox(self.tr("Database"))
        database_form = QFormLayout(database_box)
        database_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        database_form.addRow(self.tr("Open now"), self.database_label)
        database_form.addRow(self.tr("Chosen by"), self.source_label)
        database_form.addRow("", self.change_database_button)

        self.profile_button = QPushButton(icon(Icon.LAB_PROFILE), self.tr("Edit lab profile…"))
        self.profile_button.clicked.connect(lambda: open_lab_profile_dialog(self._ctx, self))
        profile_box = QGroupBox(self.tr("Lab profile"))
        profile_layout = QVBoxLayout(profile_box)
        hint = QLabel(self.tr("Name, address, tax ID and bank details printed on statements."))
        hint.setWordWrap(True)
        profile_layout.addWidget(hint)
        profile_layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.aging_button = QPushButton(icon(Icon.BUCKETS), self.tr("Edit buckets and rates…"))
        self.aging_button.clicked.connect(lambda: open_aging_settings_dialog(self._ctx, self))
        aging_box = QGroupBox(self.tr("Aging and bad-debt provision"))
        aging_layout = QVBoxLayout(aging_box)
        aging_hint = QLabel(
            self.tr(
                "The aging buckets of the receivables report and the provision rate of each "
                "accounting age band."
            )
        )
        aging_hint.setWordWrap(True)
        aging_layout.addWidget(aging_hint)
        aging_layout.addWidget(self.aging_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.large_amount_button = QPushButton(self.tr("Change…"))
        self.large_amount_button.clicked.connect(lambda: open_large_amount_dialog(self._ctx, self))
        large_box = QGroupBox(self.tr("Large amounts"))
        large_layout = QVBoxLayout(large_box)
        large_hint = QLabel(self.tr("The amount above which saving asks for confirmation."))
        large_hint.setWordWrap(True)
        large_layout.addWidget(large_hint)
        large_layout.addWidget(self.large_amount_button, 0, Qt.AlignmentFlag.AlignLeft)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(32, 24, 32, 24)
        for box in (language_box, database_box, profile_box, aging_box, large_box):
            box.setMaximumWidth(760)
            general_layout.addWidget(box)
        general_layout.addStretch(1)

        self.tiers = CreditTiersPage(ctx)
        self.proposals = TierProposalsPage(ctx)
        self.staff = StaffPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.staff, self.tr("Users"))
        self.tabs.addTab(self.tiers, self.tr("Credit tiers"))
        self.tabs.addTab(self.proposals, self.tr("Tier proposals"))
        self.numbering = NumberingPage(ctx)
        self.tabs.addTab(self.numbering, self.tr("Numbering"))
        self.reminders = ReminderSchedulePage(ctx)
        self.tabs.addTab(self.reminders, self.tr("Reminders"))
        self.channels = ChannelsPage(ctx)
        self.tabs.addTab(self.channels, self.tr("Notification channels"))
        self.proposals.loaded.connect(self._count_proposals)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # --- the section's keys: Ctrl+N adds a credit tier on its tab ------------------------

    def new_record(self) -> QWidget | None:
        if self.tabs.currentWidget() is self.tiers and self.tiers.add_button.isEnabled():
            return self.tiers.add_tier()
        return None

    def focus_search(self) -> bool:
        return False

    def refresh(self) -> None:
        self.tiers.refresh()
        self.proposals.refresh()

    def show_tab(self, page: QWidget) -> QWidget:
        self.tabs.setCurrentWidget(page)
        return page

    def _count_proposals(self) -> None:
        count = len(self.proposals.proposals)
        self.tabs.setTabText(
            self.tabs.indexOf(self.proposals),
            self.tr("Tier proposals ({count})").format(count=count)
            if count
            else self.tr("Tier proposals"),
        )

    def _language_chosen(self) -> None:
        save_language(self.language.currentData())
        self.language_note.setVisible(True)

    def change_database(self) -> DatabaseDialog:
        dialog = DatabaseDialog(self._ctx.location, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
