"""New test databases copied from one migrated template per test process.

Creating a database runs every migration and seeds the defaults: a second or more, paid by
well over a thousand tests. The template is made that way once per process (per worker under
pytest-xdist); each test then gets a copy of it, a file copy on SQLite and
``CREATE DATABASE … TEMPLATE`` on PostgreSQL, in milliseconds. A copy holds exactly what
creating the database would have written. Tests of creating or migrating a database itself
open an empty location instead, as before.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import sqlite3
import tempfile
import uuid
from contextlib import closing
from pathlib import Path

from sqlalchemy import create_engine, text

from app.db.location import DbLocation, resolve, to_url
from app.services.core.startup import open_database


@functools.cache
def _sqlite_template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="labledger-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "template.sqlite3"
    database, _ = open_database(resolve(str(path)))
    database.dispose()
    # Everything in the main file, nothing left in a write-ahead log beside it.
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@functools.cache
def _postgres_template(server_url: str) -> str:
    name = "tmpl_" + uuid.uuid4().hex[:12]
    admin = create_engine(to_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database, _ = open_database(DbLocation(to_url(server_url).set(database=name), "argument"))
    database.dispose()

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    atexit.register(drop)
    return name


def fill_from_template(location: DbLocation) -> DbLocation:
    """Make the new, empty database at ``location`` a copy of the migrated template: the
    SQLite file is written; the PostgreSQL database is created again from the template."""
    path = location.sqlite_path
    if path is not None:
        shutil.copyfile(_sqlite_template(), path)
        return location
    url = location.url
    name = url.database
    assert name, url
    server = url.set(database="postgres").render_as_string(hide_password=False)
    template = _postgres_template(server)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    finally:
        admin.dispose()
    return location


def migrated_sqlite(path: Path) -> DbLocation:
    """A SQLite database at ``path`` with the current schema and default records."""
    return fill_from_template(resolve(str(path)))
