"""Excel export of the customer list: read back with openpyxl, the file holds exactly what the
list shows (filters, sort, visible columns in their order, the same texts and amounts)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.domain.money import Money
from app.views.customers.customer_export import ExportFailed, shown_columns
from app.views.customers.customer_list_view import CustomerListView
from app.views.customers.customer_table_model import COLUMNS, CustomerColumn
from app.views.tables.paged_table_model import ColumnKind


@pytest.fixture
def customers(qtbot, window) -> CustomerListView:
    view = window.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    return view


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path and remembers what it suggested."""
    asked: dict[str, str] = {}

    def answer(_parent, _title, suggested, _filter, **_options):
        asked["suggested"] = suggested
        return asked.get("answer", str(tmp_path / Path(suggested).name)), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def shown(view: CustomerListView) -> tuple[list[str], list[list[str]]]:
    """The header and the rows as the list displays them."""
    columns = shown_columns(view.table.horizontalHeader())
    model = view.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    rows = [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]
    return header, rows


def read_back(path: Path, columns: list[CustomerColumn]) -> tuple[list[str], list[list[str]]]:
    sheet = load_workbook(path, read_only=True).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    rows = []
    for row in values[1:]:
        texts = []
        for column, value in zip(columns, row, strict=True):
            if COLUMNS[column].kind is ColumnKind.MONEY:
                texts.append(Money.parse(f"{value:.2f}").format())  # a number, in yuan
            else:
                texts.append(value or "")
        rows.append(texts)
    return [str(v) for v in values[0]], rows


def test_the_file_holds_what_the_list_shows(qtbot, customers, save_as, tmp_path):
    customers.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 5)
    customers.model.sort(CustomerColumn.BALANCE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: customers.model.request.sort_key == "balance" and not customers.model.is_loading
    )
    header = customers.table.horizontalHeader()
    customers.set_column_visible(CustomerColumn.USCC, False)
    customers.set_column_visible(CustomerColumn.CATEGORY, False)
    header.moveSection(header.visualIndex(CustomerColumn.OVERDUE), 1)
    columns = shown_columns(header)
    assert columns[:3] == [CustomerColumn.CODE, CustomerColumn.OVERDUE, CustomerColumn.NAME]
    assert CustomerColumn.USCC not in columns

    export = customers.export()
    assert save_as["suggested"].endswith("客户列表_20260630.xlsx")
    with qtbot.waitSignal(export.finished) as done:
        pass
    assert done.args[0] == 5
    path = tmp_path / "客户列表_20260630.xlsx"
    assert read_back(path, columns) == shown(customers)
    assert shown(customers)[1][0][0] == "C004"  # the largest balance first


def test_a_search_and_filter_export_only_the_matching_rows(qtbot, customers, save_as, tmp_path):
    customers.category.setCurrentIndex(customers.category.findData("government"))
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    save_as["answer"] = str(tmp_path / "government")  # the extension is added
    export = customers.export()
    with qtbot.waitSignal(export.finished):
        pass
    columns = shown_columns(customers.table.horizontalHeader())
    assert read_back(tmp_path / "government.xlsx", columns) == shown(customers)


# openpyxl's write-only sheet complains when its file could not be opened; the user sees
# the explanation, which is what this test is about.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_file_that_cannot_be_written_is_explained(qtbot, customers, save_as, tmp_path):
    save_as["answer"] = str(tmp_path / "missing-folder" / "customers.xlsx")
    export = customers.export()
    with qtbot.waitSignal(export.finished) as done:
        pass
    assert isinstance(done.args[0], ExportFailed)
    gc.collect()  # the complaint comes when the unsaved workbook is collected


def test_cancelling_the_save_dialog_exports_nothing(customers, monkeypatch, tmp_path):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args, **_options: ("", ""))
    )
    assert customers.export() is None
    assert not list(tmp_path.glob("*.xlsx"))
