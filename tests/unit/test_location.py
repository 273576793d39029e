"""Which database opens: --db, then LABLEDGER_DB, then the saved choice, then the default."""

import pytest

from app.db import location


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(location.ENV_VAR, raising=False)


def test_default_is_a_file_in_the_user_data_folder(tmp_path):
    loc = location.resolve(None)
    assert loc.source == "default"
    assert loc.sqlite_path == tmp_path / "data" / "LabLedger" / "labledger.sqlite3"


def test_precedence_argument_then_environment_then_saved(tmp_path, monkeypatch):
    location.save_choice(str(tmp_path / "saved.sqlite3"))
    assert location.resolve(None).source == "settings"
    monkeypatch.setenv(location.ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert location.resolve(None).sqlite_path == tmp_path / "env.sqlite3"
    loc = location.resolve(str(tmp_path / "arg.sqlite3"))
    assert (loc.source, loc.sqlite_path) == ("argument", tmp_path / "arg.sqlite3")
    location.save_choice(None)
    monkeypatch.delenv(location.ENV_VAR)
    assert location.resolve(None).source == "default"


def test_urls_pick_the_installed_postgres_driver_and_hide_passwords():
    loc = location.resolve("postgresql://lab:secret@db.example/ledger")
    assert loc.url.drivername == "postgresql+psycopg"
    assert not loc.is_sqlite and loc.sqlite_path is None
    assert "secret" not in loc.display()


def test_relative_paths_become_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert location.resolve("lab.sqlite3").sqlite_path == tmp_path / "lab.sqlite3"
