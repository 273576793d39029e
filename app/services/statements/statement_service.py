"""Issuing statements, reprinting them, and tracking the customer's reply (回执).

Issuing records the statement with its number, period, balances and the whole content it
prints (JSON). A reprint prints that content, so it is the same document even when the
ledger has moved since: later entries are dated later and never reach the period's figures
anyway, and an entry back-dated into the period after the statement went out (a payment
recorded late) shows on the next statement, not on a copy of this one. Issuing the same
customer and period again when nothing in it has changed gives back the statement already
issued rather than a second number, so a period-end batch can be run again safely.

The scan of the signed slip is kept in the database, not in a file beside it: the same
database is used by several PCs (a shared SQLite file, or a server), where a file saved on
one PC is not there for another and a path on a network share differs per PC; kept with
the reply, the scan is in every backup, is copied by ``migrate-to``, and cannot be lost or
orphaned apart from it. The cost is the database's size (a scanned page is a few hundred
kilobytes; MAX_SCAN_BYTES caps one), and the column is read only when the scan is asked
for.

What customers dispute as of a day is in disputes.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import StatementReply
from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.domain.money import check_amount_limit
from app.domain.names import name_key
from app.models import Customer, Invoice, Statement, User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.numbering_service import next_number
from app.services.core.permissions import FINANCE, SALES, require
from app.services.core.visibility import owner_scope
from app.services.statements.statement_builder import (
    build_statement,
    build_statements,
    check_period,
)
from app.services.statements.statement_content import StatementContent

MAX_SCAN_BYTES = 10 * 1024 * 1024
MAX_NOTE = 2000
# File signatures of the scans accepted: PDF, JPEG, PNG, TIFF.
SCAN_SIGNATURES = {
    b"%PDF-": "pdf",
    b"\xff\xd8\xff": "jpg",
    b"\x89PNG\r\n\x1a\n": "png",
    b"II*\x00": "tif",
    b"MM\x00*": "tif",
}


@dataclass(frozen=True)
class IssuedStatement:
    statement_id: int
    number: str
    customer_id: int
    content: StatementContent
    reused: bool  # the same figures were issued before: that statement, not a new one


@dataclass(frozen=True)
class ReplyInput:
    reply: StatementReply  # agreed or disputed
    on: date
    disputed_fen: int = 0
    disputed_invoice_ids: tuple[int, ...] = ()
    note: str = ""
    # The signed slip; None keeps any scan attached before.
    scan: bytes | None = None
    scan_name: str = ""


@dataclass(frozen=True)
class AwaitingReply:
    statement_id: int
    number: str
    customer_id: int
    customer_name: str
    owner_id: int | None  # the salesperson to remind
    owner_name: str
    period_to: date
    closing_balance_fen: int
    sent_date: date
    days_waiting: int


def draft_statement(
    session: Session, customer_id: int, period_from: date, period_to: date, today: date
) -> StatementContent:
    """What the statement would say if issued now (print preview): nothing is recorded."""
    check_period(period_from, period_to, today)
    return build_statement(session, customer_id, period_from, period_to)


def issue_statement(
    db: Database, actor: Actor, customer_id: int, period_from: date, period_to: date
) -> Changed[IssuedStatement]:
    """Build and record one customer's statement for the period."""
    require(actor, "issue statements", SALES)
    check_period(period_from, period_to, actor.clock.today())
    with db.read() as session:
        content = build_statement(session, customer_id, period_from, period_to)
    recorded = record_statements(db, actor, [content])
    return recorded.with_value(recorded.value[0])


def issue_statements(
    db: Database,
    actor: Actor,
    customer_ids: Sequence[int],
    period_from: date,
    period_to: date,
) -> Changed[list[IssuedStatement]]:
    """Build and record the statements of several customers for the period."""
    require(actor, "issue statements", SALES)
    check_period(period_from, period_to, actor.clock.today())
    with db.read() as session:
        contents = build_statements(session, customer_ids, period_from, period_to)
    return record_statements(db, actor, [contents[cid] for cid in customer_ids])


