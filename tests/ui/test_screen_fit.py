"""LabLedger on the screens labs have: 1366x768 at 100% and at 125% scaling (1093x614 in
Qt's logical pixels), less a 40-pixel taskbar. Windows open within the screen, lists show
their key columns without scrolling sideways, amounts are never cut, the sort indicator
keeps clear of header text and the board's stages shrink to fit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QScreen
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QTableView

from app.models import Customer
from app.services.core.context import system_actor
from app.services.projects.project_service import (
    ProjectInput,
    QuoteLine,
    create_project,
    sign_contract,
)
from app.views.customers.customer_360_view import Customer360View
from app.views.customers.customer_list_view import CustomerListView
from app.views.customers.customer_table_model import CustomerColumn
from app.views.payments.payment_list_view import PaymentListView
from app.views.projects.project_board_view import COLUMN_WIDTH
from app.views.projects.projects_page import ProjectsPage
from app.views.shell.application import create_main_window, install_translators
from app.views.shell.main_window import MainWindow
from tests import factories
from tests.ui.ledger_fixtures import dialog_of

# The available area (the screen less its taskbar) in logical pixels.
SCREEN_100 = QRect(0, 0, 1366, 768 - 40)
SCREEN_125 = QRect(0, 0, 1093, 614 - 32)
WIDE_SCREEN = QRect(0, 0, 1920, 1080 - 40)
LONG_NAME = "上海浦东新区张江高科技园区环境与食品安全检测技术服务有限公司"
LARGEST_AMOUNT = 19_999_999_900  # ¥199,999,999.00


@pytest.fixture
def screen(request, monkeypatch) -> QRect:
    """The offscreen test screen made to look like the one given (default 1366x768)."""
    area: QRect = getattr(request, "param", SCREEN_100)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    return area


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture
def busy_ledger(ledger, clock):
    """The small ledger and a customer with a long name, a tax ID, a ¥5,000,000.00 credit
    limit, ¥987,654.32 overdue and a contract not yet invoiced (the longest label)."""
    with ledger.write() as s:
        big = factories.customer(s, LONG_NAME, code="C006", uscc="91310115MA1K4ABC2X")
        big.credit_limit_override_fen = 500_000_000
        big_id = big.id
    admin = system_actor(clock)
    line = (QuoteLine("pH 值", 2000, 5_000),)
    project = create_project(ledger, admin, ProjectInput(big_id, "年度监测", lines=line)).value
    sign_contract(ledger, admin, project.id, "HT-8", None, clock.today())
    with ledger.write() as s:
        big = s.get(Customer, big_id)
        factories.invoice(s, big, 98_765_432, date(2026, 1, 5), number="FP2026100")
    return ledger


def open_main_window(qtbot, db, clock, errors) -> MainWindow:
    main = create_main_window(db, clock, errors=errors)
    qtbot.addWidget(main)
    main.show()
    return main


def customers_of(qtbot, main: MainWindow, rows: int) -> CustomerListView:
    view = main.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == rows)
    return view


def right_edge_in_viewport(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def needed_width(table: QTableView, row: int, column: int) -> int:
    """What the cell needs to show its text whole: the delegate's hint and the grid line."""
    return table.sizeHintForIndex(table.model().index(row, column)).width() + 1


# --- windows ------------------------------------------------------------------------------


@pytest.mark.parametrize("screen", [SCREEN_100, SCREEN_125], indirect=True, ids=["100", "125"])
def test_the_main_window_and_the_360_open_within_the_screen(qtbot, screen, ledger, clock, errors):
    main = open_main_window(qtbot, ledger, clock, errors)
    assert screen.contains(main.frameGeometry())
    # Not squeezed either: as much of the screen as the preferred size asks for.
    assert main.width() >= screen.width() - 40

    customers = customers_of(qtbot, main, 4)
    view = customers.open_360(customers.model.row_at(0).id)
    assert view is not None
    qtbot.waitUntil(lambda: view.data is not None)
    assert screen.contains(view.frameGeometry())
    # The timeline's last row and its status line are inside the window.
    timeline = view.timeline
    bottom = timeline.mapTo(view, QPoint(0, timeline.height()))
    assert bottom.y() <= view.height()
    view.close()


