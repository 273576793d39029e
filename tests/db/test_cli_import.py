"""`labledger import`: exit 0 imported, 1 bad rows and nothing written, 2 unusable input;
--dry-run prints what it would create; a kill -9 in the middle leaves the database as before."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.db.bulk import index_names
from app.db.location import DbLocation, resolve
from app.models import Invoice, Payment
from app.services.core.check_service import check_database
from app.services.core.startup import open_database
from tests.import_workbooks import messy_ledger

ROOT = Path(__file__).resolve().parents[2]


def _db_arg(location: DbLocation) -> str:
    return (
        str(location.sqlite_path)
        if location.sqlite_path
        else location.url.render_as_string(hide_password=False)
    )


def _invoices(location: DbLocation) -> int:
    db, _ = open_database(location)
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Invoice)) or 0
    finally:
        db.dispose()


def _run(location: DbLocation, *args: str) -> int:
    return main(["--db", _db_arg(location), "--as-of", "2025-01-01", "import", *args])


def _bad(path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["客户名称", "开票日期", "开票金额"])
    wb.active.append(["甲公司", "2023.5.6", 100])
    wb.active.append(["乙公司", "2023.5.32", 100])
    wb.save(path)
    return path


def test_exit_codes_and_what_is_printed(location, tmp_path, capsys):
    ledger = tmp_path / "台账.xlsx"
    messy_ledger(ledger)
    assert _run(location, str(ledger), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would import" in out and "invoices created 7" in out
    assert "payment 1=H (第一次回款日期) + I (第一次回款金额)" in out
    assert _invoices(location) == 0

    assert _run(location, str(ledger)) == 0
    assert "imported: " in capsys.readouterr().out
    assert _invoices(location) == 7
    assert _run(location, str(ledger)) == 0
    assert "nothing new was added" in capsys.readouterr().out
    assert _invoices(location) == 7

    bad = _bad(tmp_path / "bad.xlsx")
    errors = tmp_path / "errors.xlsx"
    assert _run(location, str(bad), "--errors", str(errors)) == 1
    err = capsys.readouterr().err
    assert "Sheet!B3 (开票日期) '2023.5.32': Not a date" in err
    assert "nothing was written" in err
    assert _invoices(location) == 7
    rejected = load_workbook(errors)["rejected"]
    assert [row[1] for row in rejected.iter_rows(min_row=2, values_only=True)] == [3]

    assert _run(location, str(bad), "--skip-invalid") == 0
    assert _invoices(location) == 8

    html = tmp_path / "export.xls"
    html.write_text("<html><table></table></html>")
    assert _run(location, str(html)) == 2
    assert "web page (HTML)" in capsys.readouterr().err
    assert _run(location, str(tmp_path / "missing.xlsx")) == 2
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"A": "no_such_field"}}))
    assert _run(location, str(ledger), "--mapping", str(mapping)) == 2
    assert "unknown field(s): no_such_field" in capsys.readouterr().err
    assert _run(location, str(ledger), "--sheet", "2025年") == 2


_CHILD = """
import sys
from pathlib import Path
from app.db.location import resolve
from app.domain.clock import FixedClock
from app.importers.engine import ImportOptions, run_import
from app.services.core.context import system_actor
from app.services.core.startup import open_database
from datetime import date

import app.importers.writer
app.importers.writer.BULK_ROWS = 1000  # the large-import way: indexes dropped in the transaction

db, _ = open_database(resolve(sys.argv[1]))

def progress(done, total):
    if done >= 1000:
        print("half-way", flush=True)
        sys.stdin.readline()  # wait here until killed

run_import(db, system_actor(FixedClock(date(2025, 1, 1))), Path(sys.argv[2]), ImportOptions(),
           progress=progress)
"""


def test_kill_9_in_the_middle_of_an_import_leaves_the_database_as_before(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))
    with db.read() as s:
        indexes = {t: index_names(s.connection(), t) for t in ("invoices", "payments", "projects")}
    db.dispose()
    book = tmp_path / "many.xlsx"
    wb = Workbook()
    wb.active.append(["客户名称", "开票日期", "开票金额", "回款日期", "回款金额"])
    for i in range(1100):
        wb.active.append([f"客户{i % 40}", "2023.5.6", 100 + i, "2023.6.1", 50])
    wb.save(book)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), str(book)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "half-way"  # rows written, not committed
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL
    db, _ = open_database(resolve(str(path)))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Invoice)) == 0
            assert s.scalar(select(func.count()).select_from(Payment)) == 0
            assert not check_database(s)
            # The indexes the large import had dropped are all there again.
            assert {t: index_names(s.connection(), t) for t in indexes} == indexes
    finally:
        db.dispose()
