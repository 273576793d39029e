"""KPIs on a demo database: AR and overdue AR equal the aging report's for every grouping
and day, the ledger identities hold to the fen for any period, and `labledger report kpi`
prints exactly the DESIGN.md keys in the documented formats."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.cli import main
from app.db.location import resolve
from app.demo.generator import generate_demo
from app.models import Invoice
from app.services.core.startup import open_database
from app.services.ledger.aging_service import AgingBy, aging_report
from app.services.ledger.as_of import invoice_open_amounts
from app.services.reports.kpi_service import KpiGroup, kpi_report
from app.services.reports.periods import Period

TODAY = date(2026, 6, 30)
KEYS = [
    "total_ar",
    "overdue_ar",
    "overdue_ratio",
    "dso_days",
    "cei",
    "invoiced",
    "collected",
    "collection_rate",
    "written_off",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("kpi") / "demo.sqlite3"
    db, _ = open_database(resolve(str(path)))
    generate_demo(db, customers=30, invoices=1200, seed=11, today=TODAY)
    yield str(path), db
    db.dispose()


GROUPS = {
    KpiGroup.CUSTOMER: AgingBy.CUSTOMER,
    KpiGroup.SALESPERSON: AgingBy.SALESPERSON,
    KpiGroup.TIER: AgingBy.TIER,
    KpiGroup.CATEGORY: AgingBy.CATEGORY,
}


@pytest.mark.parametrize("day", [TODAY, date(2025, 12, 31), date(2025, 6, 30)])
def test_ar_and_overdue_ar_equal_the_aging_report(demo, day):
    _, db = demo
    with db.read() as s:
        total = kpi_report(s, Period(day - timedelta(days=90), day)).total
        aging = aging_report(s, day)
        assert total.total_ar_fen == aging.total_fen > 0
        assert total.overdue_ar_fen == aging.total_fen - aging.totals[0] > 0
        assert total.prepaid_fen == aging.prepaid_fen
        for group, by in GROUPS.items():
            report = kpi_report(s, Period(day, day), group, settlements=False)
            rows = aging_report(s, day, by).rows
            assert {r.key: r.total_ar_fen for r in report.rows if r.total_ar_fen} == {
                r.key: r.total_fen for r in rows if r.total_fen
            }
            assert {r.key: r.overdue_ar_fen for r in report.rows if r.overdue_ar_fen} == {
                r.key: r.total_fen - r.amounts[0] for r in rows if r.total_fen - r.amounts[0]
            }


days = st.integers(min_value=0, max_value=(TODAY - date(2024, 1, 1)).days)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=days, second=days, group=st.sampled_from(list(KpiGroup)))
def test_opening_ar_plus_movements_is_closing_ar_to_the_fen(demo, first, second, group):
    _, db = demo
    start, end = sorted(date(2024, 1, 1) + timedelta(days=d) for d in (first, second))
    with db.read() as s:
        report = kpi_report(s, Period(start, end), group)
    for f in (*report.rows, report.total):
        # On invoices: what was applied to them settles them.
        assert f.opening_ar_fen + f.invoiced_fen - f.applied_fen - f.written_off_fen == (
            f.total_ar_fen
        )
        if group is not KpiGroup.CATEGORY:
            # Net of prepayments: cash received (less reversals) settles it.
            assert f.opening_net_ar_fen + f.invoiced_fen - f.collected_fen - f.written_off_fen == (
                f.net_ar_fen
            )


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=days, second=days)
def test_what_fell_due_is_what_was_open_then_of_the_invoices_due_in_the_period(demo, first, second):
    """Against the definition worked out from each invoice: its open amount on the day
    before the period (as_of.py's), or its amount when issued in the period, less voids in
    the period."""
    _, db = demo
    start, end = sorted(date(2024, 1, 1) + timedelta(days=d) for d in (first, second))
    with db.read() as s:
        due = kpi_report(s, Period(start, end), settlements=False).total.due_fen
        then = invoice_open_amounts(s, start - timedelta(days=1))
        invoices = s.execute(
            select(
                Invoice.id,
                Invoice.amount_fen,
                Invoice.issue_date,
                Invoice.due_date,
                Invoice.voided_on,
            ).where(Invoice.original_invoice_id.is_(None), Invoice.due_date.between(start, end))
        ).all()
    expected = 0
    for iid, amount, issued, _due, voided_on in invoices:
        expected += then.get(iid, 0) if issued < start else amount
        if voided_on is not None and start <= voided_on <= end:
            expected -= amount
    assert due == expected


def test_the_groups_add_up_to_the_whole(demo):
    _, db = demo
    period = Period(date(2026, 1, 1), TODAY)
    with db.read() as s:
        whole = kpi_report(s, period).total
        for group in GROUPS:
            total = kpi_report(s, period, group).total
            assert (
                total.total_ar_fen,
                total.invoiced_fen,
                total.written_off_fen,
                total.due_fen,
            ) == (
                whole.total_ar_fen,
                whole.invoiced_fen,
                whole.written_off_fen,
                whole.due_fen,
            )
            if group is not KpiGroup.CATEGORY:
                assert total.collected_fen == whole.collected_fen


def kpi_cli(capsys, path: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", path, "--as-of", TODAY.isoformat(), "report", "kpi", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_has_exactly_the_design_keys_in_the_documented_formats(demo, capsys):
    path, db = demo
    code, out, _ = kpi_cli(
        capsys, path, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "json"
    )
    assert code == 0
    printed = json.loads(out)
    assert list(printed) == KEYS
    for key in ("total_ar", "overdue_ar", "invoiced", "collected", "written_off"):
        assert re.fullmatch(r"-?\d+\.\d{2}", printed[key]), key
    for key in ("overdue_ratio", "collection_rate"):
        assert re.fullmatch(r"-?\d+\.\d{4}", printed[key]), key
    assert re.fullmatch(r"-?\d+\.\d{2}", printed["cei"])
    assert re.fullmatch(r"\d+\.\d", printed["dso_days"])
    with db.read() as s:
        f = kpi_report(s, Period(date(2026, 1, 1), TODAY)).total
    assert Decimal(printed["total_ar"]) * 100 == f.total_ar_fen
    assert Decimal(printed["collected"]) * 100 == f.collected_fen
    assert Decimal(printed["overdue_ratio"]) == f.overdue_ratio
    assert Decimal(printed["dso_days"]) == f.dso_days
    assert Decimal(printed["cei"]) == f.cei


def test_the_period_defaults_to_the_year_of_the_as_of_day(demo, capsys):
    path, _ = demo
    _, default, _ = kpi_cli(capsys, path, "--format", "json")
    _, explicit, _ = kpi_cli(
        capsys, path, "--from", "2026-01-01", "--to", TODAY.isoformat(), "--format", "json"
    )
    assert default == explicit
    code, table, _ = kpi_cli(capsys, path)
    assert code == 0 and table.startswith("KPIs from 2026-01-01 to 2026-06-30 (181 days)")


def test_undefined_ratios_are_null_and_a_backward_period_is_refused(tmp_path, capsys):
    empty = str(tmp_path / "empty.sqlite3")
    code, out, _ = kpi_cli(capsys, empty, "--format", "json")
    assert code == 0
    printed = json.loads(out)
    assert printed["total_ar"] == "0.00"
    assert [printed[k] for k in ("overdue_ratio", "dso_days", "cei", "collection_rate")] == [
        None
    ] * 4
    code, _, err = kpi_cli(capsys, empty, "--from", "2026-05-01", "--to", "2026-04-01")
    assert code == 2 and "2026-05-01 to 2026-04-01" in err
    code, _, _ = kpi_cli(capsys, empty, "--to", "2026-07-01")
    assert code == 2
