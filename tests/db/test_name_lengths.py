"""Names and titles have length limits: the services refuse longer ones with a
ValidationError naming the field and the limit, and the database refuses them too (SQLite
ignores String(n); a CHECK does not)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import CheckConstraint, String, inspect, text
from sqlalchemy.exc import DataError, IntegrityError

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.models import Base
from app.services.core.context import Actor
from app.services.core.settings_service import LabProfile, save_lab_profile
from app.services.core.staff_service import StaffInput, create_staff
from app.services.credit import credit_tier_service as tiers
from app.services.customers import customer_edit_service as customers
from app.services.customers.contact_service import ContactInput, save_contacts
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)

# Every name column the database bounds: (table, column, limit).
BOUNDED = [
    ("users", "login", 64),
    ("users", "display_name", 100),
    ("credit_tiers", "name", 50),
    ("credit_tiers", "name_en", 50),
    ("customers", "name", 200),
    ("customers", "short_name", 100),
    ("customers", "invoice_title", 200),
    ("contacts", "name", 100),
    ("contacts", "title", 100),
    ("projects", "title", 200),
]


@pytest.fixture
def env(db):
    with db.write() as s:
        admin = factories.user(s, "钱经理", role="admin")
        cust = factories.customer(s, "宁波港检测服务有限公司")
        tier = factories.tier(s).id
    actor = Actor(admin.id, admin.login, Role.ADMIN, clock=FixedClock(TODAY))
    return {"db": db, "actor": actor, "cust": cust.id, "tier": tier}


def _customer(e, **fields) -> object:
    data = customers.CustomerInput(tier_id=e["tier"], **{"name": "温州鞋业有限公司", **fields})
    return customers.create_customer(e["db"], e["actor"], data)


Write = Callable[[dict, str], object]
# (field in the error, its label, limit, the write given a text of some length)
WRITES: dict[str, tuple[str, str, int, Write]] = {
    "customer name": ("name", "Customer name", 200, lambda e, t: _customer(e, name=t)),
    "short name": ("short_name", "Short name", 100, lambda e, t: _customer(e, short_name=t)),
    "invoice title": (
        "invoice_title",
        "Invoice title",
        200,
        lambda e, t: _customer(e, invoice_title=t),
    ),
    "address": ("address", "Address", 300, lambda e, t: _customer(e, address=t)),
    "contact name": (
        "contacts",
        "Contact name",
        100,
        lambda e, t: save_contacts(e["db"], e["actor"], e["cust"], [ContactInput(t)]),
    ),
    "contact title": (
        "contacts",
        "Contact title",
        100,
        lambda e, t: save_contacts(e["db"], e["actor"], e["cust"], [ContactInput("李工", t)]),
    ),
    "project title": (
        "title",
        "Project title",
        200,
        lambda e, t: projects.create_project(
            e["db"], e["actor"], projects.ProjectInput(e["cust"], t)
        ),
    ),
    "staff name": (
        "display_name",
        "Name",
        100,
        lambda e, t: create_staff(e["db"], e["actor"], StaffInput(t)),
    ),
    "staff login": (
        "login",
        "Login",
        64,
        lambda e, t: create_staff(e["db"], e["actor"], StaffInput("王芳", login="a" * len(t))),
    ),
    "lab name": (
        "name",
        "Lab name",
        200,
        lambda e, t: save_lab_profile(e["db"], e["actor"], LabProfile(name=t)),
    ),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_refuses_a_name_longer_than_its_limit(env, write):
    field, label, limit, call = WRITES[write]
    with pytest.raises(ValidationError) as excinfo:
        call(env, "检" * (limit + 1))
    assert excinfo.value.field == field
    assert excinfo.value.message == (
        f"{label} can have at most {limit} characters; this one has {limit + 1}."
    )
    # Exactly the limit is fine, in 汉字 as in letters.
    call(env, "测" * limit)


def test_tier_names_keep_their_own_messages(env):
    data = tiers.TierInput(code="group", name="集" * 51)
    with pytest.raises(ValidationError, match="more than 50 characters"):
        tiers.create_tier(env["db"], env["actor"], data)


@pytest.fixture
def one_of_each(env):
    """A row in every bounded table (users, tiers and the customer exist already)."""
    db, actor = env["db"], env["actor"]
    projects.create_project(db, actor, projects.ProjectInput(env["cust"], "水质检测"))
    save_contacts(db, actor, env["cust"], [ContactInput("李工", "财务")])
    return db


@pytest.mark.parametrize(("table", "column", "limit"), BOUNDED)
def test_the_database_refuses_a_longer_name_whoever_writes_it(one_of_each, table, column, limit):
    """An import, a script or a later bug: a raw UPDATE past the limit is refused."""
    db = one_of_each
    update = text(f"UPDATE {table} SET {column} = :v WHERE id = (SELECT min(id) FROM {table})")
    with db.engine.begin() as conn:
        assert conn.execute(update, {"v": "测" * limit}).rowcount == 1
    # SQLite: the CHECK refuses it. PostgreSQL: VARCHAR(n) refuses it before the CHECK runs.
    with pytest.raises((IntegrityError, DataError)) as excinfo, db.engine.begin() as conn:
        conn.execute(update, {"v": "测" * (limit + 1)})
    if db.is_sqlite:
        assert f"ck_{table}_{column}_length" in str(excinfo.value)
    checks = {c["name"]: c["sqltext"] for c in inspect(db.engine).get_check_constraints(table)}
    assert str(limit) in checks[f"ck_{table}_{column}_length"]


def test_a_raw_insert_of_a_longer_name_is_refused(env):
    insert = text(
        "INSERT INTO contacts (customer_id, name, is_primary, version, created_at, updated_at) "
        "VALUES (:c, :name, true, 1, '2026-06-01', '2026-06-01')"
    )
    db = env["db"]
    with pytest.raises((IntegrityError, DataError)) as excinfo, db.engine.begin() as conn:
        conn.execute(insert, {"c": env["cust"], "name": "张" * 101})
    if db.is_sqlite:
        assert "ck_contacts_name_length" in str(excinfo.value)
    with db.engine.begin() as conn:
        conn.execute(insert, {"c": env["cust"], "name": "张" * 100})


def test_each_check_says_what_its_column_says():
    """The CHECK and String(n) of a column name the same n, and no other column has one."""
    found = []
    for table in Base.metadata.sorted_tables:
        for check in table.constraints:
            if isinstance(check, CheckConstraint) and str(check.name).endswith("_length"):
                column = str(check.name).removeprefix(f"ck_{table.name}_").removesuffix("_length")
                column_type = table.c[column].type
                assert isinstance(column_type, String)
                assert str(check.sqltext) == f"length({column}) <= {column_type.length}"
                found.append((table.name, column, column_type.length))
    assert sorted(found) == sorted(BOUNDED)
