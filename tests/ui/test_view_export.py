"""导出 Excel of the tables that are not paged lists: the rows shown in the order shown, the
visible columns in their order, amounts as numbers and dates as dates; a table that loads
more rows as it scrolls exports those it has not loaded too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from app.reports.xlsx_writer import Fen
from app.views.credit.credit_tiers_page import CreditTiersPage
from app.views.settings.settings_page import SettingsPage
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec
from app.views.tables.record_table_model import RecordTableModel
from app.views.tables.view_export import export_records, text_value


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    def answer(_parent, _title, suggested, _filter, **_options):
        return str(tmp_path / Path(suggested).name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


def fen_of(value: object) -> int:
    assert isinstance(value, int | float), value
    return int(Decimal(repr(value)) * 100)


def finish(qtbot, export) -> object:
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=10_000) as done:
        pass
    return done.args[0]


def test_shown_texts_become_typed_values():
    assert text_value("¥1,234,567.09") == Fen(123456709)
    assert isinstance(text_value("-¥0.07"), Fen) and text_value("-¥0.07") == -7
    assert text_value("2026-06-30") == date(2026, 6, 30)
    assert text_value("2026-13-45") == "2026-13-45"
    assert text_value("26322000000000999") == "26322000000000999"  # a number stays text
    assert text_value("=1+2") == "=1+2"
    assert text_value("  ") is None


def test_credit_tiers_export_as_shown(qtbot, window, save_as, tmp_path):
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.tiers)
    assert isinstance(page, CreditTiersPage)
    qtbot.waitUntil(lambda: len(page.tiers) == 4)
    header = page.table.horizontalHeader()
    header.setSectionHidden(1, True)  # English
    header.moveSection(header.visualIndex(4), 0)  # the credit limit first
    assert finish(qtbot, page.export()) == 4
    sheet = load_workbook(tmp_path / "Credit tiers-2026-06-30.xlsx").active
    assert sheet.freeze_panes == "A4" and "2026-06-30" in sheet["A2"].value
    names = [c.value for c in sheet[3]]
    assert names[:3] == ["Credit limit", "Tier", "Code"] and "English" not in names
    for r, tier in enumerate(page.tiers, start=4):
        limit = sheet.cell(r, 1)
        assert limit.data_type == "n" and fen_of(limit.value) == tier.credit_limit_fen
        assert sheet.cell(r, 2).value == tier.name


@dataclass(frozen=True)
class Entry:
    id: int
    name: str
    amount_fen: int
    day: date


COLUMNS = (
    ColumnSpec("Name", lambda r, _d: r.name),
    ColumnSpec("Amount", lambda r, _d: r.amount_fen, ColumnKind.MONEY),
    ColumnSpec("Day", lambda r, _d: r.day, ColumnKind.DATE),
)


def test_a_record_table_exports_the_rows_not_loaded_yet(qtbot, window, save_as, tmp_path):
    entries = [Entry(n, f"客户{n}", n * 101 - 7, date(2026, 1, 1 + n)) for n in range(1, 12)]
    asked: list[int] = []

    def more(_session, offset: int, _last: object) -> list[Entry]:
        asked.append(offset)
        return entries[offset : offset + 3]

    parent = QWidget()
    qtbot.addWidget(parent)
    model: RecordTableModel[Entry] = RecordTableModel(
        COLUMNS, window.ctx.runner, "Test", parent=parent
    )
    view = QTableView(parent)
    view.setModel(model)
    model.set_rows(entries[:3], date(2026, 6, 30), more=more, page_size=3, total=len(entries))
    view.horizontalHeader().moveSection(2, 0)
    assert model.rowCount() == 3
    assert finish(qtbot, export_records(window.ctx, parent, view, model, "Entries")) == 11
    assert asked == [3, 6, 9]
    sheet = load_workbook(tmp_path / "Entries-2026-06-30.xlsx").active
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert [c.value for c in sheet[3]] == ["Day", "Name", "Amount"]
    assert rows == [
        (datetime.combine(e.day, datetime.min.time()), e.name, pytest.approx(e.amount_fen / 100))
        for e in entries
    ]
    assert [fen_of(r[2]) for r in rows] == [e.amount_fen for e in entries]


def _projects(window):
    page = window.show_section("projects")
    page.list_button.click()
    return page


def _statements(window):
    return window.show_section("statements")


def _agenda(window):
    return window.show_section("calendar")


def _tasks(window):
    return window.show_section("calendar").tasks


def _proposals(window):
    settings = window.show_section("settings")
    return settings.show_tab(settings.proposals)


def _invoice_requests(window):
    return window.show_section("invoices").show_requests().page


def _write_offs(window):
    return window.show_section("invoices").show_write_offs().page


def _notifications(window):
    return window.notifications.open_centre()


@pytest.mark.parametrize(
    "open_page",
    [
        _projects,
        _statements,
        _agenda,
        _tasks,
        _proposals,
        _invoice_requests,
        _write_offs,
        _notifications,
    ],
)
def test_every_table_has_the_export(qtbot, window, save_as, tmp_path, open_page):
    page = open_page(window)
    qtbot.waitUntil(lambda: page.export_button.isVisibleTo(page))
    export = page.export()
    written = finish(qtbot, export)
    assert isinstance(written, int)
    (path,) = tmp_path.glob("*.xlsx")
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A4" and sheet.max_row == 3 + written
    assert sheet["A1"].value == export.title
