"""`labledger check` proves the audit chain: it passes on a clean log and, when a row is
changed behind the application's back, fails naming the first broken entry."""

from datetime import date

from sqlalchemy import text

from app.cli import main
from app.domain.clock import FixedClock
from app.services.core.audit_service import record_audit
from app.services.core.context import system_actor


def _db_argument(location) -> str:
    return location.display() if location.is_sqlite else location.url.render_as_string(False)


def _audited(db) -> list[int]:
    actor = system_actor(FixedClock(date(2026, 3, 1)))
    with db.write() as s:
        for i in range(3):
            record_audit(s, actor, "customer.update", "customer", 40 + i, {"n": i}, {"n": i + 1})
    with db.read() as s:
        return list(s.scalars(text("SELECT id FROM audit_entries ORDER BY id")))


def test_check_passes_on_a_clean_database(db, location, capsys):
    _audited(db)
    assert main(["--db", _db_argument(location), "check"]) == 0
    assert "OK" in capsys.readouterr().out


def test_check_fails_naming_the_entry_edited_with_raw_sql(db, location, capsys):
    ids = _audited(db)
    edited = ids[-2]
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_entries SET reason = 'tampered' WHERE id = :id"), {"id": edited}
        )
    assert main(["--db", _db_argument(location), "check"]) == 1
    out = capsys.readouterr().out
    assert f"audit chain: first broken entry: entry {edited} (2026-03-01" in out
    assert "customer.update of customer 41" in out
    assert "content does not match its hash (edited)" in out
