"""Bank statements (银行流水): import a statement's lines once, list them with what each
credit most likely is, and confirm credits as payments or ignore them.

Importing keeps every line under its identity (``line_key``): the same line read again, from
the same export or a later one that overlaps it, adds nothing. Credits wait as proposed;
debits and lines that are neither in nor out are kept as ignored, so the statement reads
complete. Confirming a line records its payment and allocations through the payment
service, remembers the payer's name for the customer, and marks the line, in one write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import PaymentMethod
from app.domain.errors import LedgerError, NotFoundError
from app.domain.money import Money
from app.domain.names import name_key
from app.importers.bank.formats import WALLETS
from app.importers.bank.statement_reader import (
    BankStatement,
    Direction,
    StatementLine,
    read_statement,
)
from app.models import BankLine, Customer, PayerAlias, Payment
from app.services.bank.matching import (
    CustomerMatch,
    CustomerMatcher,
    InvoiceProposal,
    propose_invoices,
)
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import FINANCE, require
from app.services.ledger.payment_service import PaymentInput, record_payment_in

PROPOSED = "proposed"
CONFIRMED = "confirmed"
IGNORED = "ignored"
STATUSES = (PROPOSED, CONFIRMED, IGNORED)
# The most lines one listing shows (a statement export holds a month or so).
LIST_LIMIT = 2000
_KEY_CHUNK = 500


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    bank: str
    lines: int  # read from the file
    credits: int  # new credits, waiting to be confirmed
    others: int  # new debits and other lines, kept as ignored
    already: int  # lines imported before (from this file or another)

    @property
    def added(self) -> int:
        return self.credits + self.others


@dataclass(frozen=True)
class BankLineRow:
    id: int
    bank: str
    file_name: str
    txn_date: date
    txn_time: str
    direction: str
    amount_fen: int
    payer_name: str
    payer_account: str
    kind: str
    memo: str
    serial: str
    status: str
    payment_number: str  # of a confirmed line
    payment_customer: str
    customer: CustomerMatch | None  # proposed, for a line waiting to be confirmed
    invoices: InvoiceProposal | None

    @property
    def text(self) -> str:
        """What the line says besides the payer: type and remarks."""
        return " / ".join(part for part in (self.kind, self.memo) if part)


@dataclass(frozen=True)
class LineDecision:
    """What finance decided for a line: the customer and the split, or None for each to
    take what LabLedger proposes (worked out again when confirming, after the lines
    confirmed before it in the same batch)."""

    line_id: int
    customer_id: int | None = None
    split: Sequence[tuple[int, int]] | None = None


@dataclass(frozen=True)
class ConfirmedLine:
    line_id: int
    payment_id: int
    payment_number: str
    customer_id: int
    amount_fen: int
    allocated_fen: int


def import_statement_file(db: Database, actor: Actor, path: Path) -> Changed[ImportSummary]:
    """Read the statement in ``path`` (before taking the write lock) and import its lines."""
    require(actor, "import bank statements", FINANCE)
    return import_statement(db, actor, read_statement(path))


def import_statement(
    db: Database, actor: Actor, statement: BankStatement
) -> Changed[ImportSummary]:
    require(actor, "import bank statements", FINANCE)
    keys = statement.keys()
    with db.write() as session:
        known = _known_keys(session, keys)
        rows = []
        for key, line in zip(keys, statement.lines, strict=True):
            if key in known:
                continue
            known.add(key)
            rows.append(_new_line(statement, key, line, actor))
        inserted = set(_insert_new(session, rows))
        credits = sum(
            1
            for key, line in zip(keys, statement.lines, strict=True)
            if key in inserted and line.direction == Direction.CREDIT
        )
        others = len(inserted) - credits
        summary = ImportSummary(
            statement.file_name,
            statement.bank,
            len(statement.lines),
            credits,
            others,
            len(statement.lines) - credits - others,
        )
        if not summary.added:
            return Changed.of(summary)
        record_audit(
            session,
            actor,
            "bank.import",
            "bank_statement",
            None,
            None,
            {
                "file": statement.file_name,
                "bank": statement.bank,
                "lines": summary.lines,
                "credits": credits,
                "others": others,
                "already": summary.already,
            },
        )
    return Changed.of(summary, Kind.BANK_LINES)


def _new_line(
    statement: BankStatement, key: str, line: StatementLine, actor: Actor
) -> dict[str, object]:
    credit = line.direction == Direction.CREDIT
    return {
        "line_key": key,
        "bank": statement.bank,
        "account": statement.account[:100] or None,
        "file_name": statement.file_name[:300],
        "row_number": line.row,
        "txn_date": line.date,
        "txn_time": line.time or None,
        "direction": line.direction.value,
        "amount_fen": line.amount_fen,
        "balance_fen": line.balance_fen,
        "payer_name": line.payer_name[:200] or None,
        "payer_account": line.payer_account[:100] or None,
        "kind": line.kind[:200] or None,
        "memo": line.memo or None,
        "serial": line.serial[:100] or None,
        "status": PROPOSED if credit else IGNORED,
        "imported_by": actor.user_id,
    }


def _insert_new(session: Session, rows: Sequence[dict[str, object]]) -> list[str]:
    """Insert the lines, skipping any another PC recorded meanwhile (``ON CONFLICT DO
    NOTHING`` on the line's key, SQLite and PostgreSQL alike); the keys inserted."""
    if not rows:
        return []
    table = cast(Table, BankLine.__table__)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = (
        insert(table)
        .on_conflict_do_nothing(index_elements=["line_key"])
        .returning(table.c.line_key)
    )
    inserted: list[str] = []
    for start in range(0, len(rows), _KEY_CHUNK):
        inserted.extend(
            str(k) for (k,) in session.execute(stmt, list(rows[start : start + _KEY_CHUNK]))
        )
    return inserted


def _known_keys(session: Session, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), _KEY_CHUNK):
        chunk = keys[start : start + _KEY_CHUNK]
        found.update(session.scalars(select(BankLine.line_key).where(BankLine.line_key.in_(chunk))))
    return found


