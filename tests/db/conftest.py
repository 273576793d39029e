"""Database fixtures: every db test runs on a temp SQLite file, and also on PostgreSQL when
LABLEDGER_TEST_PG_URL names a server (CI starts one)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.db.location import DbLocation, resolve, to_url
from app.db.session import Database
from app.services.core.startup import open_database
from tests.template_db import fill_from_template

PG_URL = os.environ.get("LABLEDGER_TEST_PG_URL")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Parametrised only over the servers that exist, so nothing is skipped or faked.
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS)


@contextmanager
def database_location(backend: str, folder: Path) -> Iterator[DbLocation]:
    """A new, empty database of ``backend``: a SQLite file in ``folder``, or a PostgreSQL
    database dropped afterwards."""
    if backend == "sqlite":
        yield resolve(str(folder / "ledger.sqlite3"))
        return
    assert PG_URL is not None
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(to_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield DbLocation(to_url(PG_URL).set(database=name), "argument")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def location(backend: str, tmp_path) -> Iterator[DbLocation]:
    with database_location(backend, tmp_path) as found:
        yield found


@pytest.fixture
def db(location: DbLocation) -> Iterator[Database]:
    database, _ = open_database(fill_from_template(location))
    yield database
    database.dispose()
