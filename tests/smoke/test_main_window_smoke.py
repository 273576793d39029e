"""The real main window on a demo database, and the real start-up path staying up."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.db.location import resolve
from app.demo.generator import generate_demo
from app.domain.clock import FixedClock
from app.services.core.auth_service import create_first_admin
from app.services.core.startup import open_database
from app.views.shell.application import create_application, create_main_window, install_translators

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo_db(tmp_path):
    location = resolve(str(tmp_path / "demo.sqlite3"))
    db, _ = open_database(location)
    summary = generate_demo(db, customers=50, invoices=500, seed=7, today=TODAY).value
    assert summary.invoices == 500
    yield location, db
    db.dispose()


def shown(detail, current_id: int | None) -> bool:
    """The detail panel shows the selected row's record."""
    return current_id is not None and detail is not None and detail.row.id == current_id


def test_main_window_on_a_demo_database(qtbot, demo_db):
    location, db = demo_db
    application = create_application()
    install_translators(application, "en")
    window = create_main_window(db, FixedClock(TODAY), location=location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "LabLedger" in window.windowTitle()
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert location.display() in status and "2026-06-30" in status

    invoices = window.show_section("invoices")
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 500, timeout=10_000)
    assert invoices.count_label.text() == "500 invoices"
    invoices.table.scrollToBottom()
    invoices.table.select_row(499)  # its page may still be loading: its details follow it
    qtbot.waitUntil(
        lambda: shown(invoices.detail.detail, invoices.table.current_id), timeout=10_000
    )

    customers = window.show_section("customers")
    qtbot.waitUntil(lambda: customers.model.rowCount() > 0, timeout=10_000)
    customers.table.select_row(0)
    qtbot.waitUntil(
        lambda: shown(customers.detail.detail, customers.table.current_id), timeout=10_000
    )
    window.close()
    # Closing waits for the workers; what they finished still reaches the GUI thread.
    qtbot.waitUntil(lambda: not window.ctx.runner.busy)


def test_labledger_with_db_stays_up_showing_the_window(tmp_path):
    """`python -m app --db X` (the `labledger` command) opens the GUI and keeps running."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    database = tmp_path / "x.sqlite3"
    # It opens on a log-in: an administrator logs in unattended (LABLEDGER_USER).
    db, _ = open_database(resolve(str(database)))
    create_first_admin(db, "boss", "老板", "boss password", "boss password")
    db.dispose()
    env.update(LABLEDGER_USER="boss", LABLEDGER_PASSWORD="boss password")
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(database)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        log = tmp_path / "state" / "LabLedger" / "log" / "labledger.log"
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and "main window shown" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert "main window shown" in log.read_text(encoding="utf-8")
        time.sleep(2)  # the window is up; it must stay up
        assert process.poll() is None, process.communicate()
    finally:
        process.terminate()
        process.wait(10)
    assert database.exists()
