"""Credit score and tier proposals: the documented weights, and properties a manager relies
on (a score stays in 0..100, paying later never helps, nothing proposes 'key')."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.credit_score import (
    HIGH_RISK,
    KEY,
    PREMIUM,
    REGULAR,
    PaymentHistory,
    propose_tier,
    reason_text,
    score,
)

# A customer of two years who always paid on time and owes nothing overdue.
GOOD = PaymentHistory(
    settled_count=24,
    settled_late_count=0,
    avg_days_late=0,
    overdue_fen=0,
    open_fen=50_000_00,
    written_off_fen=0,
    invoiced_fen=1_200_000_00,
    tenure_days=730,
    late_streak=0,
    days_since_late=None,
    days_since_write_off=None,
)


@st.composite
def histories(draw) -> PaymentHistory:
    settled = draw(st.integers(0, 500))
    late = draw(st.integers(0, settled))
    open_fen = draw(st.integers(0, 10**12))
    invoiced = draw(st.integers(0, 10**13))
    overdue = draw(st.integers(0, open_fen))
    return PaymentHistory(
        settled_count=settled,
        settled_late_count=late,
        avg_days_late=draw(st.integers(0, 1000)) if late else 0,
        overdue_fen=overdue,
        open_fen=open_fen,
        written_off_fen=draw(st.integers(0, invoiced)),
        invoiced_fen=invoiced,
        tenure_days=draw(st.integers(0, 5000)),
        late_streak=draw(st.integers(0, late)),
        max_days_overdue=draw(st.integers(1, 2000)) if overdue else 0,
        days_since_late=draw(st.one_of(st.none(), st.integers(0, 4000))) if late else None,
        days_since_write_off=draw(st.one_of(st.none(), st.integers(0, 4000))),
    )


TIERS = st.sampled_from([KEY, PREMIUM, REGULAR, HIGH_RISK, "government"])


def test_a_punctual_long_standing_customer_scores_100_and_says_why():
    result = score(GOOD)
    assert result.score == 100
    assert [reason_text(r) for r in result.reasons] == [
        "Paid all 24 invoices on time",
        "Nothing is overdue",
    ]


def test_the_documented_weights_add_up():
    history = replace(
        GOOD,
        settled_count=10,
        settled_late_count=5,  # 30 x 1/2 = 15
        avg_days_late=45,  # 25 x 45/90 = 12.5
        open_fen=100_00,
        overdue_fen=40_00,  # 25 x 0.4 = 10
        invoiced_fen=1_000_00,
        written_off_fen=50_00,  # 5% of invoicing: 20 x 0.5 = 10
        tenure_days=0,  # 10
    )
    result = score(history)
    assert result.score == 100 - 58  # 57.5 rounded half up
    texts = [reason_text(r) for r in result.reasons]
    assert texts == [
        "Paid 5 of 10 invoices late (-15 points)",
        "Paid 45 days late on average, weighted by amount (-13 points)",
        "¥40.00 of the open ¥100.00 is overdue (-10 points)",
        "¥50.00 written off as bad debt (-10 points)",
        "Customer for only 0 days (-10 points)",
    ]


@given(histories())
def test_score_is_within_0_and_100_and_every_reason_formats(history):
    result = score(history)
    assert 0 <= result.score <= 100
    for template, params in result.reasons:
        assert template.format(**params)


@given(histories(), st.integers(1, 50))
def test_more_late_invoices_never_raise_the_score(history, more):
    later = replace(
        history,
        settled_late_count=min(history.settled_late_count + more, history.settled_count),
    )
    assert score(later).score <= score(history).score


@given(histories(), st.integers(1, 400))
def test_paying_later_on_average_never_raises_the_score(history, days):
    later = replace(history, avg_days_late=history.avg_days_late + days)
    assert score(later).score <= score(history).score


@given(histories(), st.integers(1, 10**10))
def test_more_overdue_or_written_off_never_raises_the_score(history, extra):
    overdue = replace(history, overdue_fen=min(history.overdue_fen + extra, history.open_fen))
    written = replace(
        history, written_off_fen=min(history.written_off_fen + extra, history.invoiced_fen)
    )
    assert score(overdue).score <= score(history).score
    assert score(written).score <= score(history).score


@given(histories(), st.integers(1, 1000))
def test_a_longer_relationship_never_lowers_the_score(history, days):
    assert score(replace(history, tenure_days=history.tenure_days + days)).score >= (
        score(history).score
    )


@given(TIERS, histories())
def test_never_proposes_the_current_tier_or_a_key_account(current, history):
    proposed = propose_tier(current, score(history), history)
    assert proposed != current
    assert proposed != KEY
    if current == KEY:
        assert proposed in (None, HIGH_RISK)


@given(histories())
def test_a_customer_moved_back_to_regular_is_not_sent_straight_back(history):
    if propose_tier(HIGH_RISK, score(history), history) == REGULAR:
        assert propose_tier(REGULAR, score(history), history) != HIGH_RISK


def _late_payer(**changes) -> PaymentHistory:
    base = {"settled_late_count": 3, "avg_days_late": 20, "late_streak": 3, "days_since_late": 5}
    return replace(GOOD, **{**base, **changes})


def test_three_late_payments_in_a_row_propose_high_risk():
    history = _late_payer()
    assert propose_tier(REGULAR, score(history), history) == HIGH_RISK
    assert propose_tier(KEY, score(history), history) == HIGH_RISK
    two = _late_payer(late_streak=2)
    assert propose_tier(REGULAR, score(two), two) is None


def test_mostly_late_and_a_month_late_on_average_proposes_high_risk():
    history = replace(
        GOOD, settled_count=4, settled_late_count=3, avg_days_late=31, days_since_late=40
    )
    assert propose_tier(PREMIUM, score(history), history) == HIGH_RISK
    only_once = replace(
        GOOD,
        settled_count=1,
        settled_late_count=1,
        avg_days_late=60,
        days_since_late=40,
        late_streak=1,
    )
    assert propose_tier(REGULAR, score(only_once), only_once) is None


def test_a_recent_write_off_proposes_high_risk():
    history = replace(GOOD, written_off_fen=1_000_00, days_since_write_off=30)
    assert propose_tier(REGULAR, score(history), history) == HIGH_RISK


def test_an_invoice_unpaid_half_a_year_past_due_proposes_high_risk():
    # Nothing settled at all, so no late payment to count: the overdue invoice decides.
    never_pays = replace(
        GOOD, settled_count=0, open_fen=8_000_00, overdue_fen=8_000_00, max_days_overdue=181
    )
    assert propose_tier(REGULAR, score(never_pays), never_pays) == HIGH_RISK
    recent = replace(never_pays, max_days_overdue=180)
    assert propose_tier(REGULAR, score(recent), recent) is None


def test_a_year_on_time_proposes_premium_but_not_sooner_nor_after_a_late_payment():
    assert propose_tier(REGULAR, score(GOOD), GOOD) == PREMIUM
    young = replace(GOOD, tenure_days=300)
    assert propose_tier(REGULAR, score(young), young) is None
    late_this_year = replace(GOOD, settled_late_count=1, avg_days_late=1, days_since_late=200)
    assert propose_tier(REGULAR, score(late_this_year), late_this_year) is None
    overdue = replace(GOOD, overdue_fen=1)
    assert propose_tier(REGULAR, score(overdue), overdue) is None


def test_high_risk_returns_to_regular_after_six_months_clean():
    clean = replace(
        GOOD, settled_late_count=4, avg_days_late=10, days_since_late=200, late_streak=0
    )
    assert propose_tier(HIGH_RISK, score(clean), clean) == REGULAR
    recent = replace(clean, days_since_late=100)
    assert propose_tier(HIGH_RISK, score(recent), recent) is None


@pytest.mark.parametrize("current", [PREMIUM, KEY, "government"])
def test_good_customers_outside_regular_are_left_alone(current):
    assert propose_tier(current, score(GOOD), GOOD) is None
