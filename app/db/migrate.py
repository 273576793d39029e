"""Create or upgrade the schema with Alembic; back a SQLite file up before changing it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from app.db.location import DbLocation

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision(engine: Engine) -> str:
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, location: DbLocation) -> MigrationResult:
    """Bring the database to the newest schema. Idempotent and quick when already there."""
    before = current_revision(engine)
    head = head_revision(engine)
    if before == head:
        return MigrationResult(before, head, None)
    backup = None
    path = location.sqlite_path
    if path is not None and path.exists() and _has_tables(engine):
        backup = backup_sqlite(path, tag=f"before-{head}")
    cfg = alembic_config(engine)
    with engine.connect() as conn, _foreign_keys_off(conn), conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        _check_foreign_keys(conn)
    return MigrationResult(before, head, backup)


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite changes a table by rebuilding it (Alembic's batch mode), and dropping the old
    copy of a table that others refer to fails while foreign keys are enforced. SQLite's own
    procedure: enforcement off for the migration (only possible outside a transaction, hence
    on the driver's connection), the references checked before committing."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys=ON")


def _check_foreign_keys(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:
            raise RuntimeError(f"the migration left broken references: {broken[:5]}")


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def backup_sqlite(path: Path, tag: str = "backup", target: Path | None = None) -> Path:
    """Consistent copy through SQLite's online backup API (safe while others read)."""
    if target is None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.{tag}.{stamp}{path.suffix}")
    src = sqlite3.connect(path, timeout=15)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
