"""The 应收 section on the small ledger of tests/ui/conftest.py (as of 2026-06-30):

- 苏州工业园区环保局 (C004): ¥2,500.00 issued 04-15 with 60 days' terms, due 06-14, so 16
  days overdue: 1-30.
- 上海浦东环境监测站 (C001): FP2026001 ¥1,000.00 due 03-31, ¥400.00 paid 04-02, so ¥600.00
  open 91 days overdue (91-180); FP2026002 ¥300.00 due 07-20, not yet due.
- 杭州西湖食品有限公司 (C002): ¥50.00 received 05-02 and not applied: prepaid.
- 南京建材检测中心: settled and void invoices only, so not in the report.

The page must show the figures aging_report gives, to the fen, and the hand-computed ones.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from app.domain.money import Money
from app.models import AuditEntry, Customer
from app.services.core.settings_service import default_aging_settings, get_aging_settings
from app.services.ledger.aging_service import (
    AgingBy,
    aging_invoices,
    aging_report,
    provision_report,
)
from app.services.ledger.payment_service import PaymentInput, record_payment
from app.views.invoices.invoice_detail_dialog import InvoiceDetailDialog
from app.views.receivables.aging_invoices_dialog import AgingInvoicesDialog
from app.views.receivables.aging_table_model import AgingRole
from app.views.receivables.receivables_page import ReceivablesPage
from app.views.settings.aging_settings_dialog import AgingSettingsDialog
from app.views.settings.settings_page import SettingsPage
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import open_dialog

NAME, CODE = 0, 1
BUCKET_HEADERS = [
    "Not yet due",
    "1–30 days",
    "31–60 days",
    "61–90 days",
    "91–180 days",
    "181–365 days",
    "Over 365 days",
]


@pytest.fixture
def page(qtbot, window) -> ReceivablesPage:
    shown = window.show_section("receivables")
    assert isinstance(shown, ReceivablesPage)
    qtbot.waitUntil(lambda: shown.report is not None and not shown.loading)
    return shown


def headers(page: ReceivablesPage) -> list[str]:
    model = page.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def texts(page: ReceivablesPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def totals_texts(page: ReceivablesPage) -> list[str]:
    model = page.totals_model
    return [model.index(0, c).data() for c in range(model.columnCount())]


def reload_to(qtbot, page: ReceivablesPage, change) -> None:
    """Make a change that re-queries, and wait until the new report is shown."""
    before = page.report
    change()
    qtbot.waitUntil(lambda: page.report is not before and not page.loading)


def expected_rows(report) -> list[list[str]]:
    return [
        [
            r.label or "(no salesperson)",
            r.code,
            *(Money(a).format() for a in r.amounts),
            Money(r.total_fen).format(),
            Money(r.prepaid_fen).format(),
            Money(r.net_fen).format(),
        ]
        for r in report.rows
    ]


def test_the_page_shows_the_aging_report_to_the_fen(page, ledger):
    assert headers(page) == ["Customer", "Code", *BUCKET_HEADERS, "Total", "Prepaid", "Net"]
    with ledger.read() as s:
        report = aging_report(s, AS_OF, AgingBy.CUSTOMER)
    assert texts(page) == expected_rows(report)
    # And by hand: largest total first, prepayment apart, the settled customer left out.
    z = "¥0.00"
    assert texts(page) == [
        ["苏州工业园区环保局", "C004", z, "¥2,500.00", z, z, z, z, z, "¥2,500.00", z, "¥2,500.00"],
        [
            "上海浦东环境监测站",
            "C001",
            "¥300.00",
            z,
            z,
            z,
            "¥600.00",
            z,
            z,
            "¥900.00",
            z,
            "¥900.00",
        ],
        ["杭州西湖食品有限公司", "C002", z, z, z, z, z, z, z, z, "¥50.00", "-¥50.00"],
    ]
    assert totals_texts(page) == [
        "Total",
        "",
        "¥300.00",
        "¥2,500.00",
        z,
        z,
        "¥600.00",
        z,
        z,
        "¥3,400.00",
        "¥50.00",
        "¥3,350.00",
    ]
    amount = page.model.index(0, 3)
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "due on 2026-06-30 counts as not yet due" in page.notes.text()
    assert "30 days past due is in 1–30 days" in page.notes.text()
    assert page.title.text() == "Aging of receivables as of 2026-06-30, by Customer"


def lined_up(page: ReceivablesPage) -> bool:
    columns = range(page.model.columnCount())
    return [page.totals.columnWidth(c) for c in columns] == [
        page.table.columnWidth(c) for c in columns
    ]


def test_no_figure_is_cut(qtbot, page):
    assert lined_up(page)
    page.window().resize(1366, 768)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 900)
    # Loaded again (as after any change): the widths stay, the totals row stays lined up.
    reload_to(qtbot, page, page.reload)
    metrics = page.table.fontMetrics()
    for column in range(2, page.model.columnCount()):
        widest = max(
            metrics.horizontalAdvance(page.model.index(r, column).data())
            for r in range(page.model.rowCount())
        )
        assert page.table.columnWidth(column) > widest
    assert lined_up(page)


def test_grouping_and_as_of_date_query_again(qtbot, page, ledger):
    by = page.grouping.findData(AgingBy.SALESPERSON)
    reload_to(qtbot, page, lambda: page.grouping.setCurrentIndex(by))
    with ledger.read() as s:
        report = aging_report(s, AS_OF, AgingBy.SALESPERSON)
    assert headers(page)[0] == "Salesperson"
    assert texts(page) == expected_rows(report)
    # 苏州 has no salesperson: that group is named, not left blank.
    assert [row[0] for row in texts(page)] == ["(no salesperson)", "王芳", "李强"]

    # On 2026-03-31 FP2026001 is due that very day: not yet due, the whole ¥1,000.00.
    reload_to(qtbot, page, lambda: page.as_of.setDate(QDate(2026, 3, 31)))
    with ledger.read() as s:
        report = aging_report(s, date(2026, 3, 31), AgingBy.SALESPERSON)
    assert texts(page) == expected_rows(report)
    assert texts(page)[0][:4] == ["王芳", report.rows[0].code, "¥1,000.00", "¥0.00"]
    assert page.title.text() == "Aging of receivables as of 2026-03-31, by Salesperson"


def test_receivables_without_a_project_are_a_named_group(qtbot, page):
    by = page.grouping.findData(AgingBy.PROJECT)
    reload_to(qtbot, page, lambda: page.grouping.setCurrentIndex(by))
    # No invoice of this ledger has a project; prepayments belong to no project, so they
    # count in the totals row only (and the note says so).
    assert [row[0] for row in texts(page)] == ["(no project)"]
    assert texts(page)[0][-3:] == ["¥3,400.00", "¥0.00", "¥3,400.00"]
    assert totals_texts(page)[-3:] == ["¥3,400.00", "¥50.00", "¥3,350.00"]
    assert "count in the totals row only" in page.notes.text()


def test_a_payment_recorded_elsewhere_refreshes_the_page(qtbot, page, ledger, window):
    with ledger.read() as s:
        xihu = s.scalars(select(Customer.id).where(Customer.code == "C002")).one()
    before = page.report
    window.ctx.writer.write(
        lambda op: record_payment(op.database, window.ctx.actor, PaymentInput(xihu, AS_OF, 20_00))
    )
    qtbot.waitUntil(lambda: page.report is not before and not page.loading)
    assert totals_texts(page)[10] == "¥70.00"  # prepaid: ¥50.00 and now ¥20.00 more


def double_click(qtbot, page: ReceivablesPage, index: QModelIndex) -> None:
    page.table.scrollTo(index)
    centre = page.table.visualRect(index).center()
    # As a mouse does it: press and release, then the double-click.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_clicking_a_figure_lists_the_invoices_behind_it(qtbot, page, window, ledger):
    # 上海浦东 (second row), 91-180 days: FP2026001 with ¥600.00 open.
    cell = page.model.index(1, 2 + 4)
    assert cell.data() == "¥600.00"
    double_click(qtbot, page, cell)
    dialog = open_dialog(qtbot, window, AgingInvoicesDialog)
    qtbot.waitUntil(lambda: dialog.invoices is not None)
    assert [i.number for i in dialog.invoices] == ["FP2026001"]
    assert dialog.total_fen == cell.data(AgingRole.FenRole) == 600_00
    assert "¥600.00" in dialog.summary.text()
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row == [
        "FP2026001",
        "上海浦东环境监测站",
        "2026-03-01",
        "2026-03-31",
        "¥1,000.00",
        "¥600.00",
        "91",
        "91–180 days",
    ]

    # Enter opens the invoice.
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    detail = open_dialog(qtbot, dialog, InvoiceDetailDialog)
    qtbot.waitUntil(lambda: detail.panel.detail is not None)
    assert detail.panel.number_label.text() == "FP2026001"
    assert dialog.isVisible()  # Enter went to the table, not to the Close button
    detail.close()
    dialog.close()


def test_a_groups_name_lists_all_its_invoices(qtbot, page, window, ledger):
    double_click(qtbot, page, page.model.index(1, NAME))
    dialog = open_dialog(qtbot, window, AgingInvoicesDialog)
    qtbot.waitUntil(lambda: dialog.invoices is not None)
    assert [i.number for i in dialog.invoices] == ["FP2026001", "FP2026002"]
    assert dialog.total_fen == 900_00
    assert page.model.index(1, 9).data() == Money(dialog.total_fen).format()
    with ledger.read() as s:
        key = page.model.rows[1].key
        assert dialog.invoices == aging_invoices(s, AS_OF, AgingBy.CUSTOMER, key)
    dialog.close()


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path and remembers what it suggested."""
    asked: dict[str, str] = {}

    def answer(_parent, _title, suggested, _filter, **_options):
        asked["suggested"] = suggested
        return str(tmp_path / "out" / Path(suggested).name), _filter

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def fen(value) -> int:
    assert isinstance(value, int | float | Decimal), value  # a number, never text
    return int((Decimal(str(value)) * 100).to_integral_value())


