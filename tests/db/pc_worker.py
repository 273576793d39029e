"""One PC of tests/db/test_several_pcs.py and bench/concurrency_bench.py: an OS process
that opens the shared database itself and writes to it over and over, without waiting for
the others, and writes down the outcome of every write it tried.

Run as ``python -m tests.db.pc_worker URL SEED WRITES MIX OUT.json``: MIX is ``mixed``
(payments with automatic allocation, customer edits from a form opened a moment earlier,
audited notes) or ``payments`` (payments only). Each outcome is
``[kind, key, amount_fen, error class or "", seconds]``: kind is ``payment``, ``edit`` or
``note``; the key is the payment's number, the customer's id or the note's tag."""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.db.engine import make_engine
from app.db.location import DbLocation
from app.db.session import Database
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LabLedgerError
from app.models import Customer
from app.services.core.audit_service import record_audit
from app.services.core.context import Actor
from app.services.customers import customer_edit_service as edit
from app.services.ledger.payment_service import PaymentInput, record_payment

TODAY = date(2026, 6, 30)
MIXED = ("payment", "payment", "edit", "note")


def _form(db: Database, customer_id: int) -> tuple[int, edit.CustomerInput]:
    """What the customer form loads: the version and the input as stored."""
    with db.read() as s:
        form = edit.customer_form(s, customer_id)
    return form.version, form.data


def run(url: str, seed: int, writes: int, mix: str) -> list[list[object]]:
    db = Database(make_engine(DbLocation(make_url(url), "argument")))
    actor = Actor(None, f"pc{seed}", Role.ADMIN, clock=FixedClock(TODAY))
    rng = random.Random(seed)
    with db.read() as s:
        customers = list(s.scalars(select(Customer.id).order_by(Customer.id)))
    outcomes: list[list[object]] = []
    opened = (customers[0], *_form(db, customers[0]))
    for n in range(writes):
        kind = (
            "payment" if mix == "payments" else rng.choice(("payment", "payment", "edit", "note"))
        )
        customer_id = rng.choice(customers)
        key: object = customer_id
        amount = 0
        started = time.perf_counter()
        try:
            if kind == "payment":
                amount = rng.randrange(1_00, 300_00)
                data = PaymentInput(customer_id, TODAY, amount, bank_ref=f"pc{seed}-{n}")
                key = record_payment(db, actor, data, "auto").value.number
            elif kind == "edit":
                # The form saved now was opened a few writes ago; another PC may have
                # saved the customer since, and then this save is refused.
                key, version, data = opened
                note = f"pc{seed} edit {n}"
                edit.update_customer(db, actor, key, version, replace(data, notes=note))
            else:
                key = f"pc{seed}-note-{n}"
                with db.write() as s:
                    record_audit(s, actor, "customer.note", "customer", customer_id, None, key)
            error = ""
        except LabLedgerError as exc:  # reported to the user: a dialog, nothing written
            error = type(exc).__name__
        outcomes.append([kind, key, amount, error, time.perf_counter() - started])
        if kind == "edit":
            opened = (customer_id, *_form(db, customer_id))
    db.dispose()
    return outcomes


def main(argv: list[str]) -> None:
    url, seed, writes, mix, out = argv
    outcomes = run(url, int(seed), int(writes), mix)
    Path(out).write_text(json.dumps(outcomes), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
