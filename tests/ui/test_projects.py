"""The project section: board columns and cards, stalled and overdue flags, the list and its
filters, the moves each role is offered (by menu or by dragging a card), validation of quote
lines, payment plans and cancellations, dialogs that start from what the project has, the
stage history and invoice requests for one installment."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from sqlalchemy import select

from app.domain.enums import ProjectStage
from app.models import InvoiceRequest
from app.services.core.context import system_actor
from app.services.projects.project_service import (
    InstallmentSpec,
    ProjectInput,
    QuoteLine,
    advance,
    create_project,
    set_payment_plan,
    sign_contract,
)
from app.views.projects.project_table_model import ProjectColumn
from app.views.projects.projects_page import ProjectsPage
from app.views.projects.quote_lines_editor import QuoteColumn
from app.views.projects.stage_dialog import StageDialog
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import actor, add_staff, dialog_of, open_window, save
from tests.ui.typing_helpers import type_text

LINE = (QuoteLine("pH 值", 2000, 5_000),)


@pytest.fixture
def pipeline(db, clock):
    """Three projects: quoted long ago (stalled), contracted with a passed deadline and a
    salesperson, and a lead opened today."""
    staff = add_staff(db)
    admin = system_actor(clock)
    with db.write() as s:
        customer = factories.customer(s, "南京建材检测中心").id
    old = create_project(
        db, admin, ProjectInput(customer, "旧报价", lines=LINE, opened_on=date(2026, 5, 1))
    ).value
    signed = create_project(
        db,
        admin,
        ProjectInput(
            customer,
            "年度监测",
            lines=LINE,
            salesperson_id=staff.sales,
            stage_deadline=date(2026, 6, 20),
        ),
    ).value
    sign_contract(db, admin, signed.id, "HT-7", None, AS_OF)
    lead = create_project(db, admin, ProjectInput(customer, "新线索")).value
    return staff, old, signed, lead


@pytest.fixture
def page(qtbot, db, clock, errors, pipeline) -> ProjectsPage:
    window = open_window(qtbot, db, clock, errors, system_actor(clock))
    projects = window.show_section("projects")
    qtbot.waitUntil(lambda: projects.board.columns["quoted"].total == 1)
    yield projects
    window.close()


def codes(page: ProjectsPage) -> list[str]:
    return [page.model.index(r, ProjectColumn.CODE).data() for r in range(page.model.rowCount())]


def test_the_board_has_a_column_per_stage_with_flagged_cards(page, pipeline):
    _staff, old, signed, lead = pipeline
    board = page.board
    assert list(board.columns) == [
        s.value for s in (*ProjectStage.__members__.values(),) if s is not ProjectStage.CANCELLED
    ] + ["cancelled"]
    assert board.columns["quoted"].header.text() == "Quoted (1)"
    assert board.codes("quoted") == [old.code]
    assert board.codes("contracted") == [signed.code]
    assert board.codes("lead") == [lead.code]
    assert board.row(old.id).stalled  # 60 days quoted; a regular customer stalls after 14
    assert not board.row(lead.id).stalled
    assert board.row(signed.id).deadline_overdue(AS_OF)
    assert page.count_label.text().startswith("3 project")


def test_the_list_filters_by_salesperson_stage_deadline_and_stalled(qtbot, page, pipeline):
    staff, old, signed, lead = pipeline
    page.list_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    row = codes(page).index(old.code)
    assert page.model.index(row, ProjectColumn.FLAGS).data() == "Stalled"
    assert page.model.index(row, ProjectColumn.STAGE).data() == "Quoted"

    page.stalled.setChecked(True)
    qtbot.waitUntil(lambda: codes(page) == [old.code])
    page.stalled.setChecked(False)
    page.overdue.setChecked(True)
    qtbot.waitUntil(lambda: codes(page) == [signed.code])
    assert page.model.index(0, ProjectColumn.FLAGS).data() == "Deadline passed"
    page.overdue.setChecked(False)
    qtbot.waitUntil(lambda: page.salesperson.count() > 1)
    page.salesperson.setCurrentIndex(page.salesperson.findData(staff.sales))
    qtbot.waitUntil(lambda: codes(page) == [signed.code])
    page.salesperson.setCurrentIndex(0)
    page.stage.setCurrentIndex(page.stage.findData("lead"))
    qtbot.waitUntil(lambda: codes(page) == [lead.code])
    page.stage.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    # The board keeps the filters the two views share.
    page.overdue.setChecked(True)
    page.board_button.click()
    qtbot.waitUntil(lambda: page.board.columns["quoted"].total == 0)
    assert page.board.codes("contracted") == [signed.code]


def test_a_technician_is_offered_only_the_lab_stages(qtbot, db, clock, errors, pipeline):
    staff, old, signed, _lead = pipeline
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.technician))
    page = window.show_section("projects")
    qtbot.waitUntil(lambda: page.board.row(signed.id) is not None)
    menu = page.board.move_menu(page.board.row(signed.id))
    assert [a.text() for a in menu.actions()] == ["Samples received", "Testing", "Report issued"]
    assert not page.board.can_move(signed.id, ProjectStage.INVOICED)
    assert not page.board.can_move(signed.id, ProjectStage.CANCELLED)
    # Before a contract nothing in the lab can happen.
    page.board.select_project(old.id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == old.id)
    assert not page.move_button.isEnabled()
    assert not page.new_button.isEnabled()
    assert "technician" in page.new_button.toolTip()
    window.close()


def drag_to(page: ProjectsPage, project_id: int, stage: str) -> tuple[bool, QDropEvent]:
    source = page.board.card(project_id)
    target = page.board.columns[stage].cards
    mime = source.listWidget().mimeData([source])
    move = QDragMoveEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dragMoveEvent(move)
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    target.dropEvent(drop)
    return move.isAccepted(), drop


def test_dropping_a_card_on_a_later_column_asks_for_the_move(qtbot, page, pipeline, db):
    _staff, old, signed, _lead = pipeline
    accepted, _drop = drag_to(page, signed.id, "quoted")
    assert not accepted  # stages only move forward
    assert page.window().findChildren(StageDialog) == []

    accepted, _drop = drag_to(page, signed.id, "testing")
    assert accepted
    dialog = next(d for d in page.window().findChildren(StageDialog) if d.isVisible())
    assert dialog.target.currentData() == "testing"
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.board.codes("testing") == [signed.code])
    # Dragging a project without a contract past "contracted" is refused.
    assert not drag_to(page, old.id, "testing")[0]


def test_cancelling_needs_a_reason(qtbot, page, pipeline):
    _staff, _old, _signed, lead = pipeline
    dialog = dialog_of(qtbot, page.move_project(page.board.row(lead.id), "cancelled"))
    dialog.save_button.click()
    assert dialog.field_errors["note"].text() == "Say why the project is cancelled."
    type_text(qtbot, dialog.note, "客户取消委托")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.board.codes("cancelled") == [lead.code])


def test_quote_lines_are_checked_as_they_are_typed(qtbot, page, pipeline):
    _staff, _old, _signed, lead = pipeline
    page.board.select_project(lead.id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == lead.id)
    dialog = dialog_of(qtbot, page.quote())
    lines = dialog.lines
    lines.set_cell(0, QuoteColumn.ITEM, "噪声检测")
    lines.set_cell(0, QuoteColumn.QUANTITY, "x")
    lines.set_cell(0, QuoteColumn.PRICE, "100")
    assert lines.problem.text() == (
        "Line 1: the quantity must be a positive number (up to three decimals)."
    )
    dialog.save_button.click()
    assert dialog.isVisible()
    lines.set_cell(0, QuoteColumn.QUANTITY, "2.5")
    lines.set_cell(0, QuoteColumn.DISCOUNT, "300")
    assert lines.problem.text() == "Line 1: the discount is more than the amount."
    lines.set_cell(0, QuoteColumn.DISCOUNT, "¥50")
    assert lines.table.item(0, QuoteColumn.AMOUNT).text() == "200.00"
    save(qtbot, dialog)
    assert (dialog.result_value.stage, dialog.result_value.quoted_amount_fen) == ("quoted", 20_000)


def test_a_payment_plan_adds_up_to_the_contract(qtbot, page, pipeline):
    _staff, _old, signed, _lead = pipeline
    page.board.select_project(signed.id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == signed.id)
    dialog = dialog_of(qtbot, page.payment_plan())
    dialog.plan[1].share.setText("60%")
    dialog.save_button.click()
    assert dialog.problem.text() == "The shares add up to 90%, not 100%."
    dialog.by_amount.click()
    dialog.plan[0].amount.setText("30")
    dialog.plan[1].amount.setText("60")
    dialog.save_button.click()
    assert dialog.problem.text() == ("The installments add up to ¥90.00, the contract is ¥100.00.")
    dialog.plan[1].amount.setText("70")
    save(qtbot, dialog)
    assert dialog.result_value.installments == ((3_000, AS_OF), (7_000, None))


PLAN = (
    InstallmentSpec(amount_fen=4_000, due_date=date(2026, 7, 31), description="预付款"),
    InstallmentSpec(amount_fen=6_000, trigger="report_issued", offset_days=30, description="尾款"),
)


def choose(page: ProjectsPage, qtbot, project_id: int) -> None:
    page.board.select_project(project_id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == project_id)


def test_revising_a_quote_starts_from_its_lines(qtbot, page, pipeline):
    _staff, old, _signed, _lead = pipeline
    choose(page, qtbot, old.id)
    dialog = dialog_of(qtbot, page.quote())
    qtbot.waitUntil(lambda: dialog.detail is not None)
    lines = dialog.lines
    assert lines.table.rowCount() == 1
    assert [lines.table.item(0, c).text() for c in QuoteColumn] == [
        "pH 值",
        "",
        "2",
        "50.00",
        "",
        "100.00",
    ]
    assert lines.lines() == LINE
    lines.add_line("噪声", quantity="1", price="20")
    save(qtbot, dialog)
    assert dialog.result_value.quoted_amount_fen == 12_000


def test_the_payment_plan_dialog_starts_from_the_current_plan(qtbot, db, clock, page, pipeline):
    _staff, _old, signed, _lead = pipeline
    set_payment_plan(db, system_actor(clock), signed.id, PLAN)
    choose(page, qtbot, signed.id)
    dialog = dialog_of(qtbot, page.payment_plan())
    qtbot.waitUntil(lambda: dialog.detail is not None)
    assert dialog.by_amount.isChecked()
    assert [line.amount.text() for line in dialog.plan] == ["40.00", "60.00"]
    assert [line.trigger.currentData() for line in dialog.plan] == ["fixed", "report_issued"]
    assert dialog.plan[0].due.date().toPython() == date(2026, 7, 31)
    assert dialog.plan[1].days.value() == 30
    assert [line.description.text() for line in dialog.plan] == ["预付款", "尾款"]
    save(qtbot, dialog)  # unchanged, it saves the same plan
    assert dialog.result_value.installments == ((4_000, date(2026, 7, 31)), (6_000, None))


def test_the_detail_panel_shows_the_stage_history(qtbot, db, clock, page, pipeline):
    staff, _old, signed, _lead = pipeline
    advance(
        db, actor(db, clock, staff.technician), signed.id, "samples_received", AS_OF, "样品已到"
    )
    page.reload()
    choose(page, qtbot, signed.id)
    panel = page.detail
    qtbot.waitUntil(lambda: panel.figures is not None and panel.project.id == signed.id)
    history = panel.history
    assert panel.history_title.text() == "Stage history"
    rows = [[history.item(r, c).text() for c in range(4)] for r in range(history.rowCount())]
    assert rows[0] == [AS_OF.isoformat(), "Contracted → Samples received", "赵敏", "样品已到"]
    assert rows[1][1] == "Quoted → Contracted"
    assert rows[-1][1] == "Quoted"  # created with a quote


def test_an_invoice_request_can_be_for_one_installment(qtbot, db, clock, page, pipeline):
    _staff, _old, signed, _lead = pipeline
    set_payment_plan(db, system_actor(clock), signed.id, PLAN)
    choose(page, qtbot, signed.id)
    dialog = dialog_of(qtbot, page.request_invoice())
    qtbot.waitUntil(lambda: dialog.installment.count() == 3)
    assert dialog.installment.itemText(0) == "Whole contract"
    assert dialog.installment.itemText(1) == "Installment 1: ¥40.00, due 2026-07-31 · 预付款"
    assert dialog.installment.itemText(2) == ("Installment 2: ¥60.00, due date not set yet · 尾款")
    assert dialog.amount.fen() == 10_000
    dialog.installment.setCurrentIndex(2)
    assert dialog.amount.fen() == 6_000
    save(qtbot, dialog)
    with db.read() as s:
        request = s.scalars(select(InvoiceRequest)).one()
        assert (request.installment_id, request.amount_fen) == (
            dialog.installment.itemData(2),
            6_000,
        )
