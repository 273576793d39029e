"""Choosing a period: a usual one (this or last month, quarter or year, counted from the day
LabLedger works as of) or any two days. The statements and the 报表 section each offer
their own presets, with their own names."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.reports.periods import Period, add_months, month_end, month_start
from app.views.widgets.form_fields import date_edit, date_of, qdate


class Preset(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"


def quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def preset_period(preset: Preset, as_of: date) -> Period | None:
    """The days of ``preset`` seen on ``as_of``, never past it; None for custom."""
    match preset:
        case Preset.THIS_MONTH:
            return Period(month_start(as_of), as_of)
        case Preset.LAST_MONTH:
            first = add_months(as_of, -1)
            return Period(first, month_end(first))
        case Preset.THIS_QUARTER:
            return Period(quarter_start(as_of), as_of)
        case Preset.LAST_QUARTER:
            end = quarter_start(as_of) - timedelta(days=1)
            return Period(quarter_start(end), end)
        case Preset.THIS_YEAR:
            return Period.year_to_date(as_of)
        case Preset.LAST_YEAR:
            return Period(date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31))
    return None


class PeriodChooser(QWidget):
    """A preset, or from–to dates: the dates follow the preset, editing them makes it
    custom. The end never passes the as-of date."""

    changed = Signal()

    def __init__(
        self,
        as_of: date,
        labels: Mapping[Preset, str],
        default: Preset,
        parent: QWidget | None = None,
    ) -> None:
        """``labels``: the presets offered, in their order, with their (translated) names;
        ``default``: the one chosen at first."""
        super().__init__(parent)
        self._as_of = as_of
        self.preset = QComboBox()
        for preset, label in labels.items():
            self.preset.addItem(label, preset.value)
        chosen = preset_period(default, as_of) or Period(as_of, as_of)
        self.start = date_edit(chosen.start)
        self.end = date_edit(chosen.end)
        self.end.setMaximumDate(qdate(as_of))
        self.preset.setCurrentIndex(self.preset.findData(default.value))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        self._setting = False
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)

    def dates(self) -> tuple[date, date]:
        """The first and last day as they stand (the first may be after the last)."""
        return date_of(self.start), date_of(self.end)

    def choose(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset.value))

    def set_period(self, start: date, end: date) -> None:
        self._setting = True
        self.choose(Preset.CUSTOM)
        self.start.setDate(qdate(start))
        self.end.setDate(qdate(end))
        self._setting = False
        self.changed.emit()

    def _preset_chosen(self) -> None:
        if self._setting:
            return
        chosen = preset_period(Preset(self.preset.currentData()), self._as_of)
        if chosen is None:
            return
        self._setting = True
        self.start.setDate(qdate(chosen.start))
        self.end.setDate(qdate(chosen.end))
        self._setting = False
        self.changed.emit()

    def _dates_edited(self) -> None:
        if self._setting:
            return
        custom = self.preset.findData(Preset.CUSTOM.value)
        if self.preset.currentIndex() != custom:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(custom)
            self.preset.blockSignals(False)
        self.changed.emit()
