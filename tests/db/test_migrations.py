from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.db.engine import make_engine
from app.db.migrate import alembic_config, current_revision, head_revision, upgrade
from app.models import Base
from app.services.core.startup import open_database


def test_migrated_schema_matches_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_open_is_idempotent_and_seeds_default_tiers_once(location):
    first, result = open_database(location)
    assert result.from_revision is None and result.to_revision == head_revision(first.engine)
    first.dispose()
    second, again = open_database(location)
    assert not again.changed
    with second.engine.connect() as conn:
        names = [
            r[0] for r in conn.execute(text("SELECT name FROM credit_tiers ORDER BY sort_order"))
        ]
    second.dispose()
    assert names == ["大客户", "优质客户", "普通客户", "高风险客户"]


def test_sqlite_file_is_backed_up_before_a_migration(tmp_path):
    from app.db.location import resolve

    location = resolve(str(tmp_path / "old.sqlite3"))
    engine = make_engine(location)
    upgrade(engine, location)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        conn.execute(text("CREATE TABLE lab_notes (note TEXT)"))
        conn.execute(text("INSERT INTO lab_notes VALUES ('keep me')"))
    assert current_revision(engine) is None

    result = upgrade(engine, location)

    assert result.backup is not None and result.backup.exists()
    backup_engine = make_engine(resolve(str(result.backup)))
    with backup_engine.connect() as conn:
        assert conn.execute(text("SELECT note FROM lab_notes")).scalar() == "keep me"
        assert "invoices" not in inspect(conn).get_table_names()
    backup_engine.dispose()
    assert "invoices" in inspect(engine).get_table_names()
    engine.dispose()


def test_new_file_gets_no_backup(tmp_path):
    from app.db.location import resolve

    location = resolve(str(tmp_path / "new.sqlite3"))
    _, result = open_database(location)
    assert result.backup is None
    assert list(tmp_path.iterdir()) == [tmp_path / "new.sqlite3"]


def test_upgrade_from_the_first_schema_keeps_data_and_backs_up(tmp_path):
    from app.db.location import resolve

    location = resolve(str(tmp_path / "v1.sqlite3"))
    engine = make_engine(location)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO credit_tiers (code, name, name_en, sort_order, "
                "payment_terms_days, credit_limit_fen, reminder_days, "
                "prepayment_share_bp, hold_reports_until_paid, stall_days, version, "
                "created_at, updated_at) VALUES ('t', '普通', '', 1, 30, 0, '[]', 0, "
                "0, 14, 1, '2026-01-01', '2026-01-01')"
            )
        )
    result = upgrade(engine, location)
    assert (result.from_revision, result.to_revision) == ("0001", head_revision(engine))
    assert result.backup is not None and result.backup.exists()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM credit_tiers")).scalar() == "普通"
    engine.dispose()
