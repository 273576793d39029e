"""Aging buckets and provision rates in settings: saved through one audited write that says
it changed settings, refused naming the field when they cannot make a report, and used by
the aging and provision reports from then on."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError, ValidationError
from app.models import AuditEntry
from app.services.core.changes import Kind
from app.services.core.context import Actor, system_actor
from app.services.core.settings_service import (
    AgingSettings,
    default_aging_settings,
    get_aging_settings,
    save_aging_settings,
)
from app.services.ledger.aging_service import aging_report, provision_report
from tests import factories


def audit_count(db) -> int:
    with db.read() as s:
        return s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "setting.change")
        )


def test_new_buckets_and_rates_are_saved_audited_and_used(db, backend):
    with db.write() as s:
        cust = factories.customer(s, "上海浦东环境监测站")
        factories.invoice(s, cust, 100_00, date(2026, 1, 1), terms=30)  # due 01-31
    as_of = date(2026, 3, 31)  # 59 days overdue
    with db.read() as s:
        assert get_aging_settings(s) == default_aging_settings()
        assert aging_report(s, as_of).rows[0].amounts[2] == 100_00  # 31-60

    changed = save_aging_settings(
        db, system_actor(), AgingSettings((45, 90), (100, 2000, 5000, 10_000))
    )

    assert changed.kinds == {Kind.SETTINGS}
    assert audit_count(db) == 2  # buckets and rates, each with before and after
    with db.read() as s:
        assert get_aging_settings(s) == AgingSettings((45, 90), (100, 2000, 5000, 10_000))
        report = aging_report(s, as_of)
        assert [b.key for b in report.buckets] == ["current", "1-45", "46-90", "90+"]
        assert report.rows[0].amounts == (0, 0, 100_00, 0)
        (row,) = provision_report(s, as_of)
        assert row.lines[0].rate_bp == 100 and row.provision_fen == 1_00


def test_saving_the_same_settings_again_changes_nothing(db, backend):
    save_aging_settings(db, system_actor(), AgingSettings((30, 60), (500, 1000, 3000, 10_000)))
    before = audit_count(db)
    again = save_aging_settings(
        db, system_actor(), AgingSettings((30, 60), (500, 1000, 3000, 10_000))
    )
    assert again.kinds == frozenset()
    assert audit_count(db) == before


@pytest.mark.parametrize(
    ("settings", "field", "words"),
    [
        (AgingSettings((), (500, 1000, 3000, 10_000)), "aging_bounds", "at least one"),
        (AgingSettings((30, 30), (500, 1000, 3000, 10_000)), "aging_bounds", "must increase"),
        (AgingSettings((60, 30), (500, 1000, 3000, 10_000)), "aging_bounds", "must increase"),
        (AgingSettings((0, 30), (500, 1000, 3000, 10_000)), "aging_bounds", "above 0"),
        (AgingSettings((-5,), (500, 1000, 3000, 10_000)), "aging_bounds", "above 0"),
        (AgingSettings(tuple(range(10, 120, 10)), (500,) * 4), "aging_bounds", "at most"),
        (AgingSettings((30, 99_999), (500,) * 4), "aging_bounds", "more than"),
        (AgingSettings((30,), (500, 1000, 3000)), "provision_rates", "each of the 4"),
        (AgingSettings((30,), (500, 1000, 3000, 10_001)), "provision_rates", "0% and 100%"),
        (AgingSettings((30,), (-1, 1000, 3000, 10_000)), "provision_rates", "0% and 100%"),
    ],
)
def test_settings_that_cannot_make_a_report_are_refused_naming_the_field(
    db, backend, settings, field, words
):
    with pytest.raises(ValidationError) as refused:
        save_aging_settings(db, system_actor(), settings)
    assert refused.value.field == field
    assert words in refused.value.message
    assert ("Aging buckets" if field == "aging_bounds" else "Provision rates") in (
        refused.value.message
    )
    assert audit_count(db) == 0
    with db.read() as s:
        assert get_aging_settings(s) == default_aging_settings()


def test_only_finance_and_managers_change_aging_settings(db, backend):
    sales = Actor(None, "wang", Role.SALES)
    with pytest.raises(PermissionDeniedError):
        save_aging_settings(db, sales, AgingSettings((30,), (500, 1000, 3000, 10_000)))
    finance = Actor(None, "qian", Role.FINANCE)
    assert save_aging_settings(db, finance, AgingSettings((30,), (500, 1000, 3000, 10_000))).kinds
