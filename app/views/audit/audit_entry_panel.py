"""One audit entry under the log: who did what to which record and why, and its values
before and after side by side, the fields that changed highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.audit.audit_log_service import AuditRow
from app.views.audit.audit_labels import action_label, side_by_side
from app.views.audit.audit_table_model import local_time, record_text, user_text
from app.views.tables.paged_table_model import HIGHLIGHT_BACKGROUND
from app.views.widgets.detail_section import placeholder_label, readonly_table, value_label


class AuditEntryPanel(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder_label(
            self.tr("Select an entry to see its values before and after.")
        )
        self.addWidget(self.placeholder)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)
        self.summary = value_label("")
        self.reason = value_label("")
        self.values = readonly_table([self.tr("Field"), self.tr("Before"), self.tr("After")], 2)
        header = self.values.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.values.setWordWrap(True)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.values.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chain = QLabel()
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.summary)
        layout.addWidget(self.reason)
        layout.addWidget(self.values, 1)
        layout.addWidget(self.chain)
        self.addWidget(content)
        self.entry: AuditRow | None = None

    def show_entry(self, entry: AuditRow | None) -> None:
        self.entry = entry
        if entry is None:
            self.setCurrentWidget(self.placeholder)
            return
        self.summary.setText(
            self.tr("{time} · {user} · {action} · {record}").format(
                time=local_time(entry.at),
                user=user_text(entry),
                action=action_label(entry.action),
                record=record_text(entry),
            )
        )
        self.reason.setText(self.tr("Reason: {reason}").format(reason=entry.reason))
        self.reason.setVisible(bool(entry.reason))
        rows = side_by_side(entry.before, entry.after)
        self.values.setRowCount(len(rows))
        for number, (field, before, after, changed) in enumerate(rows):
            for column, text in enumerate((field, before, after)):
                item = QTableWidgetItem(text)
                # A long value (an import's list of records) grows the row: the field's
                # name stays level with its first line.
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if changed:
                    item.setBackground(QBrush(HIGHLIGHT_BACKGROUND))
                    if column:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.values.setItem(number, column, item)
        self.chain.setText(
            self.tr("Entry {id} · hash {hash}").format(id=entry.id, hash=entry.hash[:16])
        )
        self.setCurrentIndex(1)