def record_statements(
    db: Database, actor: Actor, contents: Sequence[StatementContent]
) -> Changed[list[IssuedStatement]]:
    """Record drafts built by ``build_statements`` as issued today, each with a number (or
    give back the statement already issued with the same figures), in one short write."""
    require(actor, "issue statements", SALES)
    today = actor.clock.today()
    issued: list[IssuedStatement] = []
    created = False
    with db.write() as session:
        for content in contents:
            if not content.is_draft:
                raise ValueError(f"statement {content.number} is issued already")
            if content.lab.is_empty:
                raise ValidationError(
                    "lab_profile",
                    "Fill in the lab's name, address and bank account in the settings before "
                    "issuing statements: they are printed on them.",
                )
            check_period(content.period_from, content.period_to, today)
            earlier = _same_statement(session, content)
            if earlier is not None:
                issued.append(earlier)
                continue
            number = next_number(session, "statement", today)
            final = content.issued(number, today)
            row = Statement(
                number=number,
                customer_id=content.customer.id,
                period_from=content.period_from,
                period_to=content.period_to,
                opening_balance_fen=content.opening_fen,
                closing_balance_fen=content.closing_fen,
                issued_on=today,
                content=final.to_json(),
                reply=StatementReply.NONE.value,
                disputed_amount_fen=0,
                disputed_invoice_ids=[],
                created_by=actor.user_id,
            )
            session.add(row)
            session.flush()
            record_audit(
                session,
                actor,
                "statement.issue",
                "statement",
                row.id,
                None,
                {
                    "number": number,
                    "customer_id": content.customer.id,
                    "period_from": content.period_from,
                    "period_to": content.period_to,
                    "opening_balance_fen": content.opening_fen,
                    "closing_balance_fen": content.closing_fen,
                    "lines": len(content.lines),
                },
            )
            issued.append(IssuedStatement(row.id, number, content.customer.id, final, False))
            created = True
    return Changed.of(issued, Kind.STATEMENTS) if created else Changed.of(issued)


def _same_statement(session: Session, content: StatementContent) -> IssuedStatement | None:
    """The latest statement of the customer and period, when it says the same."""
    row = session.scalars(
        select(Statement)
        .where(
            Statement.customer_id == content.customer.id,
            Statement.period_from == content.period_from,
            Statement.period_to == content.period_to,
        )
        .order_by(Statement.id.desc())
        .limit(1)
    ).first()
    if row is None or row.content is None:
        return None
    earlier = StatementContent.from_json(row.content)
    if not earlier.same_figures(content):
        return None
    return IssuedStatement(row.id, row.number, row.customer_id, earlier, True)


def statement_content(session: Session, statement_id: int) -> StatementContent:
    """What an issued statement printed, to print it again. A statement recorded before
    statements kept their content is rebuilt from the dated ledger as of its period."""
    row = _statement(session, statement_id)
    if row.content is not None:
        return StatementContent.from_json(row.content)
    rebuilt = build_statement(session, row.customer_id, row.period_from, row.period_to)
    return rebuilt.issued(row.number, row.issued_on or row.created_at.date())


def statement_id_by_number(session: Session, number: str) -> int:
    found = session.scalar(select(Statement.id).where(Statement.number == number.strip()))
    if found is None:
        raise NotFoundError(entity="Statement", key=number)
    return found


def mark_sent(db: Database, actor: Actor, statement_id: int, on: date) -> Changed[None]:
    """The day the statement went to the customer (post, e-mail, by hand)."""
    require(actor, "record statements sent", SALES)
    with db.write() as session:
        row = _statement(session, statement_id)
        issued = row.issued_on or row.created_at.date()
        _check_day("sent_date", on, issued, actor.clock.today())
        before = row.sent_date
        row.sent_date = on
        record_audit(
            session,
            actor,
            "statement.sent",
            "statement",
            row.id,
            {"sent_date": before},
            {"sent_date": on},
        )
    return Changed.of(None, Kind.STATEMENTS)


