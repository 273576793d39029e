"""Choosing a statement's period: a usual one (last month, this month to date, last
quarter) or any two days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.views.statements.periods import CONTEXT, PRESET_LABELS, PeriodPreset, preset_period
from app.views.widgets.form_fields import date_edit, date_of, qdate


class PeriodChooser(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.preset = QComboBox()
        for preset, label in PRESET_LABELS.items():
            self.preset.addItem(QCoreApplication.translate(CONTEXT, label), preset.value)
        start, end = preset_period(PeriodPreset.LAST_MONTH, today) or (today, today)
        self.start = date_edit(start)
        self.end = date_edit(end)
        self.end.setMaximumDate(qdate(today))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        layout.addStretch(1)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self._setting = False

    def period(self) -> tuple[date, date]:
        return date_of(self.start), date_of(self.end)

    def choose(self, preset: PeriodPreset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset.value))

    def set_period(self, start: date, end: date) -> None:
        self.choose(PeriodPreset.CUSTOM)
        self._setting = True
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))
        self._setting = False
        self.changed.emit()

    def _preset_chosen(self) -> None:
        period = preset_period(PeriodPreset(self.preset.currentData()), self._today)
        if period is not None:
            self._setting = True
            self.start.setDate(qdate(period[0]))
            self.end.setDate(qdate(period[1]))
            self._setting = False
        self.changed.emit()

    def _dates_edited(self) -> None:
        if self._setting:
            return
        custom = self.preset.findData(PeriodPreset.CUSTOM.value)
        if self.preset.currentIndex() != custom:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(custom)
            self.preset.blockSignals(False)
        self.changed.emit()
