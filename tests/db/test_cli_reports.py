"""`labledger report aging|provision`: the machine-readable contract of DESIGN.md (CSV header,
yuan with two decimals, no total row), as-of dates, JSON, Excel and the text table."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.db.location import resolve
from app.demo.generator import generate_demo
from app.services.core.startup import open_database
from app.services.ledger.aging_service import AgingBy, aging_report, provision_report

TODAY = date(2026, 6, 30)
YEAR_AGO = "2025-06-30"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("reports") / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))
    generate_demo(db, customers=40, invoices=1500, seed=4, today=TODAY)
    db.dispose()
    return str(path)


def run(capsys, *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def aging(capsys, db: str, as_of: str, *args: str) -> str:
    return run(capsys, "--db", db, "--as-of", as_of, "report", "aging", *args)


HEADER = ["total", "current", "1-30", "31-60", "61-90", "91-180", "181-365", "365+"]


def report(path: str, as_of: date, by: AgingBy):
    db, _ = open_database(resolve(path))
    with db.read() as s:
        result = aging_report(s, as_of, by)
    db.dispose()
    return result


def yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:.2f}"


@pytest.mark.parametrize("as_of", [TODAY.isoformat(), YEAR_AGO])
def test_aging_csv_is_the_contract_and_equals_the_report(ledger, capsys, as_of):
    out = aging(capsys, ledger, as_of, "--format", "csv")
    lines = out.splitlines()
    assert lines[0] == "customer,total,current,1-30,31-60,61-90,91-180,181-365,365+"
    expected = report(ledger, date.fromisoformat(as_of), AgingBy.CUSTOMER)
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert rows == [
        [r.label, yuan(r.total_fen), *(yuan(a) for a in r.amounts)]
        for r in expected.rows
        if r.total_fen
    ]
    assert rows and all("," not in cell and cell.count(".") == 1 for r in rows for cell in r[1:])
    assert sum(Decimal(r[1]) for r in rows) == Decimal(expected.total_fen) / 100


def test_a_year_ago_differs_from_today(ledger, capsys):
    now = run(
        capsys, "--db", ledger, "--as-of", TODAY.isoformat(), "report", "aging", "--format", "csv"
    )
    then = aging(capsys, ledger, YEAR_AGO, "--format", "csv")
    assert now != then


@pytest.mark.parametrize("by", ["salesperson", "tier", "project"])
def test_other_groupings_name_their_first_column_and_keep_the_total(ledger, capsys, by):
    out = run(
        capsys,
        "--db",
        ledger,
        "--as-of",
        TODAY.isoformat(),
        "report",
        "aging",
        "--by",
        by,
        "--format",
        "csv",
    )
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == by and rows[0][1:] == [
        "total",
        "current",
        "1-30",
        "31-60",
        "61-90",
        "91-180",
        "181-365",
        "365+",
    ]
    total = sum(Decimal(r[1]) for r in rows[1:])
    assert total == Decimal(report(ledger, TODAY, AgingBy.CUSTOMER).total_fen) / 100


def test_json_holds_prepayments_apart(ledger, capsys):
    data = json.loads(
        run(
            capsys,
            "--db",
            ledger,
            "--as-of",
            TODAY.isoformat(),
            "report",
            "aging",
            "--format",
            "json",
        )
    )
    expected = report(ledger, TODAY, AgingBy.CUSTOMER)
    assert data["as_of"] == TODAY.isoformat() and data["by"] == "customer"
    assert data["total"] == yuan(expected.total_fen)
    assert data["prepaid"] == yuan(expected.prepaid_fen) != "0.00"
    assert Decimal(data["net"]) == Decimal(data["total"]) - Decimal(data["prepaid"])
    assert len(data["rows"]) == len(expected.rows)


def test_xlsx_numbers_equal_the_report(ledger, capsys, tmp_path):
    target = tmp_path / "aging.xlsx"
    run(
        capsys,
        "--db",
        ledger,
        "--as-of",
        TODAY.isoformat(),
        "report",
        "aging",
        "--by",
        "tier",
        "--format",
        "xlsx",
        "-o",
        str(target),
    )
    expected = report(ledger, TODAY, AgingBy.TIER)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "2026-06-30" in rows[0][0]
    end = next(i for i, r in enumerate(rows) if r[0] == "合计")
    body, total = rows[2:end], rows[end]
    assert [r[0] for r in body] == [r.label for r in expected.rows]
    for shown, row in zip(body, expected.rows, strict=True):
        assert [Decimal(str(v)) for v in shown[1:-3]] == [Decimal(a) / 100 for a in row.amounts]
    assert total[0] == "合计"
    assert Decimal(str(total[-3])) == Decimal(expected.total_fen) / 100
    assert Decimal(str(total[-2])) == Decimal(expected.prepaid_fen) / 100


def test_table_ends_with_the_total(ledger, capsys):
    out = run(
        capsys, "--db", ledger, "--as-of", TODAY.isoformat(), "report", "aging", "--by", "tier"
    )
    expected = report(ledger, TODAY, AgingBy.TIER)
    last = out.splitlines()[-1]
    assert last.startswith("合计") and f"{expected.total_fen // 100:,}." in last


def test_provision_csv_equals_the_service(ledger, capsys):
    out = run(
        capsys,
        "--db",
        ledger,
        "--as-of",
        TODAY.isoformat(),
        "report",
        "provision",
        "--format",
        "csv",
    )
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["customer", "open", "provision"]
    db, _ = open_database(resolve(ledger))
    with db.read() as s:
        expected = provision_report(s, TODAY, AgingBy.CUSTOMER)
    db.dispose()
    assert [(r[0], r[2]) for r in rows[1:]] == [(p.label, yuan(p.provision_fen)) for p in expected]


def test_writing_into_a_missing_folder_is_one_line(ledger, capsys, tmp_path):
    target = tmp_path / "no" / "such" / "aging.csv"
    assert main(["--db", ledger, "report", "aging", "--format", "csv", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Cannot write the report" in err and str(target) in err
    assert main(["--db", ledger, "report", "aging", "--format", "xlsx"]) == 2
