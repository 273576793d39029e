"""The readers: an old .xls (BIFF) workbook as rows of values, and a workbook's formula
cells that have no saved result told apart from blank cells."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from app.importers.workbook import NO_CACHED_VALUE, column_index, column_letter, open_workbook

DATA = Path(__file__).resolve().parents[1] / "data"


def test_an_old_xls_workbook_reads_as_rows():
    book = open_workbook(DATA / "spdb_debit__example-spdb_debit-records.xls")
    try:
        [sheet] = book.sheets
        rows = list(book.rows(sheet))
    finally:
        book.close()
    number, header = rows[1]
    assert number == 2
    assert header[:5] == ["顺序号", "交易日期", "交易类型", "存入金额", "取出金额"]
    assert header[6] == "交易对手名称"
    assert rows[3][1][3] == "10.00"
    assert len(rows) == sheet.height


def test_formulas_without_a_saved_result_are_not_blanks(tmp_path):
    path = tmp_path / "f.xlsx"
    wb = Workbook()
    wb.active.append(["a", None, "=A1&A1"])
    wb.active["AB2"] = "=1+1"
    wb.save(path)
    book = open_workbook(path)
    try:
        rows = dict(book.rows(book.sheets[0]))
    finally:
        book.close()
    assert rows[1][0] == "a" and rows[1][1] in ("", None)
    assert rows[1][2] is NO_CACHED_VALUE
    assert rows[2][column_index("AB")] is NO_CACHED_VALUE


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip
    assert all(column_index(column_letter(i)) == i for i in range(2000))
