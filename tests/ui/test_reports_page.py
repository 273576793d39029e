"""The 报表 section on the hand-worked ledger of tests/report_ledgers.py (second quarter of
2026): each tab shows what the report services compute, the totals row is the whole
ledger, the Excel file holds the same numbers to the fen, the printout paints to a PDF,
targets and weights are a manager's, and a report can be cancelled while its SQL runs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from app.domain.enums import Role
from app.models import Project, ProjectStageEvent
from app.services.core.context import Actor
from app.services.reports.kpi_service import KpiGroup, kpi_report
from app.services.reports.performance_service import performance_report
from app.services.reports.targets_service import targets_in
from app.views.ops.op_runner import Op
from app.views.reports.cycle_tab import CycleDimension
from app.views.reports.interrupt import Cancelled, interruptible
from app.views.reports.kpi_tab import Dimension, figures_cells
from app.views.reports.report_print import ReportPreview, page_printer
from app.views.reports.report_tab import ReportTab
from app.views.reports.reports_page import ReportsPage
from app.views.reports.scorecard_dialog import ScorecardDialog
from app.views.shell.application import create_main_window
from app.views.shell.main_window import MainWindow
from tests import factories
from tests.report_ledgers import Q2, D, build_q2_ledger
from tests.ui.ledger_fixtures import save


@pytest.fixture
def q2(db):
    built = build_q2_ledger(db)
    with db.write() as s:
        # A name that Excel would take for a formula, with something owed.
        sly = factories.customer(s, '=HYPERLINK("x")', code="Z99")
        factories.invoice(s, sly, 1_234, D(2026, 6, 1), number="FPZ99")
        # Stage history: quote -> contract in 3, 4, 7 and 10 days (median 5.5), samples ->
        # report in 20 days (the slowest).
        cust = factories.customer(s, "周期客户", code="ZQ1")
        for n, days in enumerate((3, 4, 7, 10)):
            project = Project(
                code=f"ZQ{n}",
                customer_id=cust.id,
                title="周期",
                test_category="水质",
                stage="report_issued",
                stage_since=D(2026, 6, 1),
            )
            s.add(project)
            s.flush()
            events = [("quoted", D(2026, 4, 1)), ("contracted", D(2026, 4, 1 + days))]
            if n == 0:
                events += [("samples_received", D(2026, 5, 1)), ("report_issued", D(2026, 5, 21))]
            before = None
            for stage, day in events:
                s.add(
                    ProjectStageEvent(
                        project_id=project.id, from_stage=before, to_stage=stage, event_date=day
                    )
                )
                before = stage
    return built


def make_window(qtbot, q2, clock, errors, actor: Actor | None = None) -> MainWindow:
    main = create_main_window(q2["db"], clock, errors=errors, actor=actor)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def window(qtbot, q2, clock, errors) -> Iterator[MainWindow]:
    main = make_window(qtbot, q2, clock, errors)
    yield main
    main.close()


def shown_q2(qtbot, window: MainWindow) -> ReportsPage:
    """The section's page set to the second quarter before it is shown (computed once)."""
    page = ReportsPage(window.ctx)
    qtbot.addWidget(page)
    page.period.set_period(Q2.start, Q2.end)
    page.resize(1200, 600)
    page.show()
    wait(qtbot, page.kpis)
    assert page.kpis.shown == Q2
    return page


def wait(qtbot, tab: ReportTab) -> None:
    qtbot.waitUntil(lambda: tab.table is not None and not tab.loading, timeout=20_000)


def reload_with(qtbot, tab: ReportTab, change) -> None:
    before = tab.table
    change()
    qtbot.waitUntil(lambda: tab.table is not before and not tab.loading, timeout=20_000)


