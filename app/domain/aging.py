"""Aging buckets by days overdue, and bad-debt provision buckets (坏账准备) by years."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from app.domain.money import div_half_up


@dataclass(frozen=True)
class Bucket:
    """Days-overdue range with inclusive bounds; None means unbounded on that side."""

    key: str
    low: int | None
    high: int | None

    def contains(self, days: int) -> bool:
        return (self.low is None or days >= self.low) and (self.high is None or days <= self.high)


def make_buckets(upper_bounds: Sequence[int]) -> tuple[Bucket, ...]:
    """'current' (not yet due), one bucket per upper bound, and an open-ended last bucket.

    [30, 60] gives current, 1-30, 31-60, 60+.
    """
    if not upper_bounds:
        raise ValueError("at least one bucket bound is needed")
    previous = 0
    for bound in upper_bounds:
        if not isinstance(bound, int) or isinstance(bound, bool) or bound <= previous:
            raise ValueError(
                f"bucket bounds must be strictly increasing positive integers: {upper_bounds}"
            )
        previous = bound
    buckets = [Bucket("current", None, 0)]
    low = 1
    for bound in upper_bounds:
        buckets.append(Bucket(f"{low}-{bound}", low, bound))
        low = bound + 1
    buckets.append(Bucket(f"{upper_bounds[-1]}+", low, None))
    return tuple(buckets)


DEFAULT_BUCKETS: tuple[Bucket, ...] = make_buckets([30, 60, 90, 180, 365])


def days_overdue(as_of: date, due: date) -> int:
    """Positive once past due; zero or negative while the invoice is current."""
    return (as_of - due).days


def bucket_for(days: int, buckets: Sequence[Bucket] = DEFAULT_BUCKETS) -> Bucket:
    for bucket in buckets:
        if bucket.contains(days):
            return bucket
    raise ValueError(f"no bucket holds {days} days")


# Accounting age bands count whole years of 365 days from the due date; amounts not yet
# due fall in the first band.
PROVISION_BUCKETS: tuple[Bucket, ...] = (
    Bucket("1年以内", None, 365),
    Bucket("1-2年", 366, 730),
    Bucket("2-3年", 731, 1095),
    Bucket("3年以上", 1096, None),
)

DEFAULT_PROVISION_RATES_BP: Mapping[str, int] = MappingProxyType(
    {"1年以内": 500, "1-2年": 1000, "2-3年": 3000, "3年以上": 10_000}
)


def provision_bucket_for(days: int) -> Bucket:
    return bucket_for(days, PROVISION_BUCKETS)


def provision_fen(open_fen: int, rate_bp: int) -> int:
    """Provision on an open balance at rate_bp basis points, rounded half-up to the fen."""
    if not 0 <= rate_bp <= 10_000:
        raise ValueError(f"provision rate must be 0-10000 bp, got {rate_bp}")
    return div_half_up(open_fen * rate_bp, 10_000)
