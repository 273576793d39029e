"""Every write transaction that changes rows bumps the change counter once, in the same
transaction; one that changes nothing or fails does not. A second PC's writes show as
changes by others; this process's own do not."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.db.engine import make_engine
from app.db.session import Database
from app.services.core.change_feed import change_mark
from app.services.core.context import system_actor
from app.services.core.settings_service import set_value


def _mark(db: Database):
    with db.read() as s:
        return change_mark(db, s)


def test_writes_bump_the_counter_once_each_and_reads_do_not(db, location):
    other_pc = Database(make_engine(location))
    start = _mark(db)
    with db.write() as s:
        set_value(s, system_actor(), "days_ahead", 1)
        set_value(s, system_actor(), "aging_bounds", [30, 60, 90])
    with db.write() as s:
        s.execute(text("SELECT 1"))  # a write transaction that changed nothing
    with pytest.raises(RuntimeError), db.write() as s:
        set_value(s, system_actor(), "days_ahead", 5)
        raise RuntimeError("the caller gave up")
    own = _mark(db)
    assert (own.counter - start.counter, own.own - start.own) == (1, 1)
    assert not own.others_since(start)

    # Raw SQL on another PC counts too.
    with other_pc.write() as s:
        s.execute(text("UPDATE settings SET value = '2' WHERE key = 'days_ahead'"))
    after = _mark(db)
    assert after.counter == own.counter + 1
    assert after.others_since(own)
    assert not _mark(db).others_since(after)
    other_pc.dispose()
