"""Damaged, foreign, missing or unreachable databases through the command line: each gives
one line on stderr naming the problem and the path, a non-zero exit and no traceback.

Most cases run the real `python -m app` in a subprocess, so "no traceback" covers
everything up to the interpreter's exit."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.db.location import resolve
from app.demo.generator import generate_demo
from app.services.core.check_service import check_database
from app.services.core.startup import open_database

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ledger_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real LabLedger database with some hundreds of pages of demo data."""
    path = tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))
    generate_demo(db, customers=20, invoices=200, seed=1, today=date(2026, 3, 31))
    db.dispose()
    return path.read_bytes()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def corrupt_middle_pages(data: bytes) -> bytes:
    """Flip the first 64 bytes (b-tree page header and cell pointers) of every page in the
    middle third of the file; the first pages (schema, alembic_version, tiers) stay whole."""
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    damaged = bytearray(data)
    for page in range(pages // 3, 2 * pages // 3):
        for i in range(page * page_size, page * page_size + 64):
            damaged[i] ^= 0xFF
    return bytes(damaged)


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(code: int, err: str, *names: object) -> str:
    assert code != 0
    assert "Traceback" not in err
    line = err.strip()
    assert "\n" not in line and line.startswith("labledger: "), err
    for name in names:
        assert str(name) in line
    return line


def assert_failed(result: subprocess.CompletedProcess[str], *names: object) -> str:
    assert "Traceback" not in result.stdout
    return assert_one_line_error(result.returncode, result.stderr, *names)


def test_a_text_file_is_not_a_database_for_init_check_or_backup(tmp_path):
    text = write(tmp_path / "notes.txt", "客户名单\nnot a database\n".encode())
    for command in ("init", "check", "backup"):
        line = assert_failed(run_cli(tmp_path, "--db", str(text), command), text)
        assert "not a SQLite database file" in line
    assert text.read_bytes() == "客户名单\nnot a database\n".encode()


@pytest.mark.parametrize("keep", [10, 50, 4096 * 3, "third"])
def test_a_truncated_database_is_named_damaged_and_check_reports_it(
    tmp_path, ledger_bytes, keep, capsys
):
    size = len(ledger_bytes) // 3 if keep == "third" else keep
    path = write(tmp_path / "cut.sqlite3", ledger_bytes[: int(size)])

    code = main(["--db", str(path), "init"])
    line = assert_one_line_error(code, capsys.readouterr().err, path)
    assert "is damaged" in line

    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("integrity: ")
    assert err.strip() == "1 problem(s) found."


def test_a_truncated_database_in_a_real_process(tmp_path, ledger_bytes):
    path = write(tmp_path / "cut.sqlite3", ledger_bytes[: len(ledger_bytes) // 3])
    assert "is damaged" in assert_failed(run_cli(tmp_path, "--db", str(path), "init"), path)
    result = run_cli(tmp_path, "--db", str(path), "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "integrity: database disk image is malformed" in result.stdout


def test_check_reports_flipped_bytes_as_corruption(tmp_path, ledger_bytes):
    path = write(tmp_path / "flipped.sqlite3", corrupt_middle_pages(ledger_bytes))
    init = run_cli(tmp_path, "--db", str(path), "init")
    if init.returncode != 0:  # opening may notice the damage or not; either is clear
        assert_failed(init, path)

    result = run_cli(tmp_path, "--db", str(path), "check")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("integrity: ")
    assert result.stderr.strip() == "1 problem(s) found."


def flip_random_bits(data: bytes, seed: int, count: int = 40) -> bytes:
    """``count`` single-bit flips anywhere after the first page, chosen by ``seed``."""
    rng = random.Random(seed)
    page_size = int.from_bytes(data[16:18], "big")
    damaged = bytearray(data)
    for _ in range(count):
        damaged[rng.randrange(page_size, len(data))] ^= 1 << rng.randrange(8)
    return bytes(damaged)


# Seeds whose damage shows in different places: a malformed schema, a page SQLite cannot
# read when opening, and damage that opening does not notice but the check does.
@pytest.mark.parametrize("seed", [2, 3, 5, 12])
def test_random_bit_flips_give_a_clear_init_and_a_check_that_reports_them(
    tmp_path, ledger_bytes, capsys, seed
):
    path = write(tmp_path / "flipped.sqlite3", flip_random_bits(ledger_bytes, seed))

    code = main(["--db", str(path), "init"])
    err = capsys.readouterr().err
    if code != 0:
        assert "is damaged" in assert_one_line_error(code, err, path)

    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("integrity: ")
    assert err.strip() == "1 problem(s) found."


def test_check_service_reports_damage_instead_of_raising(tmp_path, ledger_bytes):
    path = write(tmp_path / "flipped.sqlite3", corrupt_middle_pages(ledger_bytes))
    db, _ = open_database(resolve(str(path)), migrate=False)
    try:
        with db.read() as session:
            problems = check_database(session)
    finally:
        db.dispose()
    assert [p.check for p in problems] == ["integrity"]


def test_a_folder_that_cannot_be_created_is_named(tmp_path):
    blocker = write(tmp_path / "archive", b"a file where a folder should be")
    path = blocker / "2026" / "ledger.sqlite3"
    line = assert_failed(run_cli(tmp_path, "--db", str(path), "init"), path, "Cannot create")
    assert str(blocker) in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses Linux's /sys")
def test_a_missing_folder_on_a_read_only_file_system(tmp_path):
    # No one, root included, may create a folder in /sys.
    path = Path("/sys/labledger-missing/ledger.sqlite3")
    assert_failed(run_cli(tmp_path, "--db", str(path), "init"), path.parent, "Cannot create")
    assert not path.parent.exists()


def test_backup_into_a_missing_folder(tmp_path, ledger_bytes):
    path = write(tmp_path / "ledger.sqlite3", ledger_bytes)
    target = tmp_path / "no-such-folder" / "copy.sqlite3"
    result = run_cli(tmp_path, "--db", str(path), "backup", "-o", str(target))
    line = assert_failed(result, target, "does not exist")
    assert str(target.parent) in line
    assert not target.parent.exists()


def test_an_unsupported_database_url_says_which_are_supported(tmp_path):
    result = run_cli(tmp_path, "--db", "mysql://lab:secret@db.example/ledger", "init")
    line = assert_failed(result, "mysql://lab:***@db.example/ledger", "SQLite", "PostgreSQL")
    assert "secret" not in line
    assert result.returncode == 2


def test_check_or_backup_of_a_mistyped_path_creates_nothing(tmp_path, ledger_bytes):
    write(tmp_path / "ledger.sqlite3", ledger_bytes)
    typo = tmp_path / "ledgr.sqlite3"
    for command in ("check", "backup"):
        result = run_cli(tmp_path, "--db", str(typo), command)
        assert "There is no database file" in assert_failed(result, typo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite3"]


def _with_revision(path: Path, revision: str) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()
    return path


def test_restore_refuses_a_backup_from_a_newer_version_before_touching_the_live_file(
    tmp_path, ledger_bytes
):
    live = write(tmp_path / "ledger.sqlite3", ledger_bytes)
    newer = _with_revision(write(tmp_path / "newer.sqlite3", ledger_bytes), "0042_future")

    result = run_cli(tmp_path, "--db", str(live), "restore", str(newer))

    assert "newer LabLedger" in assert_failed(result, newer, "0042_future")
    assert live.read_bytes() == ledger_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.sqlite3", "newer.sqlite3"]


def test_init_refuses_a_database_from_a_newer_version(tmp_path, ledger_bytes, capsys):
    path = _with_revision(write(tmp_path / "newer.sqlite3", ledger_bytes), "0042_future")
    code = main(["--db", str(path), "init"])
    assert_one_line_error(code, capsys.readouterr().err, path, "0042_future")


def _foreign_alembic_app(path: Path) -> Path:
    """Another application's SQLite file that also uses Alembic and has an invoices table."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    return path


def _foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p, _: write(p, b"name,amount\nA,1\n"), "not a SQLite database file"),
        (lambda p, _: _foreign_sqlite(p), "without LabLedger's tables"),
        (lambda p, _: _foreign_alembic_app(p), "a1b2c3d4e5f6"),
        (lambda p, data: write(p, corrupt_middle_pages(data)), "is damaged"),
    ],
    ids=["text", "other-sqlite", "other-alembic-app", "damaged-backup"],
)
def test_restore_refuses_what_is_not_a_sound_labledger_database(
    tmp_path, ledger_bytes, capsys, make, says
):
    live = write(tmp_path / "ledger.sqlite3", ledger_bytes)
    source = make(tmp_path / "backup #1.sqlite3", ledger_bytes)

    code = main(["--db", str(live), "restore", str(source)])

    assert says in assert_one_line_error(code, capsys.readouterr().err, source)
    assert live.read_bytes() == ledger_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup #1.sqlite3", "ledger.sqlite3"]


def test_restore_replaces_a_live_file_sqlite_cannot_read_and_keeps_it(
    tmp_path, ledger_bytes, capsys
):
    live = write(tmp_path / "ledger.sqlite3", b"garbage after a crash")
    source = write(tmp_path / "backup.sqlite3", ledger_bytes)

    assert main(["--db", str(live), "restore", str(source)]) == 0

    kept = [p for p in tmp_path.iterdir() if ".before-restore." in p.name]
    assert [p.read_bytes() for p in kept] == [b"garbage after a crash"]
    assert main(["--db", str(live), "check"]) == 0
    assert "OK" in capsys.readouterr().out


# Imports everything first, says it is ready, then waits for the go: the two processes reach
# the migration together instead of one being done before the other has imported.
STARTING_GATE = (
    "import sys; from app.cli import main; print('ready', flush=True); sys.stdin.readline(); "
    "sys.exit(main(sys.argv[1:]))"
)


def test_two_init_processes_on_one_new_file_both_succeed(tmp_path):
    path = tmp_path / "new" / "ledger.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", STARTING_GATE, "--db", str(path), "init"]
    processes = [
        subprocess.Popen(
            command,
            cwd=tmp_path,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for process in processes:
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n", process.communicate()
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    outputs = [p.communicate(timeout=120) for p in processes]

    assert [p.returncode for p in processes] == [0, 0], outputs
    said = sorted(out for out, _ in outputs)
    assert "is up to date" in said[0] and "upgraded from empty" in said[1]
    # Nothing was backed up: neither process saw the other's half-made schema.
    assert [p.name for p in path.parent.iterdir()] == ["ledger.sqlite3"]
    check = run_cli(tmp_path, "--db", str(path), "check")
    assert check.returncode == 0, check.stdout + check.stderr
