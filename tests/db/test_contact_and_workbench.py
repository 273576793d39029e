from datetime import date

import pytest

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.services.core.context import Actor
from app.services.customers.contact_service import ContactInput, list_contacts, save_contacts
from app.services.workbench_service import workbench_summary
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def sales(db):
    with db.write() as s:
        u = factories.user(s, "周销售", role="sales")
        cid = factories.customer(s, "合肥水务集团").id
    return db, Actor(u.id, u.login, Role.SALES, clock=FixedClock(TODAY)), cid


def test_contacts_are_saved_as_a_set_with_one_primary(sales):
    db, actor, cid = sales
    saved = save_contacts(
        db,
        actor,
        cid,
        [ContactInput("李工", phone="138 0013 8000"), ContactInput("王会计", email="wang@hfsw.cn")],
    ).value
    assert [(c.name, c.is_primary) for c in saved] == [("李工", True), ("王会计", False)]
    keep = saved[1]
    again = save_contacts(
        db,
        actor,
        cid,
        [ContactInput(**{**keep.__dict__, "is_primary": True}), ContactInput("张主任")],
    ).value
    with db.read() as s:
        assert list_contacts(s, cid) == again
    assert [(c.name, c.is_primary, c.id == keep.id) for c in again] == [
        ("王会计", True, True),
        ("张主任", False, False),
    ]


@pytest.mark.parametrize(
    ("contacts", "message"),
    [
        ([ContactInput(" ")], "Contact 1: the name is required"),
        ([ContactInput("甲", email="not-mail")], "not an e-mail address"),
        ([ContactInput("甲", is_primary=True), ContactInput("乙", is_primary=True)], "Only one"),
    ],
)
def test_contact_validation(sales, contacts, message):
    db, actor, cid = sales
    with pytest.raises(ValidationError, match=message) as err:
        save_contacts(db, actor, cid, contacts)
    assert err.value.field == "contacts"


def test_workbench_summary_matches_the_ledger(db):
    with db.write() as s:
        c = factories.customer(s, "芜湖汽车零部件有限公司")
        late = factories.invoice(s, c, 50_000, date(2026, 1, 1))
        factories.invoice(s, c, 20_000, date(2026, 6, 20))
        factories.payment(s, c, 30_000, date(2026, 3, 1), [(late, 10_000)])
    with db.read() as s:
        summary = workbench_summary(s, TODAY)
    assert (summary.open_invoices, summary.overdue_invoices) == (2, 1)
    assert (summary.open_fen, summary.overdue_fen) == (60_000, 40_000)
    assert summary.unallocated_fen == 20_000 and summary.receivables_fen == 40_000
    assert summary.customers == 1 and not summary.is_empty


def test_workbench_today_counts_tasks_promises_and_what_fell_overdue_since_yesterday(db):
    from datetime import datetime

    from app.models import Activity, CollectionTask
    from app.services.workbench_service import workbench_today

    def task(customer, status, due, overdue_fen):
        return CollectionTask(
            customer_id=customer.id,
            level_days=7,
            due_date=due,
            status=status,
            overdue_fen=overdue_fen,
            oldest_due_date=date(2026, 6, 1),
            dedupe_key=f"task-{customer.id}-{status}-{due}",
        )

    def promise(customer, on, fen, status="open"):
        return Activity(
            customer_id=customer.id,
            kind="call",
            occurred_at=datetime(2026, 6, 29, 9, 0),
            summary="答应付款",
            promise_amount_fen=fen,
            promise_date=on,
            promise_status=status,
        )

    with db.write() as s:
        a = factories.customer(s, "芜湖汽车零部件有限公司")
        b = factories.customer(s, "马鞍山钢铁检测中心")
        c = factories.customer(s, "铜陵有色金属公司")
        # Due 2026-06-29, the day before: open in full, partly paid, paid in full.
        factories.invoice(s, a, 10_000, date(2026, 5, 30))
        partly = factories.invoice(s, b, 20_000, date(2026, 5, 30))
        factories.payment(s, b, 5_000, date(2026, 6, 10), [(partly, 5_000)])
        paid = factories.invoice(s, c, 30_000, date(2026, 5, 30))
        factories.payment(s, c, 30_000, date(2026, 6, 10), [(paid, 30_000)])
        factories.invoice(s, c, 40_000, date(2026, 5, 29))  # overdue two days: not new
        s.add_all(
            [
                task(a, "open", TODAY, 10_000),
                task(b, "promised", date(2026, 6, 28), 15_000),
                task(c, "open", date(2026, 7, 1), 40_000),  # due tomorrow
                task(c, "done", date(2026, 6, 20), 99_000),
                promise(a, TODAY, 3_000),
                promise(b, date(2026, 7, 6), 4_000),  # the seventh day: still this week
                promise(b, date(2026, 7, 7), 8_000),  # next week
                promise(c, date(2026, 7, 1), 9_000, status="kept"),
            ]
        )
    with db.read() as s:
        today = workbench_today(s, TODAY)
    assert (today.tasks_due, today.tasks_overdue_fen) == (2, 25_000)
    assert (today.promises_this_week, today.promised_fen) == (2, 7_000)
    assert (today.newly_overdue, today.newly_overdue_fen) == (2, 25_000)
