"""What a start costs: the main window comes up on an existing database without importing
what only some work needs (Alembic when the schema is current, openpyxl until a file is
exported, even once the sections that export are open; reportlab and keyring until a PDF
is made or a message sent; Qt Charts until the 工作台's charts are shown), and builds only
the section it shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.db.location import resolve
from app.services.core.startup import open_database

ROOT = Path(__file__).resolve().parents[2]

# The start-up path of ``run_gui`` (and the `labledger` command's own imports), in a fresh
# interpreter: the test process has imported everything already.
START = """
import sys
# Not at start: the schema is current, nothing is exported, printed or sent, and the
# 工作台's charts (Qt Charts) are not shown.
AT_START = ("alembic", "openpyxl", "reportlab", "keyring", "PySide6.QtCharts")
from datetime import date

import app.cli
from app.db.location import resolve
from app.domain.clock import FixedClock
from app.services.core.startup import open_database
from app.views.shell.application import create_application, create_main_window

application = create_application([])
location = resolve(sys.argv[1])
db, _ = open_database(location)
window = create_main_window(db, FixedClock(date(2026, 6, 30)), location=location)
window.show()
application.processEvents()
print(" ".join(sorted(m for m in AT_START if m in sys.modules)))
print(" ".join(sorted(window.pages)))
# The sections that export to Excel import openpyxl only when a file is written.
for key in ("customers", "receivables"):
    window.show_section(key)
    application.processEvents()
print(" ".join(sorted(m for m in ("alembic", "openpyxl") if m in sys.modules)))
window.close()
db.dispose()
"""


def test_starting_on_a_current_database_imports_neither_alembic_nor_openpyxl(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))  # created and migrated here
    db.dispose()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-c", START, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    imported, built, after_sections = done.stdout.splitlines()[-3:]
    assert imported == ""
    assert built == "workbench"
    assert after_sections == ""


OPEN = """
import sys

from app.db.location import resolve
from app.models import Invoice
from app.services.core.startup import open_database

db, _ = open_database(resolve(sys.argv[1]), migrate=False)
print(all(mapper.configured for mapper in Invoice.registry.mappers))
db.dispose()
"""


def test_opening_the_database_configures_the_mappers_before_any_screen_asks(tmp_path):
    # Otherwise the first ORM statement, the first list a user opens, pays for it (30-40 ms).
    path = tmp_path / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))
    db.dispose()
    done = subprocess.run(
        [sys.executable, "-c", OPEN, str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]
