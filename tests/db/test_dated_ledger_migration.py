"""Migration 0009 on a database the previous version wrote (tests/data/ledger-0008.sqlite3,
see its README): not a fen moves today, and the past it deleted or overwrote is dated again
from the audit log, so figures as of earlier days are what the books said then."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db.location import resolve
from app.db.migrate import current_revision
from app.models import Allocation, Invoice, Payment
from app.services.core.check_service import check_database
from app.services.core.startup import open_database
from app.services.ledger.as_of import invoice_open_amounts
from app.services.ledger.balances import customer_balances

DATA = Path(__file__).resolve().parents[1] / "data" / "ledger-0008.sqlite3"
# Invoices of the file: i1, i2 (customer A), i3 and V (customer B); the red-letter one is 5.
I1, I2, I3, V = 1, 2, 3, 4
A, B = 1, 2


def _upgraded(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    shutil.copyfile(DATA, path)
    db, result = open_database(resolve(str(path)))
    assert result.from_revision == "0008" and current_revision(db.engine) == result.to_revision
    return db


def test_nothing_moves_today_and_check_is_clean(tmp_path):
    db = _upgraded(tmp_path)
    with db.read() as s:
        assert check_database(s, today=date(2026, 12, 1)) == []
        balances = customer_balances(s, date(2026, 12, 1))
        settled = dict(s.execute(select(Invoice.id, Invoice.settled_fen)).all())
        allocated = dict(s.execute(select(Payment.id, Payment.allocated_fen)).all())
    # As the old version left them.
    assert settled == {1: 60_000, 2: 5_000, 3: 0, 4: 0, 5: -10_000}
    assert allocated == {1: 60_000, 2: 0, 3: 0}
    assert {c: (b.open_fen, b.unallocated_fen) for c, b in balances.items()} == {
        A: (40_000 + 45_000, 0),
        B: (80_000, 30_000),
    }
    db.dispose()


def test_what_was_deleted_or_overwritten_is_dated_again(tmp_path):
    db = _upgraded(tmp_path)
    with db.read() as s:
        rows = s.execute(
            select(
                Allocation.payment_id,
                Allocation.invoice_id,
                Allocation.amount_fen,
                Allocation.allocated_date,
                Allocation.reverses_id.is_not(None),
                Allocation.reason,
            ).order_by(Allocation.id)
        ).all()
        voided = dict(s.execute(select(Invoice.id, Invoice.voided_on)).all())
        reversed_on = dict(s.execute(select(Payment.id, Payment.reversed_on)).all())
    # P1 stands; P3's allocation removed on 04-02; P2's two reversed with it on 04-10.
    assert sorted(rows) == sorted(
        [
            (1, I1, 60_000, date(2026, 3, 1), False, None),
            (3, I3, 30_000, date(2026, 3, 20), False, None),
            (3, I3, -30_000, date(2026, 4, 2), True, "分错客户"),
            (2, I1, 40_000, date(2026, 3, 15), False, None),
            (2, I1, -40_000, date(2026, 4, 10), True, "承兑汇票退票"),
            (2, I2, 30_000, date(2026, 3, 15), False, None),
            (2, I2, -30_000, date(2026, 4, 10), True, "承兑汇票退票"),
        ]
    )
    assert voided == {1: None, 2: None, 3: None, 4: date(2026, 4, 12), 5: date(2026, 4, 20)}
    assert reversed_on == {1: None, 2: date(2026, 4, 10), 3: None}
    db.dispose()


def test_figures_as_of_past_days_are_what_the_books_said(tmp_path):
    db = _upgraded(tmp_path)
    with db.read() as s:

        def opened(day):
            return invoice_open_amounts(s, day)

        # P2 still counted, P3's allocation not yet removed, V not yet void.
        assert opened(date(2026, 3, 31)) == {I2: 20_000, I3: 50_000, V: 7_000}
        assert customer_balances(s, date(2026, 3, 31))[B].unallocated_fen == 0
        # P3's allocation taken back on 04-02: 30,000 prepaid again.
        assert opened(date(2026, 4, 5)) == {I2: 20_000, I3: 80_000, V: 7_000}
        assert customer_balances(s, date(2026, 4, 5))[B].unallocated_fen == 30_000
        # P2 reversed on 04-10, V voided on 04-12, the red-letter credit from 04-15.
        assert opened(date(2026, 4, 16)) == {I1: 40_000, I2: 50_000, I3: 70_000}
        # The red-letter invoice voided on 04-20; the write-off on 05-05.
        assert opened(date(2026, 4, 25)) == {I1: 40_000, I2: 50_000, I3: 80_000}
        assert opened(date(2026, 5, 5)) == {I1: 40_000, I2: 45_000, I3: 80_000}
        assert check_database(s, today=date(2026, 4, 16)) == []
    db.dispose()
