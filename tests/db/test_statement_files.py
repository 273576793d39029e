"""Statements as files for the GUI and the command line: one PDF per customer or one for
all, progress reported and cancelling between statements."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError, ReportFileError
from app.models import Customer, Statement
from app.reports.statement_files import write_statement_files
from app.services.core.context import Actor
from tests import factories
from tests.db.statement_ledger import PERIOD, make_ledger

DAY = date(2026, 4, 1)


@pytest.fixture
def ledger(db):
    ledger = make_ledger(db)
    with db.write() as s:
        # The second customer gets an invoice in the period too.
        factories.invoice(s, s.get(Customer, ledger.other_id), 12_300, date(2026, 3, 3))
    return ledger


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"  # (tmp_path holds the database file too)
    folder.mkdir()
    return folder


def numbers(ledger) -> list[str]:
    with ledger.db.read() as s:
        return list(s.scalars(select(Statement.number).order_by(Statement.id)))


def test_one_file_per_customer_with_progress(ledger, out):
    seen = []
    ids = [ledger.customer_id, ledger.other_id]
    result = write_statement_files(
        ledger.db,
        ledger.on(DAY),
        ids,
        *PERIOD,
        out_dir=out,
        progress=lambda done, total: seen.append((done, total)),
    )
    batch = result.value
    assert seen == [(1, 2), (2, 2)] and not batch.cancelled
    assert [f.customer_id for f in batch.files] == ids
    assert sorted(p.name for p in out.iterdir()) == sorted(f.path.name for f in batch.files)
    assert numbers(ledger) == ["DZ2026000001", "DZ2026000002"]
    assert result.kinds


def test_cancelling_stops_between_statements(ledger, out):
    seen = []
    batch = write_statement_files(
        ledger.db,
        ledger.on(DAY),
        [ledger.customer_id, ledger.other_id],
        *PERIOD,
        out_dir=out,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: bool(seen),
    ).value
    assert batch.cancelled and batch.total == 2
    assert [f.customer_id for f in batch.files] == [ledger.customer_id]
    assert [p.name for p in out.iterdir()] == [batch.files[0].path.name]
    # Both were recorded with the chunk they belong to; run again, both are written under
    # the numbers they were given, and no number is taken twice.
    recorded = numbers(ledger)
    again = write_statement_files(
        ledger.db, ledger.on(DAY), [ledger.customer_id, ledger.other_id], *PERIOD, out_dir=out
    ).value
    assert [f.reused for f in again.files] == [True, True]
    assert [f.number for f in again.files] == recorded == numbers(ledger)
    assert len(list(out.iterdir())) == 2


def test_a_cancelled_combined_file_is_not_written(ledger, out):
    target = out / "all.pdf"
    seen = []
    batch = write_statement_files(
        ledger.db,
        ledger.on(DAY),
        [ledger.customer_id, ledger.other_id],
        *PERIOD,
        combined=target,
        draft=True,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: bool(seen),
    ).value
    assert batch.cancelled and batch.files == () and not target.exists()
    assert numbers(ledger) == []


def test_refused_before_anything_is_recorded(ledger, out):
    viewer = Actor(None, "guest", Role.VIEWER)
    with pytest.raises(PermissionDeniedError):
        write_statement_files(
            ledger.db, ledger.on(DAY, viewer), [ledger.customer_id], *PERIOD, out_dir=out
        )
    with pytest.raises(ReportFileError, match="no folder"):
        write_statement_files(
            ledger.db, ledger.on(DAY), [ledger.customer_id], *PERIOD, out_dir=out / "x"
        )
    assert numbers(ledger) == []
