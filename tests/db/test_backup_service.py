"""The daily backup through SQLite's backup API (keeping the last N), what a backup holds,
and restoring one: the current file kept aside, anything not a LabLedger database refused."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.location import DbLocation, resolve, to_url
from app.domain.enums import Role
from app.domain.errors import (
    BackupError,
    ForeignDatabaseError,
    NotADatabaseError,
    PermissionDeniedError,
    UnknownSchemaError,
)
from app.models import AuditEntry, Customer
from app.services.backup.backup_service import (
    BackupSettings,
    daily_backup,
    describe_backup,
    get_backup_settings,
    list_backups,
    restore_backup,
    save_backup_settings,
)
from app.services.core.audit_service import verify_chain
from app.services.core.context import Actor, system_actor
from app.services.core.startup import open_database
from tests import factories
from tests.template_db import fill_from_template

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
MANAGER = Actor(None, "boss", Role.MANAGER)


@pytest.fixture
def ledger(tmp_path):
    location = fill_from_template(resolve(str(tmp_path / "ledger.sqlite3")))
    db, _ = open_database(location)
    save_backup_settings(db, system_actor(), BackupSettings(str(tmp_path / "backups"), 3))
    with db.write() as s:
        factories.customer(s, "苏州检测")
    yield db, location
    db.dispose()


def _customers(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Customer))


def test_a_backup_is_made_once_a_day_and_the_last_n_are_kept(ledger, tmp_path):
    db, location = ledger
    folder = tmp_path / "backups"
    first = daily_backup(db, location, NOW)
    assert first is not None and first.path.parent == folder
    assert daily_backup(db, location, NOW + timedelta(hours=23)) is None
    for day in range(1, 5):
        assert daily_backup(db, location, NOW + timedelta(days=day)) is not None
    kept = list_backups(location.sqlite_path, folder)
    assert [b.taken for b in kept] == [NOW + timedelta(days=d) for d in (4, 3, 2)]
    assert describe_backup(kept[0].path).counts["customers"] == 1


def test_settings_default_to_fourteen_in_the_data_folder(tmp_path):
    db, _ = open_database(fill_from_template(resolve(str(tmp_path / "fresh.sqlite3"))))
    with db.read() as s:
        settings = get_backup_settings(s)
    db.dispose()
    assert settings.keep == 14 and settings.path().name == "backups"


def test_restore_puts_the_backup_back_and_keeps_the_current_file_aside(ledger, tmp_path):
    db, location = ledger
    backup = daily_backup(db, location, NOW).path
    with db.write() as s:
        factories.customer(s, "备份后新增")
    assert _customers(db) == 2
    result = restore_backup(db, MANAGER, location, backup).value
    assert _customers(db) == 1
    assert result.kept is not None and ".before-restore." in result.kept.name
    kept, _ = open_database(resolve(str(result.kept)))
    assert _customers(kept) == 2
    kept.dispose()
    with db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last.action == "database.restore"
        assert last.after == {"restored_from": str(backup)}
        assert verify_chain(s) == []


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    return path


def _newer(path, db, location):
    backup = daily_backup(db, location, NOW).path
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.commit()
    conn.close()
    return backup


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda p, db, loc: p.write_bytes(b"name,amount\n") and p, NotADatabaseError),
        (lambda p, db, loc: _foreign(p), ForeignDatabaseError),
        (_newer, UnknownSchemaError),
    ],
    ids=["text", "other-sqlite", "newer-version"],
)
def test_restore_refuses_what_is_not_a_labledger_database(ledger, tmp_path, make, error):
    db, location = ledger
    source = make(tmp_path / "chosen.sqlite3", db, location)
    before = location.sqlite_path.read_bytes()
    with pytest.raises(error):
        restore_backup(db, MANAGER, location, source)
    assert location.sqlite_path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".before-restore." in p.name]


def test_only_managers_restore(ledger):
    db, location = ledger
    backup = daily_backup(db, location, NOW).path
    with pytest.raises(PermissionDeniedError):
        restore_backup(db, Actor(None, "s", Role.SALES), location, backup)


def test_a_server_database_is_backed_up_by_its_server(ledger):
    db, _ = ledger
    server = DbLocation(to_url("postgresql://lab@db.example/ledger"), "argument")
    assert daily_backup(db, server, NOW) is None
    with pytest.raises(BackupError, match="pg_dump"):
        restore_backup(db, MANAGER, server, Path(__file__))
