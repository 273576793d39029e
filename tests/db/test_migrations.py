from collections.abc import Collection
from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.schema import CreateIndex

from app.db.engine import make_engine
from app.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    shipped_head,
    stored_revisions,
    upgrade,
)
from app.db.session import Database
from app.demo.generator import generate_demo
from app.domain.clock import FixedClock
from app.domain.errors import DatabaseUnavailableError, UnknownSchemaError
from app.models import AuditChainHead, AuditEntry, Base, NumberSequence
from app.services.core.check_service import check_database
from app.services.core.context import system_actor
from app.services.core.startup import open_database
from app.services.ledger import invoice_service, payment_service
from tests import factories

# Alembic cannot compare indexes on expressions (SQLAlchemy does not reflect SQLite's, and
# PostgreSQL's come back rewritten): the next test checks those.
EXPRESSION_INDEXES = {
    str(index.name): index
    for table in Base.metadata.tables.values()
    for index in table.indexes
    if not all(isinstance(e, Column) for e in index.expressions)
}


@pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index",
    "ignore:autogenerate skipping metadata-specified expression-based index",
)
def test_migrated_schema_matches_models(db):
    def compared(obj, name, type_, reflected, compare_to) -> bool:
        return not (type_ == "index" and name in EXPRESSION_INDEXES)

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": compared})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_migrated_indexes_on_expressions_are_those_of_the_models(db):
    """Each beside a copy made from the model, as the database itself states them."""

    def definition(conn, name: str) -> str:
        if conn.dialect.name == "sqlite":
            sql = conn.scalar(text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": name})
            # SQLite keeps the text as written: compare it without the parentheses.
            return " ".join(sql.replace("(", "").replace(")", "").split())
        return conn.scalar(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"), {"n": name}
        )

    assert {"ix_invoices_list_open_amount", "ix_projects_list_amount"} <= set(EXPRESSION_INDEXES)
    with db.engine.connect() as conn, conn.begin() as transaction:
        for name, index in EXPRESSION_INDEXES.items():
            ddl = str(CreateIndex(index).compile(dialect=conn.dialect))
            conn.execute(text(ddl.replace(name, "model_copy", 1)))
            copy = definition(conn, "model_copy").replace("model_copy", name)
            assert definition(conn, name) == copy
            conn.execute(text("DROP INDEX model_copy"))
        transaction.rollback()


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


def _downgrade(engine, revision: str) -> None:
    """Take the schema back to ``revision``; on SQLite with foreign keys off for the table
    rebuilds, as ``upgrade`` does."""
    cfg = alembic_config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def _with_demo_data_at(tmp_path, revision: str):
    """A SQLite file at ``revision`` holding demo data: generated at the newest schema (the
    generator writes what the models say), then migrated down."""
    from app.db.location import resolve

    location = resolve(str(tmp_path / f"v{revision}.sqlite3"))
    db, _ = open_database(location)
    generate_demo(db, customers=30, invoices=300, seed=5, today=date(2026, 6, 30))
    engine = db.engine
    _downgrade(engine, revision)
    assert current_revision(engine) == revision
    return location, engine


def _at_0005_with_demo_data(tmp_path):
    return _with_demo_data_at(tmp_path, "0005")


def _contents(engine, tables: Collection[str] | None = None) -> dict[str, object]:
    """Every row of every table (or of ``tables``), and the SQL of their indexes (partial
    ones included)."""
    with engine.connect() as conn:
        names = [
            t
            for t in inspect(conn).get_table_names()
            if t != "alembic_version" and (tables is None or t in tables)
        ]
        contents: dict[str, object] = {
            t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
            for t in names
        }
        contents["indexes"] = [
            (name, sql)
            for name, table, sql in conn.execute(
                text(
                    "SELECT name, tbl_name, sql FROM sqlite_master "
                    "WHERE type = 'index' ORDER BY name"
                )
            )
            if table in names
        ]
    return contents


def test_amount_limits_migration_keeps_every_row_and_index_and_adds_the_checks(tmp_path):
    location, engine = _at_0005_with_demo_data(tmp_path)
    before = _contents(engine)

    result = upgrade(engine, location, target="0006")

    assert (result.from_revision, result.to_revision) == ("0005", "0006")
    assert _contents(engine, before) == before
    with engine.connect() as conn:
        # Foreign keys were off for the table rebuilds and are enforced again.
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        checks = {c["name"]: c["sqltext"] for c in inspect(conn).get_check_constraints("invoices")}
    assert checks["ck_invoices_amount_fen_limit"] == (
        "amount_fen BETWEEN -1000000000000 AND 1000000000000"
    )
    too_big = text("UPDATE payments SET amount_fen = 5000000000000000000")
    with pytest.raises(IntegrityError, match="ck_payments_amount_fen_limit"), engine.begin() as c:
        c.execute(too_big)
    no_such_customer = text("UPDATE invoices SET customer_id = 999999")
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), engine.begin() as c:
        c.execute(no_such_customer)
    engine.dispose()