def record_reply(db: Database, actor: Actor, statement_id: int, data: ReplyInput) -> Changed[None]:
    """The customer's reply: agreed, or disputed with the amount, the invoices concerned
    and a note; with the scan of the signed slip when there is one. A second reply to the
    same statement (a correction) replaces the first; both are in the audit log."""
    require(actor, "record statement replies", SALES)
    note = data.note.strip()
    if data.reply not in (StatementReply.AGREED, StatementReply.DISPUTED):
        raise ValidationError("reply", "A reply is either agreed or disputed.")
    if len(note) > MAX_NOTE:
        raise ValidationError("note", "The note is longer than {max} characters.", max=MAX_NOTE)
    disputed = data.reply is StatementReply.DISPUTED
    if disputed:
        if data.disputed_fen <= 0:
            raise ValidationError("disputed_fen", "Give the amount the customer disputes.")
        check_amount_limit(
            "disputed_fen", data.disputed_fen, "The amount cannot be more than {max}."
        )
        if not note:
            raise ValidationError("note", "Say what the customer disputes.")
    elif data.disputed_fen or data.disputed_invoice_ids:
        raise ValidationError("disputed_fen", "An agreed reply has no disputed amount or invoices.")
    scan_name = _check_scan(data.scan, data.scan_name) if data.scan is not None else None
    with db.write() as session:
        row = _statement(session, statement_id)
        issued = row.issued_on or row.created_at.date()
        _check_day("reply_date", data.on, issued, actor.clock.today())
        invoice_ids = sorted(set(data.disputed_invoice_ids))
        _check_invoices(session, row.customer_id, invoice_ids)
        before = _reply_snapshot(row)
        row.reply = data.reply.value
        row.reply_date = data.on
        row.disputed_amount_fen = data.disputed_fen if disputed else 0
        row.disputed_invoice_ids = invoice_ids
        row.reply_note = note or None
        row.dispute_resolved_on = None
        row.dispute_resolution = None
        if data.scan is not None:
            row.signed_scan = data.scan
            row.signed_scan_name = scan_name
        record_audit(
            session,
            actor,
            "statement.reply",
            "statement",
            row.id,
            before,
            _reply_snapshot(row),
            reason=note or None,
        )
    return Changed.of(None, Kind.STATEMENTS)


def attach_scan(
    db: Database, actor: Actor, statement_id: int, scan: bytes, scan_name: str
) -> Changed[None]:
    """Attach (or replace) the scan of the signed slip after the reply was recorded."""
    require(actor, "record statement replies", SALES)
    name = _check_scan(scan, scan_name)
    with db.write() as session:
        row = _statement(session, statement_id)
        before = {"signed_scan_name": row.signed_scan_name}
        row.signed_scan = scan
        row.signed_scan_name = name
        record_audit(
            session,
            actor,
            "statement.scan",
            "statement",
            row.id,
            before,
            {"signed_scan_name": name, "bytes": len(scan)},
        )
    return Changed.of(None, Kind.STATEMENTS)


def signed_scan(session: Session, statement_id: int) -> tuple[str, bytes] | None:
    """The scan of the signed slip (file name, content), if one is attached."""
    row = session.execute(
        select(Statement.signed_scan_name, Statement.signed_scan).where(
            Statement.id == statement_id
        )
    ).first()
    if row is None:
        raise NotFoundError(entity="Statement", key=statement_id)
    name, data = row
    return None if data is None else (name or "scan", bytes(data))


def resolve_dispute(
    db: Database, actor: Actor, statement_id: int, on: date, note: str
) -> Changed[None]:
    """The dispute of a reply is settled (the figures agreed after all, or a correction was
    entered in the ledger): from ``on`` it no longer shows apart."""
    require(actor, "resolve statement disputes", FINANCE)
    if not note.strip():
        raise ValidationError("note", "Say how the dispute was resolved.")
    with db.write() as session:
        row = _statement(session, statement_id)
        if row.reply != StatementReply.DISPUTED.value or row.reply_date is None:
            raise LedgerError(
                "Statement {number} has no disputed reply to resolve.", number=row.number
            )
        if row.dispute_resolved_on is not None:
            raise LedgerError(
                "The dispute of statement {number} was resolved on {date}.",
                number=row.number,
                date=row.dispute_resolved_on.isoformat(),
            )
        _check_day("resolved_on", on, row.reply_date, actor.clock.today())
        row.dispute_resolved_on = on
        row.dispute_resolution = note.strip()
        record_audit(
            session,
            actor,
            "statement.dispute_resolved",
            "statement",
            row.id,
            {"disputed_amount_fen": row.disputed_amount_fen},
            {"resolved_on": on},
            reason=note.strip(),
        )
    return Changed.of(None, Kind.STATEMENTS)


