"""What the import wizard reads before writing: a file's sheets, a sheet's header and the
first rows as parsed, the sheets chosen, and mappings saved for the next file."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.errors import ImportFileError, ValidationError
from app.importers.engine import ImportOptions, run_import
from app.importers.headers import ColumnMapping
from app.importers.preview import list_sheets, preview_rows, sheet_layout
from app.importers.saved_mappings import read_saved, save_mapping, saved_mappings
from app.models import Invoice
from app.services.core.context import system_actor
from tests.import_workbooks import messy_ledger

ACTOR = system_actor(FixedClock(date(2025, 1, 1)))


def test_the_first_rows_are_parsed_and_each_bad_cell_says_why(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["客户名称", "开票日期", "开票金额", "账期"])
    ws.append(["甲公司", "2023年5月6日", "¥1,234.50", "30天"])
    ws.append(["乙公司", "2023.13.6", "12.345", "三十"])
    path = tmp_path / "a.xlsx"
    wb.save(path)
    assert [(s.name, s.rows) for s in list_sheets(path)] == [("台账", 3)]
    layout = sheet_layout(path, "台账", None)
    assert layout.guessed_kind == "invoices"
    assert layout.field_of_column() == {0: "customer", 1: "issue_date", 2: "amount", 3: "terms"}
    assert layout.samples[2] == "¥1,234.50"
    good, bad = preview_rows(path, "台账", "invoices", None)
    assert [good.cells[c].value for c in range(4)] == ["甲公司", date(2023, 5, 6), 123_450, 30]
    assert not good.problems
    assert bad.number == 3
    assert bad.cells[1].problem.startswith("Not a date")
    assert "two decimals" in bad.cells[2].problem
    assert bad.cells[3].problem.startswith("Not a number of days")
    assert {p.column for p in bad.problems} == {"B (开票日期)", "C (开票金额)", "D (账期)"}


def test_only_the_sheets_chosen_are_imported(db, tmp_path):
    path = tmp_path / "台账.xlsx"
    messy_ledger(path)
    result = run_import(db, ACTOR, path, ImportOptions(sheets=("2024年",))).value
    assert [name for name, _ in result.sheets] == ["2024年"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 2
    with pytest.raises(ImportFileError, match="no sheet named 2025年"):
        run_import(db, ACTOR, path, ImportOptions(sheets=("2025年",)))


def test_a_saved_mapping_reads_back_and_the_shipped_ones_are_offered(tmp_path):
    mapping = ColumnMapping("invoices", 2, {"Kunde": "customer", "B": "issue_date", "C": ""})
    saved = save_mapping("  月度 发票 ", mapping)
    assert saved.name == "月度 发票" and saved.path.name == "月度 发票.json"
    again = read_saved(saved)
    assert (again.kind, again.header_row, again.columns) == ("invoices", 2, mapping.columns)
    offered = saved_mappings()
    assert offered[0] == saved
    assert any(m.shipped and m.name == "ibm-accounts-receivable" for m in offered)
    with pytest.raises(ValidationError):
        save_mapping("  ", mapping)
