"""The shared Excel writer: amounts to the fen as numbers, dates as dates, text that looks
like a formula kept as text, the header frozen under the title and description, columns
sized by their content, and nothing at the target after a cancel or a failure."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.reports import xlsx_writer
from app.reports.xlsx_writer import ExportCancelled, Fen, Sheet, display_width, write_xlsx

# Excel keeps 15 significant digits: every amount below 10^13 yuan comes back to the fen.
MAX_FEN = 10**15 - 1
SHEET = Sheet(
    title="发票列表",
    headers=("名称", "金额", "日期", "天数"),
    description=("筛选：逾期；排序：金额 降序；截至 2026-12-01",),
    sheet_name="发票列表",
)


def fen_of(value: object) -> int:
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return int(Decimal(repr(value)) * 100)


def test_cells_are_typed_and_the_header_frozen(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [
        ("上海浦东环境监测站", Fen(1_234_507), date(2026, 3, 1), 12),
        ("=1+2", Fen(-7), date(2026, 12, 31), None),
        ("+8613800000000", Fen(0), None, 0),
        ("-x", Fen(10), datetime(2026, 1, 2, 3, 4), 1),
        ("@x", Fen(99), date(2026, 1, 1), 2),
        ("\tTAB", Fen(1), date(2026, 1, 1), 3),
        ("\rCR bell\x07", Fen(1), date(2026, 1, 1), 4),
    ]
    assert write_xlsx(path, SHEET, rows) == len(rows)
    sheet = load_workbook(path).active
    assert sheet.title == "发票列表"
    assert sheet.freeze_panes == "A4"
    assert sheet["A1"].value == "发票列表" and sheet["A1"].font.b
    assert sheet["A2"].value.startswith("筛选")
    assert [c.value for c in sheet[3]] == list(SHEET.headers)
    assert all(c.font.b for c in sheet[3])
    body = list(sheet.iter_rows(min_row=4))
    names = [r[0].value for r in body]
    # XML reads a carriage return back as a line feed; the bell cannot be in a file at all.
    assert names == [
        "上海浦东环境监测站",
        "=1+2",
        "+8613800000000",
        "-x",
        "@x",
        "\tTAB",
        "\nCR bell",
    ]
    for row in body:
        assert row[0].data_type == "s"  # never a formula
    assert [r[0].quotePrefix for r in body] == [False, True, True, True, True, True, True]
    assert [fen_of(r[1].value) for r in body] == [1_234_507, -7, 0, 10, 99, 1, 1]
    assert all(r[1].data_type == "n" and r[1].number_format == "#,##0.00" for r in body)
    assert body[0][2].is_date and body[0][2].value == datetime(2026, 3, 1)
    assert body[3][2].value == datetime(2026, 1, 2, 3, 4)
    assert body[2][2].value is None
    assert body[0][3].data_type == "n" and body[0][3].value == 12


def test_widths_follow_the_content_cjk_counting_double(tmp_path):
    path = tmp_path / "w.xlsx"
    write_xlsx(path, SHEET, [("上海浦东环境监测站有限公司", Fen(98_765_432_10), date.today(), 1)])
    sheet = load_workbook(path).active
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["A"] == display_width("上海浦东环境监测站有限公司") + 2 == 28
    assert widths["B"] == len("98,765,432.10") + 2
    assert widths["C"] == len("2026-01-01") + 2
    assert display_width("ab中文") == 6


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.integers(-MAX_FEN, MAX_FEN), min_size=1, max_size=30))
def test_any_fen_amount_comes_back_exactly(tmp_path, amounts):
    path = tmp_path / "fen.xlsx"
    sheet = Sheet(title="t", headers=("amount",))
    write_xlsx(path, sheet, [(Fen(a),) for a in amounts])
    back = [fen_of(r[0]) for r in load_workbook(path).active.iter_rows(min_row=3, values_only=True)]
    assert back == amounts


def test_the_exact_decimal_is_what_the_file_holds(tmp_path):
    path = tmp_path / "exact.xlsx"
    write_xlsx(path, Sheet(title="t", headers=("a",)), [(Fen(1_000_000_000_000_01),), (Fen(-3),)])
    import zipfile

    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>1000000000000.01</v>" in xml and "<v>-0.03</v>" in xml


def many_rows(n: int):
    for i in range(n):
        yield (f"客户{i}", Fen(i), date(2026, 1, 1), i)


def test_cancel_leaves_nothing_and_keeps_the_old_file(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "PROGRESS_EVERY", 10)
    path = tmp_path / "list.xlsx"
    with pytest.raises(ExportCancelled):
        write_xlsx(path, SHEET, many_rows(1000), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    path.write_bytes(b"old")
    seen: list[int] = []

    def cancel_after_50() -> bool:
        return bool(seen) and seen[-1] >= 50

    with pytest.raises(ExportCancelled):
        write_xlsx(
            path,
            SHEET,
            many_rows(1000),
            progress=lambda done, _total: seen.append(done),
            cancelled=cancel_after_50,
        )
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


def test_progress_and_a_failure_leave_no_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "PROGRESS_EVERY", 100)
    seen: list[tuple[int, int]] = []
    path = tmp_path / "list.xlsx"
    assert (
        write_xlsx(path, SHEET, many_rows(250), total=250, progress=lambda *a: seen.append(a))
        == 250
    )
    assert seen == [(100, 250), (200, 250), (250, 250)]

    def broken():
        yield ("a", Fen(1), None, 1)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_xlsx(tmp_path / "b.xlsx", SHEET, broken())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


def test_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        write_xlsx(Path(tmp_path / "no" / "x.xlsx"), SHEET, [])


def test_a_list_longer_than_a_sheet_goes_on_in_the_next(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "MAX_SHEET_ROWS", 3 + 4)  # four rows a sheet
    path = tmp_path / "long.xlsx"
    assert write_xlsx(path, SHEET, many_rows(10)) == 10
    book = load_workbook(path)
    assert book.sheetnames == ["发票列表", "发票列表 (2)", "发票列表 (3)"]
    names = []
    for sheet in book:
        assert sheet.freeze_panes == "A4" and [c.value for c in sheet[3]] == list(SHEET.headers)
        names += [r[0] for r in sheet.iter_rows(min_row=4, values_only=True)]
    assert names == [f"客户{i}" for i in range(10)]