def test_the_excel_file_holds_the_report_as_shown(qtbot, page, save_as, ledger, tmp_path):
    reload_to(qtbot, page, lambda: page.grouping.setCurrentIndex(page.grouping.findData("tier")))
    # Sorted by name, as the user might: the file keeps that order.
    page.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    export = page.export()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=10_000) as done:
        pass
    assert done.args == [len(page.model.rows)]
    path = Path(save_as["suggested"])
    assert path.name.endswith(".xlsx")
    written = tmp_path / "out" / path.name
    sheet = load_workbook(written).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert "2026-06-30" in values[0][0] and "Credit tier" in values[0][0]
    assert values[1] == ["Credit tier", "Code", *BUCKET_HEADERS, "Total", "Prepaid", "Net"]
    with ledger.read() as s:
        report = aging_report(s, AS_OF, AgingBy.TIER)
    by_name = {r.label: r for r in report.rows}
    rows = values[2 : 2 + len(report.rows)]
    assert [r[0] for r in rows] == sorted(by_name, key=str.casefold)
    for line in rows:
        expected = by_name[line[0]]
        amounts = [fen(v) for v in line[2:]]
        assert amounts == [
            *expected.amounts,
            expected.total_fen,
            expected.prepaid_fen,
            expected.net_fen,
        ]
    totals = values[2 + len(report.rows)]
    assert totals[0] == "Total"
    assert [fen(v) for v in totals[2:]] == [
        *report.totals,
        report.total_fen,
        report.prepaid_fen,
        report.net_fen,
    ]
    assert sheet.cell(3, 3).number_format == "#,##0.00"
    assert any("not yet due" in str(row[0]) for row in values[-3:])
    # The next export offers the folder used last.
    export = page.export()
    assert export is not None
    assert Path(save_as["suggested"]).parent == tmp_path / "out"
    with qtbot.waitSignal(export.finished, timeout=10_000):
        pass


