"""Engines with settings that are safe for a SQLite file on a network share."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import StaticPool

from app.db.location import DbLocation
from app.db.sqlite_file import BUSY_TIMEOUT_MS, ensure_folder

T = TypeVar("T")
# How long one try at a writer's lock waits inside SQLite before Python tries again.
LOCK_TRY_MS = 20


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
        # instead of one failing at once on lock upgrade. It waits in short tries that
        # Database.write repeats (see retry_when_locked): SQLite's own wait sleeps up to
        # 100 ms at a time and mostly misses the moment another PC that writes in a loop
        # lets go, so a PC could wait many seconds behind a busy one.
        options = conn.get_execution_options()
        if options.get("sqlite_write") and options.get("sqlite_lock_tries"):
            conn.exec_driver_sql(f"PRAGMA busy_timeout={LOCK_TRY_MS}")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        elif options.get("sqlite_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def writer(engine: Engine, *, lock_tries: bool = False) -> Engine:
    """The same engine, marked so that transactions on it start as writers; with
    ``lock_tries`` a writer waits for the lock in short tries that the caller repeats
    (retry_when_locked), otherwise for the whole busy timeout at once."""
    return engine.execution_options(sqlite_write=True, sqlite_lock_tries=lock_tries)


def is_locked_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def retry_when_locked(fn: Callable[[], T], limit: float = 60.0, pause: float = 0.01) -> T:
    """Run ``fn`` again while another PC holds the file's lock, for up to ``limit`` seconds,
    with a random pause of up to ``pause`` seconds between tries (so that PCs waiting for
    the same lock do not try in step); after that the lock error goes to the caller."""
    deadline = time.monotonic() + limit
    while True:
        try:
            return fn()
        except OperationalError as exc:
            if not is_locked_error(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(random.uniform(0, pause))
