"""Backups of a SQLite database: the daily automatic one into the backups folder (keeping
the last N), what a backup file holds, and restoring one in place of the open database.

Copies go through SQLite's online backup API (``app.db.migrate.backup_sqlite``), which
is safe while other PCs read. A PostgreSQL database is backed up by its server (pg_dump)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.db.location import DbLocation, data_dir
from app.db.migrate import backup_sqlite, restore_sqlite, upgrade, verify_backup
from app.db.sqlite_file import ensure_folder, open_read_only, require_file
from app.domain.errors import BackupError, ValidationError
from app.services.core.audit_service import record_audit
from app.services.core.bootstrap_service import ensure_defaults
from app.services.core.changes import ALL_KINDS, Changed, Kind
from app.services.core.permissions import MANAGERS, require
from app.services.core.settings_service import get_value, set_value

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.core.context import Actor

DEFAULT_KEEP = 14
MAX_KEEP = 365
EVERY = timedelta(days=1)
# "ledger.daily.20260301-093000.sqlite3": the database file's name, then when it was taken.
TAG = "daily"
_STAMP = "%Y%m%d-%H%M%S"
# The records a backup's confirmation counts, by table.
COUNTED = ("customers", "invoices", "payments", "audit_entries")


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""  # "" is the backups folder in the user's data folder
    keep: int = DEFAULT_KEEP

    def path(self) -> Path:
        return Path(self.folder).expanduser() if self.folder.strip() else default_folder()


def default_folder() -> Path:
    return data_dir() / "backups"


def get_backup_settings(session: Session) -> BackupSettings:
    stored = get_value(session, "backup") or {}
    try:
        keep = int(stored.get("keep", DEFAULT_KEEP))
    except (TypeError, ValueError):
        keep = DEFAULT_KEEP
    return BackupSettings(str(stored.get("folder") or ""), min(max(keep, 1), MAX_KEEP))


def save_backup_settings(
    db: Database, actor: Actor, settings: BackupSettings
) -> Changed[BackupSettings]:
    require(actor, "change the backup settings", MANAGERS)
    if not 1 <= settings.keep <= MAX_KEEP:
        raise ValidationError("keep", "Keep between 1 and {max} daily backups.", max=MAX_KEEP)
    cleaned = BackupSettings(settings.folder.strip(), settings.keep)
    with db.write() as session:
        if get_backup_settings(session) == cleaned:
            return Changed.of(cleaned)
        set_value(session, actor, "backup", {"folder": cleaned.folder, "keep": cleaned.keep})
    return Changed.of(cleaned, Kind.SETTINGS)


# --- the daily backup --------------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime  # UTC


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(
        re.escape(f"{database.stem}.{TAG}.") + r"(\d{8}-\d{6})" + re.escape(database.suffix) + "$"
    )


def list_backups(database: Path, folder: Path) -> list[BackupFile]:
    """The daily backups of ``database`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    pattern = _pattern(database)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(BackupFile(path, taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def backup_due(database: Path, folder: Path, now: datetime) -> bool:
    """No backup yet, or the newest is older than a day."""
    backups = list_backups(database, folder)
    return not backups or now - backups[0].taken >= EVERY


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: tuple[Path, ...]  # older backups beyond the number kept


def back_up(database: Path, settings: BackupSettings, now: datetime) -> BackupResult:
    """Copy ``database`` into the backups folder, then delete the oldest beyond ``keep``."""
    require_file(database)
    folder = settings.path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(target=folder, reason=exc.strerror or str(exc)) from exc
    target = (
        folder / f"{database.stem}.{TAG}.{now.astimezone(UTC).strftime(_STAMP)}{database.suffix}"
    )
    backup_sqlite(database, target=target)
    removed = []
    for old in list_backups(database, folder)[settings.keep :]:
        try:
            old.path.unlink()
        except OSError:
            continue  # open elsewhere (a virus scanner): the next run removes it
        removed.append(old.path)
    return BackupResult(target, tuple(removed))


def daily_backup(db: Database, location: DbLocation, now: datetime) -> BackupResult | None:
    """The automatic backup at start-up and while LabLedger runs: made when the newest in
    the backups folder is a day old or there is none; None when not due (or not SQLite)."""
    database = location.sqlite_path
    if database is None:
        return None
    with db.read() as session:
        settings = get_backup_settings(session)
    if not backup_due(database, settings.path(), now):
        return None
    return back_up(database, settings, now)


# --- restoring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, for the confirmation before restoring it."""

    path: Path
    revision: str
    modified: datetime  # UTC; when the file was written
    last_entry: datetime | None  # UTC; the newest audit entry in it
    counts: dict[str, int]  # COUNTED table -> rows


def describe_backup(path: Path) -> BackupInfo:
    """Refuses (typed errors) what is not a sound LabLedger database of a known schema."""
    revision = verify_backup(path)
    conn = open_read_only(path)
    try:
        counts = {
            table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in COUNTED
        }
        newest = conn.execute("SELECT max(at) FROM audit_entries").fetchone()[0]
    except sqlite3.Error:
        counts, newest = {}, None
    finally:
        conn.close()
    last = None
    if newest:
        last = datetime.fromisoformat(str(newest)).replace(tzinfo=UTC)
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(path, revision, modified, last, counts)


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept: Path | None  # where the database it replaced was moved aside


def restore_backup(
    db: Database, actor: Actor, location: DbLocation, source: Path
) -> Changed[RestoreResult]:
    """Put the backup ``source`` in place of the open SQLite database: the current file is
    kept aside first, an older backup is upgraded to this version's schema, and the restore
    is recorded in the restored database's audit log. Every view reloads."""
    require(actor, "restore a backup", MANAGERS)
    database = location.sqlite_path
    if database is None:
        raise BackupError(
            "Backups of a server database are made and restored on the server (pg_dump, "
            "pg_restore)."
        )
    verify_backup(source)  # before the open database is touched
    ensure_folder(database)
    db.engine.dispose()  # no idle connection of ours holds the file
    kept = restore_sqlite(source, database)
    db.engine.dispose()
    upgrade(db.engine, location)
    ensure_defaults(db)
    with db.write() as session:
        record_audit(
            session,
            actor,
            "database.restore",
            "database",
            None,
            {"kept_as": str(kept) if kept else None},
            {"restored_from": str(source)},
        )
    return Changed(RestoreResult(source, kept), ALL_KINDS)
