"""Importing legacy ledgers as labs keep them: the balances to the fen, every bad cell
located, nothing half-written, nothing imported twice, unreadable files named as such."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.db.bulk import index_names
from app.db.session import Database
from app.domain.clock import FixedClock
from app.domain.errors import ImportCancelledError, ImportFileError, ImportValidationError
from app.importers import writer
from app.importers.engine import ImportOptions, run_import
from app.models import Allocation, AuditEntry, Customer, ImportBatch, Invoice, Payment, Project
from app.services.core.check_service import check_database
from app.services.core.context import system_actor
from app.services.core.numbering_service import next_number
from tests.import_workbooks import messy_ledger

TODAY = date(2025, 1, 1)
ACTOR = system_actor(FixedClock(TODAY))


def _import(db: Database, path: Path, **options: object):
    return run_import(db, ACTOR, path, ImportOptions(**options)).value  # type: ignore[arg-type]


def _balances(db: Database) -> dict[str, int]:
    with db.read() as s:
        return dict(
            s.execute(
                select(Customer.name, func.sum(Invoice.amount_fen - Invoice.settled_fen))
                .join(Invoice, Invoice.customer_id == Customer.id)
                .group_by(Customer.name)
            ).all()
        )


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m))
            for m in (Customer, Project, Invoice, Payment, Allocation, AuditEntry, ImportBatch)
        )


def test_a_messy_ledger_imports_with_no_mapping_and_its_balances_match_to_the_fen(db, tmp_path):
    path = tmp_path / "台账.xlsx"
    expected = messy_ledger(path)
    result = _import(db, path)
    assert result.kind == "ledger"
    assert [name for name, _ in result.sheets] == ["2023年", "2024年"]
    assert result.counts["rows_read"] == 7  # title, totals, notes and blank rows skipped
    # The same customer with a trailing space, or half-width brackets, on the 2024 sheet.
    assert result.counts["customers_created"] == 3
    assert result.counts["invoices_created"] == 7
    assert result.counts["payments_created"] == 5
    by_key = {
        name.replace("(", "（").replace(")", "）"): fen for name, fen in _balances(db).items()
    }
    assert by_key == expected
    with db.read() as s:
        # Names are kept as first written; the merged customer cell reached its three rows.
        assert "北京丙丁（集团）有限公司" in s.scalars(select(Customer.name)).all()
        first = s.scalars(select(Invoice).where(Invoice.number == "00012303")).one()
        assert first.issue_date == date(2023, 5, 6)  # an Excel serial number
        assert first.due_date == date(2023, 6, 5)  # 30 days of terms
        late = s.scalars(select(Invoice).where(Invoice.number == "00012305")).one()
        assert late.due_date == date(2023, 6, 20)  # 45天
        assert s.scalar(select(Project.stage).where(Project.title == "水质检测")) == "paid"
        assert not check_database(s, today=TODAY)


def test_a_second_import_adds_nothing(db, tmp_path):
    path = tmp_path / "ledger.xlsx"
    messy_ledger(path)
    first = _import(db, path)
    assert first.written
    before = _counts(db)
    again = _import(db, path)
    assert again.imported_before
    assert not again.written
    assert again.counts["rows_already_imported"] == 7
    assert _counts(db) == before


def _many_rows(count: int, customers: int = 40) -> list[list[object]]:
    """Ledger rows, each with a payment of part of its invoice, every 3rd settled in full."""
    rows: list[list[object]] = []
    for i in range(count):
        amount = 1_000 + i
        paid = amount if i % 3 == 0 else 300
        rows.append(
            [f"客户{i % customers}", f"2023.{1 + i % 12}.{1 + i % 28}", amount, "2024.1.5", paid]
        )
    return rows


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports of 100 rows or more take the large-import way (app/importers/writer.py's
    BULK_ROWS lowered, to keep the tests fast)."""
    monkeypatch.setattr(writer, "BULK_ROWS", 100)


def _indexes(db: Database) -> dict[str, set[str]]:
    with db.read() as s:
        return {t: index_names(s.connection(), t) for t in ("invoices", "payments", "projects")}


def test_a_large_import_rebuilds_the_indexes_it_dropped_and_adds_nothing_the_second_time(
    db, tmp_path, large
):
    """An import that at least doubles the invoices drops the secondary indexes and builds
    them again at the end."""
    before = _indexes(db)
    path = _sheet(tmp_path / "large.xlsx", _many_rows(1_200))
    result = _import(db, path)
    assert result.counts["invoices_created"] == 1_200
    assert result.counts["customers_created"] == 40
    assert _indexes(db) == before
    with db.read() as s:
        assert s.scalar(select(func.sum(Invoice.amount_fen))) == sum(
            (1_000 + i) * 100 for i in range(1_200)
        )
        open_fen = s.scalar(select(func.sum(Invoice.amount_fen - Invoice.settled_fen)))
        assert open_fen == sum((700 + i) * 100 for i in range(1_200) if i % 3)
        assert not check_database(s, today=TODAY)
    counts = _counts(db)
    again = _import(db, path)
    assert again.counts["rows_already_imported"] == 1_200
    assert _counts(db) == counts


