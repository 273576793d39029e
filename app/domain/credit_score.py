"""Credit score from payment history, and the tier change it suggests.

The score starts at 100 and loses points for each weakness, each capped so that one bad
habit cannot hide the others:

=================================  ==========  ==============================================
factor                             max points  deduction
=================================  ==========  ==============================================
invoices settled late              30          30 x late / settled
average days late (by amount)      25          25 x min(days, 90) / 90
overdue share of the open balance  25          25 x overdue / open
written off share of invoicing     20          20 x min(10 x written off / invoiced, 1)
short tenure                       10          10 x (365 - min(tenure, 365)) / 365
=================================  ==========  ==============================================

The sum is rounded half up once and the score never goes below 0. Every deduction only
grows with its input, so more lateness never raises a score.

Reasons are (template, params) pairs: English templates the GUI translates, filled with
params (amounts already formatted as ``¥1,234.00``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from math import floor

from app.domain.money import Money

Reason = tuple[str, Mapping[str, object]]

LATE_SHARE_POINTS = 30
DAYS_LATE_POINTS = 25
DAYS_LATE_CAP = 90
OVERDUE_POINTS = 25
WRITE_OFF_POINTS = 20
WRITE_OFF_FULL_SHARE = Fraction(1, 10)  # 10% of invoicing written off costs all 20 points
TENURE_POINTS = 10
TENURE_FULL_DAYS = 365

# Tier codes the rules know (the default tiers); 'key' is never proposed.
KEY, PREMIUM, REGULAR, HIGH_RISK = "key", "premium", "regular", "high_risk"

# Paying a few days late is common; the late streak counts only payments more than this
# many days past due (the default tiers escalate after 15 to 60 days).
STREAK_LATE_DAYS = 30
HIGH_RISK_STREAK = 3  # this many latest settled invoices each paid over a month late
HIGH_RISK_LATE_SHARE = Fraction(1, 2)  # more than half paid late ...
HIGH_RISK_DAYS_LATE = 30  # ... more than 30 days late on average ...
HIGH_RISK_MIN_LATE = 2  # ... and at least twice: one late invoice is not a habit
HIGH_RISK_OVERDUE_DAYS = 180  # something unpaid half a year past due
CLEAN_DAYS = 182  # six months without a late payment or write-off
PREMIUM_TENURE_DAYS = 365
PREMIUM_CLEAN_DAYS = 365
PREMIUM_MIN_SETTLED = 3
PREMIUM_MIN_SCORE = 80


@dataclass(frozen=True)
class PaymentHistory:
    """A customer's payment record as of a date. Settled means fully paid; the counts and
    the average days late cover settled invoices only (what is still open shows in
    ``overdue_fen``)."""

    settled_count: int = 0
    settled_late_count: int = 0
    avg_days_late: int = 0  # weighted by amount; invoices paid on time count as 0
    overdue_fen: int = 0
    open_fen: int = 0
    written_off_fen: int = 0
    invoiced_fen: int = 0
    tenure_days: int = 0
    # Latest settled invoices (by due date) each paid more than STREAK_LATE_DAYS late.
    late_streak: int = 0
    days_since_late: int | None = None  # since the last invoice settled late; None: never
    days_since_write_off: int | None = None  # since the last write-off; None: never
    max_days_overdue: int = 0  # how long the oldest open invoice is past due

    @property
    def late_share(self) -> Fraction:
        if self.settled_count <= 0:
            return Fraction(0)
        return Fraction(self.settled_late_count, self.settled_count)


@dataclass(frozen=True)
class CreditScore:
    score: int  # 0..100, higher is better
    reasons: tuple[Reason, ...]


def reason_text(reason: Reason) -> str:
    """The English sentence, for the command line and logs."""
    template, params = reason
    return template.format(**params)


def _round_half_up(value: Fraction) -> int:
    return floor(value + Fraction(1, 2))


def _share(part: int, whole: int) -> Fraction:
    if whole <= 0 or part <= 0:
        return Fraction(0)
    return min(Fraction(part, whole), Fraction(1))


def score(history: PaymentHistory) -> CreditScore:
    h = history
    reasons: list[Reason] = []
    deductions: list[Fraction] = []

    late = LATE_SHARE_POINTS * _share(h.settled_late_count, h.settled_count)
    deductions.append(late)
    if h.settled_late_count > 0:
        reasons.append(
            (
                "Paid {late} of {total} invoices late (-{points} points)",
                {
                    "late": h.settled_late_count,
                    "total": h.settled_count,
                    "points": _round_half_up(late),
                },
            )
        )
    elif h.settled_count > 0:
        reasons.append(("Paid all {total} invoices on time", {"total": h.settled_count}))

    days = DAYS_LATE_POINTS * Fraction(min(max(h.avg_days_late, 0), DAYS_LATE_CAP), DAYS_LATE_CAP)
    deductions.append(days)
    if h.avg_days_late > 0:
        reasons.append(
            (
                "Paid {days} days late on average, weighted by amount (-{points} points)",
                {"days": h.avg_days_late, "points": _round_half_up(days)},
            )
        )

    overdue = OVERDUE_POINTS * _share(h.overdue_fen, h.open_fen)
    deductions.append(overdue)
    if h.overdue_fen > 0:
        reasons.append(
            (
                "{overdue} of the open {open} is overdue (-{points} points)",
                {
                    "overdue": Money(h.overdue_fen).format(),
                    "open": Money(h.open_fen).format(),
                    "points": _round_half_up(overdue),
                },
            )
        )
    elif h.open_fen > 0:
        reasons.append(("Nothing is overdue", {}))

    written = WRITE_OFF_POINTS * min(
        _share(h.written_off_fen, h.invoiced_fen) / WRITE_OFF_FULL_SHARE, Fraction(1)
    )
    if h.written_off_fen > 0 and h.invoiced_fen <= 0:
        written = Fraction(WRITE_OFF_POINTS)
    deductions.append(written)
    if h.written_off_fen > 0:
        reasons.append(
            (
                "{amount} written off as bad debt (-{points} points)",
                {"amount": Money(h.written_off_fen).format(), "points": _round_half_up(written)},
            )
        )

    short = TENURE_POINTS * Fraction(
        TENURE_FULL_DAYS - min(max(h.tenure_days, 0), TENURE_FULL_DAYS), TENURE_FULL_DAYS
    )
    deductions.append(short)
    if h.tenure_days < TENURE_FULL_DAYS:
        reasons.append(
            (
                "Customer for only {days} days (-{points} points)",
                {"days": max(h.tenure_days, 0), "points": _round_half_up(short)},
            )
        )

    total = max(0, 100 - _round_half_up(sum(deductions, Fraction(0))))
    return CreditScore(total, tuple(reasons))


def is_clean(history: PaymentHistory, days: int = CLEAN_DAYS) -> bool:
    """Nothing overdue, the latest settled invoice paid on time, and no late payment or
    write-off for ``days``."""
    h = history
    return (
        h.overdue_fen <= 0
        and h.late_streak == 0
        and (h.days_since_late is None or h.days_since_late >= days)
        and (h.days_since_write_off is None or h.days_since_write_off >= days)
    )


def high_risk_reasons(history: PaymentHistory) -> tuple[Reason, ...]:
    """Why the customer counts as high risk; empty when it does not. A customer clean for
    six months is never high risk, so a tier moved back to regular does not bounce."""
    h = history
    if is_clean(h):
        return ()
    found: list[Reason] = []
    if h.late_streak >= HIGH_RISK_STREAK:
        found.append(
            (
                "The last {count} settled invoices were each paid more than {days} days late",
                {"count": h.late_streak, "days": STREAK_LATE_DAYS},
            )
        )
    if (
        h.settled_late_count >= HIGH_RISK_MIN_LATE
        and h.late_share > HIGH_RISK_LATE_SHARE
        and h.avg_days_late > HIGH_RISK_DAYS_LATE
    ):
        found.append(
            (
                "Paid {late} of {total} invoices late, {days} days on average",
                {"late": h.settled_late_count, "total": h.settled_count, "days": h.avg_days_late},
            )
        )
    if h.days_since_write_off is not None and h.days_since_write_off < CLEAN_DAYS:
        found.append(("Bad debt written off {days} days ago", {"days": h.days_since_write_off}))
    if h.max_days_overdue > HIGH_RISK_OVERDUE_DAYS:
        found.append(
            (
                "{amount} overdue, the oldest invoice {days} days past due",
                {"amount": Money(h.overdue_fen).format(), "days": h.max_days_overdue},
            )
        )
    return tuple(found)


def premium_ready(score: CreditScore, history: PaymentHistory) -> bool:
    """A year as a customer, at least a few invoices settled, no late payment or write-off
    in the last year, nothing overdue and a good score."""
    h = history
    return (
        h.tenure_days >= PREMIUM_TENURE_DAYS
        and h.settled_count >= PREMIUM_MIN_SETTLED
        and is_clean(h, PREMIUM_CLEAN_DAYS)
        and score.score >= PREMIUM_MIN_SCORE
    )


def tier_suggestion(
    current_code: str, score: CreditScore, history: PaymentHistory
) -> tuple[str, Reason] | None:
    """The tier code to propose and the rule's reason, or None to leave the tier alone.

    - any tier but high risk -> high risk on repeated late payment, a recent write-off or
      an invoice unpaid half a year past due;
    - high risk -> regular after six months clean;
    - regular -> premium after a year on time.
    Key accounts are a sales decision: never proposed, and a key account is only ever
    proposed down to high risk. User-defined tiers are only ever proposed down to high risk.
    """
    risky = high_risk_reasons(history)
    if risky:
        return None if current_code == HIGH_RISK else (HIGH_RISK, risky[0])
    if current_code == HIGH_RISK and is_clean(history):
        return REGULAR, (
            "No late payment, write-off or overdue invoice for {days} days",
            {"days": CLEAN_DAYS},
        )
    if current_code == REGULAR and premium_ready(score, history):
        return PREMIUM, (
            "A customer for {days} days, every invoice of the last year paid on time",
            {"days": history.tenure_days},
        )
    return None


def propose_tier(current_code: str, score: CreditScore, history: PaymentHistory) -> str | None:
    """The tier code to propose (never the current one, never 'key'), or None."""
    suggestion = tier_suggestion(current_code, score, history)
    return None if suggestion is None else suggestion[0]
