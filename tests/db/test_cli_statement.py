"""`labledger statement (--customer NAME_OR_CODE | --all) --from D --to D (-o FILE.pdf |
--out-dir DIR)`: files, what is recorded, reprints, messages and exit codes."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from app.cli import main
from app.db.location import resolve
from app.models import Statement
from app.services.core.startup import open_database
from tests.db.statement_ledger import make_ledger

ARGS = ("--from", "2026-02-01", "--to", "2026-03-31")
NAME = "C000003_苏州凯鑫建材有限公司_2026-02-01_2026-03-31.pdf"


@pytest.fixture
def ledger_file(tmp_path) -> str:
    path = tmp_path / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))
    make_ledger(db)
    db.dispose()
    return str(path)


def run(ledger_file: str, *args: str, as_of: str = "2026-04-01") -> int:
    return main(["--db", ledger_file, "--as-of", as_of, "statement", *args])


def statements(ledger_file: str) -> list[tuple[str, int]]:
    db, _ = open_database(resolve(ledger_file))
    with db.read() as s:
        rows = s.execute(
            select(Statement.number, Statement.closing_balance_fen).order_by(Statement.id)
        ).all()
    db.dispose()
    return [tuple(r) for r in rows]


def text_of(path: Path) -> str:
    with pdfplumber.open(BytesIO(path.read_bytes())) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_one_customer_by_code_into_a_file(ledger_file, tmp_path, capsys):
    target = tmp_path / "凯鑫.pdf"
    assert run(ledger_file, "--customer", "C000003", *ARGS, "-o", str(target)) == 0
    out = capsys.readouterr().out
    assert (
        "DZ2026000001  C000003  苏州凯鑫建材有限公司  7 line(s), closing balance ¥10,500.00" in out
    )
    assert out.strip().endswith(f"1 statement(s) for 2026-02-01 to 2026-03-31 -> {target}")
    text = text_of(target)
    assert "DZ2026000001" in text and "壹万零伍佰元整" in text
    assert statements(ledger_file) == [("DZ2026000001", 1_050_000)]


def test_all_customers_one_file_each_then_reprinted(ledger_file, tmp_path, capsys):
    folder = tmp_path / "对账单" / "2026-03"  # made when missing
    assert run(ledger_file, "--all", *ARGS, "--out-dir", str(folder)) == 0
    # Only the customer with entries or a balance; the other one has neither.
    assert [p.name for p in folder.iterdir()] == [NAME]
    first = (folder / NAME).read_bytes()
    capsys.readouterr()
    assert run(ledger_file, "--all", *ARGS, "--out-dir", str(folder), as_of="2026-04-09") == 0
    out = capsys.readouterr().out
    assert "(issued before: reprinted)" in out and "1 of them issued before" in out
    assert statements(ledger_file) == [("DZ2026000001", 1_050_000)]
    assert text_of(folder / NAME) == text_of_bytes(first)


def text_of_bytes(data: bytes) -> str:
    with pdfplumber.open(BytesIO(data)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_a_customer_by_part_of_its_name_into_a_folder(ledger_file, tmp_path):
    assert run(ledger_file, "--customer", "凯鑫", *ARGS, "--out-dir", str(tmp_path)) == 0
    assert (tmp_path / NAME).is_file()


def test_a_draft_records_nothing(ledger_file, tmp_path, capsys):
    target = tmp_path / "draft.pdf"
    assert run(ledger_file, "--customer", "C000003", *ARGS, "-o", str(target), "--draft") == 0
    assert "(drafts, not recorded)" in capsys.readouterr().out
    assert "预览" in text_of(target)
    assert statements(ledger_file) == []


def test_nobody_to_write_to(ledger_file, tmp_path, capsys):
    args = ("--from", "2025-01-01", "--to", "2025-12-31")
    assert run(ledger_file, "--all", *args, "--out-dir", str(tmp_path / "x")) == 0
    assert "No customer has a balance or entries" in capsys.readouterr().out
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--customer", "没有这家", *ARGS, "-o", "{tmp}/a.pdf"), "no customer has the code"),
        (("--customer", "有限", *ARGS, "-o", "{tmp}/a.pdf"), "matches 2 customers; give the code"),
        (
            (
                "--customer",
                "C000003",
                "--from",
                "2026-03-01",
                "--to",
                "2026-02-01",
                "-o",
                "{tmp}/a.pdf",
            ),
            "after its end",
        ),
        (
            (
                "--customer",
                "C000003",
                "--from",
                "2026-03-01",
                "--to",
                "2026-04-30",
                "-o",
                "{tmp}/a.pdf",
            ),
            "after today",
        ),
        (("--all", *ARGS, "-o", "{tmp}/missing/a.pdf"), "there is no folder"),
        (("--all", *ARGS, "--out-dir", "{tmp}/file.txt"), "is not a folder"),
    ],
)
def test_unusable_arguments_exit_2(ledger_file, tmp_path, capsys, args, message):
    (tmp_path / "file.txt").write_text("x")
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert run(ledger_file, *filled) == 2
    assert message in capsys.readouterr().err
    assert statements(ledger_file) == []


@pytest.mark.parametrize(
    "args",
    [
        ("--all", "--customer", "C000003", *ARGS, "-o", "a.pdf"),
        ("--all", *ARGS),
        ("--all", "--from", "2026-02-01", "-o", "a.pdf"),
        ("--all", "--from", "2026-02-30", "--to", "2026-03-31", "-o", "a.pdf"),
    ],
)
def test_missing_or_conflicting_options_exit_2(ledger_file, args):
    with pytest.raises(SystemExit) as exit_:
        run(ledger_file, *args)
    assert exit_.value.code == 2


def test_no_chinese_font_fails_with_the_fix_and_records_nothing(
    ledger_file, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("LABLEDGER_PDF_FONT", str(tmp_path / "none.ttc"))
    assert run(ledger_file, "--all", *ARGS, "--out-dir", str(tmp_path)) == 1
    assert "There is no font file" in capsys.readouterr().err
    assert statements(ledger_file) == []
    assert not list(tmp_path.glob("*.pdf"))


def test_all_customers_into_one_file(ledger_file, tmp_path, capsys):
    target = tmp_path / "all.pdf"
    assert run(ledger_file, "--all", *ARGS, "-o", str(target)) == 0
    assert capsys.readouterr().out.strip().endswith(f"-> {target}")
    assert "苏州凯鑫建材有限公司" in text_of(target)
    assert list(tmp_path.glob("*.pdf")) == [target]
