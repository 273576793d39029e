"""A SQLite file must be safe on a network share: rollback journal, busy timeout, FKs."""

import sqlite3
import threading

import pytest
from sqlalchemy import event, text

from app.db.engine import BUSY_TIMEOUT_MS, is_locked_error, retry_when_locked
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
    # Only taking the write lock waits in short tries; the commit waits the whole timeout.
    with sqlite_db.write() as s:
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


@pytest.fixture
def busy_file(tmp_path, monkeypatch):
    """A database whose writers try at a held lock for 20 ms at a time and give up after
    0.2 s, without pausing between tries."""
    monkeypatch.setattr("app.db.engine.LOCK_TRY_MS", 20)
    database, _ = open_database(resolve(str(tmp_path / "busy.sqlite3")))
    database.write_wait_limit = 0.2
    database.write_retry_pause = 0
    yield database
    database.dispose()


@pytest.fixture
def lock_failures(busy_file) -> list[str]:
    """The statements of busy_file that failed because the file was locked."""
    failures: list[str] = []

    @event.listens_for(busy_file.engine, "handle_error")
    def _record(context) -> None:
        if is_locked_error(context.original_exception):
            failures.append(context.statement)

    return failures


def _add_setting(s, key: str) -> None:
    s.execute(
        text(
            "INSERT INTO settings (key, value, version, created_at, updated_at) "
            "VALUES (:key, '1', 1, '2026-01-01', '2026-01-01')"
        ),
        {"key": key},
    )


def _settings_named(database, key: str) -> int:
    with database.read() as s:
        return s.execute(text("SELECT count(*) FROM settings WHERE key = :k"), {"k": key}).scalar()


def test_write_is_tried_again_once_another_pc_lets_go_of_the_lock(
    busy_file, lock_failures, tmp_path
):
    """Another PC holds the write lock past the busy timeout and lets go after our first try
    failed: the second try takes the lock, and the caller's work runs once."""
    locked, let_go, released = threading.Event(), threading.Event(), threading.Event()

    def other_pc() -> None:
        other = sqlite3.connect(tmp_path / "busy.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        let_go.wait(10)
        other.execute("COMMIT")
        other.close()
        released.set()

    @event.listens_for(busy_file.engine, "handle_error")
    def _let_go_after_first_failure(context) -> None:
        let_go.set()
        assert released.wait(10)

    holder = threading.Thread(target=other_pc)
    holder.start()
    assert locked.wait(10)
    runs = 0
    with busy_file.write() as s:
        runs += 1
        _add_setting(s, "k")
    holder.join()
    assert lock_failures == ["BEGIN IMMEDIATE"]
    assert runs == 1
    assert _settings_named(busy_file, "k") == 1


def test_lock_held_past_timeout_becomes_a_clear_error(busy_file, lock_failures, tmp_path):
    """The lock stays taken through every try: the caller gets DatabaseBusyError and its
    code never runs."""
    other = sqlite3.connect(tmp_path / "busy.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    runs = 0
    try:
        with pytest.raises(DatabaseBusyError), busy_file.write() as s:
            runs += 1
            _add_setting(s, "k")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert set(lock_failures) == {"BEGIN IMMEDIATE"} and len(lock_failures) >= 3
    assert runs == 0
    assert _settings_named(busy_file, "k") == 0


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
