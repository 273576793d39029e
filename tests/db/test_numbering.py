"""Automatic document numbers follow the lab's numbering rules and come from a sequence per
kind and period, not from the text already in the table: numbers typed by hand never break
them and are skipped, and so are numbers an earlier rule gave."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import select, text, update

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError, ValidationError
from app.domain.numbering import DEFAULT_PATTERNS
from app.models import AuditEntry, Customer, InvoiceRequest, NumberSequence, Project
from app.services.core import numbering_service as numbering
from app.services.core.changes import Kind
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import invoice_request_service as requests
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        cust = factories.customer(s, "宁波港检测服务有限公司", tier_code="key").id
    return db, Actor(None, "finance", Role.ADMIN, clock=FixedClock(TODAY)), cust


def _issue(env, number=None, on=TODAY) -> str:
    db, actor, cust = env
    data = invoices.InvoiceInput(cust, 100_00, on, number=number)
    return invoices.issue_invoice(db, actor, data).value.number


@pytest.mark.parametrize("typed", ["FP2026O00002", "FP2026999999", "FP20260000002"])
def test_a_typed_number_does_not_break_later_automatic_ones(env, typed):
    assert _issue(env) == "FP2026000001"
    assert _issue(env, typed) == typed
    assert [_issue(env) for _ in range(3)] == ["FP2026000002", "FP2026000003", "FP2026000004"]


def test_a_typed_number_the_sequence_reaches_later_is_skipped(env):
    assert _issue(env) == "FP2026000001"
    assert _issue(env, "FP2026000003") == "FP2026000003"
    assert _issue(env, " FP2026000004 ") == "FP2026000004"
    assert [_issue(env) for _ in range(3)] == ["FP2026000002", "FP2026000005", "FP2026000006"]


def test_a_typed_duplicate_is_a_validation_error_of_the_number_field(env):
    first = _issue(env)
    with pytest.raises(ValidationError, match=f"{first} already exists") as err:
        _issue(env, first)
    assert err.value.field == "number"
    assert _issue(env) == "FP2026000002"


def test_each_year_and_kind_has_its_own_sequence(env):
    db, actor, cust = env
    assert _issue(env, on=date(2025, 12, 31)) == "FP2025000001"
    assert _issue(env) == "FP2026000001"
    assert _issue(env, on=date(2025, 12, 30)) == "FP2025000002"
    paid = payments.record_payment(db, actor, payments.PaymentInput(cust, TODAY, 100), "none")
    assert paid.value.number == "SK2026000001"
    project = projects.create_project(db, actor, projects.ProjectInput(cust, "水质检测"))
    assert project.value.code == "XM2026000001"


def test_numbers_stored_without_the_sequence_are_skipped_for_every_kind(env):
    db, actor, cust = env
    with db.write() as s:
        customer = s.get(Customer, cust)
        factories.payment(s, customer, 100, TODAY).number = "SK2026000001"
    paid = payments.record_payment(db, actor, payments.PaymentInput(cust, TODAY, 100), "none")
    assert paid.value.number == "SK2026000002"


def test_past_six_digits_the_sequence_goes_on_with_seven(env):
    db, _, _ = env
    assert _issue(env) == "FP2026000001"
    with db.write() as s:
        s.execute(update(NumberSequence).values(next_value=999_999))
    assert [_issue(env), _issue(env)] == ["FP2026999999", "FP20261000000"]
    with db.read() as s:
        rows = s.execute(select(NumberSequence.kind, NumberSequence.year)).all()
    # The year's sequence, and the row whose lock guards the kind's rule.
    assert sorted(rows) == [("invoice", 0), ("invoice", 2026)]


def _rules(env, **patterns: str) -> None:
    db, actor, _ = env
    numbering.save_numbering_rules(db, actor, patterns)


def _project(env, on=TODAY) -> str:
    db, actor, cust = env
    data = projects.ProjectInput(cust, "水质检测", opened_on=on)
    return projects.create_project(db, actor, data).value.code


def _payment(env, on=TODAY) -> str:
    db, actor, cust = env
    data = payments.PaymentInput(cust, on, 100)
    return payments.record_payment(db, actor, data, "none").value.number


def test_each_kind_follows_its_own_rule(env):
    db, actor, cust = env
    _rules(
        env,
        project="WT{yyyy}{seq:06}",
        invoice_request="开票-{yy}{mm}-{seq:3}",
        invoice="{seq:8}",
        payment="HK.{yyyy}.{seq}",
    )
    assert _project(env) == "WT2026000001"
    assert _issue(env) == "00000001"
    assert _payment(env) == "HK.2026.1"
    project = projects.create_project(db, actor, projects.ProjectInput(cust, "噪声")).value
    request = requests.request_invoice(db, actor, project.id, amount_fen=100_00).value
    with db.read() as s:
        assert s.get(InvoiceRequest, request).number == "开票-2606-001"
        assert [r.number for r in requests.pending_requests(s)] == ["开票-2606-001"]


def test_a_yearly_rule_starts_again_each_year(env):
    _rules(env, payment="SK{yy}{seq:4}")
    assert [_payment(env, date(2025, 12, 31)), _payment(env, date(2026, 1, 1))] == [
        "SK250001",
        "SK260001",
    ]
    assert _payment(env, date(2025, 6, 1)) == "SK250002"  # entered late, counts in its year


def test_a_monthly_rule_starts_again_each_month(env):
    _rules(env, payment="SK{yyyy}{mm}{seq:3}")
    days = (date(2025, 6, 1), date(2025, 6, 30), date(2025, 7, 1), TODAY, date(2025, 6, 2))
    assert [_payment(env, d) for d in days] == [
        "SK202506001",
        "SK202506002",
        "SK202507001",
        "SK202606001",
        "SK202506003",
    ]


def test_a_rule_without_a_year_never_starts_again(env):
    _rules(env, payment="HK{seq:6}")
    assert [_payment(env, date(2025, 12, 31)), _payment(env, date(2026, 1, 1))] == [
        "HK000001",
        "HK000002",
    ]


def test_a_new_prefix_mid_year_carries_on_counting_and_numbers_given_stay(env):
    db, _, _ = env
    assert [_project(env), _project(env)] == ["XM2026000001", "XM2026000002"]
    _rules(env, project="WT{yyyy}{seq:06}")
    assert _project(env) == "WT2026000003"
    _rules(env, project="XM{yyyy}{seq:06}")
    assert _project(env) == "XM2026000004"
    with db.read() as s:
        codes = s.scalars(select(Project.code).order_by(Project.id)).all()
    assert codes == ["XM2026000001", "XM2026000002", "WT2026000003", "XM2026000004"]


def test_a_new_rule_skips_the_numbers_an_earlier_rule_gave(env):
    db, _, _ = env
    _rules(env, project="A{yyyy}{seq:3}")
    with db.write() as s:
        s.add(NumberSequence(kind="project", year=2026, next_value=61))
    assert _project(env) == "A2026061"
    # Monthly from now on: June counts from 1, and its first number is one the old rule gave.
    _rules(env, project="A{yyyy}{mm}{seq:1}")
    assert [_project(env), _project(env)] == ["A2026062", "A2026063"]
    with db.read() as s:
        assert len(set(s.scalars(select(Project.code)))) == 3


def test_a_typed_number_shaped_like_a_custom_rule_is_skipped(env):
    _rules(env, invoice="FP-{yy}{mm}-{seq:4}")
    assert _issue(env) == "FP-2606-0001"
    assert _issue(env, "FP-2606-0002") == "FP-2606-0002"
    assert _issue(env, "FP2026000003") == "FP2026000003"  # the old shape is just text now
    assert [_issue(env), _issue(env)] == ["FP-2606-0003", "FP-2606-0004"]


def test_the_next_number_is_previewed_without_taking_it(env):
    db, _, _ = env
    _issue(env, "FP2026000001")
    with db.read() as s:
        rules = {r.kind: r for r in numbering.list_numbering_rules(s, TODAY)}
        assert numbering.preview_number(s, "project", " WT{yy}{seq:4} ", TODAY) == "WT260001"
    assert list(rules) == list(numbering.KINDS)
    assert rules["invoice"] == numbering.NumberingRule(
        "invoice", "FP{yyyy}{seq:06}", "FP2026000002"
    )
    assert rules["statement"].next_number == "DZ2026000001"
    assert _issue(env) == "FP2026000002"  # what the preview said, and nothing was taken
    assert _project(env) == "XM2026000001"


def test_a_bad_rule_is_refused_naming_its_field_and_nothing_is_stored(env):
    db, actor, _ = env
    with pytest.raises(ValidationError, match="Payment numbers: the pattern needs") as err:
        numbering.save_numbering_rules(db, actor, {"project": "WT{seq}", "payment": "SK{yyyy}"})
    assert err.value.field == "payment"
    with db.read() as s:
        assert numbering.numbering_rules(s) == DEFAULT_PATTERNS
    with pytest.raises(ValidationError, match="at most 22 characters") as err:
        numbering.save_numbering_rules(
            db, actor, {"project": "委托检测项目编号前缀非常非常非常非常非常非常长{seq}"}
        )
    assert err.value.field == "project"


def test_a_rule_change_is_audited_and_reported_and_only_finance_may_make_it(env):
    db, actor, _ = env
    changed = numbering.save_numbering_rules(db, actor, {"project": " WT{yyyy}{seq:06} "})
    assert changed.kinds == {Kind.SETTINGS}
    assert changed.value == {**DEFAULT_PATTERNS, "project": "WT{yyyy}{seq:06}"}
    again = numbering.save_numbering_rules(db, actor, {"project": "WT{yyyy}{seq:06}"})
    assert again.kinds == frozenset()
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "setting.change")).all()
    assert len(entries) == 1
    assert entries[0].before == {"key": "numbering", "value": None}
    assert entries[0].after["value"]["project"] == "WT{yyyy}{seq:06}"
    sales = Actor(None, "sales", Role.SALES, clock=FixedClock(TODAY))
    with pytest.raises(PermissionDeniedError):
        numbering.save_numbering_rules(db, sales, {"project": "P{seq}"})


def test_a_rule_change_waits_for_a_number_still_being_given_by_the_old_rule(env, backend):
    """The old rule's A2026061 is not committed yet when the new monthly rule, counting June
    from 1, would give A2026061 too: the change waits, and the new rule skips it."""
    db, _, cust = env
    _rules(env, project="A{yyyy}{seq:3}")
    with db.write() as s:
        s.add(NumberSequence(kind="project", year=2026, next_value=61))
    outcome: dict[str, object] = {}

    def change_rule_and_number() -> None:
        try:
            _rules(env, project="A{yyyy}{mm}{seq:1}")
            outcome["code"] = _project(env)
        except Exception as exc:  # reported by the assertion below
            outcome["error"] = exc

    other = threading.Thread(target=change_rule_and_number)
    with db.write() as s:
        code = numbering.next_number(s, "project", TODAY)
        s.add(Project(code=code, customer_id=cust, title="水质检测", stage_since=TODAY))
        s.flush()
        other.start()
        _until_another_writer_waits(db, backend)
    other.join()
    assert code == "A2026061"
    assert outcome == {"code": "A2026062"}


def _until_another_writer_waits(db, backend: str) -> None:
    """On PostgreSQL, until a connection waits for a row lock. On SQLite the other writer
    waits for the whole file anyway, however late it starts."""
    if backend != "postgresql":
        return
    deadline = time.monotonic() + 30
    with db.engine.connect() as conn:
        while not conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )
        ):
            assert time.monotonic() < deadline, "the other writer never waited"
            conn.rollback()