def list_lines(session: Session, status: str | None = PROPOSED) -> list[BankLineRow]:
    """Lines of ``status`` (None: every line), newest first; each line waiting to be
    confirmed comes with the customer and the invoices LabLedger proposes."""
    stmt = (
        select(BankLine, Payment.number, Customer.name)
        .outerjoin(Payment, Payment.id == BankLine.payment_id)
        .outerjoin(Customer, Customer.id == Payment.customer_id)
        .order_by(BankLine.txn_date.desc(), BankLine.txn_time.desc(), BankLine.id.desc())
        .limit(LIST_LIMIT)
    )
    if status is not None:
        stmt = stmt.where(BankLine.status == status)
    matcher = CustomerMatcher(session)
    rows = []
    for line, payment_number, customer_name in session.execute(stmt):
        customer = invoices = None
        if line.status == PROPOSED:
            customer = matcher.match(line.payer_name or "", _reference_text(line))
            if customer is not None:
                invoices = propose_invoices(
                    session, customer.customer_id, line.amount_fen, _reference_text(line)
                )
        rows.append(_row(line, payment_number or "", customer_name or "", customer, invoices))
    return rows


@dataclass(frozen=True)
class StatementProposal:
    """A credit of a statement file and what it most likely is (for the command line, which
    shows them whether or not it imports the file)."""

    line: StatementLine
    status: str | None  # of the line already imported, None for a new one
    customer: CustomerMatch | None
    invoices: InvoiceProposal | None


def statement_proposals(session: Session, statement: BankStatement) -> list[StatementProposal]:
    """Each credit of ``statement`` with its proposal; lines confirmed or ignored before get
    none."""
    keys = statement.keys()
    known: dict[str, str] = {}
    for start in range(0, len(keys), _KEY_CHUNK):
        chunk = keys[start : start + _KEY_CHUNK]
        rows = session.execute(
            select(BankLine.line_key, BankLine.status).where(BankLine.line_key.in_(chunk))
        )
        known.update({key: status for key, status in rows})
    matcher = CustomerMatcher(session)
    found = []
    for key, line in zip(keys, statement.lines, strict=True):
        if line.direction != Direction.CREDIT:
            continue
        status = known.get(key)
        customer = invoices = None
        if status in (None, PROPOSED):
            text = " ".join(part for part in (line.kind, line.memo) if part)
            customer = matcher.match(line.payer_name, text)
            if customer is not None:
                invoices = propose_invoices(session, customer.customer_id, line.amount_fen, text)
        found.append(StatementProposal(line, status, customer, invoices))
    return found


def _row(
    line: BankLine,
    payment_number: str,
    customer_name: str,
    customer: CustomerMatch | None,
    invoices: InvoiceProposal | None,
) -> BankLineRow:
    return BankLineRow(
        line.id,
        line.bank,
        line.file_name,
        line.txn_date,
        line.txn_time or "",
        line.direction,
        line.amount_fen,
        line.payer_name or "",
        line.payer_account or "",
        line.kind or "",
        line.memo or "",
        line.serial or "",
        line.status,
        payment_number,
        customer_name,
        customer,
        invoices,
    )


def _reference_text(line: BankLine) -> str:
    return " ".join(part for part in (line.kind, line.memo) if part)


def confirm_lines(
    db: Database, actor: Actor, decisions: Sequence[LineDecision]
) -> Changed[list[ConfirmedLine]]:
    """Record each line as a payment of its customer, applied as decided, in one write:
    all of them or, if one cannot be, none."""
    require(actor, "record payments", FINANCE)
    confirmed = []
    kinds: frozenset[Kind] = frozenset({Kind.BANK_LINES})
    with db.write() as session:
        matcher = CustomerMatcher(session)
        for decision in decisions:
            line = _waiting_line(session, decision.line_id)
            customer_id = decision.customer_id
            if customer_id is None:
                match = matcher.match(line.payer_name or "", _reference_text(line))
                if match is None:
                    raise LedgerError(
                        "Choose the customer who paid {amount} on {date}.",
                        amount=Money(line.amount_fen).format(),
                        date=line.txn_date.isoformat(),
                    )
                customer_id = match.customer_id
            split = decision.split
            if split is None:
                split = propose_invoices(
                    session, customer_id, line.amount_fen, _reference_text(line)
                ).split
            recorded = record_payment_in(
                session,
                actor,
                PaymentInput(
                    customer_id=customer_id,
                    received_date=line.txn_date,
                    amount_fen=line.amount_fen,
                    method=(
                        PaymentMethod.WECHAT_ALIPAY.value
                        if line.bank in WALLETS
                        else PaymentMethod.BANK_TRANSFER.value
                    ),
                    bank_ref=line.serial or "",
                    payer_name=line.payer_name or "",
                    note=_reference_text(line),
                ),
                list(split),
            )
            kinds |= recorded.kinds
            result = recorded.value
            payment = session.get(Payment, result.payment_id)
            assert payment is not None
            # The payment's own key says which line it came from: a line is paid once.
            payment.source_key = f"bank:{line.line_key}"
            if _remember_payer(session, customer_id, line.payer_name or "", actor.clock.now_utc()):
                kinds |= {Kind.CUSTOMERS}
            line.status = CONFIRMED
            line.payment_id = payment.id
            session.flush()
            record_audit(
                session,
                actor,
                "bank_line.confirm",
                "bank_line",
                line.id,
                {"status": PROPOSED},
                {
                    "status": CONFIRMED,
                    "payment": result.number,
                    "customer_id": customer_id,
                    "amount_fen": line.amount_fen,
                    "payer": line.payer_name,
                },
            )
            confirmed.append(
                ConfirmedLine(
                    line.id,
                    result.payment_id,
                    result.number,
                    customer_id,
                    result.amount_fen,
                    result.allocated_fen,
                )
            )
    return Changed(confirmed, kinds)


def _waiting_line(session: Session, line_id: int) -> BankLine:
    line = session.get(BankLine, line_id, with_for_update=True)
    if line is None:
        raise NotFoundError(entity="Bank line", key=line_id)
    if line.status != PROPOSED:
        raise LedgerError(
            "The bank line of {date} for {amount} was already {status} (here or on another "
            "PC); nothing was changed.",
            date=line.txn_date.isoformat(),
            amount=Money(line.amount_fen).format(),
            status=line.status,
        )
    return line


def _remember_payer(session: Session, customer_id: int, payer_name: str, now: datetime) -> bool:
    """Remember the payer's name for the customer, unless it is the customer's own name or
    already remembered; whether it was added."""
    key = name_key(payer_name)
    customer = session.get(Customer, customer_id)
    if not key or customer is None or customer.name_key == key:
        return False
    alias = session.scalars(
        select(PayerAlias).where(PayerAlias.payer_key == key, PayerAlias.customer_id == customer_id)
    ).first()
    if alias is not None:
        alias.updated_at = now  # among customers paid by this payer, the latest is proposed
        return False
    session.add(PayerAlias(customer_id=customer_id, payer_name=payer_name[:200], payer_key=key))
    return True


def set_ignored(db: Database, actor: Actor, line_ids: Sequence[int], ignored: bool) -> Changed[int]:
    """Ignore credits that are no customer's payment (a refund, interest, a transfer between
    the lab's accounts), or take such lines back to be confirmed; how many changed."""
    require(actor, "record payments", FINANCE)
    changed = 0
    wanted_from, wanted_to = (PROPOSED, IGNORED) if ignored else (IGNORED, PROPOSED)
    with db.write() as session:
        for line_id in line_ids:
            line = session.get(BankLine, line_id, with_for_update=True)
            if line is None:
                raise NotFoundError(entity="Bank line", key=line_id)
            if line.status != wanted_from or line.direction != Direction.CREDIT.value:
                continue
            line.status = wanted_to
            changed += 1
            record_audit(
                session,
                actor,
                "bank_line.ignore" if ignored else "bank_line.restore",
                "bank_line",
                line.id,
                {"status": wanted_from},
                {"status": wanted_to},
            )
    return Changed.of(changed, Kind.BANK_LINES) if changed else Changed.of(0)
