"""The open database: an engine with session factories, one short transaction per service call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.engine import is_locked_error, retry_when_locked, writer
from app.domain.errors import ConcurrentEditError, DatabaseBusyError


@dataclass
class Database:
    """The open database: its engine plus session factories for readers and writers."""

    engine: Engine
    # Tries at taking the write lock when another PC holds it past the busy timeout, and the
    # pause before each retry (pause, 2 x pause, ...).
    write_attempts: int = 4
    write_retry_pause: float = 0.5
    # Who is looking (an Actor): every session carries them in ``session.info["viewer"]`` so
    # that the services that choose a set of customers apply their visibility
    # (app/services/core/visibility.py). None: the system, which sees everything.
    viewer: Any = None

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def as_viewer(self, viewer: Any) -> Database:
        """The same database (and engine) seen by ``viewer``."""
        return replace(self, viewer=viewer)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            session.info["viewer"] = self.viewer
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction; commits on success, rolls back on any error. The write lock is
        taken before the caller's code runs, so only that start is tried again when the file
        stays locked; after the last try the caller gets ``DatabaseBusyError``."""
        try:
            session, transaction = retry_when_locked(
                self._begin_write, self.write_attempts, self.write_retry_pause
            )
            with session, transaction:
                yield session
        except StaleDataError as exc:
            raise ConcurrentEditError(entity="record", key="") from exc
        except OperationalError as exc:
            if is_locked_error(exc):
                raise DatabaseBusyError() from exc
            raise

    def _begin_write(self) -> tuple[Session, SessionTransaction]:
        session = self._write()
        session.info["viewer"] = self.viewer
        try:
            transaction = session.begin()
            # Connecting now emits BEGIN IMMEDIATE on SQLite (see engine.py): the lock is taken
            # here or this fails, before the caller has done anything that a retry would repeat.
            session.connection()
        except BaseException:
            session.close()
            raise
        return session, transaction

    def dispose(self) -> None:
        self.engine.dispose()
