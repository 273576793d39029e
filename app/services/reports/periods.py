"""Reporting periods: a span of calendar days, split into months or quarters for series."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain.errors import ValidationError


class Interval(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


@dataclass(frozen=True)
class Period:
    """The days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValidationError(
                "period",
                "The period starts on {start}, after its end {end}.",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def day_before(self) -> date:
        """The day whose closing figures are the period's opening ones."""
        return self.start - timedelta(days=1)

    @classmethod
    def year_to_date(cls, end: date) -> Period:
        """From 1 January of ``end``'s year to ``end`` (the command line's default)."""
        return cls(date(end.year, 1, 1), end)

    @classmethod
    def month_of(cls, day: date) -> Period:
        return cls(month_start(day), month_end(day))

    def split(self, interval: Interval) -> tuple[Period, ...]:
        """Consecutive calendar months or quarters covering the period; the first and last
        are cut to the period's own start and end."""
        return tuple(self._pieces(interval))

    def _pieces(self, interval: Interval) -> Iterator[Period]:
        months = 1 if interval is Interval.MONTH else 3
        start = self.start
        while start <= self.end:
            first = month_start(start)
            if interval is Interval.QUARTER:
                first = first.replace(month=(first.month - 1) // 3 * 3 + 1)
            end = min(month_end(add_months(first, months - 1)), self.end)
            yield Period(start, end)
            start = end + timedelta(days=1)

    def label(self, interval: Interval) -> str:
        """``2026-03`` for a month, ``2026Q1`` for a quarter (of the period's start)."""
        if interval is Interval.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return add_months(day, 1) - timedelta(days=1)


def ratio(numerator: int, denominator: int, places: int = 4) -> Decimal | None:
    """numerator / denominator rounded half-up to ``places`` decimals; None when the
    denominator is not positive (the ratio means nothing then)."""
    if denominator <= 0:
        return None
    quantum = Decimal(1).scaleb(-places)
    return (Decimal(numerator) / Decimal(denominator)).quantize(quantum, ROUND_HALF_UP)
