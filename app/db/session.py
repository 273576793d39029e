"""The open database: an engine with session factories, one short transaction per service call."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.engine import is_locked_error, writer
from app.domain.errors import ConcurrentEditError, DatabaseBusyError


@dataclass
class Database:
    """The open database: its engine plus session factories for readers and writers."""

    engine: Engine

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction; commits on success, rolls back on any error."""
        try:
            with self._write() as session, session.begin():
                yield session
        except StaleDataError as exc:
            raise ConcurrentEditError(entity="record", key="") from exc
        except OperationalError as exc:
            if is_locked_error(exc):
                raise DatabaseBusyError() from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()
