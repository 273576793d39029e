from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.aging import (
    DEFAULT_BUCKETS,
    DEFAULT_PROVISION_RATES_BP,
    PROVISION_BUCKETS,
    Bucket,
    bucket_for,
    days_overdue,
    make_buckets,
    provision_bucket_for,
    provision_fen,
)

DEFAULT_KEYS = ("current", "1-30", "31-60", "61-90", "91-180", "181-365", "365+")


def test_default_buckets_match_the_report_columns() -> None:
    assert tuple(b.key for b in DEFAULT_BUCKETS) == DEFAULT_KEYS
    assert DEFAULT_BUCKETS[0] == Bucket("current", None, 0)
    assert DEFAULT_BUCKETS[-1] == Bucket("365+", 366, None)
    assert make_buckets([30, 60, 90, 180, 365]) == DEFAULT_BUCKETS


@pytest.mark.parametrize(
    ("days", "key"),
    [
        (-1000, "current"),
        (-1, "current"),
        (0, "current"),  # due today is not yet overdue
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "91-180"),
        (180, "91-180"),
        (181, "181-365"),
        (365, "181-365"),
        (366, "365+"),
        (10_000, "365+"),
    ],
)
def test_bucket_for_boundaries(days: int, key: str) -> None:
    assert bucket_for(days).key == key


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_every_day_count_is_in_exactly_one_bucket(days: int) -> None:
    holders = [b for b in DEFAULT_BUCKETS if b.contains(days)]
    assert len(holders) == 1
    assert bucket_for(days) is holders[0]


@given(
    st.lists(st.integers(min_value=1, max_value=2000), min_size=1, max_size=8, unique=True),
    st.integers(min_value=-5000, max_value=5000),
)
def test_configured_buckets_partition_all_days(bounds: list[int], days: int) -> None:
    buckets = make_buckets(sorted(bounds))
    assert len(buckets) == len(bounds) + 2
    assert sum(b.contains(days) for b in buckets) == 1


def test_make_buckets_keys_and_bounds() -> None:
    assert make_buckets([15, 45]) == (
        Bucket("current", None, 0),
        Bucket("1-15", 1, 15),
        Bucket("16-45", 16, 45),
        Bucket("45+", 46, None),
    )
    assert bucket_for(46, make_buckets([15, 45])).key == "45+"


@pytest.mark.parametrize("bounds", [[], [0, 30], [-5], [30, 30], [60, 30], [30, 29.5], [True]])
def test_make_buckets_rejects_bad_bounds(bounds: list[int]) -> None:
    with pytest.raises(ValueError):
        make_buckets(bounds)


@pytest.mark.parametrize(
    ("as_of", "due", "days"),
    [
        (date(2024, 3, 1), date(2024, 2, 28), 2),  # leap year
        (date(2023, 3, 1), date(2023, 2, 28), 1),
        (date(2024, 1, 1), date(2024, 1, 31), -30),
        (date(2024, 5, 5), date(2024, 5, 5), 0),
        (date(2025, 1, 1), date(2024, 1, 1), 366),
    ],
)
def test_days_overdue(as_of: date, due: date, days: int) -> None:
    assert days_overdue(as_of, due) == days


def test_one_year_and_a_day_overdue_is_the_last_default_bucket() -> None:
    assert bucket_for(days_overdue(date(2025, 1, 2), date(2024, 1, 1))).key == "365+"
    assert bucket_for(days_overdue(date(2024, 12, 31), date(2024, 1, 1))).key == "181-365"


@pytest.mark.parametrize(
    ("days", "key"),
    [
        (-30, "1年以内"),
        (0, "1年以内"),
        (365, "1年以内"),
        (366, "1-2年"),
        (730, "1-2年"),
        (731, "2-3年"),
        (1095, "2-3年"),
        (1096, "3年以上"),
        (5000, "3年以上"),
    ],
)
def test_provision_buckets(days: int, key: str) -> None:
    assert provision_bucket_for(days).key == key


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_every_day_count_is_in_exactly_one_provision_bucket(days: int) -> None:
    assert sum(b.contains(days) for b in PROVISION_BUCKETS) == 1


def test_default_provision_rates() -> None:
    assert [b.key for b in PROVISION_BUCKETS] == list(DEFAULT_PROVISION_RATES_BP)
    assert dict(DEFAULT_PROVISION_RATES_BP) == {
        "1年以内": 500,
        "1-2年": 1000,
        "2-3年": 3000,
        "3年以上": 10_000,
    }
    with pytest.raises(TypeError):
        DEFAULT_PROVISION_RATES_BP["1年以内"] = 0  # type: ignore[index]


@pytest.mark.parametrize(
    ("open_fen", "rate_bp", "provision"),
    [
        (100_000, 500, 5_000),
        (12_345, 500, 617),  # 617.25
        (12_350, 500, 618),  # 617.5 rounds up
        (-12_350, 500, -618),
        (12_345, 10_000, 12_345),
        (12_345, 0, 0),
        (1, 3000, 0),  # 0.3
        (5, 1000, 1),  # 0.5
    ],
)
def test_provision_fen(open_fen: int, rate_bp: int, provision: int) -> None:
    assert provision_fen(open_fen, rate_bp) == provision


@pytest.mark.parametrize("rate_bp", [-1, 10_001])
def test_provision_fen_rejects_rates_outside_0_to_100_percent(rate_bp: int) -> None:
    with pytest.raises(ValueError):
        provision_fen(100, rate_bp)
