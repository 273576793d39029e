"""Engines with settings that are safe for a SQLite file on a network share."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from app.db.location import DbLocation
from app.db.sqlite_file import BUSY_TIMEOUT_MS, ensure_folder

T = TypeVar("T")


def make_engine(location: DbLocation) -> Engine:
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True)
    path = location.sqlite_path
    if path is not None:
        ensure_folder(path)
    engine = create_engine(
        location.url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # In-memory databases live in one connection; files pool normally (an idle SQLite
        # connection holds no lock).
        poolclass=StaticPool if path is None else None,
    )
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: object) -> None:
        # Let SQLAlchemy's "begin" handler below emit BEGIN itself (pysqlite's own is lazy).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # Rollback journal, never WAL: WAL needs shared memory that a network share lacks.
        cur.execute("PRAGMA journal_mode=DELETE")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the RESERVED lock up front so that two writers wait for each other
        # (busy timeout) instead of one failing at once on lock upgrade.
        if conn.get_execution_options().get("sqlite_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, marked so that transactions on it start as writers."""
    return engine.execution_options(sqlite_write=True)


def is_locked_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def retry_when_locked(fn: Callable[[], T], attempts: int = 4, pause: float = 0.5) -> T:
    """Run ``fn`` again when another PC holds the file's lock longer than the busy timeout."""
    for attempt in range(attempts):
        try:
            return fn()
        except OperationalError as exc:
            if not is_locked_error(exc) or attempt == attempts - 1:
                raise
            time.sleep(pause * (attempt + 1))
    raise AssertionError("unreachable")
