"""The periods a statement is usually made for, counted from the day LabLedger works as of:
this month (to date), last month, last quarter; or any days chosen by hand."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from app.views.translate import QT_TRANSLATE_NOOP

CONTEXT = "StatementPeriods"


class PeriodPreset(StrEnum):
    LAST_MONTH = "last_month"
    THIS_MONTH = "this_month"
    LAST_QUARTER = "last_quarter"
    CUSTOM = "custom"


PRESET_LABELS = {
    PeriodPreset.LAST_MONTH: QT_TRANSLATE_NOOP("StatementPeriods", "Last month"),
    PeriodPreset.THIS_MONTH: QT_TRANSLATE_NOOP("StatementPeriods", "This month to date"),
    PeriodPreset.LAST_QUARTER: QT_TRANSLATE_NOOP("StatementPeriods", "Last quarter"),
    PeriodPreset.CUSTOM: QT_TRANSLATE_NOOP("StatementPeriods", "Other dates"),
}


def preset_period(preset: PeriodPreset, today: date) -> tuple[date, date] | None:
    """The first and last day of ``preset`` as seen on ``today`` (None for custom)."""
    first_of_month = today.replace(day=1)
    if preset is PeriodPreset.THIS_MONTH:
        return first_of_month, today
    if preset is PeriodPreset.LAST_MONTH:
        end = first_of_month - timedelta(days=1)
        return end.replace(day=1), end
    if preset is PeriodPreset.LAST_QUARTER:
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = quarter_start - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    return None