def awaiting_reply(
    session: Session, as_of: date, *, sent_days_ago: int = 0, owner_id: int | None = None
) -> list[AwaitingReply]:
    """Statements sent on or before ``as_of`` less ``sent_days_ago`` days whose reply has
    not come back, longest waiting first, with the salesperson to remind."""
    latest_sent = date.fromordinal(as_of.toordinal() - sent_days_ago)
    stmt = (
        select(
            Statement.id,
            Statement.number,
            Statement.customer_id,
            Customer.name,
            Customer.owner_id,
            User.display_name,
            Statement.period_to,
            Statement.closing_balance_fen,
            Statement.sent_date,
        )
        .join(Customer, Customer.id == Statement.customer_id)
        .outerjoin(User, User.id == Customer.owner_id)
        .where(
            Statement.reply == StatementReply.NONE.value,
            Statement.sent_date.is_not(None),
            Statement.sent_date <= latest_sent,
        )
        .order_by(Statement.sent_date, Statement.id)
    )
    if owner_id is not None:
        stmt = stmt.where(Customer.owner_id == owner_id)
    found = []
    for sid, number, cid, cname, oid, oname, end, closing, sent in session.execute(stmt):
        assert sent is not None  # selected so
        days = (as_of - sent).days
        found.append(
            AwaitingReply(sid, number, cid, cname, oid, oname or "", end, closing, sent, days)
        )
    return found


def find_customers(
    session: Session, name_or_code: str, limit: int = 20
) -> list[tuple[int, str, str]]:
    """Customers a name or code typed on the command line means, as (id, code, name): the
    one with that exact code or name, else those whose name contains it (up to ``limit``)."""
    text = name_or_code.strip()
    if not text:
        return []
    cols = (Customer.id, Customer.code, Customer.name)
    key = name_key(text)
    exact = session.execute(
        select(*cols).where(
            or_(Customer.code == text, Customer.name == text, Customer.name_key == key),
            *owner_scope(session),
        )
    ).all()
    if exact:
        return [(cid, code, name) for cid, code, name in exact]
    pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    partial = session.execute(
        select(*cols)
        .where(Customer.name_key.like(pattern, escape="\\"), *owner_scope(session))
        .order_by(Customer.code)
        .limit(limit)
    )
    return [(cid, code, name) for cid, code, name in partial]


def _statement(session: Session, statement_id: int) -> Statement:
    row = session.get(Statement, statement_id)
    if row is None:
        raise NotFoundError(entity="Statement", key=statement_id)
    return row


def _check_day(field: str, on: date, earliest: date, today: date) -> None:
    if on < earliest:
        raise ValidationError(
            field,
            "The date {date} is before {earliest}.",
            date=on.isoformat(),
            earliest=earliest.isoformat(),
        )
    if on > today:
        raise ValidationError(field, "The date {date} is in the future.", date=on.isoformat())


def _check_scan(scan: bytes, name: str) -> str:
    if not scan:
        raise ValidationError("scan", "The scan file is empty.")
    if len(scan) > MAX_SCAN_BYTES:
        raise ValidationError(
            "scan",
            "The scan is {size} MB; at most {max} MB can be attached.",
            size=round(len(scan) / 1024 / 1024, 1),
            max=MAX_SCAN_BYTES // 1024 // 1024,
        )
    kind = next((k for sig, k in SCAN_SIGNATURES.items() if scan.startswith(sig)), None)
    if kind is None:
        raise ValidationError("scan", "Attach the scan as a PDF, JPEG, PNG or TIFF file.")
    cleaned = name.strip().replace("\\", "/").rsplit("/", 1)[-1][:200]
    return cleaned or f"scan.{kind}"


def _check_invoices(session: Session, customer_id: int, invoice_ids: list[int]) -> None:
    if not invoice_ids:
        return
    theirs = set(
        session.scalars(
            select(Invoice.id).where(
                Invoice.id.in_(invoice_ids), Invoice.customer_id == customer_id
            )
        )
    )
    if set(invoice_ids) - theirs:
        raise ValidationError(
            "disputed_invoice_ids", "The disputed invoices must be this customer's invoices."
        )


def _reply_snapshot(row: Statement) -> dict[str, object]:
    return {
        "reply": row.reply,
        "reply_date": row.reply_date,
        "disputed_amount_fen": row.disputed_amount_fen,
        "disputed_invoice_ids": list(row.disputed_invoice_ids or []),
        "signed_scan_name": row.signed_scan_name,
    }