def test_a_large_import_with_a_bad_last_row_writes_nothing_and_keeps_the_indexes(
    db, tmp_path, large
):
    before = _indexes(db)
    rows = [*_many_rows(1_200), ["最后公司", "2023.5.6", "12.345", None, None]]
    counts = _counts(db)
    with pytest.raises(ImportValidationError) as err:
        _import(db, _sheet(tmp_path / "bad.xlsx", rows))
    assert [p.row for p in err.value.problems] == [1_202]
    assert _counts(db) == counts
    assert _indexes(db) == before


def _sheet(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(header or ["客户名称", "开票日期", "开票金额", "回款日期", "回款金额"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


BAD_ROWS = [
    ["甲公司", "2023.5.6", "1,000.00", None, None],
    ["乙公司", "2023.13.6", "1,000.00", None, None],  # row 3: not a date
    ["丙公司", "2023.5.6", "12.345", None, None],  # row 4: three decimals
    ["丁公司", "2023.5.6", "=B2*2", None, None],  # row 5: formula, no saved result
    ["戊公司", "2023.5.6", "500", "2023.6.1", None],  # row 6: a payment date with no amount
    ["己公司", "2026.5.6", "500", None, None],  # row 7: after today
    ["庚公司", "2023.5.6", "100", "2023.6.1", "200"],  # row 8: paid more than invoiced
    [None, "2023.5.6", "100", None, None],  # row 9: no customer
]


def test_every_bad_cell_is_located_and_nothing_is_written(db, tmp_path):
    path = _sheet(tmp_path / "bad.xlsx", BAD_ROWS)
    before = _counts(db)
    with pytest.raises(ImportValidationError) as err:
        _import(db, path)
    found = {(p.sheet, p.row, p.column.split(" ")[0], p.reason) for p in err.value.problems}
    reasons = {row: reason for _, row, _, reason in found}
    assert {(s, r, c) for s, r, c, _ in found} == {
        ("台账", 3, "B"),
        ("台账", 4, "C"),
        ("台账", 5, "C"),
        ("台账", 6, "E"),
        ("台账", 8, "E"),
        ("台账", 9, "A"),
    }
    assert reasons[3].startswith("Not a date")
    assert "two decimals" in reasons[4]
    assert "formula" in reasons[5]
    problem = next(p for p in err.value.problems if p.row == 3)
    assert problem.column == "B (开票日期)" and problem.value == "2023.13.6"
    assert _counts(db) == before


def test_a_row_whose_only_cell_is_a_formula_with_no_saved_result_is_reported(db, tmp_path):
    """The formula may be an amount: the row is reported, never passed over as blank."""
    rows = [["甲公司", "2023.5.6", "1,000.00", None, None], [None, None, "=B2*2", None, None]]
    with pytest.raises(ImportValidationError) as err:
        _import(db, _sheet(tmp_path / "formula.xlsx", rows))
    found = {(p.row, p.column.split(" ")[0]) for p in err.value.problems}
    assert found == {(3, "A"), (3, "B"), (3, "C")}  # required cells; the missing result
    assert any("formula" in p.reason for p in err.value.problems if p.row == 3)


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejected_ones(db, tmp_path):
    path = _sheet(tmp_path / "bad.xlsx", BAD_ROWS)
    errors = tmp_path / "rejected.xlsx"
    result = _import(db, path, skip_invalid=True, errors_path=errors)
    # Only the first row is good (the date after today is refused by the database's rule).
    assert result.counts["invoices_created"] == 1
    assert result.counts["rows_rejected"] == 7
    rejected = load_workbook(errors)["rejected"]
    rows = list(rejected.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == [3, 4, 5, 6, 7, 8, 9]
    assert rows[0][3:5] == ("乙公司", "2023.13.6")
    assert "Not a date" in rows[0][2]
    assert "after today" in rows[4][2]
    with db.read() as s:
        assert s.scalars(select(Customer.name)).all() == ["甲公司"]


def test_a_dry_run_counts_and_writes_nothing(db, tmp_path):
    path = tmp_path / "ledger.xlsx"
    messy_ledger(path)
    before = _counts(db)
    result = _import(db, path, dry_run=True)
    assert result.counts["invoices_created"] == 7
    assert not result.written
    assert _counts(db) == before


def test_a_cancelled_import_writes_nothing(db, tmp_path):
    path = _sheet(tmp_path / "many.xlsx", [[f"客户{i}", "2023.5.6", 100] for i in range(450)])
    before = _counts(db)
    with pytest.raises(ImportCancelledError):
        run_import(db, ACTOR, path, ImportOptions(), cancelled=lambda: True)
    assert _counts(db) == before


def test_a_large_import_cancelled_half_way_writes_nothing_and_keeps_the_indexes(
    db, tmp_path, large
):
    indexes = _indexes(db)
    path = _sheet(tmp_path / "many.xlsx", _many_rows(1_500))
    before = _counts(db)
    seen: list[int] = []
    with pytest.raises(ImportCancelledError):
        run_import(
            db, ACTOR, path, ImportOptions(), progress=lambda done, _: seen.append(done),
            cancelled=lambda: bool(seen) and seen[-1] >= 1_200,
        )  # fmt: skip
    assert seen[-1] == 1_200  # two chunks of 500 rows were written before the cancel
    assert _counts(db) == before
    assert _indexes(db) == indexes


def test_csv_in_gbk_and_utf8_with_bom(db, tmp_path):
    text = '应收账款明细\n客户名称,开票日期,开票金额,账期\n甲公司,2023/5/6,"1,234.50",30天\n'
    (tmp_path / "gbk.csv").write_bytes(text.encode("gbk"))
    (tmp_path / "bom.csv").write_bytes(text.replace("甲", "乙").encode("utf-8-sig"))
    assert _import(db, tmp_path / "gbk.csv").counts["invoices_created"] == 1
    assert _import(db, tmp_path / "bom.csv").counts["invoices_created"] == 1
    assert _balances(db) == {"甲公司": 123450, "乙公司": 123450}


def test_customers_and_payments_kinds(db, tmp_path):
    uscc = Path(__file__).parents[1].joinpath("data", "uscc-valid-examples.txt").read_text()
    code = uscc.split()[0]
    customers = _sheet(
        tmp_path / "customers.xlsx",
        [["上海某某(集团)有限公司", code, "60天"]],
        ["客户名称", "统一社会信用代码", "账期"],
    )
    assert _import(db, customers).counts["customers_created"] == 1
    invoices = _sheet(
        tmp_path / "invoices.xlsx",
        [
            ["上海某某（集团）有限公司", "2023-01-10", 300],
            ["上海某某（集团）有限公司 ", "2023-02-10", 200],
        ],
        ["客户名称", "开票日期", "开票金额"],
    )
    invoices_result = _import(db, invoices)
    assert invoices_result.kind == "invoices"
    payments = _sheet(
        tmp_path / "payments.xlsx",
        [["上海某某 (集团) 有限公司", code, "2023-03-01", 400]],
        ["付款单位", "统一社会信用代码", "到账日期", "到账金额"],
    )
    result = _import(db, payments)
    assert result.kind == "payments"
    with db.read() as s:
        due = s.scalar(select(Invoice.due_date).where(Invoice.amount_fen == 30000))
        assert due == date(2023, 3, 11)  # the customer's 60 days
        # Oldest first, as the payment service applies money.
        assert s.scalars(select(Invoice.settled_fen).order_by(Invoice.id)).all() == [30000, 10000]
        assert not check_database(s, today=TODAY)


# -- files that cannot be read --------------------------------------------------------


def _truncated(tmp_path: Path) -> Path:
    good = tmp_path / "good.xlsx"
    messy_ledger(good)
    bad = tmp_path / "truncated.xlsx"
    bad.write_bytes(good.read_bytes()[:3000])
    return bad


def _html(tmp_path: Path) -> Path:
    path = tmp_path / "导出.xls"
    path.write_text("<html><body><table><tr><td>客户</td></tr></table></body></html>")
    return path


def _encrypted(tmp_path: Path) -> Path:
    # What Excel writes for a password: an OLE compound file holding an EncryptedPackage.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    )
    return path


def _zip_bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.xlsx"
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            for _ in range(110):
                f.write(zeros)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_truncated, "damaged or incomplete"),
        (_html, "web page (HTML)"),
        (_encrypted, "protected with a password"),
        (_zip_bomb, "zip bomb"),
    ],
)
def test_unreadable_files_are_named_with_the_reason(db, tmp_path, make, words):
    path = make(tmp_path)
    with pytest.raises(ImportFileError) as err:
        _import(db, path)
    assert path.name in err.value.message
    assert words in err.value.message


def test_a_file_without_a_recognisable_header(db, tmp_path):
    path = _sheet(tmp_path / "other.xlsx", [[1, 2, 3]], ["甲", "乙", "丙"])
    with pytest.raises(ImportFileError) as err:
        _import(db, path)
    assert "no sheet has a header row" in err.value.message


def test_numbers_continue_after_an_import_without_a_gap(db, tmp_path):
    path = tmp_path / "ledger.xlsx"
    messy_ledger(path)
    _import(db, path)
    with db.read() as s:
        numbers = sorted(s.scalars(select(Payment.number)))
    assert numbers == [
        "SK2023000001",
        "SK2023000002",
        "SK2023000003",
        "SK2023000004",
        "SK2024000001",
    ]
    with db.write() as s:
        # The blocks the import reserved were given back: the next number follows on.
        assert next_number(s, "payment", date(2023, 9, 1)) == "SK2023000005"
        assert next_number(s, "project", date(2024, 9, 1)) == "XM2024000003"
