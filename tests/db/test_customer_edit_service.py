from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ConcurrentEditError, PermissionDeniedError, ValidationError
from app.models import Contact, Customer, Invoice, PayerAlias, Payment
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.customers import customer_edit_service as edit
from app.services.customers import customer_merge_service as merge
from tests import factories

TODAY = date(2026, 6, 30)
VALID_USCC = "91350100M000100Y43"


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "manager", "viewer")}
        regular = factories.tier(s).id
    clock = FixedClock(TODAY)
    return (
        db,
        {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()},
        regular,
        {r: u.id for r, u in people.items()},
    )


def _input(tier, **kw):
    return edit.CustomerInput(name=kw.pop("name", "厦门海沧检测有限公司"), tier_id=tier, **kw)


@pytest.mark.parametrize(
    ("field", "changes", "message"),
    [
        ("name", {"name": "  "}, "name is required"),
        ("uscc", {"uscc": "91350100M000100Y44"}, "should be 3, not 4"),
        ("uscc", {"uscc": "9135"}, "has 4 characters; it must have 18"),
        ("category", {"category": "alien"}, "Unknown customer category"),
        ("payment_terms", {"payment_terms_override_days": 400}, "0 to 365 days"),
        ("credit_limit", {"credit_limit_override_fen": -1}, "cannot be negative"),
    ],
)
def test_validation_names_the_field(env, field, changes, message):
    db, a, tier, _ = env
    with pytest.raises(ValidationError, match=message) as err:
        edit.create_customer(db, a["sales"], _input(tier, **changes))
    assert err.value.field == field


def test_duplicates_by_normalised_name_and_by_code_are_refused(env):
    db, a, tier, _ = env
    edit.create_customer(
        db, a["sales"], _input(tier, name="上海某某（集团）有限公司", uscc=VALID_USCC)
    )
    with pytest.raises(ValidationError, match="already exists") as err:
        edit.create_customer(db, a["sales"], _input(tier, name="上海 某某(集团)有限公司"))
    assert err.value.field == "name"
    with pytest.raises(ValidationError, match="already has") as err:
        edit.create_customer(
            db, a["sales"], _input(tier, name="别的公司", uscc=" 91350100m000100y43 ")
        )
    assert err.value.field == "uscc"


def test_codes_are_generated_and_viewers_cannot_create(env):
    db, a, tier, _ = env
    first = edit.create_customer(db, a["sales"], _input(tier, name="甲")).value
    second = edit.create_customer(db, a["sales"], _input(tier, name="乙")).value
    with db.read() as s:
        assert [s.get(Customer, i).code for i in (first, second)] == ["C000001", "C000002"]
    with pytest.raises(PermissionDeniedError):
        edit.create_customer(db, a["viewer"], _input(tier, name="丙"))


def test_stale_edit_is_reported_and_hand_over_keeps_history(env):
    db, a, tier, ids = env
    cid = edit.create_customer(db, a["sales"], _input(tier, owner_id=ids["sales"])).value
    edit.update_customer(db, a["sales"], cid, 1, _input(tier, notes="改过", owner_id=ids["sales"]))
    with pytest.raises(ConcurrentEditError):
        edit.update_customer(db, a["sales"], cid, 1, _input(tier, notes="旧表单"))
    edit.hand_over(db, a["manager"], cid, ids["manager"], on=date(2026, 7, 1))
    with db.read() as s:
        history = edit.ownership_history(s, cid)
        assert s.get(Customer, cid).notes == "改过"
    assert history == [("sales", TODAY, date(2026, 7, 1)), ("manager", date(2026, 7, 1), None)]


def test_only_managers_change_the_credit_tier(env):
    db, a, tier, _ = env
    cid = edit.create_customer(db, a["sales"], _input(tier)).value
    with db.read() as s:
        risky = factories.tier(s, "high_risk").id
    with pytest.raises(PermissionDeniedError):
        edit.update_customer(db, a["sales"], cid, 1, _input(risky))
    edit.update_customer(db, a["manager"], cid, 1, _input(risky))
    with db.read() as s:
        assert s.get(Customer, cid).tier_id == risky


