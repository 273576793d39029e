"""Follow-ups and promises to pay, as sales and finance use them."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError, ValidationError
from app.models import AuditEntry
from app.services.core.context import Actor
from app.services.customers import activity_service as activities
from app.services.customers.activity_service import ActivityInput
from app.services.ledger import payment_service as payments
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {
            r: factories.user(s, r, role=r) for r in ("sales", "finance", "manager", "technician")
        }
        cust = factories.customer(s, "无锡精密机械有限公司")
        other = factories.customer(s, "常熟纺织有限公司")
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, cust.id, other.id


def _log(db, actor, cid, on=TODAY, summary="电话催款", **kw):
    return activities.log_activity(db, actor, ActivityInput(cid, "call", summary, on, **kw)).value


def _pay(db, actor, cid, amount, on):
    payments.record_payment(db, actor, payments.PaymentInput(cid, on, amount), "none")


def test_follow_ups_are_listed_newest_first_with_their_author(env):
    db, a, cid, _ = env
    first = _log(db, a["sales"], cid, date(2026, 6, 1), "第一次拜访")
    second = _log(
        db,
        a["sales"],
        cid,
        date(2026, 6, 20),
        "对方承诺月底付款",
        next_action_date=date(2026, 7, 5),
        promise_amount_fen=50_000_00,
        promise_date=date(2026, 6, 30),
    )
    with db.read() as s:
        rows = activities.list_activities(s, cid)
    assert [r.id for r in rows] == [second, first]
    assert rows[0].promise_status == "open" and rows[0].promise_amount_fen == 50_000_00
    assert rows[0].occurred_on == date(2026, 6, 20)
    assert rows[0].user_name == "sales" and rows[1].promise_status is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"summary": "  "}, "summary"),
        ({"kind": "fax"}, "kind"),
        ({"occurred_at": TODAY + timedelta(days=1)}, "occurred_at"),
        ({"promise_amount_fen": 100_00}, "promise_date"),
        ({"promise_date": TODAY}, "promise_amount"),
        ({"promise_amount_fen": 0, "promise_date": TODAY}, "promise_amount"),
        ({"promise_amount_fen": 100_00, "promise_date": TODAY - timedelta(days=1)}, "promise_date"),
        ({"next_action_date": TODAY - timedelta(days=1)}, "next_action_date"),
    ],
)
def test_bad_input_is_refused_naming_the_field(env, changes, field):
    db, a, cid, _ = env
    data = {"customer_id": cid, "kind": "call", "summary": "催款", "occurred_at": TODAY}
    with pytest.raises(ValidationError) as refused:
        activities.log_activity(db, a["sales"], ActivityInput(**{**data, **changes}))
    assert refused.value.field == field
    with db.read() as s:
        assert activities.list_activities(s, cid) == []


def test_a_follow_up_cannot_name_another_customers_project(env):
    db, a, cid, other = env
    p = projects.create_project(db, a["sales"], projects.ProjectInput(other, "水质检测")).value
    with pytest.raises(ValidationError) as refused:
        _log(db, a["sales"], cid, project_id=p.id)
    assert refused.value.field == "project"
    own = projects.create_project(db, a["sales"], projects.ProjectInput(cid, "噪声检测")).value
    _log(db, a["sales"], cid, project_id=own.id)
    with db.read() as s:
        assert activities.list_activities(s, cid)[0].project_code == own.code


def test_technicians_do_not_log_collection_follow_ups(env):
    db, a, cid, _ = env
    with pytest.raises(PermissionDeniedError):
        _log(db, a["technician"], cid)


def test_promises_are_judged_kept_partial_or_broken_after_the_grace_days(env):
    db, a, cid, other = env
    promised = date(2026, 6, 10)
    kept = _log(
        db, a["sales"], cid, date(2026, 6, 1), promise_amount_fen=300_00, promise_date=promised
    )
    _pay(db, a["finance"], cid, 100_00, date(2026, 5, 31))  # before the promise: not counted
    _pay(db, a["finance"], cid, 200_00, date(2026, 6, 5))
    _pay(db, a["finance"], cid, 100_00, promised + timedelta(days=3))  # last day of grace
    partial = _log(
        db, a["sales"], other, date(2026, 6, 1), promise_amount_fen=500_00, promise_date=promised
    )
    _pay(db, a["finance"], other, 499_99, date(2026, 6, 2))
    _pay(db, a["finance"], other, 1_000_00, promised + timedelta(days=4))  # too late
    with db.write() as s:
        third = factories.customer(s, "太仓物流有限公司").id
    broken = _log(
        db, a["sales"], third, date(2026, 6, 1), promise_amount_fen=1_00, promise_date=promised
    )

    # Within the grace days only the promise already paid in full is decided.
    first = activities.evaluate_promises(db, a["sales"], promised + timedelta(days=3)).value
    assert [(o.activity_id, o.status, o.paid_fen) for o in first] == [(kept, "kept", 300_00)]
    outcomes = activities.evaluate_promises(db, a["sales"], promised + timedelta(days=4)).value
    assert {(o.activity_id, o.status, o.paid_fen) for o in outcomes} == {
        (partial, "partial", 499_99),
        (broken, "broken", 0),
    }
    with db.read() as s:
        assert activities.list_activities(s, other)[0].promise_status == "partial"
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "activity.promise")).all()
    assert {e.entity_id for e in audited} == {kept, partial, broken}
    # Judged once: a second run changes nothing.
    assert activities.evaluate_promises(db, a["sales"], TODAY).value == []


def test_a_promise_paid_in_full_is_kept_at_once(env):
    db, a, cid, _ = env
    kept = _log(
        db,
        a["sales"],
        cid,
        date(2026, 6, 20),
        promise_amount_fen=800_00,
        promise_date=date(2026, 7, 15),
    )
    assert activities.evaluate_promises(db, a["sales"], TODAY).value == []
    _pay(db, a["finance"], cid, 800_00, TODAY)
    [outcome] = activities.evaluate_promises(db, a["sales"], TODAY).value
    assert (outcome.activity_id, outcome.status) == (kept, "kept")


def test_a_reversed_payment_does_not_keep_a_promise(env):
    db, a, cid, _ = env
    _log(
        db,
        a["sales"],
        cid,
        date(2026, 6, 1),
        promise_amount_fen=800_00,
        promise_date=date(2026, 6, 10),
    )
    result = payments.record_payment(
        db, a["finance"], payments.PaymentInput(cid, date(2026, 6, 9), 800_00), "none"
    ).value
    payments.reverse_payment(db, a["finance"], result.payment_id, "录错客户")
    [outcome] = activities.evaluate_promises(db, a["sales"], TODAY).value
    assert outcome.status == "broken"


def test_due_follow_ups_until_someone_follows_up(env):
    db, a, cid, other = env
    due = _log(db, a["sales"], cid, date(2026, 6, 1), next_action_date=date(2026, 6, 15))
    _log(db, a["sales"], cid, datetime(2026, 6, 2, 10, 0), "内部备注")  # no next action
    later = _log(db, a["manager"], other, date(2026, 6, 1), next_action_date=date(2026, 7, 1))
    with db.read() as s:
        # The note after it counts as following up.
        assert activities.due_follow_ups(s, TODAY) == []
    reopened = _log(db, a["sales"], cid, date(2026, 6, 20), next_action_date=date(2026, 6, 25))
    with db.read() as s:
        assert [r.activity_id for r in activities.due_follow_ups(s, TODAY)] == [reopened]
        assert [r.activity_id for r in activities.due_follow_ups(s, date(2026, 7, 1))] == [
            reopened,
            later,
        ]
        mine = activities.due_follow_ups(s, date(2026, 7, 1), user_id=a["manager"].user_id)
    assert [r.activity_id for r in mine] == [later]
    assert due not in {r.activity_id for r in mine}


def test_judging_promises_reads_a_few_statements_however_many_are_open(env):
    """The job runs at every start, with thousands of promises open on a large ledger: what
    it reads does not grow with their number (it was one query per promise); it writes only
    the promises it decides."""
    db, a, cid, other = env
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb != "PRAGMA":  # the writer's lock tries set the busy timeout, nothing is read
            statements.append(verb)

    reads = []
    for n in (2, 30):
        for i in range(n):
            # One still open (due later, not paid yet), one broken (nothing paid), one kept.
            on = TODAY - timedelta(days=20 + i % 5)
            soon = TODAY + timedelta(days=5)
            for customer, fen, promised in (
                (cid, 100_00, TODAY + timedelta(days=10)),
                (other, 100_00, on),
                (cid, 1_00, soon),
            ):
                _log(db, a["sales"], customer, on, promise_amount_fen=fen, promise_date=promised)
        _pay(db, a["finance"], cid, n * 1_00, TODAY - timedelta(days=10))
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            outcomes = activities.evaluate_promises(db, a["sales"], TODAY).value
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        assert sorted({o.status for o in outcomes}) == ["broken", "kept"]
        assert len(outcomes) == 2 * n
        reads.append(sum(1 for s in statements if s not in ("INSERT", "UPDATE")))
        assert len(statements) - reads[-1] <= 2 * len(outcomes) + 2  # the decisions, audited
    assert reads[0] == reads[1] <= 6