def values(tab: ReportTab) -> list[list[object]]:
    model = tab.model
    return [
        [model.index(r, c).data(Qt.ItemDataRole.UserRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def whole_ledger(q2):
    with q2["db"].read() as s:
        return kpi_report(s, Q2, countback=True, provision=True).total


def test_kpis_by_customer_are_the_services_and_the_totals_the_whole_ledger(qtbot, window, q2):
    page = shown_q2(qtbot, window)
    tab = page.kpis
    reload_with(qtbot, tab, lambda: tab.choose(Dimension.CUSTOMER))
    with q2["db"].read() as s:
        expected = kpi_report(s, Q2, KpiGroup.CUSTOMER, countback=True, provision=True)
    rows = values(tab)
    assert [r[0] for r in rows[:-1]] == [r.label for r in expected.rows]
    for shown, figures in zip(rows[:-1], expected.rows, strict=True):
        assert tuple(shown[2:]) == figures_cells(figures)
    assert rows[-1][0] == "Whole ledger"
    assert tuple(rows[-1][2:]) == figures_cells(whole_ledger(q2))
    texts = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert texts[:3] == ["甲检测客户", "J01", "¥1,000.00"]
    assert "100.00%" in texts and "182.0" in texts and "33.33" in texts


@pytest.mark.slow
def test_every_dimension_ends_with_the_whole_ledger(qtbot, window, q2):
    page = shown_q2(qtbot, window)
    tab = page.kpis
    whole = figures_cells(whole_ledger(q2))
    for dimension in Dimension:
        if tab.chosen() is not dimension:
            reload_with(qtbot, tab, lambda d=dimension: tab.choose(d))
        check_dimension(tab, dimension, whole)


def check_dimension(tab, dimension: Dimension, whole) -> None:
    rows = values(tab)
    assert tuple(rows[-1][2:]) == whole
    if dimension in (Dimension.CUSTOMER, Dimension.SALESPERSON, Dimension.TIER):
        money = [c for c, m in enumerate(tab.table.money) if m]  # type: ignore[union-attr]
        for column in money:
            assert sum(r[column] for r in rows[:-1]) == rows[-1][column]
    if dimension is Dimension.MONTH:
        assert [r[0] for r in rows[:-1]] == ["2026-04", "2026-05", "2026-06"]
        invoiced = tab.table.headers.index("Invoiced")  # type: ignore[union-attr]
        # April C and B, May the red-letter credit, June the formula-named customer's.
        assert [r[invoiced] for r in rows] == [140_000, -10_000, 1_234, 131_234]


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    asked: dict[str, str] = {}

    def answer(_parent, _title, suggested, _filter, **_options):
        asked["suggested"] = suggested
        return str(tmp_path / Path(suggested).name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def fen(value: object) -> int:
    return int((Decimal(str(value)) * 100).to_integral_value())


def test_the_excel_file_holds_the_kpis_to_the_fen(qtbot, window, q2, save_as, tmp_path):
    page = shown_q2(qtbot, window)
    tab = page.kpis
    reload_with(qtbot, tab, lambda: tab.choose(Dimension.CUSTOMER))
    export = tab.export()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=10_000):
        pass
    path = tmp_path / Path(save_as["suggested"]).name
    book = load_workbook(path)
    sheet = book.active
    assert sheet.freeze_panes == "C3"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert "2026-04-01" in rows[0][0] and "2026-06-30" in rows[0][0]
    assert rows[1][:4] == ["Customer", "Code", "Opening AR", "Closing AR"]
    shown = values(tab)
    table = tab.table
    assert table is not None
    for line, expected in zip(rows[2 : 2 + len(shown)], shown, strict=True):
        for column, (cell, want) in enumerate(zip(line, expected, strict=True)):
            if table.money[column]:
                assert fen(cell) == want
            elif want is None:
                assert cell is None
            elif isinstance(want, Decimal):
                assert Decimal(str(cell)) == want
            else:
                assert cell == (want or None)
    # The formula-like name is text, never a formula.
    names = {r[0] for r in rows}
    assert '=HYPERLINK("x")' in names
    sly = next(c for c in sheet["A"] if c.value == '=HYPERLINK("x")')
    assert sly.data_type == "s"
    percent = table.headers.index("Overdue ratio")
    assert sheet.cell(3, percent + 1).number_format == "0.00%"
    assert sheet.column_dimensions["A"].width >= 10


def test_each_tab_prints_through_the_preview_to_a_pdf(qtbot, window, q2, tmp_path):
    page = shown_q2(qtbot, window)
    for index, tab in enumerate(page.report_tabs()):
        page.tabs.setCurrentIndex(index)
        wait(qtbot, tab)
        if tab.shown != Q2:
            reload_with(qtbot, tab, tab.reload)
        assert tab.table is not None
        preview = ReportPreview(tab.table, tab.subtitle(), tab.highlights, window)
        text_shown = preview.document.toPlainText()
        assert tab.table.title in text_shown
        assert "2026-04-01" in text_shown and "as of 2026-06-30" in text_shown
        printer = page_printer(tab.table.title)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"tab{index}.pdf"
        printer.setOutputFileName(str(out))
        preview.paintRequested.emit(printer)
        assert out.exists() and out.read_bytes().startswith(b"%PDF")
        preview.deleteLater()


def test_performance_shows_targets_collected_and_the_weighted_score(qtbot, window, q2):
    page = shown_q2(qtbot, window)
    page.tabs.setCurrentWidget(page.performance)
    tab = page.performance
    wait(qtbot, tab)
    if tab.shown != Q2:
        reload_with(qtbot, tab, tab.reload)
    with q2["db"].read() as s:
        expected = performance_report(s, Q2)
    rows = values(tab)
    assert [r[0] for r in rows[:-1]] == [p.name for p in expected]
    zhou = rows[0]
    assert zhou[:5] == ["周销售", zhou[1], Decimal("80.0"), 80_000, 40_000]
    assert zhou[5:8] == [Decimal("0.5000"), Decimal("1.0000"), 0]
    # 孙: 1 overdue invoice (A; B too: 2), 1,000.00 overdue of 1,000.00 owed, DSO 182 days.
    sun = rows[1]
    assert sun[2:11] == [
        Decimal("43.3"),
        50_000,
        50_000,
        Decimal("1.0000"),
        Decimal("0.0000"),
        2,
        100_000,
        100_000,
        Decimal("182.0"),
    ]
    assert sun[11:] == [Decimal("100.0"), Decimal("0.0"), Decimal("0.0"), Decimal("33.0")]
    totals = rows[-1]
    assert totals[3:6] == [130_000, 90_000, Decimal("0.6923")]
    assert totals[4] == sum(p.collected_fen for p in expected)
    assert "Target 40" in tab.weights.text() and "DSO aim 60 days" in tab.weights.text()
    assert "(weight 40)" in tab.table.headers[11]  # type: ignore[union-attr]


def test_a_manager_sets_a_target_and_the_tab_shows_it(qtbot, window, q2):
    page = shown_q2(qtbot, window)
    page.tabs.setCurrentWidget(page.performance)
    tab = page.performance
    wait(qtbot, tab)
    dialog = tab.edit_targets()
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    assert dialog.save_button.isEnabled() and not dialog.bar.isVisible()
    people = [p.id for p in dialog.loaded.people]  # type: ignore[union-attr]
    dialog.month.setDate(dialog.month.date().addMonths(-2))  # June -> April
    qtbot.waitUntil(lambda: dialog.loaded is not None and dialog.loaded.month == D(2026, 4, 1))
    row = people.index(q2["sun"])
    assert dialog.edit_of(row).fen() == 50_000
    dialog.edit_of(row).setText("1,200.50")
    before = tab.table
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.table is not before and not tab.loading, timeout=20_000)
    with q2["db"].read() as s:
        assert targets_in(s, Q2)[q2["sun"]] == 120_050
    sun = next(r for r in values(tab) if r[0] == "孙销售")
    assert sun[3] == 120_050


def test_targets_and_weights_are_refused_to_a_salesperson(qtbot, q2, clock, errors):
    seller = Actor(q2["sun"], "sun", Role.SALES, "孙销售", clock)
    main = make_window(qtbot, q2, clock, errors, actor=seller)
    page = shown_q2(qtbot, main)
    page.tabs.setCurrentWidget(page.performance)
    dialog = page.performance.edit_targets()
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    assert not dialog.save_button.isEnabled()
    assert dialog.bar.isVisible()
    assert "Only managers set collection targets" in dialog.bar.label.text()
    assert dialog.edit_of(0).isReadOnly()
    dialog.save()  # even if asked: nothing is written
    assert "Only managers" in dialog.bar.label.text()
    with q2["db"].read() as s:
        assert targets_in(s, Q2) == {q2["sun"]: 50_000, q2["zhou"]: 80_000}
    dialog.close()
    weights = page.performance.edit_weights()
    assert isinstance(weights, ScorecardDialog)
    qtbot.waitUntil(lambda: weights.spins["target"].value() == 40)
    assert not weights.save_button.isEnabled() and weights.bar.isVisible()
    weights.close()
    main.close()


def test_new_weights_change_the_ranking_shown(qtbot, window, q2):
    page = shown_q2(qtbot, window)
    page.tabs.setCurrentWidget(page.performance)
    tab = page.performance
    wait(qtbot, tab)
    if tab.shown != Q2:
        reload_with(qtbot, tab, tab.reload)
    assert [r[0] for r in values(tab)[:-1]] == ["周销售", "孙销售"]
    dialog = tab.edit_weights()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    for part, weight in (("target", 100), ("on_time", 0), ("overdue", 0), ("dso", 0)):
        dialog.spins[part].setValue(weight)
    before = tab.table
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.table is not before and not tab.loading, timeout=20_000)
    assert [r[0] for r in values(tab)[:-1]] == ["孙销售", "周销售"]
    assert "Target 100" in tab.weights.text()


def test_cycle_times_by_category_with_the_slowest_stage_highlighted(qtbot, window, q2):
    page = shown_q2(qtbot, window)
    page.tabs.setCurrentWidget(page.cycles)
    tab = page.cycles
    wait(qtbot, tab)
    if tab.shown != Q2:
        reload_with(qtbot, tab, tab.reload)
    assert tab.chosen() is CycleDimension.CATEGORY
    rows = values(tab)
    water = rows[0]
    assert water[:2] == ["水质", "Samples → report"]
    # Quote -> contract: 3, 4, 7, 10 days: average 6.0, median 5.5 (an even count).
    assert water[2:5] == [4, Decimal("6.0"), Decimal("5.5")]
    assert water[5:8] == [1, Decimal("20.0"), Decimal("20.0")]
    assert (0, 6) in tab.highlights
    assert tab.model.index(0, 6).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert rows[-1][0] == "All projects" and rows[-1][2] == 4
    reload_with(qtbot, tab, lambda: tab.choose(CycleDimension.MONTH))
    months = values(tab)
    assert [r[0] for r in months[:-1]] == ["2026-04", "2026-05", "2026-06"]
    assert months[0][2] == 4 and months[1][5] == 1


def test_cancel_interrupts_the_sql_running(q2):
    op = Op(q2["db"], 0)
    op.cancel()
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    with q2["db"].read() as s, pytest.raises(Cancelled), interruptible(s, op):
        s.execute(text(endless)).all()


def test_cancel_stops_waiting_for_the_report(qtbot, window, q2):
    page = shown_q2(qtbot, window)
    tab = page.kpis
    tab.reload()
    assert tab.loading and tab.cancel_button.isVisible()
    tab.cancel()
    assert not tab.loading and "Cancelled" in tab.status.text()
    assert tab.dirty


def test_the_section_opens_on_the_year_and_the_period_chooser_presets(qtbot, window, q2):
    from app.views.widgets.period_chooser import Preset

    page = window.show_section("reports")
    assert isinstance(page, ReportsPage)
    wait(qtbot, page.kpis)
    assert page.kpis.shown == replace(Q2, start=D(2026, 1, 1))
    assert page.kpis.table is not None and "Salesperson" in page.kpis.table.headers[0]
    chooser = page.period
    chooser.choose(Preset.LAST_QUARTER)
    assert (chooser.period().start, chooser.period().end) == (D(2026, 1, 1), D(2026, 3, 31))
    chooser.choose(Preset.THIS_MONTH)
    assert chooser.period() == replace(Q2, start=D(2026, 6, 1))
    chooser.choose(Preset.LAST_YEAR)
    assert chooser.period().end == D(2025, 12, 31)
    wait(qtbot, page.kpis)
