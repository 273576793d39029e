"""Small input widgets the ledger dialogs share: dates, optional dates and reasons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QPlainTextEdit, QWidget

DATE_FORMAT = "yyyy-MM-dd"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(qdate(value))


class OptionalDateEdit(QWidget):
    """A date that may be left unset: a check box turns the date field on."""

    changed = Signal()

    def __init__(self, label: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = date_edit(default)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return date_of(self.edit) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            set_date(self.edit, value)


def reason_edit(placeholder: str = "", parent: QWidget | None = None) -> QPlainTextEdit:
    """A few lines of free text (reasons, notes)."""
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit
