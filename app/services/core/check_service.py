"""`labledger check`: database integrity and the ledger invariants of DESIGN.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, literal, select, text, union_all
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, aliased

from app.db.sqlite_file import integrity_problems, is_damage, one_line, problem_lines
from app.domain.enums import WriteOffRequestStatus
from app.models import Allocation, Invoice, Payment, WriteOff, WriteOffRequest
from app.services.core.audit_service import verify_chain
from app.services.ledger.as_of import invoice_open_amounts, recomputed_open_amounts
from app.services.ledger.ledger_queries import ISSUED

# One line of a report names at most this many offending records, then counts the rest.
SAMPLE = 10


@dataclass(frozen=True)
class Problem:
    check: str
    detail: str


def _sample(keys: Sequence[object]) -> str:
    shown = ", ".join(str(k) for k in keys[:SAMPLE])
    more = len(keys) - SAMPLE
    return shown + (f" and {more} more" if more > 0 else "")


def check_sqlite_file(path: Path) -> list[Problem]:
    """SQLite's integrity check of the file, run before it is opened (and so before a
    migration could write to it): a damaged file is reported instead of opened."""
    lines = integrity_problems(path)
    return [Problem("integrity", "; ".join(lines[:SAMPLE]))] if lines else []


def check_database(
    session: Session, *, integrity: bool = True, today: date | None = None
) -> list[Problem]:
    """Every breach found; an empty list means the database is sound. ``integrity=False``
    skips SQLite's integrity check when ``check_sqlite_file`` has just run it; ``today``
    is the day whose as-of figures are proven against the entries (default the real one)."""
    problems: list[Problem] = []
    if session.get_bind().dialect.name == "sqlite":
        if integrity:
            problems += _sqlite_integrity(session)
            if problems:
                # The ledger queries would read the damaged pages: report the damage alone.
                return problems
        problems += _foreign_keys(session)
    problems += _invoice_settlement(session)
    problems += _payment_allocation(session)
    problems += _allocation_rules(session)
    problems += _red_letter_rules(session)
    problems += _as_of_figures(session, today or date.today())
    problems += _write_off_approvals(session)
    problems += _audit_chain(session)
    return problems


def _audit_chain(session: Session) -> list[Problem]:
    """The first broken entry, named by id, time and what it records: from there on the
    log cannot be trusted, and later breaks are only counted."""
    breaks = verify_chain(session)
    if not breaks:
        return []
    more = len(breaks) - 1
    return [
        Problem(
            "audit chain",
            "first broken entry: "
            + breaks[0].describe()
            + (f"; {more} more broken after it" if more else ""),
        )
    ]


def _sqlite_integrity(session: Session) -> list[Problem]:
    try:
        result = problem_lines([r[0] for r in session.execute(text("PRAGMA integrity_check"))])
    except DatabaseError as exc:
        if not is_damage(exc):
            raise
        # SQLite stops the check itself on some damage ("database disk image is malformed").
        return [Problem("integrity", one_line(str(exc.orig)))]
    return [Problem("integrity", "; ".join(result[:SAMPLE]))] if result else []


def _foreign_keys(session: Session) -> list[Problem]:
    problems = []
    fk = session.execute(text("PRAGMA foreign_key_check")).all()
    if fk:
        problems.append(
            Problem("foreign keys", _sample([f"{r[0]} row {r[1]} -> {r[2]}" for r in fk]))
        )
    return problems


def _invoice_settlement(session: Session) -> list[Problem]:
    """settled_fen = allocations + write-offs + red-letter credits, within 0..amount."""
    alloc = select(Allocation.invoice_id.label("invoice_id"), Allocation.amount_fen.label("amt"))
    wo = select(WriteOff.invoice_id, WriteOff.amount_fen)
    red = select(Invoice.original_invoice_id, -Invoice.amount_fen).where(
        Invoice.original_invoice_id.is_not(None), Invoice.status == ISSUED
    )
    parts = union_all(alloc, wo, red).subquery()
    sums = (
        select(parts.c.invoice_id, func.sum(parts.c.amt).label("total"))
        .group_by(parts.c.invoice_id)
        .subquery()
    )
    expected = func.coalesce(sums.c.total, 0)
    positive = Invoice.original_invoice_id.is_(None)
    mismatched = session.execute(
        select(Invoice.number, Invoice.settled_fen, expected)
        .outerjoin(sums, sums.c.invoice_id == Invoice.id)
        .where(positive, Invoice.settled_fen != expected)
    ).all()
    problems = []
    if mismatched:
        problems.append(
            Problem(
                "invoice settled amount",
                "settled amount differs from allocations + write-offs + red-letter credits: "
                + _sample([f"{n} (stored {s}, sums {e})" for n, s, e in mismatched]),
            )
        )
    over = session.scalars(
        select(Invoice.number).where(
            positive,
            Invoice.status == ISSUED,
            (Invoice.settled_fen > Invoice.amount_fen) | (Invoice.settled_fen < 0),
        )
    ).all()
    if over:
        problems.append(
            Problem(
                "invoice open balance",
                "open balance below zero or settled below zero: " + _sample(over),
            )
        )
    red_open = session.scalars(
        select(Invoice.number).where(
            Invoice.original_invoice_id.is_not(None),
            Invoice.status == ISSUED,
            Invoice.settled_fen != Invoice.amount_fen,
        )
    ).all()
    if red_open:
        problems.append(
            Problem(
                "red-letter invoice",
                "red-letter invoice not fully applied to its original: " + _sample(red_open),
            )
        )
    return problems


def _payment_allocation(session: Session) -> list[Problem]:
    sums = (
        select(Allocation.payment_id, func.sum(Allocation.amount_fen).label("total"))
        .group_by(Allocation.payment_id)
        .subquery()
    )
    expected = func.coalesce(sums.c.total, 0)
    rows = session.execute(
        select(Payment.number, Payment.allocated_fen, expected, Payment.amount_fen)
        .outerjoin(sums, sums.c.payment_id == Payment.id)
        .where(
            (Payment.allocated_fen != expected)
            | (expected > Payment.amount_fen)
            | (Payment.amount_fen <= 0)
        )
    ).all()
    if not rows:
        return []
    return [
        Problem(
            "payment allocation",
            "allocations disagree with the payment (stored/sum/amount): "
            + _sample([f"{n} ({a}/{e}/{amt})" for n, a, e, amt in rows]),
        )
    ]


def _allocation_rules(session: Session) -> list[Problem]:
    problems = []
    original = aliased(Allocation)
    bad = session.scalars(
        select(Allocation.id)
        .outerjoin(original, original.id == Allocation.reverses_id)
        .where(
            Allocation.reverses_id.is_not(None),
            (original.id.is_(None))
            | (original.reverses_id.is_not(None))
            | (original.payment_id != Allocation.payment_id)
            | (original.invoice_id != Allocation.invoice_id)
            | (original.amount_fen != -Allocation.amount_fen)
            | (original.allocated_date > Allocation.allocated_date),
        )
    ).all()
    if bad:
        problems.append(
            Problem(
                "allocation",
                "reversing allocations that do not mirror the allocation they take back, "
                "ids: " + _sample(bad),
            )
        )
    wrong_customer = session.scalars(
        select(Allocation.id)
        .join(Payment, Payment.id == Allocation.payment_id)
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .where(Payment.customer_id != Invoice.customer_id)
    ).all()
    if wrong_customer:
        problems.append(
            Problem(
                "allocation",
                "payment applied to another customer's invoice, allocation ids: "
                + _sample(wrong_customer),
            )
        )
    invoice_net = (
        select(literal("invoice ") + Invoice.number)
        .join(Allocation, Allocation.invoice_id == Invoice.id)
        .where(Invoice.status == "void")
        .group_by(Invoice.id, Invoice.number)
        .having(func.sum(Allocation.amount_fen) != 0)
    )
    payment_net = (
        select(literal("payment ") + Payment.number)
        .join(Allocation, Allocation.payment_id == Payment.id)
        .where(Payment.status == "reversed")
        .group_by(Payment.id, Payment.number)
        .having(func.sum(Allocation.amount_fen) != 0)
    )
    dead = session.scalars(invoice_net.union(payment_net)).all()
    if dead:
        problems.append(
            Problem(
                "allocation",
                "allocations left on a void invoice or reversed payment: " + _sample(dead),
            )
        )
    undated = session.scalars(
        select(literal("invoice ") + Invoice.number)
        .where(Invoice.status == "void", Invoice.voided_on.is_(None))
        .union(
            select(literal("payment ") + Payment.number).where(
                Payment.status == "reversed", Payment.reversed_on.is_(None)
            )
        )
    ).all()
    if undated:
        problems.append(
            Problem(
                "dated ledger",
                "void invoices or reversed payments without the day it happened: "
                + _sample(undated),
            )
        )
    return problems


def _as_of_figures(session: Session, today: date) -> list[Problem]:
    """Open amounts as of today, from the caches plus later entries, equal the sums of the
    entries dated up to today."""
    fast = invoice_open_amounts(session, today)
    slow = recomputed_open_amounts(session, today)
    differ = sorted(i for i in fast.keys() | slow.keys() if fast.get(i, 0) != slow.get(i, 0))
    if not differ:
        return []
    return [
        Problem(
            "as-of figures",
            f"open amounts as of {today.isoformat()} differ from the dated entries, "
            "invoice ids: " + _sample(differ),
        )
    ]


def _red_letter_rules(session: Session) -> list[Problem]:
    original = aliased(Invoice)
    rows = session.scalars(
        select(Invoice.number)
        .join(original, original.id == Invoice.original_invoice_id)
        .where(
            (Invoice.amount_fen >= 0)
            | (original.customer_id != Invoice.customer_id)
            | (original.original_invoice_id.is_not(None))
        )
    ).all()
    if not rows:
        return []
    return [
        Problem(
            "red-letter invoice",
            "must be negative and reference a normal invoice of the same customer: "
            + _sample(rows),
        )
    ]


def _write_off_approvals(session: Session) -> list[Problem]:
    """Every write-off comes from exactly one approved request for the same invoice and
    amount; no other request has one."""
    approved = WriteOffRequest.status == WriteOffRequestStatus.APPROVED.value
    mismatched = session.scalars(
        select(WriteOffRequest.id)
        .outerjoin(WriteOff, WriteOff.id == WriteOffRequest.write_off_id)
        .where(
            (
                approved
                & (
                    WriteOff.id.is_(None)
                    | (WriteOff.amount_fen != WriteOffRequest.amount_fen)
                    | (WriteOff.invoice_id != WriteOffRequest.invoice_id)
                )
            )
            | (~approved & WriteOffRequest.write_off_id.is_not(None))
        )
        .order_by(WriteOffRequest.id)
    ).all()
    unapproved = session.scalars(
        select(WriteOff.id)
        .outerjoin(WriteOffRequest, (WriteOffRequest.write_off_id == WriteOff.id) & approved)
        .where(WriteOffRequest.id.is_(None))
        .order_by(WriteOff.id)
    ).all()
    problems = []
    if mismatched:
        problems.append(
            Problem(
                "write-off approval",
                "requests whose write-off is missing, differs or should not exist: "
                + _sample(mismatched),
            )
        )
    if unapproved:
        problems.append(
            Problem(
                "write-off approval",
                "write-offs without an approved request: " + _sample(unapproved),
            )
        )
    return problems
