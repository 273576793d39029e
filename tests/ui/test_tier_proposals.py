"""Settings › tier proposals: credit scoring proposes, a manager accepts or rejects each
proposal, and nobody else can; a tier never changes without that decision."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from app.domain.enums import Role
from app.models import Customer
from app.services.core.context import Actor
from app.services.credit.credit_tier_service import effective_terms
from app.views.credit.tier_proposals_page import TierProposalsPage
from app.views.settings.settings_page import SettingsPage
from app.views.shell.application import create_main_window
from tests import factories
from tests.ui.typing_helpers import type_text


@pytest.fixture
def late_payers(ledger) -> dict[str, int]:
    """Two regular customers, each with an invoice unpaid for over half a year past due."""
    ids = {}
    with ledger.write() as s:
        for code, name in (("C040", "常州武进检测站"), ("C041", "镇江丹徒化工")):
            customer = factories.customer(s, name, code=code)
            factories.invoice(s, customer, 80_000, date(2025, 11, 1))
            ids[code] = customer.id
    return ids


def proposals_page(qtbot, window) -> TierProposalsPage:
    # The window's first loads finish first: a list read before a review must not arrive
    # after it.
    qtbot.waitUntil(lambda: not window.ctx.runner.busy)
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    return settings.show_tab(settings.proposals)


def tier_code(db, customer_id: int) -> str:
    with db.read() as session:
        return effective_terms(session, customer_id).tier_code


def reviewed(qtbot, page: TierProposalsPage) -> TierProposalsPage:
    page.review_button.click()
    # C002 is high risk with nothing late: proposed back to regular.
    qtbot.waitUntil(lambda: len(page.proposals) == 3)
    return page


def row_of(page: TierProposalsPage, code: str) -> int:
    return [p.customer_code for p in page.proposals].index(code)


def test_review_proposes_and_a_manager_accepts_one_and_rejects_another(
    qtbot, window, ledger, late_payers
):
    page = reviewed(qtbot, proposals_page(qtbot, window))
    assert page.status.text() == "3 new proposals."
    settings = window.pages["settings"]
    assert settings.tabs.tabText(settings.tabs.indexOf(settings.proposals)) == "Tier proposals (3)"
    # Proposing changes nothing yet.
    assert tier_code(ledger, late_payers["C040"]) == "regular"
    page.table.selectRow(row_of(page, "C040"))
    assert page.table.item(row_of(page, "C040"), 3).text() == "高风险客户"
    reasons = page.reasons.text()
    assert "days past due" in reasons and "{" not in reasons
    assert page.accept_button.isEnabled() and not page.read_only_note.isVisible()

    type_text(qtbot, page.note, "同意，先收预付款")
    with qtbot.waitSignal(page.decided):
        page.accept_button.click()
    assert tier_code(ledger, late_payers["C040"]) == "high_risk"
    qtbot.waitUntil(lambda: len(page.proposals) == 2)
    assert page.status.text() == "常州武进检测站 moved to 高风险客户."

    page.table.selectRow(row_of(page, "C041"))
    with qtbot.waitSignal(page.decided):
        page.reject_button.click()
    assert tier_code(ledger, late_payers["C041"]) == "regular"
    qtbot.waitUntil(lambda: len(page.proposals) == 1)
    assert settings.tabs.tabText(settings.tabs.indexOf(settings.proposals)) == "Tier proposals (1)"

    # A rejected change is not proposed again straight away.
    page.review_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "No new proposals.")
    assert [p.customer_code for p in page.proposals] == ["C002"]


def test_others_see_the_proposals_but_cannot_decide(
    qtbot, ledger, clock, errors, late_payers, window
):
    reviewed(qtbot, proposals_page(qtbot, window))
    with ledger.write() as s:
        sales = factories.user(s, "周销售", role="sales")
        # A salesperson sees the proposals of their own customers (visibility.py).
        s.execute(update(Customer).values(owner_id=sales.id))
    actor = Actor(sales.id, sales.login, Role.SALES, clock=clock)
    other = create_main_window(ledger, clock, errors=errors, actor=actor)
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: not other.ctx.writer.busy)  # the start-up jobs are done
    page = proposals_page(qtbot, other)
    qtbot.waitUntil(lambda: len(page.proposals) == 3)
    assert page.read_only_note.isVisibleTo(page)
    page.table.selectRow(row_of(page, "C040"))
    assert "days past due" in page.reasons.text()  # the reasons are there to read
    assert not page.accept_button.isEnabled() and not page.reject_button.isEnabled()
    assert not page.review_button.isEnabled()
    assert page.accept_button.toolTip() == "Your role (sales) may not decide credit tier changes."
    assert not page.note.isEnabled()
    page.decide(True)  # not even when called directly: nothing is written
    assert not other.ctx.writer.busy
    assert tier_code(ledger, late_payers["C040"]) == "regular"
    assert len(page.proposals) == 3
    other.close()


def test_a_pending_proposal_shows_in_the_customers_360(qtbot, window, ledger, late_payers):
    reviewed(qtbot, proposals_page(qtbot, window))
    customers = window.show_section("customers")
    view = customers.open_360(late_payers["C040"])
    qtbot.waitUntil(lambda: view.data is not None)
    assert view.proposal_label.isVisibleTo(view)
    assert view.proposal_label.text() == (
        "Proposed: move from 普通客户 to 高风险客户; waiting for a manager's decision."
    )
    view.close()
