"""The period of a report: this or last month, quarter or year (to the as-of date), or any
two days up to it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.reports.periods import Period
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.form_fields import qdate
from app.views.widgets.period_chooser import PeriodChooser, Preset

CONTEXT = "ReportPeriods"

LABELS = {
    Preset.THIS_MONTH: QT_TRANSLATE_NOOP("ReportPeriods", "This month to date"),
    Preset.LAST_MONTH: QT_TRANSLATE_NOOP("ReportPeriods", "Last month"),
    Preset.THIS_QUARTER: QT_TRANSLATE_NOOP("ReportPeriods", "This quarter to date"),
    Preset.LAST_QUARTER: QT_TRANSLATE_NOOP("ReportPeriods", "Last quarter"),
    Preset.THIS_YEAR: QT_TRANSLATE_NOOP("ReportPeriods", "This year to date"),
    Preset.LAST_YEAR: QT_TRANSLATE_NOOP("ReportPeriods", "Last year"),
    Preset.CUSTOM: QT_TRANSLATE_NOOP("ReportPeriods", "From – to"),
}


class ReportPeriodChooser(PeriodChooser):
    """Opens on this year to date; neither day passes the as-of date."""

    def __init__(self, as_of: date, parent: QWidget | None = None) -> None:
        labels = {p: QCoreApplication.translate(CONTEXT, text) for p, text in LABELS.items()}
        super().__init__(as_of, labels, Preset.THIS_YEAR, parent)
        self.start.setMaximumDate(qdate(as_of))

    def period(self) -> Period:
        start, end = self.dates()
        return Period(min(start, end), end)