def test_amount_limits_migration_names_rows_it_cannot_keep_and_changes_nothing(tmp_path):
    location, engine = _at_0005_with_demo_data(tmp_path)
    # What the old code accepted: two invoices of 5 * 10^18 fen (the lists then failed).
    with engine.begin() as conn:
        ids = [
            conn.execute(
                text(
                    "INSERT INTO invoices (number, kind, customer_id, issue_date, due_date, "
                    "amount_fen, tax_rate_bp, tax_fen, settled_fen, currency, status, version, "
                    "created_at, updated_at) VALUES (:n, 'vat_normal', 1, '2026-06-01', "
                    "'2026-07-01', 5000000000000000000, 0, 0, 0, 'CNY', 'issued', 1, "
                    "'2026-06-01', '2026-06-01') RETURNING id"
                ),
                {"n": number},
            ).scalar_one()
            for number in ("BIG1", "BIG2")
        ]
    before = _contents(engine)

    with pytest.raises(DatabaseUnavailableError) as excinfo:
        upgrade(engine, location)

    assert f"invoices.amount_fen of id {ids[0]}, {ids[1]}" in excinfo.value.message
    assert "10,000,000,000 yuan" in excinfo.value.message
    assert current_revision(engine) == "0005"
    assert _contents(engine) == before
    engine.dispose()


def test_write_off_requests_migration_gives_every_write_off_its_approval(tmp_path):
    location, engine = _with_demo_data_at(tmp_path, "0006")
    # Written off the old way, one of them approved by the manager who recorded it (plain
    # SQL: the models describe the newest schema).
    with engine.begin() as conn:
        boss = conn.scalar(text("SELECT min(id) FROM users WHERE role = 'manager'"))
        clerk = conn.scalar(text("SELECT min(id) FROM users WHERE role = 'finance'"))
        open_invoices = conn.scalars(
            text(
                "SELECT id FROM invoices WHERE status = 'issued' "
                "AND amount_fen > settled_fen + 100 ORDER BY id LIMIT 2"
            )
        ).all()
        for invoice_id, recorder in zip(open_invoices, (clerk, boss), strict=True):
            conn.execute(
                text(
                    "INSERT INTO write_offs (invoice_id, amount_fen, write_off_date, reason, "
                    "approver_id, created_by, created_at, updated_at) VALUES (:i, 100, "
                    "'2026-06-01', '破产清算', :b, :r, '2026-06-01', '2026-06-01')"
                ),
                {"i": invoice_id, "b": boss, "r": recorder},
            )
            conn.execute(
                text("UPDATE invoices SET settled_fen = settled_fen + 100 WHERE id = :i"),
                {"i": invoice_id},
            )
    before = _contents(engine)
    with engine.connect() as conn:
        write_offs = conn.execute(
            text(
                "SELECT id, invoice_id, amount_fen, write_off_date, reason, created_by, "
                "approver_id FROM write_offs ORDER BY id"
            )
        ).all()
    assert write_offs

    result = upgrade(engine, location, target="0008")

    assert (result.from_revision, result.to_revision) == ("0006", "0008")
    assert result.backup is not None and result.backup.exists()
    assert _contents(engine, before) == before
    with engine.connect() as conn:
        requests = conn.execute(
            text(
                "SELECT write_off_id, invoice_id, amount_fen, write_off_date, reason, "
                "requested_by, decided_by, status, decided_at IS NOT NULL "
                "FROM write_off_requests ORDER BY write_off_id"
            )
        ).all()
    assert requests == [(*w, "approved", True) for w in write_offs]
    upgrade(engine, location)  # the models (and check) describe the newest schema
    with Database(engine).read() as s:
        assert check_database(s) == []
    engine.dispose()


