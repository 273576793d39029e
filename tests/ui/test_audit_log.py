"""The audit viewer (Tools › Audit log): a manager's credit override shows with its values
before and after side by side, amounts in yuan; the filters narrow the log in SQL; the
entries shown export to Excel; only managers and admins may open it."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError
from app.services.audit.audit_log_service import count_audit
from app.services.core.context import Actor, system_actor
from app.services.core.list_request import ListRequest
from app.services.projects.project_service import (
    ProjectInput,
    QuoteLine,
    create_project,
    sign_contract,
)
from app.views.audit.audit_log_page import AuditLogPage
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import actor, add_staff, open_window


@pytest.fixture
def override(db, clock):
    """孙立 (manager) signs a ¥30,000.00 contract for a high-risk customer over its limit."""
    staff = add_staff(db)
    manager = actor(db, clock, staff.manager)
    with db.write() as s:
        customer = factories.customer(s, "杭州西湖食品有限公司", tier_code="high_risk").id
    project = create_project(
        db,
        system_actor(clock),
        ProjectInput(customer, "出口食品检测", lines=(QuoteLine("农残", 1000, 3_000_000),)),
    ).value
    sign_contract(db, manager, project.id, "HT-2026-088", None, AS_OF, "老客户，总经理担保")
    return staff


def open_audit_log(qtbot, window) -> AuditLogPage:
    page = window.show_audit_log().page
    qtbot.waitUntil(lambda: page.model.is_counted and page.model.total > 0)
    return page


def select_action(qtbot, page: AuditLogPage, action: str) -> None:
    qtbot.waitUntil(lambda: page.action.findData(action) >= 0)
    page.action.setCurrentIndex(page.action.findData(action))
    qtbot.waitUntil(
        lambda: (
            page.model.is_counted and page.model.total > 0 and page.model.row_at(0).action == action
        )
    )


def test_a_managers_credit_override_shows_before_and_after(qtbot, db, clock, errors, override):
    window = open_window(qtbot, db, clock, errors, actor(db, clock, override.manager))
    assert window.audit_action.isEnabled()
    page = open_audit_log(qtbot, window)
    select_action(qtbot, page, "credit.override")
    assert page.model.total == 1
    assert page.model.data(page.model.index(0, 1)) == "孙立"
    assert page.model.data(page.model.index(0, 2)) == "Credit hold overridden"
    assert "杭州西湖食品有限公司" in page.model.data(page.model.index(0, 3))
    assert page.model.data(page.model.index(0, 4)) == "老客户，总经理担保"
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.entry is not None)
    values = page.detail.values
    cells = {
        values.item(r, 0).text(): (values.item(r, 1).text(), values.item(r, 2).text())
        for r in range(values.rowCount())
    }
    assert cells["Amount added"] == ("", "¥30,000.00")
    assert cells["Document"] == ("", "HT-2026-088")
    assert "credit limit" in cells["Refused because"][0]
    added = next(r for r in range(values.rowCount()) if values.item(r, 0).text() == "Amount added")
    assert values.item(added, 2).background().color().name() == "#fdecea"
    assert page.detail.reason.text() == "Reason: 老客户，总经理担保"


def test_filters_by_user_kind_and_dates(qtbot, db, clock, errors, override):
    window = open_window(qtbot, db, clock, errors, actor(db, clock, override.manager))
    page = open_audit_log(qtbot, window)
    everything = page.model.total
    qtbot.waitUntil(lambda: page.user.findData(override.manager) >= 0)
    page.user.setCurrentIndex(page.user.findData(override.manager))
    qtbot.waitUntil(lambda: page.model.is_counted and page.model.total < everything)
    assert {page.model.row_at(r).user_name for r in range(page.model.total)} == {"孙立"}
    page.kind.setCurrentIndex(page.kind.findData("project"))
    qtbot.waitUntil(
        lambda: (
            page.model.is_counted
            and all(page.model.row_at(r).entity_type == "project" for r in range(page.model.total))
        )
    )
    page.set_dates(date(2000, 1, 2), date(2000, 1, 3))
    qtbot.waitUntil(lambda: page.model.is_counted and page.model.total == 0)
    assert page.count_label.text() == "0 entries"
    page.clear_filters()
    qtbot.waitUntil(lambda: page.model.is_counted and page.model.total == everything)


def test_the_entries_shown_export_to_excel(qtbot, db, clock, errors, override, tmp_path):
    window = open_window(qtbot, db, clock, errors, actor(db, clock, override.manager))
    page = open_audit_log(qtbot, window)
    select_action(qtbot, page, "credit.override")
    path = tmp_path / "audit.xlsx"
    page.export_to(path)
    qtbot.waitUntil(lambda: getattr(page, "exported", None) is not None)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Time", "User", "Action")
    assert len(rows) == 2 and rows[1][1] == "孙立" and "Amount added: ¥30,000.00" in rows[1][6]


def test_only_managers_and_admins_read_the_log(qtbot, db, clock, errors, override):
    window = open_window(qtbot, db, clock, errors, actor(db, clock, override.finance))
    assert not window.audit_action.isEnabled()
    with db.read() as s, pytest.raises(PermissionDeniedError):
        count_audit(s, Actor(override.finance, "f", Role.FINANCE), ListRequest())
    with db.read() as s:
        assert count_audit(s, system_actor(), ListRequest()) > 0