def test_the_invoices_behind_a_figure_export_as_listed(qtbot, page, window, save_as, tmp_path):
    double_click(qtbot, page, page.model.index(1, NAME))
    dialog = open_dialog(qtbot, window, AgingInvoicesDialog)
    qtbot.waitUntil(lambda: dialog.invoices is not None)
    export = dialog.export()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=10_000) as done:
        pass
    assert done.args == [2]
    sheet = load_workbook(tmp_path / "out" / Path(save_as["suggested"]).name).active
    assert sheet.freeze_panes == "A4" and "2026-06-30" in sheet["A2"].value
    rows = list(sheet.iter_rows(min_row=4))
    assert [r[0].value for r in rows] == ["FP2026001", "FP2026002"]
    assert [fen(r[5].value) for r in rows] == [i.open_fen for i in dialog.invoices]
    assert rows[0][2].is_date and rows[0][6].value == 91
    dialog.close()


def test_the_provision_view_shows_bands_rates_and_provision(qtbot, page, ledger):
    reload_to(qtbot, page, lambda: page.provision_button.click())
    assert headers(page) == [
        "Customer",
        "Code",
        "Within 1 year\nopen",
        "1–2 years\nopen",
        "2–3 years\nopen",
        "Over 3 years\nopen",
        "Open total",
        "Within 1 year\nprovision 5%",
        "1–2 years\nprovision 10%",
        "2–3 years\nprovision 30%",
        "Over 3 years\nprovision 100%",
        "Provision",
    ]
    with ledger.read() as s:
        rows = provision_report(s, AS_OF, AgingBy.CUSTOMER)
    assert [r[0] for r in texts(page)] == [r.label for r in rows]
    for shown, row in zip(texts(page), rows, strict=True):
        assert shown[2:] == [
            *(Money(line.open_fen).format() for line in row.lines),
            Money(row.open_fen).format(),
            *(Money(line.provision_fen).format() for line in row.lines),
            Money(row.provision_fen).format(),
        ]
    # ¥3,400.00 open, all within a year at 5%: ¥170.00 (¥125.00 + ¥45.00).
    assert totals_texts(page)[6] == "¥3,400.00"
    assert totals_texts(page)[-1] == "¥170.00"
    assert "5%" in page.notes.text()


