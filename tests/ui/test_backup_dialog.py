"""File › Backup and restore: a backup now, then restoring it after a confirmation that
names the file's date and what it holds; a file that is not a LabLedger database refused
with a clear message; for a server database, the server's own tools."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.db.location import DbLocation, resolve, to_url
from app.domain.errors import NotADatabaseError
from app.models import Customer
from app.views.backup.backup_dialog import BackupDialog
from app.views.shell.application import create_main_window
from tests import factories


def customers(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Customer))


def open_backups(qtbot, db, clock, errors, tmp_path) -> BackupDialog:
    window = create_main_window(
        db, clock, errors=errors, location=resolve(str(tmp_path / "t.sqlite3"))
    )
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_backups()
    qtbot.waitUntil(lambda: dialog.keep.value() == 14)
    return dialog


def test_a_backup_is_restored_after_a_confirmation(qtbot, db, clock, errors, tmp_path):
    with db.write() as s:
        factories.customer(s, "上海浦东环境监测站")
    dialog = open_backups(qtbot, db, clock, errors, tmp_path)
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.backups.rowCount() == 1)
    with db.write() as s:
        factories.customer(s, "备份之后的客户")
    assert customers(db) == 2

    dialog.backups.selectRow(0)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    text = dialog.confirmation.text()
    assert dialog.files[0].path.name in text
    assert "It holds 1 customers, 0 invoices, 0 payments" in text
    restore = next(
        b
        for b in dialog.confirmation.buttons()
        if dialog.confirmation.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    restore.click()
    qtbot.waitUntil(lambda: getattr(dialog, "restored", None) is not None)
    assert customers(db) == 1
    kept = dialog.restored.kept
    assert kept is not None and kept.exists() and ".before-restore." in kept.name
    assert not errors.expected_errors


def test_cancelling_the_confirmation_changes_nothing(qtbot, db, clock, errors, tmp_path):
    dialog = open_backups(qtbot, db, clock, errors, tmp_path)
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.backups.rowCount() == 1)
    with db.write() as s:
        factories.customer(s, "备份之后的客户")
    dialog.restore(dialog.files[0].path)
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    dialog.confirmation.reject()
    assert customers(db) == 1
    assert not list(tmp_path.glob("*.before-restore.*"))


def test_a_file_that_is_not_a_labledger_database_is_refused(qtbot, db, clock, errors, tmp_path):
    notes = tmp_path / "客户名单.sqlite3"
    notes.write_text("not a database", encoding="utf-8")
    dialog = open_backups(qtbot, db, clock, errors, tmp_path)
    dialog.restore(notes)
    qtbot.waitUntil(lambda: bool(errors.expected_errors))
    assert isinstance(errors.expected_errors[0], NotADatabaseError)
    assert dialog.confirmation is None


def test_a_server_database_is_backed_up_on_the_server(qtbot, db, clock, errors):
    window = create_main_window(db, clock, errors=errors)
    qtbot.addWidget(window)
    server = DbLocation(to_url("postgresql://lab@db.example/ledger"), "argument")
    dialog = BackupDialog(replace(window.ctx, location=server), window)
    qtbot.addWidget(dialog)
    assert "pg_dump" in dialog.intro.text()
    assert not hasattr(dialog, "backups")


def test_the_daily_backup_runs_at_start_and_once_a_day(qtbot, db, clock, errors, tmp_path):
    from app.services.backup.backup_service import default_folder, list_backups
    from app.views.backup.backup_scheduler import BackupScheduler

    location = resolve(str(tmp_path / "t.sqlite3"))
    window = create_main_window(db, clock, errors=errors, location=location)
    qtbot.addWidget(window)
    scheduler = BackupScheduler(window.ctx, window)
    with qtbot.waitSignal(window.ctx.bus.noticed) as notice:
        scheduler.start()
    assert "Daily backup saved" in notice.args[0]
    assert len(list_backups(location.sqlite_path, default_folder())) == 1
    assert scheduler.timer.isActive()
    scheduler.check()  # the same day: nothing more
    qtbot.waitUntil(lambda: not scheduler._running)
    assert len(list_backups(location.sqlite_path, default_folder())) == 1