def test_merge_moves_every_record_and_remembers_the_old_name(env):
    db, a, _, _ = env
    with db.write() as s:
        keep = factories.customer(s, "福州检测院")
        dup = factories.customer(s, "福州市检测院", uscc=VALID_USCC)
        s.add(Contact(customer_id=dup.id, name="林工", is_primary=True))
        inv = factories.invoice(s, dup, 10_000, date(2026, 5, 1))
        factories.payment(s, dup, 4_000, date(2026, 5, 20), [(inv, 4_000)])
    moved = merge.merge_customers(db, a["manager"], keep.id, dup.id).value
    assert moved["invoices"] == 1 and moved["payments"] == 1 and moved["contacts"] == 1
    with db.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(Invoice).where(Invoice.customer_id == dup.id))
            == 0
        )
        assert s.scalar(select(Payment.customer_id)) == keep.id
        assert s.get(Customer, keep.id).uscc == VALID_USCC
        assert s.get(Customer, dup.id).archived is True
        assert s.scalar(select(PayerAlias.payer_name)) == "福州市检测院"
        assert check_database(s) == []
    with pytest.raises(PermissionDeniedError):
        merge.merge_customers(db, a["sales"], keep.id, dup.id)


def test_merge_covers_every_table_that_points_at_customers():
    from app.models import Base, PayerAlias, TierProposal

    pointing = {
        t.name
        for t in Base.metadata.sorted_tables
        if any(fk.column.table.name == "customers" for fk in t.foreign_keys)
    }
    handled = {m.__tablename__ for m in merge.MOVED} | {PayerAlias.__tablename__}
    # Tier proposals belong to the duplicate's own history and are left with it.
    assert pointing - handled == {TierProposal.__tablename__}


def test_customer_and_contacts_save_together_or_not_at_all(env):
    from app.services.customers.contact_service import ContactInput
    from app.services.customers.customer_edit_service import customer_form

    db, a, tier, ids = env
    cid = edit.create_customer(db, a["sales"], _input(tier), [ContactInput("陈工")]).value
    with pytest.raises(ValidationError, match="Only one"):
        edit.update_customer(
            db,
            a["sales"],
            cid,
            1,
            _input(tier, notes="新备注", owner_id=ids["sales"]),
            [ContactInput("甲", is_primary=True), ContactInput("乙", is_primary=True)],
        )
    with db.read() as s:
        form = customer_form(s, cid)
    assert (form.version, form.data.notes) == (1, "")
    assert [(c.name, c.is_primary) for c in form.contacts] == [("陈工", True)]
    assert (
        edit.update_customer(
            db,
            a["sales"],
            cid,
            1,
            _input(tier, notes="新备注", owner_id=ids["sales"]),
            [ContactInput("甲")],
        ).value
        == 2
    )


def test_merging_two_customers_with_active_collection_tasks_keeps_one_active_task(env):
    from app.models import CollectionTask

    db, a, _, _ = env
    with db.write() as s:
        keep = factories.customer(s, "福州检测院")
        dup = factories.customer(s, "福州市检测院")
        for customer, status in ((keep, "open"), (dup, "promised"), (dup, "done")):
            s.add(
                CollectionTask(
                    customer_id=customer.id,
                    level_days=7,
                    due_date=TODAY,
                    status=status,
                    overdue_fen=100,
                    oldest_due_date=date(2026, 6, 1),
                    dedupe_key=f"task-{customer.id}-{status}",
                )
            )
    merge.merge_customers(db, a["manager"], keep.id, dup.id)
    with db.read() as s:
        tasks = s.execute(
            select(CollectionTask.dedupe_key, CollectionTask.status, CollectionTask.customer_id)
        ).all()
    assert {(key, status) for key, status, _ in tasks} == {
        (f"task-{keep.id}-open", "open"),
        (f"task-{dup.id}-promised", "done"),  # closed as merged
        (f"task-{dup.id}-done", "done"),
    }
    assert {customer for *_, customer in tasks} == {keep.id}
