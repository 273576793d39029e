"""Create or upgrade the schema with Alembic; back a SQLite file up before changing it.

Alembic is imported only when it has work to do: a database already at the newest revision
is recognised by reading its ``alembic_version`` row and the revisions the shipped version
files name (Alembic's import alone takes a fifth of a second at every start)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from app.db.engine import writer
from app.db.location import DbLocation
from app.db.sqlite_file import (
    damage_error,
    ensure_folder,
    integrity_problems,
    open_read_only,
)
from app.domain.errors import (
    BackupError,
    DatabaseDamagedError,
    ForeignDatabaseError,
    NotADatabaseError,
    UnknownSchemaError,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The PostgreSQL advisory lock key of ``take_setup_lock`` ("LabLedgr" in ASCII).
SETUP_LOCK = 0x4C61624C65646772


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def _scripts() -> ScriptDirectory:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg)


def known_revisions() -> set[str]:
    """Every schema revision this build can upgrade from."""
    return {script.revision for script in _scripts().walk_revisions()}


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# The lines of a version file that name its revision and the one it follows (Alembic's
# template: ``revision = "0009"``, ``down_revision = "0008"`` or ``None`` for the first).
_REVISION_LINE = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']\s*$", re.M)
_DOWN_REVISION_LINE = re.compile(
    r"^down_revision(?:\s*:[^=\n]+)?\s*=\s*(?:None|[\"']([^\"']+)[\"'])\s*$", re.M
)


@cache
def shipped_head() -> str | None:
    """The newest revision of the version files shipped, read from their ``revision`` and
    ``down_revision`` lines without importing Alembic. None unless every file names exactly
    one revision and they form one unbranched line from a single first revision: then only
    Alembic can tell, and ``upgrade`` asks it."""
    follows: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        if path.name.startswith("__init__"):
            continue
        source = path.read_text(encoding="utf-8")
        revisions = _REVISION_LINE.findall(source)
        downs = _DOWN_REVISION_LINE.findall(source)
        if len(revisions) != 1 or len(downs) != 1 or revisions[0] in follows:
            return None
        follows[revisions[0]] = downs[0] or None
    parents = list(follows.values())
    heads = set(follows) - set(parents)
    if len(heads) != 1 or parents.count(None) != 1 or len(set(parents)) != len(parents):
        return None
    return heads.pop()


def stored_revisions(engine: Engine) -> tuple[str, ...]:
    """The revisions the database's ``alembic_version`` table holds, as Alembic reads them
    (none for a new database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return ()
        return tuple(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def upgrade(engine: Engine, location: DbLocation, target: str | None = None) -> MigrationResult:
    """Bring the database to the newest schema (or to revision ``target``: the tests of one
    migration). Idempotent and quick when already there.

    The migration runs in one write transaction that is begun before the revision is read
    (on SQLite, BEGIN IMMEDIATE takes the file's write lock; on PostgreSQL an advisory lock),
    so two processes opening a new database at once take turns: the second waits, then
    finds the schema current.

    A database already at the shipped head returns at once, without Alembic; any other
    (new, older, newer than this build, or files Alembic alone can read) goes through it."""
    if target is None:
        shipped = shipped_head()
        if shipped is not None and stored_revisions(engine) == (shipped,):
            return MigrationResult(shipped, shipped, None)
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    head = target or head_revision(engine)
    before = current_revision(engine)
    if before == head:
        return MigrationResult(before, head, None)
    cfg = alembic_config(engine)
    with writer(engine).connect() as conn, _foreign_keys_off(conn), conn.begin():
        take_setup_lock(conn)
        before = MigrationContext.configure(conn).get_current_revision()
        if before == head:
            return MigrationResult(before, head, None)
        if before is not None and before not in known_revisions():
            raise UnknownSchemaError(path=location.display(), revision=before, head=head)
        backup = None
        path = location.sqlite_path
        if path is not None and _has_tables(conn):
            backup = backup_sqlite(path, tag=f"before-{head}")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, head)
        _check_foreign_keys(conn)
    return MigrationResult(before, head, backup)


def take_setup_lock(conn: Connection) -> None:
    """Wait until no other process is setting up the same database (migrating it, adding
    its default records), and keep others waiting until this transaction ends. SQLite's
    writer holds the whole file already; PostgreSQL takes an advisory lock (per database)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SETUP_LOCK})


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


def _has_tables(conn: Connection) -> bool:
    return bool(inspect(conn).get_table_names())


def _stamped(path: Path, tag: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{tag}.{stamp}{path.suffix}")


def backup_sqlite(path: Path, tag: str = "backup", target: Path | None = None) -> Path:
    """Consistent copy through SQLite's online backup API (safe while others read)."""
    if target is None:
        target = _stamped(path, tag)
    if not target.parent.is_dir():
        raise BackupError(
            "Cannot write the backup {target}: the folder {folder} does not exist.",
            target=target,
            folder=target.parent,
        )
    new_file = not target.exists()
    try:
        src = sqlite3.connect(path, timeout=15)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        if new_file:
            target.unlink(missing_ok=True)
        # Into a new file, only the source can be damaged or not a database.
        error = damage_error(path, exc) if new_file else None
        raise error or BackupError(target=target, reason=str(exc)) from exc
    return target


def verify_backup(source: Path) -> str:
    """The schema revision of a file that can be restored. Refuses (with a typed error) a
    missing file, one that is not SQLite or is damaged, a SQLite file that is not
    LabLedger's, and one from a newer LabLedger whose schema this build does not know."""
    problems = integrity_problems(source)
    if problems:
        raise DatabaseDamagedError(path=source, reason=problems[0])
    conn = open_read_only(source)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not {"alembic_version", "invoices"} <= tables:
            raise ForeignDatabaseError(path=source)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if row is None:
        raise ForeignDatabaseError(path=source)
    revision = str(row[0])
    if revision not in known_revisions():
        head = _scripts().get_current_head()
        raise UnknownSchemaError(path=source, revision=revision, head=head)
    return revision


def restore_sqlite(source: Path, path: Path) -> Path | None:
    """Copy the backup ``source`` (see ``verify_backup``) over the database file ``path``;
    returns where the file it replaces was kept, None when there was none."""
    ensure_folder(path)
    kept = None
    if path.exists():
        try:
            kept = backup_sqlite(path, tag="before-restore")
        except (NotADatabaseError, DatabaseDamagedError):
            # SQLite cannot read the current file, which is why it is being restored: keep
            # its bytes as they are and let the backup take its place.
            kept = _stamped(path, "before-restore")
            shutil.move(path, kept)
    backup_sqlite(source, target=path)
    return kept