def test_print_preview_shows_the_table_as_shown(qtbot, page):
    dialog = page.print_preview()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.document.toPlainText()
    assert "Aging of receivables as of 2026-06-30" in text
    assert "苏州工业园区环保局" in text and "¥3,350.00" in text
    dialog.close()


def open_settings(qtbot, window) -> AgingSettingsDialog:
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    settings.aging_button.click()
    return open_dialog(qtbot, settings, AgingSettingsDialog)


def test_new_buckets_change_the_columns(qtbot, window, page):
    dialog = open_settings(qtbot, window)
    assert dialog.bounds.text() == "30, 60, 90, 180, 365"
    dialog.bounds.setText("30，60")
    assert dialog.preview.text() == "Not yet due · 1–30 days · 31–60 days · Over 60 days"
    before = page.report
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    window.show_section("receivables")
    qtbot.waitUntil(lambda: page.report is not before and not page.loading)
    assert headers(page)[2:6] == ["Not yet due", "1–30 days", "31–60 days", "Over 60 days"]
    # 上海浦东's ¥600.00, 91 days overdue, is now over 60 days.
    assert texts(page)[1][2:7] == ["¥300.00", "¥0.00", "¥0.00", "¥600.00", "¥900.00"]


def setting_changes(ledger) -> int:
    with ledger.read() as s:
        return s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "setting.change")
        )


def test_bad_bounds_are_refused_naming_the_field_and_nothing_is_saved(qtbot, window, ledger):
    audited = setting_changes(ledger)
    dialog = open_settings(qtbot, window)
    dialog.bounds.setText("30, 60, 45")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "aging_bounds")
    assert "Aging buckets" in dialog.errors.error_text("aging_bounds")
    assert "45 follows 60" in dialog.errors.error_text("aging_bounds")
    assert dialog.isVisible()

    dialog.bounds.setText("30, sixty")
    dialog.save_button.click()
    assert dialog.errors.shown_field == "aging_bounds"
    assert "whole numbers of days" in dialog.errors.error_text("aging_bounds")

    with ledger.read() as s:
        assert get_aging_settings(s) == default_aging_settings()
    assert setting_changes(ledger) == audited
    dialog.reject()
