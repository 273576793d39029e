"""The SQLite file itself, looked at before LabLedger opens, checks or restores it: is it
there, is it SQLite at all, and is it sound."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.domain.errors import (
    DatabaseDamagedError,
    DatabaseFolderError,
    DatabaseNotFoundError,
    DatabaseUnavailableError,
    LabLedgerError,
    NotADatabaseError,
)

# Every SQLite 3 file starts with these 16 bytes; an empty file is a new, empty database.
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's (primary) result codes for a damaged file and for one that is not a database.
DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
# How long any connection to the file waits for another PC's lock (the engine's too).
BUSY_TIMEOUT_MS = 15_000
# A reason quoted in a one-line message is cut here (SQLite may quote a whole CREATE TABLE).
REASON_CHARS = 200


def ensure_folder(path: Path) -> None:
    """Create the folder that is to hold the database file ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseFolderError(
            folder=path.parent, path=path, reason=exc.strerror or str(exc)
        ) from exc


def require_file(path: Path) -> None:
    """For commands that read an existing database: a mistyped path must not create one."""
    if not path.is_file():
        raise DatabaseNotFoundError(path=path)


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            start = file.read(len(SQLITE_HEADER))
    except OSError:
        return True  # unreadable: SQLite's own reason says more than a guess
    # A file cut short inside the header is still a (damaged) SQLite file.
    return SQLITE_HEADER.startswith(start)


def one_line(reason: str) -> str:
    lines = reason.strip().splitlines() or [""]
    line = lines[0].strip()
    return line if len(line) <= REASON_CHARS and len(lines) == 1 else line[:REASON_CHARS] + "…"


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` (from sqlite3, possibly wrapped by SQLAlchemy) says the file is
    damaged or is not a database at all. Damage can also leave bytes that are not UTF-8 in
    the text SQLite quotes in its message, which fails to decode."""
    if isinstance(exc, UnicodeDecodeError):
        return True
    code = getattr(getattr(exc, "orig", None) or exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in DAMAGE_CODES


def damage_error(path: Path | None, exc: BaseException) -> LabLedgerError | None:
    """The typed error when ``exc`` says the file ``path`` is damaged or is not a database
    at all; None for any other failure."""
    if path is None or not is_damage(exc):
        return None
    orig = getattr(exc, "orig", None) or exc
    if not _starts_like_sqlite(path):
        return NotADatabaseError(path=path)
    return DatabaseDamagedError(path=path, reason=one_line(str(orig)))


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither create the file nor write to it. The URI is built by
    ``as_uri`` so that '#', '?' and '%' in a file name stay part of the name."""
    conn = sqlite3.connect(
        path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    # Damage can leave bytes that are not UTF-8 where SQLite's messages quote the file.
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    return conn


def problem_lines(rows: list[str]) -> list[str]:
    """The rows of PRAGMA quick_check or integrity_check as one problem a line; [] when
    SQLite found the file sound."""
    lines = [line for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line not in ("ok", "*** in database main ***")]


def integrity_problems(path: Path) -> list[str]:
    """What SQLite's integrity check finds wrong with the file, [] when it is sound. It
    reads through a read-only connection, so a damaged file is never written to. Raises
    ``DatabaseNotFoundError`` or ``NotADatabaseError`` when there is nothing to check."""
    require_file(path)
    try:
        conn = open_read_only(path)
        try:
            return problem_lines([row[0] for row in conn.execute("PRAGMA integrity_check")])
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        error = damage_error(path, exc)
        if isinstance(error, DatabaseDamagedError):
            return [str(error.params["reason"])]
        raise error or DatabaseUnavailableError(location=path, reason=one_line(str(exc))) from exc
