"""`labledger remind` and `labledger calendar` on a small demo database: the JSON contract,
a second run that creates nothing, a dry run that writes nothing, and the .ics file."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import icalendar
import pytest

from app.cli import main
from app.db.location import resolve
from app.demo.generator import generate_demo
from app.services.core.startup import open_database

TODAY = "2026-06-30"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("remind") / "demo.sqlite3"
    db, _ = open_database(resolve(str(path)))
    generate_demo(db, customers=40, invoices=1500, seed=7, today=date.fromisoformat(TODAY))
    db.dispose()
    return path


@pytest.fixture
def ledger(demo: Path, tmp_path: Path) -> str:
    copy = tmp_path / "ledger.sqlite3"
    shutil.copy(demo, copy)
    return str(copy)


def remind(capsys, db: str, *args: str) -> str:
    assert main(["--db", db, "--as-of", TODAY, "remind", *args]) == 0
    return capsys.readouterr().out


def test_remind_twice_the_second_run_creates_nothing(capsys, ledger):
    first = remind(capsys, ledger, "--json")
    counts = json.loads(first)
    assert list(counts) == ["notifications", "tasks", "emails"]
    assert counts["notifications"] > 0 and counts["tasks"] > 0
    assert first == json.dumps(counts) + "\n"
    assert remind(capsys, ledger, "--json") == '{"notifications": 0, "tasks": 0, "emails": 0}\n'
    assert "Created 0 notification(s)" in remind(capsys, ledger)


def test_a_dry_run_says_what_a_run_would_create_and_writes_nothing(capsys, ledger):
    dry = json.loads(remind(capsys, ledger, "--dry-run", "--json"))
    assert "Would create" in remind(capsys, ledger, "--dry-run")
    assert json.loads(remind(capsys, ledger, "--json")) == dry


def test_calendar_writes_an_ics_that_reads_back(capsys, ledger, tmp_path):
    remind(capsys, ledger)
    out = tmp_path / "due.ics"
    args = ["--db", ledger, "--as-of", TODAY, "calendar", "--from", "2026-06-01"]
    assert main([*args, "--to", "2026-07-31", "--ics", str(out)]) == 0
    assert "calendar item(s) from 2026-06-01 to 2026-07-31" in capsys.readouterr().out
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and len({str(e["UID"]) for e in events}) == len(events)
    assert main([*args, "--to", "2026-06-30", "--ics", str(out)]) == 0
    june = {str(e["UID"]) for e in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert june and june <= {str(e["UID"]) for e in events}  # the same items, the same UIDs
