"""The IBM "Accounts Receivable" sample imports as invoices and payments with the mapping
LabLedger ships: exact to the fen, and each invoice as late as the file says."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.importers.engine import ImportOptions, load_mapping, run_import
from app.models import Allocation, Customer, Invoice
from app.services.core.check_service import check_database
from app.services.core.context import system_actor

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "WA_Fn-UseC_-Accounts-Receivable.csv"
MAPPING = ROOT / "resources" / "import_mappings" / "ibm-accounts-receivable.json"
TODAY = date(2014, 6, 30)


@pytest.mark.slow
def test_the_ibm_sample_imports_exactly_and_days_late_match_the_file(db):
    with DATA.open(encoding="utf-8", newline="") as f:
        rows = {row["invoiceNumber"]: row for row in csv.DictReader(f)}
    options = ImportOptions(mapping=load_mapping(MAPPING))
    result = run_import(db, system_actor(FixedClock(TODAY)), DATA, options).value
    assert result.counts["invoices_created"] == len(rows) == 2466
    assert result.counts["customers_created"] == 100
    with db.read() as s:
        facts = s.execute(
            select(
                Invoice.number,
                Invoice.amount_fen,
                Invoice.settled_fen,
                Invoice.due_date,
                func.max(Allocation.allocated_date),
            )
            .join(Allocation, Allocation.invoice_id == Invoice.id)
            .group_by(Invoice.id)
        ).all()
        assert s.scalar(select(func.count()).select_from(Customer)) == 100
        assert not check_database(s, today=TODAY)
    assert len(facts) == len(rows)
    total = sum(Decimal(row["InvoiceAmount"]) for row in rows.values())
    assert sum(amount for _, amount, _, _, _ in facts) == int(total * 100)
    for number, amount, settled, due, paid_on in facts:
        row = rows[number]
        assert amount == int(Decimal(row["InvoiceAmount"]) * 100)
        assert settled == amount  # every invoice in the sample is settled
        assert max((paid_on - due).days, 0) == int(row["DaysLate"]), number
