from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.clock import Clock, FixedClock, SystemClock


def test_fixed_clock() -> None:
    clock: Clock = FixedClock(date(2024, 2, 29))
    assert clock.today() == date(2024, 2, 29)
    assert clock.now_utc() == datetime(2024, 2, 29, tzinfo=UTC)
    assert clock.now_utc().utcoffset() == timedelta(0)


def test_fixed_clock_refuses_datetimes() -> None:
    with pytest.raises(TypeError):
        FixedClock(datetime(2024, 2, 29, 12, 0))


def test_system_clock_is_current_and_aware() -> None:
    clock: Clock = SystemClock()
    before = datetime.now(UTC)
    now = clock.now_utc()
    assert now.utcoffset() == timedelta(0)
    assert before <= now <= datetime.now(UTC)
    assert abs(clock.today() - date.today()) <= timedelta(days=1)
