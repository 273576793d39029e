"""The charts' data: each month's figures are the KPI service's for that month, the aging
buckets add up to the aging report's, the top ten are the dashboard's, and every filter
(salesperson, tier, test category) keeps all of them to the same customers or invoices.

Two customers (as of 2026-06-30):

    甲 (孙's, key tier)    I1 1,000.00 issued 03-01 (due 03-31), 400.00 paid 04-10
                          I2   200.00 issued 06-20 (due 07-20), project category 水质
    乙 (周's, regular)     I3   300.00 issued 05-01 (due 05-31), project category 土壤
"""

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.models import Project
from app.services.ledger.aging_service import AgingBy, aging_report
from app.services.reports.chart_service import ChartFilter, chart_choices, chart_data
from app.services.reports.dashboard_service import dashboard_figures
from app.services.reports.kpi_service import KpiGroup, kpi_report, receivables_on
from app.services.reports.periods import Interval, Period
from tests import factories

D = date
AS_OF = D(2026, 6, 30)


def _project(s, cust, code: str, category: str) -> Project:
    project = Project(
        code=code,
        customer_id=cust.id,
        title=code,
        test_category=category,
        stage="invoiced",
        stage_since=D(2026, 1, 1),
    )
    s.add(project)
    s.flush()
    return project


@pytest.fixture
def ledger(db):
    with db.write() as s:
        sun = factories.user(s, "孙销售")
        zhou = factories.user(s, "周销售")
        jia = factories.customer(s, "甲检测客户", tier_code="key", owner=sun)
        yi = factories.customer(s, "乙检测客户", owner=zhou)
        i1 = factories.invoice(s, jia, 100_000, D(2026, 3, 1))
        factories.payment(s, jia, 40_000, D(2026, 4, 10), [(i1, 40_000)])
        i2 = factories.invoice(s, jia, 20_000, D(2026, 6, 20))
        i2.project_id = _project(s, jia, "P1", "水质").id
        i3 = factories.invoice(s, yi, 30_000, D(2026, 5, 1))
        i3.project_id = _project(s, yi, "P2", "土壤").id
        key_tier = jia.tier_id
    return {"db": db, "sun": sun.id, "zhou": zhou.id, "jia": jia.id, "yi": yi.id, "key": key_tier}


def test_every_month_is_the_kpi_report_of_that_month(ledger):
    chosen = ChartFilter.last_months(AS_OF, 6)
    with ledger["db"].read() as s:
        data = chart_data(s, AS_OF, chosen)
        expected = [
            kpi_report(s, piece, settlements=False, due=False).total
            for piece in chosen.period.split(Interval.MONTH)
        ]
    assert [m.label for m in data.months] == [
        "2026-01",
        "2026-02",
        "2026-03",
        "2026-04",
        "2026-05",
        "2026-06",
    ]
    assert [(m.invoiced_fen, m.collected_fen) for m in data.months] == [
        (e.invoiced_fen, e.collected_fen) for e in expected
    ]
    assert [m.invoiced_fen for m in data.months] == [0, 0, 100_000, 0, 30_000, 20_000]
    assert [m.collected_fen for m in data.months] == [0, 0, 0, 40_000, 0, 0]
    assert [(m.overdue_ratio, m.dso_days) for m in data.months] == [
        (e.overdue_ratio, e.dso_days) for e in expected
    ]


def test_aging_and_top_ten_agree_with_the_aging_report_and_the_dashboard(ledger):
    with ledger["db"].read() as s:
        data = chart_data(s, AS_OF, ChartFilter.last_months(AS_OF))
        aging = aging_report(s, AS_OF, AgingBy.CUSTOMER)
        dashboard = dashboard_figures(s, AS_OF)
        owed = receivables_on(s, AS_OF, KpiGroup.CUSTOMER)
    # The dashboard ranks in SQL; the KPI service's own per-customer AR says the same.
    assert [(c.customer_id, c.overdue_fen, c.total_fen) for c in dashboard.top_overdue] == sorted(
        ((k, r.overdue_fen, r.total_fen) for k, r in owed.items() if r.overdue_fen > 0),
        key=lambda row: -row[1],
    )
    totals = [sum(row.amounts[i] for row in aging.rows) for i in range(len(aging.buckets))]
    assert [(b.key, b.open_fen) for b in data.buckets] == [
        (bucket.key, total) for bucket, total in zip(aging.buckets, totals, strict=True)
    ]
    assert data.open_fen == 110_000  # 600.00 + 200.00 + 300.00
    assert data.top_overdue == dashboard.top_overdue
    assert [(c.name, c.overdue_fen, c.total_fen) for c in data.top_overdue] == [
        ("甲检测客户", 60_000, 80_000),
        ("乙检测客户", 30_000, 30_000),
    ]


def test_filters_keep_every_chart_to_the_same_rows(ledger):
    period = Period(D(2026, 1, 1), AS_OF)
    with ledger["db"].read() as s:
        by_person = chart_data(s, AS_OF, ChartFilter(period, salesperson_id=ledger["zhou"]))
        by_tier = chart_data(s, AS_OF, ChartFilter(period, tier_id=ledger["key"]))
        by_category = chart_data(s, AS_OF, ChartFilter(period, category="水质"))
        tier_may = kpi_report(s, Period(D(2026, 5, 1), D(2026, 5, 31)), KpiGroup.TIER, due=False)
    assert [c.name for c in by_person.top_overdue] == ["乙检测客户"]
    assert by_person.open_fen == 30_000
    assert sum(m.invoiced_fen for m in by_person.months) == 30_000
    assert [c.name for c in by_tier.top_overdue] == ["甲检测客户"]
    assert by_tier.open_fen == 80_000
    assert sum(m.invoiced_fen for m in by_tier.months) == 120_000
    key_may = next(r for r in tier_may.rows if r.key == ledger["key"])
    assert by_tier.months[4].overdue_ratio == key_may.overdue_ratio
    # Only I2 is 水质: 200.00 open, not yet due, so nobody is overdue in it.
    assert by_category.open_fen == 20_000
    assert [b.open_fen for b in by_category.buckets if b.key == "current"] == [20_000]
    assert by_category.top_overdue == ()
    assert [m.invoiced_fen for m in by_category.months] == [0, 0, 0, 0, 0, 20_000]


def test_a_tier_and_a_category_together_are_refused():
    with pytest.raises(ValidationError):
        ChartFilter(Period(D(2026, 1, 1), AS_OF), tier_id=1, category="水质")


def test_choices_name_the_owners_tiers_and_categories(ledger):
    with ledger["db"].read() as s:
        choices = chart_choices(s)
    assert {p.name for p in choices.salespeople} == {"孙销售", "周销售"}
    assert set(choices.categories) == {"土壤", "水质"}
    assert any(t.key == ledger["key"] for t in choices.tiers)
