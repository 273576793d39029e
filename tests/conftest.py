"""Fixtures shared by every test folder. Folder conftests may override ``db``."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.db.location import ENV_VAR
from app.db.session import Database
from app.services.core.startup import open_database
from tests.template_db import migrated_sqlite


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory, monkeypatch) -> None:
    """Config, data and logs go to a temp folder, never the developer's home."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch) -> None:
    """argon2 with its real cost takes half a second a hash here: tests use the same
    algorithm with small parameters."""
    from argon2 import PasswordHasher

    from app.services.core import auth_service

    monkeypatch.setattr(
        auth_service, "hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request) -> Iterator[None]:
    """As the application does (app/views/shell/gui_gc.py): while a Qt test runs, Python's
    collector does not run on a worker thread and destroy Qt objects there; cycles are
    collected afterwards, on this thread."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    """A new SQLite database with the current schema, in a temp folder."""
    database, _ = open_database(migrated_sqlite(tmp_path / "t.sqlite3"))
    yield database
    database.dispose()
