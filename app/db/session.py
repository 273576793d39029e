"""The open database: an engine with session factories, one short transaction per service call."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.change_counter import bump_if_written, forget_writes, watch_writes
from app.db.engine import is_locked_error, retry_when_locked, writer
from app.domain.errors import ConcurrentEditError, DatabaseBusyError


@dataclass
class Database:
    """The open database: its engine plus session factories for readers and writers."""

    engine: Engine
    # How long a write waits for another PC's write lock before the user is told the
    # database is busy, and the longest pause between two tries at the lock.
    write_wait_limit: float = 60.0
    write_retry_pause: float = 0.01
    # Told True (from the waiting thread) once a write has waited ``wait_hint_after`` seconds
    # for another PC's lock, and False when it goes on or gives up: the GUI says so.
    on_wait: Callable[[bool], None] | None = field(default=None, repr=False)
    wait_hint_after: float = 0.3
    # Who is looking (an Actor): every session carries them in ``session.info["viewer"]`` so
    # that the services that choose a set of customers apply their visibility
    # (app/services/core/visibility.py). None: the system, which sees everything.
    viewer: Any = None

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine, lock_tries=True), expire_on_commit=False)
        watch_writes(self.engine)
        self._own_changes = 0
        self._last_commit = -1.0
        self._own_lock = threading.Lock()

    @property
    def own_changes(self) -> int:
        """How many write transactions this process has committed that bumped the change
        counter: a poller tells other PCs' changes from its own by the difference."""
        with self._own_lock:
            return self._own_changes

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def as_viewer(self, viewer: Any) -> Database:
        """The same database (and engine) seen by ``viewer``."""
        return replace(self, viewer=viewer)

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read() as session, session.begin():
                session.info["viewer"] = self.viewer
                yield session
        except OperationalError as exc:
            # A writer on another PC held the file past the busy timeout (rollback journal).
            if is_locked_error(exc):
                raise DatabaseBusyError() from exc
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction; commits on success, rolls back on any error. The write lock is
        taken before the caller's code runs, so only that start is tried again while another
        PC holds the lock; after ``write_wait_limit`` the caller gets ``DatabaseBusyError``."""
        if self.is_sqlite and time.monotonic() - self._last_commit < self.write_retry_pause:
            # Writing in a loop: let a PC that waits for the lock have its turn first (it
            # tries every few milliseconds; without this pause it would rarely win).
            time.sleep(random.uniform(0, self.write_retry_pause))
        try:
            with self._waiting():
                session, transaction = retry_when_locked(
                    self._begin_write, self.write_wait_limit, self.write_retry_pause
                )
            with session:
                try:
                    yield session
                except BaseException:
                    transaction.rollback()
                    raise
                session.flush()  # what is still pending is written before it is counted
                bumped = bump_if_written(session)
                # On SQLite the commit waits for other PCs' readers to let go of the file.
                with self._waiting():
                    transaction.commit()
                self._last_commit = time.monotonic()
                if bumped:
                    with self._own_lock:
                        self._own_changes += 1
        except StaleDataError as exc:
            raise ConcurrentEditError(entity="record", key="") from exc
        except OperationalError as exc:
            if is_locked_error(exc):
                raise DatabaseBusyError() from exc
            raise

    @contextmanager
    def _waiting(self) -> Iterator[None]:
        """Around a step that may wait for another PC's lock: tells ``on_wait`` when it has
        waited long enough to be noticed, and again when it is over."""
        notify = self.on_wait
        if notify is None:
            yield
            return
        noticed = threading.Event()

        def hint() -> None:
            noticed.set()
            notify(True)

        timer = threading.Timer(self.wait_hint_after, hint)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            timer.join()
            if noticed.is_set():
                notify(False)

    def _begin_write(self) -> tuple[Session, SessionTransaction]:
        session = self._write()
        session.info["viewer"] = self.viewer
        try:
            transaction = session.begin()
            # Connecting now emits BEGIN IMMEDIATE on SQLite (see engine.py): the lock is taken
            # here or this fails, before the caller has done anything that a retry would repeat.
            forget_writes(session.connection())
        except BaseException:
            session.close()
            raise
        return session, transaction

    def dispose(self) -> None:
        self.engine.dispose()
