"""Which database to open: ``--db``, then ``LABLEDGER_DB``, then the saved choice from the
settings dialog, then the default local file in the user's data folder."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.domain.errors import UnsupportedDatabaseError

APP_NAME = "LabLedger"
ENV_VAR = "LABLEDGER_DB"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.json"


def default_db_path() -> Path:
    return data_dir() / "labledger.sqlite3"


@dataclass(frozen=True)
class DbLocation:
    url: URL
    source: str  # "argument", "environment", "settings" or "default"

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def display(self) -> str:
        path = self.sqlite_path
        return str(path) if path else self.url.render_as_string(hide_password=True)


def to_url(path_or_url: str) -> URL:
    """A plain path means a SQLite file; anything with ``://`` is a SQLAlchemy URL."""
    if "://" in path_or_url:
        try:
            url = make_url(path_or_url)
        except ArgumentError as exc:
            raise UnsupportedDatabaseError(url=path_or_url) from exc
        if url.get_backend_name() not in SUPPORTED_BACKENDS:
            raise UnsupportedDatabaseError(url=url.render_as_string(hide_password=True))
        # psycopg (3) is the driver we ship; a bare postgresql:// URL means it too.
        if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    path = Path(path_or_url).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def saved_choice() -> str | None:
    try:
        return json.loads(config_file().read_text(encoding="utf-8")).get("db") or None
    except (OSError, ValueError, AttributeError):
        return None


def save_choice(path_or_url: str | None) -> None:
    """Remember the database chosen in the settings dialog (None returns to the default)."""
    cfg = config_file()
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(json.dumps({"db": path_or_url}, ensure_ascii=False), encoding="utf-8")


def resolve(argument: str | None = None) -> DbLocation:
    if argument:
        return DbLocation(to_url(argument), "argument")
    if env := os.environ.get(ENV_VAR):
        return DbLocation(to_url(env), "environment")
    if saved := saved_choice():
        return DbLocation(to_url(saved), "settings")
    return DbLocation(to_url(str(default_db_path())), "default")
