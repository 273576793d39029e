"""Visibility in the services: a salesperson sees their own customers and their documents
(their team's with the grant) in lists, search, the 360 view, statements, aging and KPIs,
and on the command line with --user; viewers change nothing."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import main
from app.domain.enums import Role
from app.domain.errors import NotFoundError, PermissionDeniedError
from app.models import Customer, TierProposal, User
from app.services.core.auth_service import create_first_admin, reset_password
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest
from app.services.core.settings_service import LabProfile, save_lab_profile
from app.services.core.staff_service import StaffInput, create_staff
from app.services.credit.credit_score_service import customer_proposals, pending_proposals
from app.services.customers.customer_360_service import customer_360
from app.services.customers.customer_edit_service import CustomerInput, create_customer
from app.services.customers.customer_list_service import count_customers, fetch_customers
from app.services.ledger.aging_service import AgingBy, aging_report
from app.services.ledger.invoice_list_service import count_invoices, fetch_invoices
from app.services.ledger.payment_list_service import fetch_payments
from app.services.reports.kpi_service import kpi_report
from app.services.reports.periods import Period
from app.services.statements.statement_builder import statement_customers
from app.services.statements.statement_service import find_customers
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def lab(db):
    """Two salespeople with a customer each (an invoice and a payment each), and their
    manager-salesperson 李强 who manages 王芳."""
    with db.write() as s:
        lead = factories.user(s, "李强", Role.SALES.value)
        wang = factories.user(s, "王芳", Role.SALES.value)
        zhao = factories.user(s, "赵敏", Role.SALES.value)
        wang.manager_id = lead.id
        mine = factories.customer(s, "王芳的客户", owner=wang)
        theirs = factories.customer(s, "赵敏的客户", owner=zhao)
        for c, amount in ((mine, 100_00), (theirs, 900_00)):
            factories.invoice(s, c, amount, date(2026, 5, 1))
            factories.payment(s, c, amount // 2, date(2026, 5, 20))
        people = {u.display_name: Actor(u.id, u.login, Role.SALES) for u in (lead, wang, zhao)}
        ids = {"mine": mine.id, "theirs": theirs.id}
    return people, ids


def _names(db, actor: Actor | None) -> list[str]:
    with db.as_viewer(actor).read() as s:
        return [r.name for r in fetch_customers(s, ListRequest(), 0, 50, TODAY)]


def test_a_salesperson_lists_and_searches_only_their_customers(db, lab):
    people, _ = lab
    assert _names(db, people["王芳"]) == ["王芳的客户"]
    assert _names(db, people["赵敏"]) == ["赵敏的客户"]
    assert sorted(_names(db, None)) == ["王芳的客户", "赵敏的客户"]
    with db.as_viewer(people["王芳"]).read() as s:
        assert count_customers(s, ListRequest(search="赵敏")) == 0
        assert find_customers(s, "赵敏的客户") == []
        invoices = fetch_invoices(s, ListRequest(), 0, 50, TODAY)
        assert [i.amount_fen for i in invoices] == [100_00]
        assert count_invoices(s, ListRequest(search="赵敏"), TODAY) == 0
        assert [p.amount_fen for p in fetch_payments(s, ListRequest(), 0, 50)] == [50_00]


def test_the_360_view_of_another_salespersons_customer_is_refused(db, lab):
    people, ids = lab
    with db.as_viewer(people["王芳"]).read() as s:
        assert customer_360(s, ids["mine"], TODAY).header.name == "王芳的客户"
        with pytest.raises(NotFoundError):
            customer_360(s, ids["theirs"], TODAY)


def test_reports_and_statements_cover_only_their_customers(db, lab):
    people, ids = lab
    with db.as_viewer(people["王芳"]).read() as s:
        aging = aging_report(s, TODAY, AgingBy.CUSTOMER)
        assert [r.key for r in aging.rows] == [ids["mine"]]
        assert statement_customers(s, date(2026, 5, 1), date(2026, 5, 31)) == [ids["mine"]]
        kpi = kpi_report(s, Period(date(2026, 1, 1), TODAY), settlements=False).total
        assert kpi.invoiced_fen == 100_00
    with db.read() as s:  # the system sees everything
        assert len(aging_report(s, TODAY, AgingBy.CUSTOMER).rows) == 2


def test_the_team_grant_shows_the_customers_of_those_they_manage(db, lab):
    people, _ = lab
    assert _names(db, people["李强"]) == []
    with db.write() as s:
        s.get(User, people["李强"].user_id).team_visible = True
    assert _names(db, people["李强"]) == ["王芳的客户"]
    # The grant looks down, never up or sideways.
    assert _names(db, people["王芳"]) == ["王芳的客户"]


def test_other_roles_see_every_customer(db, lab):
    for role in (Role.MANAGER, Role.FINANCE, Role.TECHNICIAN, Role.VIEWER, Role.ADMIN):
        assert len(_names(db, Actor(999, "x", role))) == 2


def test_a_viewer_changes_nothing(db, lab):
    viewer = Actor(None, "look", Role.VIEWER)
    with pytest.raises(PermissionDeniedError):
        create_customer(db, viewer, CustomerInput(name="新客户", tier_id=1))
    with pytest.raises(PermissionDeniedError):
        create_staff(db, viewer, StaffInput("某人"))
    with pytest.raises(PermissionDeniedError):
        save_lab_profile(db, viewer, LabProfile(name="某检测"))


def test_the_command_line_with_user_sees_only_their_customers(
    db, lab, tmp_path, capsys, monkeypatch
):
    people, _ = lab
    admin = create_first_admin(db, "boss", "老板", "admin password", "admin password").value
    with db.write() as s:
        s.get(User, people["王芳"].user_id).login = "wang"
    reset_password(db, admin, people["王芳"].user_id or 0, "sales password", "sales password")
    with db.write() as s:
        s.get(User, people["王芳"].user_id).must_change_password = False
    url = db.engine.url.render_as_string(hide_password=False)
    args = ["--db", url, "--as-of", TODAY.isoformat(), "report", "aging", "--format", "csv"]
    monkeypatch.setenv("LABLEDGER_PASSWORD", "sales password")
    assert main(["--user", "wang", *args]) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert len(rows) == 2 and "王芳的客户" in rows[1]
    assert main(args) == 0  # without --user: the system, everything
    assert len(capsys.readouterr().out.strip().splitlines()) == 3
    monkeypatch.setenv("LABLEDGER_PASSWORD", "wrong password")
    assert main(["--user", "wang", *args]) == 1
    assert "login name or the password is wrong" in capsys.readouterr().err


def test_an_admin_can_make_the_command_line_require_a_log_in(db, lab, capsys, monkeypatch):
    from app.services.core.auth_service import LoginPolicy, save_login_policy

    admin = create_first_admin(db, "boss", "老板", "admin password", "admin password").value
    save_login_policy(db, admin, LoginPolicy(cli_requires_login=True))
    url = db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "report", "aging"]) == 1
    assert "--user" in capsys.readouterr().err
    assert main(["--db", url, "check"]) == 0  # keeping the database sound needs no log-in
    monkeypatch.setenv("LABLEDGER_PASSWORD", "admin password")
    assert main(["--db", url, "--user", "boss", "report", "aging"]) == 0


def test_the_workbench_adds_up_only_their_customers(db, lab):
    from app.services.workbench_service import workbench_summary

    people, _ = lab
    with db.as_viewer(people["王芳"]).read() as s:
        mine = workbench_summary(s, TODAY)
    with db.read() as s:
        everyone = workbench_summary(s, TODAY)
    assert (mine.customers, mine.open_invoices, mine.open_fen) == (1, 1, 100_00)
    assert (everyone.customers, everyone.open_fen) == (2, 1000_00)


def test_a_salesperson_edits_only_their_customers_and_keeps_the_ones_they_add(db, lab):
    from app.models import Customer
    from app.services.customers.customer_edit_service import update_customer

    people, ids = lab
    with db.read() as s:
        theirs = s.get(Customer, ids["theirs"])
        data = CustomerInput(name="改名", tier_id=theirs.tier_id, owner_id=theirs.owner_id)
        version, tier_id = theirs.version, theirs.tier_id
    with pytest.raises(NotFoundError):
        update_customer(db, people["王芳"], ids["theirs"], version, data)
    new_id = create_customer(
        db, people["王芳"], CustomerInput(name="新客户", tier_id=tier_id)
    ).value
    with db.read() as s:
        assert s.get(Customer, new_id).owner_id == people["王芳"].user_id
    assert "新客户" in _names(db, people["王芳"])


def test_tier_proposals_follow_their_customer(db, lab):
    people, ids = lab
    with db.write() as s:
        for cid in ids.values():
            tier = s.get(Customer, cid).tier_id
            s.add(TierProposal(customer_id=cid, from_tier_id=tier, to_tier_id=tier, score=50))
    with db.as_viewer(people["王芳"]).read() as s:
        assert [p.customer_id for p in pending_proposals(s)] == [ids["mine"]]
        assert customer_proposals(s, ids["theirs"]) == []
        assert len(customer_proposals(s, ids["mine"])) == 1
    with db.read() as s:  # the system (and every role but sales) sees both
        assert len(pending_proposals(s)) == 2
