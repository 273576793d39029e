"""Where "today" comes from, injected so tests and --as-of runs are deterministic."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Protocol


class Clock(Protocol):
    def today(self) -> date:
        """The local calendar date business rules use (due dates, aging)."""
        ...

    def now_utc(self) -> datetime:
        """A timezone-aware UTC timestamp for audit entries."""
        ...


class SystemClock:
    def today(self) -> date:
        return date.today()

    def now_utc(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """Always the same day; now_utc is midnight UTC of that day."""

    def __init__(self, today: date) -> None:
        # A datetime is a date too, but today() must return a plain calendar date.
        if isinstance(today, datetime) or not isinstance(today, date):
            raise TypeError(f"FixedClock needs a date, not {type(today).__name__}")
        self._today = today

    def __repr__(self) -> str:
        return f"FixedClock({self._today!r})"

    def today(self) -> date:
        return self._today

    def now_utc(self) -> datetime:
        return datetime.combine(self._today, time(0), tzinfo=UTC)
