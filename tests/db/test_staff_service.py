"""Staff added and edited in Settings before anyone logs in: audited writes that say they
changed users, pickers offer them, and someone who leaves keeps their history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ConcurrentEditError, PermissionDeniedError, ValidationError
from app.models import AuditEntry, Customer
from app.services.core.changes import Kind
from app.services.core.context import Actor, system_actor
from app.services.core.staff_service import (
    StaffInput,
    create_staff,
    get_staff,
    list_staff,
    update_staff,
)
from app.services.core.user_service import list_users
from app.services.customers import customer_edit_service as edit
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        boss = factories.user(s, "钱经理", role="manager")
        clerk = factories.user(s, "孙会计", role="finance")
    clock = FixedClock(TODAY)
    return (
        db,
        Actor(boss.id, boss.login, Role.MANAGER, clock=clock),
        Actor(clerk.id, clerk.login, Role.FINANCE, clock=clock),
    )


def test_a_new_database_can_add_a_salesperson_and_give_them_a_customer(db, backend):
    """What the issue asked for: no users yet, the administrator adds staff."""
    admin = system_actor(FixedClock(TODAY))
    boss = create_staff(db, admin, StaffInput("钱经理", role="manager")).value
    made = create_staff(
        db,
        admin,
        StaffInput(
            " 王芳 ",
            role="sales",
            phone="138 0013 8000",
            email="wangfang@lab.cn",
            manager_id=boss.id,
        ),
    )
    assert made.kinds == {Kind.USERS}
    wang = made.value.id
    with db.read() as s:
        row = get_staff(s, wang)
        offered = [u.display_name for u in list_users(s, ("sales", "manager"))]
        tier = factories.tier(s).id
    assert (row.display_name, row.role, row.manager_name, row.active) == (
        "王芳",
        "sales",
        "钱经理",
        True,
    )
    assert (row.login, row.phone, row.email) == ("staff2", "138 0013 8000", "wangfang@lab.cn")
    assert offered == ["王芳", "钱经理"]
    customer = edit.create_customer(
        db, admin, edit.CustomerInput(name="厦门海沧检测有限公司", tier_id=tier, owner_id=wang)
    ).value
    with db.read() as s:
        assert s.get(Customer, customer).owner_id == wang
        assert get_staff(s, wang).customers == 1
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "user.create")).all()
    assert [(e.entity_id, e.after["display_name"]) for e in audited] == [
        (boss.id, "钱经理"),
        (wang, "王芳"),
    ]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (StaffInput("  "), "display_name", "The name is required."),
        (StaffInput("王芳", role="boss"), "role", "Unknown role: boss."),
        (StaffInput("王芳", login="wang fang"), "login", "may use only letters"),
        (StaffInput("王芳", login="王芳"), "login", "may use only letters"),
        (StaffInput("王芳", phone="8888 8888"), "phone", "Phone: 8888 8888 needs its area code"),
        (StaffInput("王芳", email="wangfang"), "email", "wangfang is not an e-mail address."),
        (StaffInput("王芳", manager_id=99999), "manager", "does not exist or is inactive"),
    ],
)
def test_what_cannot_be_saved_is_refused_naming_the_field(env, data, field, message):
    db, boss, _ = env
    with pytest.raises(ValidationError, match=message) as excinfo:
        create_staff(db, boss, data)
    assert excinfo.value.field == field


def test_logins_are_unique_whatever_their_case(env):
    db, boss, _ = env
    create_staff(db, boss, StaffInput("王芳", login="WangFang"))
    with pytest.raises(ValidationError, match=r"The login wangfang is already used\.") as excinfo:
        create_staff(db, boss, StaffInput("王芳", login="wangfang"))
    assert excinfo.value.field == "login"


def test_only_managers_manage_staff_and_only_an_admin_makes_an_admin(env):
    db, boss, clerk = env
    with pytest.raises(PermissionDeniedError, match="may not manage staff"):
        create_staff(db, clerk, StaffInput("王芳"))
    with pytest.raises(PermissionDeniedError, match="give or take the admin role"):
        create_staff(db, boss, StaffInput("王芳", role="admin"))
    admin = system_actor(FixedClock(TODAY))
    it = create_staff(db, admin, StaffInput("周管理员", role="admin")).value.id
    with db.read() as s:
        version = get_staff(s, it).version
    with pytest.raises(PermissionDeniedError):
        update_staff(db, boss, it, version, StaffInput("周管理员", role="sales"))


def test_a_manager_cannot_end_up_managed_by_someone_who_reports_to_them(env):
    db, boss, _ = env
    head = create_staff(db, boss, StaffInput("赵主任", role="manager")).value.id
    lead = create_staff(db, boss, StaffInput("钱组长", role="manager", manager_id=head)).value.id
    create_staff(db, boss, StaffInput("孙业务", manager_id=lead))
    with db.read() as s:
        version = get_staff(s, head).version
    for manager, message in (
        (lead, "赵主任 cannot be managed by 钱组长: 钱组长 reports to 赵主任."),
        (head, "Nobody can be their own manager."),
    ):
        with pytest.raises(ValidationError) as excinfo:
            update_staff(
                db, boss, head, version, StaffInput("赵主任", role="manager", manager_id=manager)
            )
        assert (excinfo.value.field, excinfo.value.message) == ("manager", message)


def test_someone_who_leaves_keeps_their_customers_until_handed_over(env, backend):
    db, boss, _ = env
    wang = create_staff(db, boss, StaffInput("王芳", phone="13800138000")).value.id
    with db.write() as s:
        tier = factories.tier(s).id
    for name in ("厦门海沧检测有限公司", "福州马尾检测站"):
        edit.create_customer(db, boss, edit.CustomerInput(name=name, tier_id=tier, owner_id=wang))
    with db.read() as s:
        row = get_staff(s, wang)
    left = update_staff(
        db, boss, wang, row.version, StaffInput(**{**row.as_input().__dict__, "active": False})
    )
    assert left.kinds == {Kind.USERS}
    assert (left.value.active, left.value.customers) == (False, 2)
    with db.read() as s:
        assert "王芳" not in [u.display_name for u in list_users(s, ("sales",))]
        owners = set(s.scalars(select(Customer.owner_id)))
        staff = list_staff(s)
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "user.update")).one()
    assert owners == {wang}
    assert [r.display_name for r in staff][-1] == "王芳"  # the inactive last
    assert audited.before["active"] is True
    assert (audited.after["active"], audited.after["customers"]) == (False, 2)
    # Saving what is stored changes nothing and says so.
    with db.read() as s:
        row = get_staff(s, wang)
    same = update_staff(db, boss, wang, row.version, row.as_input())
    assert same.kinds == frozenset()
    with pytest.raises(ConcurrentEditError):
        update_staff(db, boss, wang, row.version - 1, row.as_input())


def test_phones_stored_before_the_rule_stay_until_changed(env):
    db, boss, _ = env
    with db.write() as s:
        old = factories.user(s, "老员工")
        old.phone = "分机 8012"
        old_id = old.id
    with db.read() as s:
        row = get_staff(s, old_id)
    update_staff(
        db, boss, old_id, row.version, StaffInput(**{**row.as_input().__dict__, "role": "finance"})
    )
    with db.read() as s:
        row = get_staff(s, old_id)
    assert (row.role, row.phone) == ("finance", "分机 8012")
    with pytest.raises(ValidationError, match="Phone: 分机 8013"):
        update_staff(
            db,
            boss,
            old_id,
            row.version,
            StaffInput(**{**row.as_input().__dict__, "phone": "分机 8013"}),
        )
