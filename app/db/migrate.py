"""Create or upgrade the schema with Alembic; back a SQLite file up before changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

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
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return MigrationResult(before, head, backup)


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
