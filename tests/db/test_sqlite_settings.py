"""A SQLite file must be safe on a network share: rollback journal, busy timeout, FKs."""

import sqlite3
import threading

import pytest
from sqlalchemy import text

from app.db.engine import BUSY_TIMEOUT_MS, retry_when_locked
from app.db.location import resolve
from app.domain.errors import DatabaseBusyError
from app.services.core.startup import open_database


@pytest.fixture
def sqlite_db(tmp_path):
    database, _ = open_database(resolve(str(tmp_path / "share.sqlite3")))
    yield database
    database.dispose()


def test_pragmas_for_a_shared_file(sqlite_db):
    with sqlite_db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(sqlite_db):
    with pytest.raises(Exception, match="FOREIGN KEY"), sqlite_db.write() as s:
        s.execute(
            text(
                "INSERT INTO contacts (customer_id, name, is_primary, version, created_at, "
                "updated_at) VALUES (999, 'x', 0, 1, '2026-01-01', '2026-01-01')"
            )
        )


def test_writer_waits_for_another_writer_instead_of_failing(sqlite_db, tmp_path):
    """Another PC holds the write lock briefly; our write waits (busy timeout) and succeeds."""
    other = sqlite3.connect(
        tmp_path / "share.sqlite3", isolation_level=None, check_same_thread=False
    )
    other.execute("BEGIN IMMEDIATE")
    released = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    released.start()
    with sqlite_db.write() as s:
        s.execute(
            text(
                "INSERT INTO settings (key, value, version, created_at, updated_at) "
                "VALUES ('k', '1', 1, '2026-01-01', '2026-01-01')"
            )
        )
    released.join()
    other.close()
    with sqlite_db.read() as s:
        assert s.execute(text("SELECT count(*) FROM settings WHERE key='k'")).scalar() == 1


def test_lock_held_past_timeout_becomes_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr("app.db.engine.BUSY_TIMEOUT_MS", 200)
    database, _ = open_database(resolve(str(tmp_path / "busy.sqlite3")))
    other = sqlite3.connect(tmp_path / "busy.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusyError), database.write() as s:
            s.execute(text("SELECT 1"))
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.dispose()


def test_retry_when_locked_retries_only_lock_errors():
    from sqlalchemy.exc import OperationalError

    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))
        return "done"

    assert retry_when_locked(flaky, pause=0) == "done"
    assert len(calls) == 3

    def broken():
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x"))

    with pytest.raises(OperationalError):
        retry_when_locked(broken, pause=0)