def test_the_360_opens_where_it_was_left(qtbot, screen, ledger, clock, errors):
    main = open_main_window(qtbot, ledger, clock, errors)
    customers = customers_of(qtbot, main, 4)
    first = customers.model.row_at(0).id
    view = customers.open_360(first)
    assert view is not None
    default = view.geometry()
    # Lower and shorter than it opened; the width stays (the test screen is narrower).
    left_at = QRect(default.x(), default.y() + 40, default.width(), default.height() - 150)
    view.setGeometry(left_at)
    qtbot.waitUntil(lambda: view.geometry() == left_at)
    view.close()

    again = customers.open_360(customers.model.row_at(1).id)
    assert isinstance(again, Customer360View)
    qtbot.waitUntil(lambda: again.geometry().top() == left_at.top())
    assert again.height() == left_at.height()
    again.close()


@pytest.mark.parametrize("screen", [SCREEN_125], indirect=True, ids=["125"])
def test_the_payment_dialog_fits_with_its_buttons_on_screen(qtbot, screen, ledger, clock, errors):
    main = open_main_window(qtbot, ledger, clock, errors)
    payments = main.show_section("payments")
    assert isinstance(payments, PaymentListView)
    dialog = dialog_of(qtbot, payments.record_payment())
    assert dialog.frameGeometry().height() <= screen.height()
    # The allocation table gave up height, not the fields or Save.
    assert dialog.height() >= dialog.minimumSizeHint().height()
    dialog.reject()


# --- lists --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "screen"),
    [("zh_CN", SCREEN_100), ("zh_CN", SCREEN_125), ("en", SCREEN_100)],
    indirect=["screen"],
    ids=["zh-100", "zh-125", "en-100"],
)
def test_the_customer_list_shows_overdue_without_scrolling_sideways(
    qtbot, qapp, language, screen, busy_ledger, clock, errors
):
    installed = install_translators(qapp, language)
    try:
        main = open_main_window(qtbot, busy_ledger, clock, errors)
        customers = customers_of(qtbot, main, 5)
        table = customers.table
        overdue = CustomerColumn.OVERDUE
        qtbot.waitUntil(lambda: right_edge_in_viewport(table, overdue) <= table.viewport().width())
        assert table.horizontalScrollBar().value() == 0
        # The long name is cut, not the figures after it.
        assert table.columnWidth(overdue) >= needed_width(table, 4, overdue)

        # The details beside the list fit their width: no value runs past the edge.
        customers.table.select_row(4)
        panel = customers.detail
        qtbot.waitUntil(lambda: panel.detail is not None)
        scroll = panel.currentWidget()
        assert isinstance(scroll, QScrollArea)
        content = scroll.widget()
        qtbot.waitUntil(lambda: content.minimumSizeHint().width() <= scroll.viewport().width())
        qtbot.waitUntil(lambda: panel.credit.isVisible())
        for label in panel.credit.findChildren(QLabel):
            if label.text().startswith(("¥", "-¥")):
                text_width = QFontMetrics(label.font()).horizontalAdvance(label.text())
                assert text_width <= label.contentsRect().width(), label.text()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_money_columns_fit_their_widest_amount_also_on_later_pages(
    qtbot, screen, ledger, clock, errors
):
    with ledger.write() as s:
        for n in range(220):
            factories.customer(s, f"客户{n:03d}", code=f"D{n:03d}")
        richest = factories.customer(s, "最大客户", code="D999")
        factories.invoice(s, richest, LARGEST_AMOUNT, date(2026, 6, 1), number="FP2026999")
    main = open_main_window(qtbot, ledger, clock, errors)
    customers = customers_of(qtbot, main, 225)
    table = customers.table
    balance = CustomerColumn.BALANCE
    first_page_width = table.columnWidth(balance)

    # The richest customer is on the second page, fetched as the list is scrolled to it.
    table.scrollToBottom()
    last = customers.model.rowCount() - 1
    qtbot.waitUntil(lambda: customers.model.row_at(last) is not None)
    assert customers.model.index(last, balance).data() == "¥199,999,999.00"
    qtbot.waitUntil(lambda: table.columnWidth(balance) >= needed_width(table, last, balance))
    assert table.columnWidth(balance) > first_page_width


