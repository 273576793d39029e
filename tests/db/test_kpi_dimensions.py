"""The KPIs of the 报表 section per dimension on the hand-worked ledger of
tests/report_ledgers.py (second quarter of 2026: a red-letter credit and a bounced payment
in it), the groups adding up to the whole ledger where the figures add up, the bad-debt
provision, and the scorecard's weights deciding the ranking."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import PermissionDeniedError
from app.services.reports.kpi_service import KpiFigures, KpiGroup, kpi_report
from app.services.reports.performance_service import (
    ScorecardSettings,
    performance_report,
    save_scorecard_settings,
)
from app.services.reports.targets_service import set_target
from tests.report_ledgers import Q2, D, build_q2_ledger

# Figures that add up over the customers, salespeople and tiers.
ADDITIVE = (
    "opening_ar_fen",
    "total_ar_fen",
    "overdue_ar_fen",
    "prepaid_fen",
    "invoiced_fen",
    "collected_fen",
    "applied_fen",
    "written_off_fen",
    "due_fen",
    "settled_fen",
    "settled_on_time_fen",
    "settled_fen_days",
    "provision_fen",
)


@pytest.fixture
def ledger(db):
    return build_q2_ledger(db)


def report(ledger, group: KpiGroup):
    with ledger["db"].read() as s:
        return kpi_report(s, Q2, group, countback=True, provision=True)


def test_the_whole_ledger_by_hand(ledger):
    f = report(ledger, KpiGroup.NONE).total
    assert (f.opening_ar_fen, f.total_ar_fen, f.overdue_ar_fen) == (100_000, 150_000, 100_000)
    # C 800.00 + B 600.00 - the red-letter credit 100.00.
    assert f.invoiced_fen == 130_000
    # P1 500 + P2 300 - P2 bounced 300 + P3 300 + P4 100.
    assert f.collected_fen == 90_000
    assert f.due_fen == 60_000  # B only: A fell due before, C after the quarter
    assert f.overdue_ratio == Decimal("0.6667")
    assert f.dso_days == Decimal("105.0")  # 150,000 / 130,000 x 91
    assert f.cei == Decimal("44.44")  # 80,000 / (230,000 - 50,000)
    assert f.collection_rate == Decimal("1.5000")
    # Standing settlements: P1 50,000 after 50 days (late), P3 30,000 after 66 (on time).
    assert f.average_days_to_pay == Decimal("56.0")
    assert f.on_time_rate == Decimal("0.3750")
    assert f.prepaid_fen == 10_000
    # Every open invoice is less than a year past due: 5%.
    assert f.provision_fen == 7_500


def test_by_customer_by_hand(ledger):
    rows = {r.label: r for r in report(ledger, KpiGroup.CUSTOMER).rows}
    jia, yi = rows["甲检测客户"], rows["乙检测客户"]
    assert (jia.opening_ar_fen, jia.total_ar_fen, jia.overdue_ar_fen) == (100_000, 100_000, 100_000)
    assert (jia.invoiced_fen, jia.collected_fen, jia.due_fen) == (50_000, 50_000, 60_000)
    assert jia.dso_days == Decimal("182.0")
    assert jia.cei == Decimal("33.33")
    assert jia.collection_rate == Decimal("0.8333")
    assert (jia.average_days_to_pay, jia.on_time_rate) == (Decimal("50.0"), Decimal("0.0000"))
    assert jia.provision_fen == 5_000
    assert (yi.opening_ar_fen, yi.total_ar_fen, yi.overdue_ar_fen) == (0, 50_000, 0)
    assert (yi.invoiced_fen, yi.collected_fen, yi.due_fen) == (80_000, 40_000, 0)
    assert yi.collection_rate is None  # nothing fell due
    assert (yi.dso_days, yi.cei) == (Decimal("56.9"), Decimal("100.00"))
    assert (yi.average_days_to_pay, yi.on_time_rate) == (Decimal("66.0"), Decimal("1.0000"))
    assert (yi.prepaid_fen, yi.provision_fen) == (10_000, 2_500)


@pytest.mark.parametrize("group", [KpiGroup.CUSTOMER, KpiGroup.SALESPERSON, KpiGroup.TIER])
def test_the_groups_add_up_to_the_whole_ledger(ledger, group):
    whole = report(ledger, KpiGroup.NONE).total
    grouped = report(ledger, group)
    assert len(grouped.rows) == 2
    for name in ADDITIVE:
        assert sum(getattr(r, name) for r in grouped.rows) == getattr(whole, name), name
        assert getattr(grouped.total, name) == getattr(whole, name), name
    # The ratios of the summed figures are the whole ledger's.
    for ratio in ("overdue_ratio", "dso_days", "cei", "collection_rate", "average_days_to_pay"):
        assert getattr(grouped.total, ratio) == getattr(whole, ratio), ratio


def test_by_salesperson_and_tier_the_rows_are_the_customers(ledger):
    by_customer = {r.key: r for r in report(ledger, KpiGroup.CUSTOMER).rows}
    by_seller = {r.key: r for r in report(ledger, KpiGroup.SALESPERSON).rows}
    for seller, customer in ((ledger["sun"], ledger["jia"]), (ledger["zhou"], ledger["yi"])):
        a, b = by_seller[seller], by_customer[customer]
        assert [getattr(a, n) for n in ADDITIVE] == [getattr(b, n) for n in ADDITIVE]
        assert a.countback_dso_days == b.countback_dso_days
    tiers = {r.label: r.total_ar_fen for r in report(ledger, KpiGroup.TIER).rows}
    assert sorted(tiers.values()) == [50_000, 100_000]


def test_by_category_by_hand(ledger):
    rows = {r.key: r for r in report(ledger, KpiGroup.CATEGORY).rows}
    water, soil = rows["水质"], rows["土壤"]
    # 水质: A 500.00 open and overdue, C 500.00 current.
    assert (water.opening_ar_fen, water.total_ar_fen, water.overdue_ar_fen) == (
        100_000,
        100_000,
        50_000,
    )
    assert (water.invoiced_fen, water.collected_fen) == (80_000, 80_000)
    assert (soil.opening_ar_fen, soil.total_ar_fen, soil.overdue_ar_fen) == (0, 50_000, 50_000)
    # B's P2 applied and taken back in the quarter: nothing collected on 土壤.
    assert (soil.invoiced_fen, soil.collected_fen, soil.due_fen) == (50_000, 0, 60_000)
    whole = report(ledger, KpiGroup.NONE).total
    for name in ("total_ar_fen", "overdue_ar_fen", "invoiced_fen", "opening_ar_fen"):
        assert water.__getattribute__(name) + soil.__getattribute__(name) == getattr(whole, name)
    # Money applied, not received: the prepayment is in no category.
    assert water.collected_fen + soil.collected_fen == whole.collected_fen - 10_000
    assert water.provision_fen + soil.provision_fen == whole.provision_fen


def test_a_period_without_the_reversal_differs_as_it_should(ledger):
    # May alone: B issued before, due in it (600.00 open on 04-30), the credit and P2 in it.
    with ledger["db"].read() as s:
        may: KpiFigures = kpi_report(s, type(Q2)(D(2026, 5, 1), D(2026, 5, 31))).total
    assert may.due_fen == 60_000
    assert may.invoiced_fen == -10_000
    assert may.collected_fen == 30_000
    assert may.collection_rate == Decimal("0.5000")


def test_the_scorecard_weights_change_the_ranking(ledger):
    db, on = ledger["db"], ledger["on"]

    def ranking() -> list[int]:
        with db.read() as s:
            return [p.salesperson_id for p in performance_report(s, Q2)]

    with db.read() as s:
        rows = {p.salesperson_id: p for p in performance_report(s, Q2)}
    sun, zhou = rows[ledger["sun"]], rows[ledger["zhou"]]
    # 孙 collected his 500.00; 周 400.00 of 800.00 but all on time and nothing overdue.
    assert (sun.collected_fen, sun.achievement) == (50_000, Decimal("1.0000"))
    assert (zhou.collected_fen, zhou.achievement) == (40_000, Decimal("0.5000"))
    assert sun.score == Decimal("43.3")  # (40 x 100 + 10 x 60/182 x 100) / 100
    assert zhou.score == Decimal("80.0")
    assert ranking() == [ledger["zhou"], ledger["sun"]]
    manager = on(D(2026, 7, 1), ledger["manager"])
    save_scorecard_settings(db, manager, ScorecardSettings(100, 0, 0, 0, 60))
    assert ranking() == [ledger["sun"], ledger["zhou"]]


def test_a_salesperson_may_not_set_targets(ledger):
    from dataclasses import replace

    from app.domain.enums import Role

    seller = replace(ledger["finance"], user_id=ledger["sun"], login="sun", role=Role.SALES)
    with pytest.raises(PermissionDeniedError):
        set_target(ledger["db"], seller, ledger["sun"], D(2026, 5, 1), 1_000_000)
