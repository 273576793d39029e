"""Several PCs on one file, seen from an open window: another PC's save shows up in the
open list without the user doing anything, and a save that has to wait for another PC's
lock says so in the status bar, then goes through."""

from __future__ import annotations

import sqlite3

from sqlalchemy import func, select

from app.db.engine import make_engine
from app.db.location import resolve
from app.db.session import Database
from app.models import Customer
from app.services.core.context import system_actor
from app.services.customers.customer_edit_service import CustomerInput, create_customer
from app.views.customers.customer_list_view import CustomerListView
from app.views.ops.change_watcher import ChangeWatcher
from tests import factories


def _path(db: Database) -> str:
    path = db.engine.url.database
    assert path
    return path


def test_a_customer_added_on_another_pc_appears_in_the_open_list(qtbot, window, ledger, clock):
    customers = window.show_section("customers")
    assert isinstance(customers, CustomerListView)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 4)
    watcher = window.findChild(ChangeWatcher)
    watcher.timer.setInterval(50)
    with ledger.read() as s:
        tier = factories.tier(s).id

    other_pc = Database(make_engine(resolve(_path(ledger))))
    create_customer(
        other_pc, system_actor(clock), CustomerInput(name="厦门海沧检测有限公司", tier_id=tier)
    )
    other_pc.dispose()

    with qtbot.waitSignal(watcher.othersChanged, timeout=5000):
        pass
    qtbot.waitUntil(lambda: customers.model.rowCount() == 5)


def test_a_save_waiting_for_another_pc_says_so_and_then_goes_through(qtbot, window, ledger):
    window.ctx.db.wait_hint_after = 0.05
    other_pc = sqlite3.connect(_path(ledger), isolation_level=None)
    other_pc.execute("BEGIN IMMEDIATE")  # another PC in the middle of saving
    saved: list[object] = []
    with ledger.read() as s:
        before = s.scalar(select(func.count()).select_from(Customer))
    with ledger.read() as s:
        tier = factories.tier(s).id

    window.ctx.writer.write(
        lambda op: create_customer(
            op.database, system_actor(), CustomerInput(name="等锁的客户", tier_id=tier)
        ),
        saved.append,
    )
    hint = "Waiting for another PC to finish saving…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == hint)
    assert not saved
    other_pc.execute("COMMIT")
    other_pc.close()
    qtbot.waitUntil(lambda: bool(saved))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != hint)
    with ledger.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == before + 1
