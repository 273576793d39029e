"""Phone numbers and the lab's own 统一社会信用代码 are checked where they are saved; numbers
stored before the rule stay until someone changes them; the amount above which forms ask
for confirmation is a setting."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError, ValidationError
from app.models import AuditEntry, Contact, Customer, User
from app.services.core.changes import Kind
from app.services.core.context import Actor
from app.services.core.settings_service import (
    LabProfile,
    get_lab_profile,
    get_large_amount_fen,
    save_lab_profile,
    save_large_amount,
    set_value,
)
from app.services.customers import customer_edit_service as edit
from app.services.customers.contact_service import ContactInput, save_contacts
from tests import factories

TODAY = date(2026, 6, 30)
VALID_USCC = "91350100M000100Y43"


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "manager", "finance")}
        tier = factories.tier(s).id
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, tier, {r: u.id for r, u in people.items()}


def _form(db, customer_id):
    with db.read() as s:
        return edit.customer_form(s, customer_id)


@pytest.mark.parametrize(
    ("phone", "message"),
    [
        ("见合同", "Phone: 见合同 is not a phone number (见 cannot be part of one)"),
        ("5888 0001", "Phone: 5888 0001 needs its area code, e.g. 021-5888 0001."),
        ("1380013800", "Phone: 1380013800 has 10 digits; a mobile number has 11."),
        ("021-588", "Phone: after the area code 021, 021-588 should have 7 or 8 digits, not 3."),
    ],
)
def test_a_customer_phone_that_is_no_number_is_refused_naming_the_field(
    env, backend, phone, message
):
    db, a, tier, _ = env
    data = edit.CustomerInput(name="厦门海沧检测有限公司", tier_id=tier, phone=phone)
    with pytest.raises(ValidationError) as excinfo:
        edit.create_customer(db, a["sales"], data)
    assert excinfo.value.field == "phone"
    assert excinfo.value.message.startswith(message)


def test_numbers_stored_before_the_rule_stay_until_they_are_changed(env, backend):
    db, a, _, ids = env
    with db.write() as s:
        # The salesperson's own customer (a salesperson edits only the customers they see).
        owner = s.get(User, ids["sales"])
        customer = factories.customer(s, "宁波港检测服务有限公司", owner=owner)
        customer.phone = "0574-86881234/13805740000"  # two numbers, as imported
        s.add(Contact(customer_id=customer.id, name="李工", phone="找前台", is_primary=True))
        customer_id = customer.id
    form = _form(db, customer_id)
    # Another field changes: the old number is kept as it is.
    renamed = edit.update_customer(
        db,
        a["sales"],
        customer_id,
        form.version,
        edit.CustomerInput(**{**form.data.__dict__, "short_name": "宁波港检"}),
        form.contacts,
    ).value
    with db.read() as s:
        assert s.get(Customer, customer_id).phone == "0574-86881234/13805740000"
    # Changing it means giving a number.
    with pytest.raises(ValidationError, match="after the area code 0574, 0574-8688 should") as e:
        edit.update_customer(
            db,
            a["sales"],
            customer_id,
            renamed,
            edit.CustomerInput(**{**form.data.__dict__, "phone": "0574-8688"}),
        )
    assert e.value.field == "phone"
    edit.update_customer(
        db,
        a["sales"],
        customer_id,
        renamed,
        edit.CustomerInput(**{**form.data.__dict__, "phone": "0574-8688 1234 转 8"}),
    )

    # A contact's old phone stays with that contact; a new or changed one is checked.
    kept = form.contacts[0]
    with pytest.raises(ValidationError, match="Contact phone: 2345 678 needs its area code") as exc:
        save_contacts(db, a["sales"], customer_id, [kept, ContactInput("王会计", phone="2345 678")])
    assert exc.value.field == "contacts"
    with pytest.raises(ValidationError, match="Contact phone: 找后台"):
        save_contacts(
            db, a["sales"], customer_id, [ContactInput(**{**kept.__dict__, "phone": "找后台"})]
        )
    saved = save_contacts(
        db, a["sales"], customer_id, [kept, ContactInput("王会计", phone="+86 139 0574 0000")]
    ).value
    assert [c.phone for c in saved] == ["找前台", "+86 139 0574 0000"]


def test_a_customer_whose_salesperson_left_can_still_be_edited(env, backend):
    db, a, tier, _ = env
    with db.write() as s:
        gone = factories.user(s, "离职的张三")
        customer_id = factories.customer(s, "福州马尾检测站", owner=gone).id
        gone.active = False
        gone_id = gone.id
    form = _form(db, customer_id)
    # By a manager: a salesperson sees only their own customers.
    edit.update_customer(
        db,
        a["manager"],
        customer_id,
        form.version,
        edit.CustomerInput(**{**form.data.__dict__, "address": "福州市马尾区1号"}),
    )
    with db.read() as s:
        assert s.get(Customer, customer_id).owner_id == gone_id
    # Giving a customer to someone who has left is still refused.
    with pytest.raises(ValidationError, match="inactive") as excinfo:
        edit.create_customer(
            db, a["sales"], edit.CustomerInput(name="新客户", tier_id=tier, owner_id=gone_id)
        )
    assert excinfo.value.field == "owner"


def test_the_labs_own_uscc_is_checked_like_a_customers(env, backend):
    db, a, _, _ = env
    for code, field_message in (
        ("91350100M000100Y44", "check character should be 3, not 4"),
        ("9135010", "has 7 characters; it must have 18"),
        ("91350100M000100YI3", "invalid character I at position 17"),
    ):
        with pytest.raises(ValidationError, match=field_message) as excinfo:
            save_lab_profile(db, a["manager"], LabProfile(name="测试实验室", tax_id=code))
        assert excinfo.value.field == "tax_id"
    # Pasted as people paste it: spaces, lower case, full width.
    pasted = "９１３５ 0100m000100y43"
    saved = save_lab_profile(db, a["manager"], LabProfile(name="测试实验室", tax_id=pasted))
    assert saved.value.tax_id == VALID_USCC
    with db.read() as s:
        assert get_lab_profile(s).tax_id == VALID_USCC


def test_the_labs_phone_and_lengths_are_checked(env, backend):
    db, a, _, _ = env
    with pytest.raises(ValidationError, match="Phone: 8888 8888 needs its area code") as excinfo:
        save_lab_profile(db, a["manager"], LabProfile(name="测试实验室", phone="8888 8888"))
    assert excinfo.value.field == "phone"
    with pytest.raises(ValidationError, match="Bank account can have at most 60") as excinfo:
        save_lab_profile(db, a["manager"], LabProfile(name="测试实验室", bank_account="1" * 61))
    assert excinfo.value.field == "bank_account"
    saved = save_lab_profile(
        db, a["manager"], LabProfile(name="测试实验室", phone="0591-8765 4321 转 801")
    )
    assert saved.value.phone == "0591-8765 4321 转 801"


def test_a_lab_phone_saved_before_the_rule_stays_while_the_rest_is_edited(env, backend):
    db, a, _, _ = env
    with db.write() as s:
        set_value(s, a["manager"], "lab_profile", {"name": "测试实验室", "phone": "总机转技术部"})
    save_lab_profile(db, a["manager"], LabProfile(name="福州测试实验室", phone="总机转技术部"))
    with db.read() as s:
        assert get_lab_profile(s).name == "福州测试实验室"


def test_the_amount_to_confirm_is_a_setting_finance_changes(env, backend):
    db, a, _, _ = env
    with db.read() as s:
        assert get_large_amount_fen(s) == 10_000_000_000  # ¥100,000,000.00
    with pytest.raises(PermissionDeniedError):
        save_large_amount(db, a["sales"], 1_000_000_00)
    for wrong in (0, -5, 10**12 + 1):
        with pytest.raises(ValidationError) as excinfo:
            save_large_amount(db, a["finance"], wrong)
        assert excinfo.value.field == "large_amount"
    changed = save_large_amount(db, a["finance"], 1_000_000_00)
    assert changed.kinds == {Kind.SETTINGS}
    assert save_large_amount(db, a["finance"], 1_000_000_00).kinds == frozenset()
    with db.read() as s:
        assert get_large_amount_fen(s) == 1_000_000_00
        audited = s.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "setting.change")
        ).all()
    assert {"key": "large_amount_fen", "value": 1_000_000_00} in audited