def test_the_sort_indicator_keeps_clear_of_right_aligned_header_text(
    qtbot, screen, ledger, clock, errors
):
    main = open_main_window(qtbot, ledger, clock, errors)
    customers = customers_of(qtbot, main, 4)
    header = customers.table.horizontalHeader()
    balance = CustomerColumn.BALANCE
    section = QRect(
        header.sectionViewportPosition(balance), 0, header.sectionSize(balance), header.height()
    )

    def picture() -> QImage:
        header.viewport().repaint()
        return header.viewport().grab(section).toImage()

    header.setSortIndicator(CustomerColumn.CODE, Qt.SortOrder.AscendingOrder)
    unsorted = picture()
    header.setSortIndicator(balance, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: customers.model.request.sort_key == "balance")
    sorted_ = picture()

    def dark(image: QImage, x: int, y: int) -> bool:
        return image.pixelColor(x, y).lightness() < 128

    rows = range(3, unsorted.height() - 3)
    text_right = max(x for x in range(unsorted.width()) for y in rows if dark(unsorted, x, y))
    arrow = [
        x
        for x in range(sorted_.width())
        for y in rows
        if sorted_.pixelColor(x, y) != unsorted.pixelColor(x, y)
    ]
    assert arrow, "the sorted column shows an indicator"
    assert min(arrow) > text_right


# --- splitters ----------------------------------------------------------------------------


def drag_splitter(qtbot, splitter: QSplitter, by: int) -> None:
    handle = splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(by, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(by, 0))


@pytest.mark.parametrize("section", ["customers", "projects"])
def test_the_splitter_is_where_the_user_left_it(qtbot, screen, ledger, clock, errors, section):
    main = open_main_window(qtbot, ledger, clock, errors)
    page = main.show_section(section)
    assert isinstance(page, CustomerListView | ProjectsPage)
    default = page.splitter.sizes()
    # The details get a fixed share; the list takes the rest.
    assert default[1] <= 320 < default[0]
    drag_splitter(qtbot, page.splitter, 150)
    qtbot.waitUntil(lambda: page.splitter.sizes() != default)
    left = page.splitter.sizes()
    assert left[1] < default[1]
    main.close()

    again = open_main_window(qtbot, ledger, clock, errors)
    page = again.show_section(section)
    assert isinstance(page, CustomerListView | ProjectsPage)
    # The details keep the width the user gave them (the window may be another size).
    qtbot.waitUntil(lambda: page.splitter.sizes()[1] == left[1])


# --- the project board --------------------------------------------------------------------


@pytest.fixture
def projects(ledger, clock):
    line = (QuoteLine("pH 值", 2000, 5_000),)
    with ledger.write() as s:
        customer_id = factories.customer(s, "杭州城西检测中心").id
    for title in ("年度监测", "水质检测"):
        create_project(ledger, system_actor(clock), ProjectInput(customer_id, title, lines=line))
    return ledger


def board_of(qtbot, main: MainWindow) -> ProjectsPage:
    page = main.show_section("projects")
    assert isinstance(page, ProjectsPage)
    qtbot.waitUntil(lambda: page.board.columns["quoted"].total == 2)
    return page


@pytest.mark.parametrize("screen", [WIDE_SCREEN], indirect=True)
def test_the_board_shows_all_its_stages_when_the_screen_has_room(
    qtbot, screen, projects, clock, errors
):
    main = open_main_window(qtbot, projects, clock, errors)
    # Maximised on the wide screen.
    main.setGeometry(screen)
    page = board_of(qtbot, main)
    board = page.board
    viewport = board.scroll_area.viewport()
    qtbot.waitUntil(lambda: board.scroll_area.horizontalScrollBar().maximum() == 0)
    for column in board.columns.values():
        right = column.mapTo(viewport, QPoint(column.width(), 0)).x()
        assert right <= viewport.width()


def test_the_board_stages_shrink_to_what_their_cards_need(qtbot, screen, projects, clock, errors):
    page = board_of(qtbot, open_main_window(qtbot, projects, clock, errors))
    columns = list(page.board.columns.values())
    # A 1366-pixel screen has no room for nine full columns beside the details: they
    # shrink as far as the codes on their cards let them, and the board scrolls the rest.
    qtbot.waitUntil(lambda: all(c.width() < COLUMN_WIDTH for c in columns))
    for column in columns:
        assert column.width() == column.minimumWidth()
    code = page.board.columns["quoted"].cards.item(0).text()
    bold = QFont(page.board.font())
    bold.setBold(True)
    assert columns[0].minimumWidth() >= QFontMetrics(bold).horizontalAdvance(code)
