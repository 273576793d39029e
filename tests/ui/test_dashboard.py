"""The 工作台 dashboard and its charts on the small GUI ledger (as of 2026-06-30): every
figure shows the dashboard service's value to the fen and opens the list behind it, a
customer's row opens their 360 view, a salesperson sees their own customers, and the charts
draw the chart service's values, follow the filters, show values under the mouse and save
as PNG."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QLineSeries
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from app.domain.enums import Role
from app.domain.money import Money
from app.models import CreditTier, Customer, Statement, User
from app.services.core.changes import Kind
from app.services.core.context import Actor
from app.services.reports.chart_service import ChartFilter, chart_data
from app.services.reports.dashboard_service import dashboard_figures
from app.services.statements.statement_list_service import StatementFilter
from app.views.customers.customer_360_view import Customer360View
from app.views.shell.application import create_main_window
from app.views.workbench.dashboard_view import percent_text
from tests import factories
from tests.ui.conftest import AS_OF


def _href(label: QLabel) -> str:
    found = re.search(r'href="([^"]*)"', label.text())
    assert found, label.text()
    return found.group(1)


def _loaded(qtbot, window):
    page = window.pages["workbench"]
    qtbot.waitUntil(lambda: page.dashboard is not None and page.figures is not None)
    return page


def test_every_figure_is_the_service_value_to_the_fen(qtbot, window, ledger):
    page = _loaded(qtbot, window)
    with ledger.read() as s:
        expected = dashboard_figures(s, AS_OF)
    tiles = page.summary.dashboard
    assert expected.receivables_fen == 340_000  # 600.00 + 300.00 + 2,500.00 open
    assert Money(expected.receivables_fen).format() in tiles.receivables.value.text()
    assert Money(expected.overdue_fen).format() in tiles.overdue.value.text()
    assert percent_text(expected.overdue_ratio) in tiles.overdue.detail.text()
    assert f"{expected.dso_days} days" in tiles.dso.value.text()
    assert f"{expected.cei}%" in tiles.cei.value.text()
    assert Money(expected.collected_this_month_fen).format() in tiles.collected.value.text()
    assert "No target set for 2026-06" in tiles.collected.detail.text()
    assert not tiles.progress.isVisible()
    lists = page.summary.lists
    assert lists.top.rowCount() == len(expected.top_overdue) == 2
    shown = [
        (lists.top.item(row, 0).text(), lists.top.item(row, 1).text())
        for row in range(lists.top.rowCount())
    ]
    assert shown == [(c.name, Money(c.overdue_fen).format()) for c in expected.top_overdue]
    assert shown[0] == ("苏州工业园区环保局", "¥2,500.00")


def test_clicking_a_figure_opens_the_filtered_list_behind_it(qtbot, window):
    page = _loaded(qtbot, window)
    overdue = page.summary.dashboard.overdue.value
    assert _href(overdue) == "invoices:overdue"
    overdue.linkActivated.emit(_href(overdue))
    invoices = window.pages["invoices"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is invoices)
    assert invoices.status.currentData() == "overdue"
    # Only the overdue invoices: FP2026001 (600.00 of 1,000.00 open) and FP2026003.
    qtbot.waitUntil(lambda: invoices.model.is_counted and invoices.model.total == 2)

    receivables = page.summary.dashboard.receivables.value
    receivables.linkActivated.emit(_href(receivables))
    qtbot.waitUntil(lambda: invoices.status.currentData() == "open")

    title = page.summary.lists.replies_title
    title.linkActivated.emit(_href(title))
    statements = window.pages["statements"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is statements)
    assert statements.status() is StatementFilter.AWAITING


def test_a_customer_row_opens_the_customer_360(qtbot, window, ledger):
    page = _loaded(qtbot, window)
    top = page.summary.lists.top
    with qtbot.waitSignal(page.opener.opened) as opened:
        top.cellDoubleClicked.emit(0, 0)
    view = opened.args[0]
    assert isinstance(view, Customer360View)
    with ledger.read() as s:
        suzhou = s.query(Customer).filter_by(code="C004").one()
    assert view.customer_id == suzhou.id
    view.close()


def test_a_salesperson_sees_their_own_customers(qtbot, ledger, clock, errors):
    with ledger.read() as s:
        wang = s.query(User).filter_by(display_name="王芳").one()
        actor = Actor(wang.id, wang.login, Role.SALES, wang.display_name)
        mine = dashboard_figures(s, AS_OF, salesperson_id=wang.id)
    main = create_main_window(ledger, clock, errors=errors, actor=actor)
    qtbot.addWidget(main)
    main.show()
    page = _loaded(qtbot, main)
    assert page.dashboard == mine
    # 王芳 owns 上海浦东 and 南京: 苏州's 2,500.00 is not hers.
    assert mine.receivables_fen == 90_000
    tiles = page.summary.dashboard
    assert Money(90_000).format() in tiles.receivables.value.text()
    assert [c.name for c in mine.top_overdue] == ["上海浦东环境监测站"]
    assert "王芳" in page.summary.scope_label.text()
    charts = page.show_charts()
    qtbot.waitUntil(lambda: charts.data is not None)
    assert charts.data.chart_filter.salesperson_id == wang.id
    assert not charts.salesperson.isEnabled()
    main.close()


def test_a_promise_and_a_statement_awaiting_reply_show_in_the_lists(qtbot, window, ledger):
    with ledger.write() as s:
        pudong = s.query(Customer).filter_by(code="C001").one()
        s.add(
            Statement(
                number="DZ2026-0001",
                customer_id=pudong.id,
                period_from=date(2026, 4, 1),
                period_to=date(2026, 5, 31),
                opening_balance_fen=0,
                closing_balance_fen=90_000,
                issued_on=date(2026, 6, 1),
                sent_date=date(2026, 6, 2),
            )
        )
    page = window.pages["workbench"]
    page.refresh()
    qtbot.waitUntil(lambda: page.summary.lists.replies.rowCount() == 1)
    replies = page.summary.lists.replies
    assert replies.item(0, 0).text() == "DZ2026-0001"
    assert replies.item(0, 3).text() == "28"  # days since 06-02
    assert "1" in page.summary.lists.replies_title.text()


@pytest.fixture
def charts(qtbot, window):
    page = _loaded(qtbot, window)
    shown = page.show_charts()
    qtbot.waitUntil(lambda: shown.data is not None)
    return shown


def _bars(panel, kind=QBarSeries) -> list[list[float]]:
    (series,) = [s for s in panel.chart.series() if isinstance(s, kind)]
    return [[bars.at(i) for i in range(bars.count())] for bars in series.barSets()]


def test_charts_draw_the_service_values(charts, ledger):
    with ledger.read() as s:
        expected = chart_data(s, AS_OF, ChartFilter.last_months(AS_OF))
    assert charts.data == expected
    invoiced, collected = _bars(charts.flows)
    assert invoiced == [m.invoiced_fen / 100 for m in expected.months]
    assert collected == [m.collected_fen / 100 for m in expected.months]
    assert invoiced[-1] == 300.0  # June: FP2026002
    (aging,) = _bars(charts.aging)
    assert aging == [b.open_fen / 100 for b in expected.buckets]
    assert sum(aging) == 3_400.0
    (top,) = _bars(charts.top, QHorizontalBarSeries)
    # Drawn bottom up: the most overdue last.
    assert top == [600.0, 2_500.0]
    ratio, dso = [s for s in charts.trend.chart.series() if isinstance(s, QLineSeries)]
    june = expected.months[-1]
    assert june.overdue_ratio is not None
    assert ratio.at(ratio.count() - 1) == QPointF(11, float(june.overdue_ratio * 100))
    assert [p.y() for p in dso.points()] == [
        float(m.dso_days) for m in expected.months if m.dso_days is not None
    ]


def test_charts_follow_a_filter_change(qtbot, charts, ledger):
    with ledger.read() as s:
        li = s.query(User).filter_by(display_name="李强").one()
    charts.salesperson.setCurrentIndex(charts.salesperson.findData(li.id))
    qtbot.waitUntil(lambda: charts.data.chart_filter.salesperson_id == li.id)
    # 李强's 杭州西湖 owes nothing (a prepayment only): every chart empties.
    assert _bars(charts.aging) == [[0.0] * len(charts.data.buckets)]
    assert _bars(charts.top, QHorizontalBarSeries) == [[]]
    assert sum(_bars(charts.flows)[0]) == 0
    assert charts.top.empty.text() == "No customer is overdue."

    with ledger.read() as s:
        key_tier = s.query(CreditTier).filter_by(code="key").one().id
    key = charts.tier.findData(key_tier)
    assert key > 0
    charts.salesperson.setCurrentIndex(0)
    charts.category.setCurrentIndex(0)
    charts.tier.setCurrentIndex(key)
    qtbot.waitUntil(
        lambda: (
            charts.data.chart_filter.tier_id is not None
            and charts.data.chart_filter.salesperson_id is None
        )
    )
    (aging,) = _bars(charts.aging)
    assert sum(aging) == 2_500.0  # 苏州, the key account


def test_a_tier_lets_go_of_the_category(qtbot, charts, ledger):
    charts.category.addItem("水质", "水质")  # as if a project had that category
    charts.category.setCurrentIndex(charts.category.count() - 1)
    qtbot.waitUntil(lambda: charts.data.chart_filter.category == "水质")
    charts.tier.setCurrentIndex(1)
    qtbot.waitUntil(lambda: charts.data.chart_filter.tier_id is not None)
    assert charts.category.currentData() is None
    assert charts.data.chart_filter.category is None


def test_the_value_under_the_mouse_shows(qtbot, charts):
    panel = charts.flows
    series = panel.chart.series()[0]
    # The June invoiced bar (300.00), a little above the axis.
    scene = panel.chart.mapToPosition(QPointF(11 - 0.15, 50), series)
    at = panel.view.mapFromScene(scene)
    QTest.mouseMove(panel.view.viewport(), QPoint(at.x(), at.y()))
    qtbot.waitUntil(lambda: panel.hover_text != "")
    assert panel.hover_text == "2026-06 Invoiced: ¥300.00"


def test_each_chart_saves_as_png(qtbot, charts, tmp_path, monkeypatch):
    for panel in charts.panels:
        path = tmp_path / f"{panel.file_stem}.png"
        assert panel.save_png(path)
        assert path.stat().st_size > 1000
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    chosen = tmp_path / "chosen.png"
    monkeypatch.setattr(
        "app.views.charts.chart_panel.ask_save_path", lambda *_args, **_kwargs: chosen
    )
    charts.aging.save_button.click()
    assert chosen.stat().st_size > 1000


def test_figures_and_charts_load_again_after_a_change_when_shown(qtbot, charts, window, ledger):
    with ledger.write() as s:
        nanjing = s.query(Customer).filter_by(code="C003").one()
        factories.invoice(s, nanjing, 70_000, date(2026, 6, 25), number="FP2026050")
    workbench = window.pages["workbench"]
    # Not shown (another section is): nothing loads until the charts are shown again.
    window.show_section("customers")
    window.ctx.bus.announce([Kind.INVOICES])
    assert workbench.stale
    assert charts.data.months[-1].invoiced_fen == 30_000
    window.show_section("workbench")
    assert workbench.summary.currentWidget() is workbench.summary.charts_holder
    qtbot.waitUntil(lambda: charts.data.months[-1].invoiced_fen == 100_000)
    qtbot.waitUntil(lambda: workbench.dashboard.kpis.invoiced_fen == 350_000)
    assert not workbench.stale and not charts.stale

    # On the overview, the charts (hidden) wait until shown.
    workbench.summary.setCurrentIndex(0)
    with ledger.write() as s:
        factories.invoice(s, nanjing, 1_000, date(2026, 6, 26), number="FP2026051")
    window.ctx.bus.announce([Kind.INVOICES])
    assert charts.stale
    workbench.show_charts()
    qtbot.waitUntil(lambda: charts.data.months[-1].invoiced_fen == 101_000)
