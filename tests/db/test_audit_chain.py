from datetime import date

import pytest
from sqlalchemy import update

from app.domain.clock import FixedClock
from app.models import AuditEntry
from app.services.core.audit_service import record_audit, verify_chain
from app.services.core.context import system_actor


def _write_entries(db, n):
    actor = system_actor(FixedClock(date(2026, 3, 1)))
    with db.write() as s:
        for i in range(n):
            record_audit(
                s,
                actor,
                "customer.update",
                "customer",
                i,
                {"name": f"旧{i}"},
                {"name": f"新{i}"},
                reason="更正",
            )


def test_chain_verifies_and_links_each_entry_to_the_previous(db):
    _write_entries(db, 3)
    with db.read() as s:
        entries = s.query(AuditEntry).order_by(AuditEntry.id).all()
        assert verify_chain(s) == []
    assert [e.prev_hash for e in entries[1:]] == [e.hash for e in entries[:-1]]


def test_edited_entry_is_detected(db):
    _write_entries(db, 3)
    with db.write() as s:
        second = s.query(AuditEntry).order_by(AuditEntry.id).offset(1).first()
        s.execute(
            update(AuditEntry).where(AuditEntry.id == second.id).values(after={"name": "篡改"})
        )
    with db.read() as s:
        breaks = verify_chain(s)
    assert [b.entry_id for b in breaks] == [second.id]
    assert "edited" in breaks[0].problem


def test_deleted_entry_is_detected(db):
    _write_entries(db, 3)
    with db.write() as s:
        second = s.query(AuditEntry).order_by(AuditEntry.id).offset(1).first()
        s.delete(second)
    with db.read() as s:
        assert any("previous hash" in b.problem for b in verify_chain(s))


def test_entries_cut_off_the_end_are_detected(db):
    _write_entries(db, 3)
    with db.write() as s:
        entries = s.query(AuditEntry).order_by(AuditEntry.id).all()
        s.delete(entries[-1])
    with db.read() as s:
        breaks = verify_chain(s)
    assert [b.entry_id for b in breaks] == [entries[1].id]
    assert "entries after it are gone" in breaks[0].problem


def test_a_write_that_fails_appends_nothing(db):
    _write_entries(db, 2)
    actor = system_actor(FixedClock(date(2026, 3, 1)))
    with pytest.raises(RuntimeError), db.write() as s:
        record_audit(s, actor, "customer.update", "customer", 9, None, {"name": "丙"})
        raise RuntimeError("refused after the entry was recorded")
    _write_entries(db, 1)
    with db.read() as s:
        assert s.query(AuditEntry).count() == 3
        assert verify_chain(s) == []
