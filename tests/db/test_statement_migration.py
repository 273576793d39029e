"""Migration 0013 on statements recorded before it: their issue date is the day they were
recorded, they keep no content (a reprint rebuilds them from the dated ledger), and the
downgrade gives the old table back."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import inspect, text

from app.db.engine import make_engine
from app.db.migrate import alembic_config
from app.services.core.startup import open_database


def test_statements_recorded_before_get_their_issue_date(location):
    db, _ = open_database(location)  # the schema and the default tiers
    db.dispose()
    engine = make_engine(location)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        assert "issued_on" not in {c["name"] for c in inspect(conn).get_columns("statements")}
        tier = conn.execute(text("SELECT id FROM credit_tiers ORDER BY id")).scalar()
        conn.execute(
            text(
                "INSERT INTO customers (code, name, name_key, category, tier_id, archived, "
                "version, created_at, updated_at) VALUES ('C1', '甲', '甲', 'enterprise', :tier, "
                ":no, 1, :at, :at)"
            ),
            {"tier": tier, "no": False, "at": "2026-05-06 23:30:00"},
        )
        conn.execute(
            text(
                "INSERT INTO statements (number, customer_id, period_from, period_to, "
                "opening_balance_fen, closing_balance_fen, reply, disputed_amount_fen, "
                "disputed_invoice_ids, version, created_at, updated_at) VALUES ('DZ1', "
                "(SELECT id FROM customers), '2026-04-01', '2026-04-30', 0, 100, 'none', 0, "
                "'[]', 1, :at, :at)"
            ),
            {"at": "2026-05-06 23:30:00"},
        )
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        row = conn.execute(text("SELECT issued_on, content FROM statements")).one()
    issued_on = row[0] if isinstance(row[0], date) else date.fromisoformat(row[0])
    assert issued_on == date(2026, 5, 6) and row[1] is None
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        columns = {c["name"] for c in inspect(conn).get_columns("statements")}
    assert not columns & {"issued_on", "content", "dispute_resolved_on", "dispute_resolution"}
    engine.dispose()