def test_number_sequences_migration_continues_the_numbers_and_the_audit_chain(location):
    db, _ = open_database(location)
    actor = system_actor(FixedClock(date(2026, 6, 30)))
    with db.write() as s:
        factories.tier(s, "key").overdue_hold_days = None  # last year's invoices stay open
        cust = factories.customer(s, "宁波港检测服务有限公司", tier_code="key").id
    for number, on in [
        ("FP2025000007", date(2025, 3, 1)),
        ("FP2025000012", date(2025, 4, 1)),
        ("FP2025O00099", date(2025, 5, 1)),  # a letter O: never from the sequence
        ("FP20250000500", date(2025, 5, 2)),  # seven digits: typed too
        (None, date(2026, 1, 5)),
        (None, date(2026, 1, 6)),
    ]:
        data = invoice_service.InvoiceInput(cust, 100_00, on, number=number)
        invoice_service.issue_invoice(db, actor, data)
    payment_service.record_payment(
        db, actor, payment_service.PaymentInput(cust, date(2026, 2, 1), 100_00)
    )
    with db.read() as s:
        last_hash = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    _downgrade(db.engine, "0006")
    assert current_revision(db.engine) == "0006"

    result = upgrade(db.engine, location)

    assert (result.from_revision, result.to_revision) == ("0006", head_revision(db.engine))
    with db.read() as s:
        sequences = select(NumberSequence.kind, NumberSequence.year, NumberSequence.next_value)
        assert set(s.execute(sequences)) == {
            ("invoice", 2025, 13),
            ("invoice", 2026, 3),
            ("payment", 2026, 2),
        }
        assert s.scalar(select(AuditChainHead.hash)) == last_hash
        assert check_database(s) == []
    issued = [
        invoice_service.issue_invoice(
            db, actor, invoice_service.InvoiceInput(cust, 100_00, on)
        ).value.number
        for on in (date(2025, 6, 1), date(2026, 3, 1))
    ]
    assert issued == ["FP2025000013", "FP2026000003"]
    with db.read() as s:
        assert check_database(s) == []
    db.dispose()


def test_a_database_without_audit_entries_starts_its_chain_head_at_genesis(location):
    db, _ = open_database(location)
    _downgrade(db.engine, "0006")
    upgrade(db.engine, location)
    with db.read() as s:
        assert s.scalar(select(AuditChainHead.hash)) == "0" * 64
        assert s.scalar(select(func.count()).select_from(NumberSequence)) == 0
    db.dispose()


def test_name_lengths_migration_names_rows_too_long_then_keeps_every_row(tmp_path):
    location, engine = _with_demo_data_at(tmp_path, "0009")
    # What SQLite let an import store: names longer than their columns.
    with engine.begin() as conn:
        long_customer = conn.scalar(text("SELECT min(id) FROM customers"))
        long_contact = conn.scalar(text("SELECT max(id) FROM contacts"))
        conn.execute(
            text("UPDATE customers SET name = :v WHERE id = :id"),
            {"v": "某" * 201, "id": long_customer},
        )
        conn.execute(
            text("UPDATE contacts SET title = :v WHERE id = :id"),
            {"v": "经理" * 51, "id": long_contact},
        )
    before = _contents(engine)

    with pytest.raises(DatabaseUnavailableError) as excinfo:
        upgrade(engine, location)

    message = excinfo.value.message
    assert f"customers.name longer than 200 characters: id {long_customer}" in message
    assert f"contacts.title longer than 100 characters: id {long_contact}" in message
    assert "nothing is cut off automatically" in message
    assert current_revision(engine) == "0009"
    assert _contents(engine) == before

    # Shortened by someone who knows what the names should be: the upgrade goes through.
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE customers SET name = :v WHERE id = :id"),
            {"v": "某" * 200, "id": long_customer},
        )
        conn.execute(
            text("UPDATE contacts SET title = '经理' WHERE id = :id"), {"id": long_contact}
        )
    before = _contents(engine)
    result = upgrade(engine, location, target="0010")
    assert (result.from_revision, result.to_revision) == ("0009", "0010")
    assert result.backup is not None and result.backup.exists()
    assert _contents(engine, before) == before
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        checks = {c["name"]: c["sqltext"] for c in inspect(conn).get_check_constraints("customers")}
    assert checks["ck_customers_name_length"] == "length(name) <= 200"
    assert "ck_customers_credit_limit_override_fen_limit" in checks  # the older ones stay
    with pytest.raises(IntegrityError, match="ck_users_display_name_length"), engine.begin() as c:
        c.execute(text("UPDATE users SET display_name = :v"), {"v": "王" * 101})
    engine.dispose()


def test_the_newest_revision_is_read_from_the_version_files_as_alembic_reads_it(db):
    # Opening a current database compares these two without importing Alembic.
    assert shipped_head() == head_revision(db.engine)
    assert stored_revisions(db.engine) == (head_revision(db.engine),)


def test_a_database_one_revision_behind_is_still_upgraded_when_opened(location):
    db, _ = open_database(location)
    head = head_revision(db.engine)
    cfg = alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    previous = current_revision(db.engine)
    db.dispose()
    assert previous is not None and previous != head

    again, result = open_database(location)
    assert (result.from_revision, result.to_revision) == (previous, head)
    assert stored_revisions(again.engine) == (head,)
    again.dispose()


def test_a_database_from_a_newer_labledger_is_refused_when_opened(location):
    db, _ = open_database(location)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    with pytest.raises(UnknownSchemaError) as refused:
        open_database(location)
    assert "9999" in refused.value.message
