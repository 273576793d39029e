"""Choosing a statement's period: a usual one (last month, this month to date, last
quarter) or any two days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.period_chooser import PeriodChooser, Preset

CONTEXT = "StatementPeriods"

PRESET_LABELS = {
    Preset.LAST_MONTH: QT_TRANSLATE_NOOP("StatementPeriods", "Last month"),
    Preset.THIS_MONTH: QT_TRANSLATE_NOOP("StatementPeriods", "This month to date"),
    Preset.LAST_QUARTER: QT_TRANSLATE_NOOP("StatementPeriods", "Last quarter"),
    Preset.CUSTOM: QT_TRANSLATE_NOOP("StatementPeriods", "Other dates"),
}


class StatementPeriodChooser(PeriodChooser):
    """Opens on last month."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        labels = {p: QCoreApplication.translate(CONTEXT, text) for p, text in PRESET_LABELS.items()}
        super().__init__(today, labels, Preset.LAST_MONTH, parent)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addStretch(1)
