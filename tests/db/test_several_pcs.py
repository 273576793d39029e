"""Several PCs on one SQLite file, for real: three OS processes write to the same file as
fast as they can, 2,100 writes in all (payments allocated automatically, customer
edits from forms opened a few writes earlier, audited notes). Every write is either applied
or reported to its PC as a typed error (a stale edit, a file that stayed busy); nothing is
lost or written twice, the audit chain is unbroken and ``labledger check`` passes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.location import resolve
from app.models import AuditEntry, Customer, Payment
from app.services.core.audit_service import verify_chain
from app.services.core.startup import open_database
from tests import factories
from tests.template_db import fill_from_template

ROOT = Path(__file__).resolve().parents[2]
PCS = 3
WRITES_PER_PC = int(os.environ.get("PCS_WRITES", "700"))  # 2,100 writes in all
REPORTED = {"ConcurrentEditError", "DatabaseBusyError"}


def run_pcs(path: Path, writes: int, mix: str, pcs: int) -> list[list[list[object]]]:
    """Start ``pcs`` processes of tests/db/pc_worker.py at once; their outcomes."""
    url = resolve(str(path)).url.render_as_string(hide_password=False)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outs = [path.with_name(f"pc{n}.json") for n in range(pcs)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.db.pc_worker", url, str(n), str(writes), mix, str(out)],
            cwd=ROOT,
            env=env,
        )
        for n, out in enumerate(outs)
    ]
    codes = [worker.wait(timeout=600) for worker in workers]
    assert codes == [0] * pcs
    return [json.loads(out.read_text(encoding="utf-8")) for out in outs]


@pytest.fixture
def shared_file(tmp_path) -> Path:
    location = fill_from_template(resolve(str(tmp_path / "shared.sqlite3")))
    db, _ = open_database(location)
    with db.write() as s:
        for n in range(12):
            customer = factories.customer(s, f"共享客户{n:02d}")
            for k in range(60):
                factories.invoice(s, customer, 300_00, date(2026, 1, 1 + k % 28))
    db.dispose()
    assert location.sqlite_path is not None
    return location.sqlite_path


@pytest.mark.slow
def test_three_pcs_writing_one_file_lose_nothing(shared_file):
    outcomes = [o for pc in run_pcs(shared_file, WRITES_PER_PC, "mixed", PCS) for o in pc]
    assert len(outcomes) == PCS * WRITES_PER_PC
    errors = Counter(error for *_, error, _took in outcomes if error)
    assert set(errors) <= REPORTED, errors
    applied = [o for o in outcomes if not o[3]]
    by_kind = Counter(kind for kind, *_ in applied)
    # Each kind really ran, and some edits met another PC's save of the same customer.
    total = len(outcomes)
    assert by_kind["payment"] > total // 4
    assert by_kind["edit"] > total // 10 and by_kind["note"] > total // 10
    assert errors["ConcurrentEditError"] > 0

    db, _ = open_database(resolve(str(shared_file)))
    with db.read() as s:
        saved = {n: a for n, a in s.execute(select(Payment.number, Payment.amount_fen))}
        paid = {key: amount for kind, key, amount, error, _ in applied if kind == "payment"}
        assert saved == paid  # every payment applied once; none reported as failed was saved
        actions = Counter(s.scalars(select(AuditEntry.action)))
        assert actions["customer.update"] == by_kind["edit"]
        assert actions["customer.note"] == by_kind["note"]
        assert actions["payment.record"] == by_kind["payment"]
        edits = {key: 0 for kind, key, *_ in applied if kind == "edit"}
        for kind, key, *_ in applied:
            if kind == "edit":
                edits[key] += 1
        versions = {c: v for c, v in s.execute(select(Customer.id, Customer.version))}
        assert all(versions[cid] == 1 + count for cid, count in edits.items())
        assert verify_chain(s) == []
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == sum(actions.values())
    db.dispose()
    assert main(["--db", str(shared_file), "check"]) == 0
