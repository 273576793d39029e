"""A statement's content from the dated ledger, for one customer or a batch of them.

The opening balance is the balance as of the day before the period and the closing balance
the balance as of its last day, both from app/services/ledger/balances.py (the figures
every screen shows); the aging of the closing balance and the prepayments (预收) come from
the same as-of queries as the aging report. The lines are the entries dated in the period
that move the balance: invoices, red-letter invoices and voids of either, payments and
their reversals, write-offs. (Allocating a payment only moves money from the customer's
prepayment to an invoice, so it is no line.) Opening plus the lines must come to the
closing balance, and the aging less the prepayments too: a statement that does not add up
is refused, never printed.

Customers are read in chunks with one query per kind of entry, so a batch of a thousand
costs a few dozen queries, not thousands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session, aliased

from app.domain.aging import Bucket
from app.domain.errors import LedgerError, NotFoundError, ValidationError
from app.domain.money import Money
from app.domain.names import name_key
from app.models import Contact, Customer, Invoice, Payment, Project, WriteOff
from app.services.core.settings_service import LabProfile, get_lab_profile
from app.services.core.visibility import owner_scope
from app.services.ledger.aging_service import current_buckets
from app.services.ledger.as_of import bucket_of, open_parts, prepayment_parts
from app.services.ledger.balances import customer_balances
from app.services.statements.statement_content import (
    LINE_ORDER,
    AgingAmount,
    CustomerDetails,
    LineKind,
    Prepayment,
    StatementContent,
    StatementLine,
)

CHUNK = 500


def check_period(period_from: date, period_to: date, today: date) -> None:
    """A statement's period: a start on or before its end, and an end no later than today
    (a balance as of a day still to come may yet change)."""
    if period_from > period_to:
        raise ValidationError(
            "period",
            "The period starts on {start}, after its end {end}.",
            start=period_from.isoformat(),
            end=period_to.isoformat(),
        )
    if period_to > today:
        raise ValidationError(
            "period",
            "The period ends on {end}, after today ({today}): a statement covers days "
            "that are over.",
            end=period_to.isoformat(),
            today=today.isoformat(),
        )


def build_statement(
    session: Session, customer_id: int, period_from: date, period_to: date
) -> StatementContent:
    """The content of one customer's statement for the period (a draft: no number yet)."""
    return build_statements(session, [customer_id], period_from, period_to)[customer_id]


def build_statements(
    session: Session,
    customer_ids: Sequence[int],
    period_from: date,
    period_to: date,
    buckets: Sequence[Bucket] | None = None,
    lab: LabProfile | None = None,
) -> dict[int, StatementContent]:
    """The content of each customer's statement for the period, by customer id."""
    if period_from > period_to:
        raise ValueError(f"period {period_from} to {period_to} is backwards")
    chosen = tuple(buckets) if buckets is not None else current_buckets(session)
    profile = lab if lab is not None else get_lab_profile(session)
    found: dict[int, StatementContent] = {}
    ids = list(dict.fromkeys(customer_ids))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(_build_chunk(session, chunk, period_from, period_to, chosen, profile))
    return found


def statement_customers(session: Session, period_from: date, period_to: date) -> list[int]:
    """Every customer with something open or prepaid at the period's end, or an entry
    dated in the period: whom the period-end batch sends a statement to. By code."""
    owing = customer_balances(session, period_to).keys()
    within = _activity(period_from, period_to)
    active = {cid for (cid,) in session.execute(within)}
    wanted = owing | active
    if not wanted:
        return []
    rows = session.execute(
        select(Customer.id, Customer.code).where(Customer.id.in_(wanted), *owner_scope(session))
    )
    return [cid for cid, _ in sorted(rows, key=lambda r: (r[1], r[0]))]


def _activity(period_from: date, period_to: date) -> Any:
    def between(column: Any) -> Any:
        return column.between(period_from, period_to)

    return union(
        select(Invoice.customer_id).where(between(Invoice.issue_date)),
        select(Invoice.customer_id).where(between(Invoice.voided_on)),
        select(Payment.customer_id).where(between(Payment.received_date)),
        select(Payment.customer_id).where(between(Payment.reversed_on)),
        select(Invoice.customer_id)
        .join(WriteOff, WriteOff.invoice_id == Invoice.id)
        .where(between(WriteOff.write_off_date)),
    )


@dataclass
class _Draft:
    """A line before the running balance is known."""

    on: date
    kind: LineKind
    seq: int
    number: str
    related: str
    detail: str
    text: str
    due_date: date | None
    debit_fen: int = 0
    credit_fen: int = 0


def _build_chunk(
    session: Session,
    ids: list[int],
    period_from: date,
    period_to: date,
    buckets: tuple[Bucket, ...],
    lab: LabProfile,
) -> Iterator[tuple[int, StatementContent]]:
    customers = customer_details(session, ids)
    missing = set(ids) - customers.keys()
    if missing:
        raise NotFoundError(entity="Customer", key=min(missing))
    opening = customer_balances(session, period_from - timedelta(days=1), ids)
    closing = customer_balances(session, period_to, ids)
    aging = _aging(session, ids, period_to, buckets)
    prepaid = _prepayments(session, ids, period_to)
    drafts = _lines(session, {c.id: c.name for c in customers.values()}, period_from, period_to)
    for cid in ids:
        balance = opening[cid].balance_fen
        lines = []
        for d in sorted(drafts[cid], key=lambda d: (d.on, LINE_ORDER[d.kind], d.seq)):
            balance += d.debit_fen - d.credit_fen
            lines.append(
                StatementLine(
                    d.on,
                    d.kind,
                    d.number,
                    d.related,
                    d.detail,
                    d.text,
                    d.due_date,
                    d.debit_fen,
                    d.credit_fen,
                    balance,
                )
            )
        content = StatementContent(
            customer=customers[cid],
            lab=lab,
            period_from=period_from,
            period_to=period_to,
            opening_fen=opening[cid].balance_fen,
            lines=tuple(lines),
            closing_fen=closing[cid].balance_fen,
            aging=tuple(
                AgingAmount(b.key, b.low, b.high, aging.get((cid, b.key), 0)) for b in buckets
            ),
            prepayments=tuple(prepaid[cid]),
        )
        _require_adds_up(content, balance)
        yield cid, content


def _require_adds_up(content: StatementContent, after_lines: int) -> None:
    if after_lines == content.closing_fen and (
        content.open_fen - content.prepaid_fen == content.closing_fen
    ):
        return
    raise LedgerError(
        "The ledger of {customer} does not add up from {start} to {end}: the opening "
        "balance {opening} and the entries of the period come to {lines}, but the balance "
        "on {end} is {closing}. Run `labledger check` and report the problem.",
        customer=content.customer.name,
        start=content.period_from.isoformat(),
        end=content.period_to.isoformat(),
        opening=Money(content.opening_fen).format(),
        lines=Money(after_lines).format(),
        closing=Money(content.closing_fen).format(),
    )


def customer_details(session: Session, ids: Sequence[int]) -> dict[int, CustomerDetails]:
    """Name, code, 统一社会信用代码, contact and address of each customer, as documents
    to the customer print them."""
    contacts: dict[int, tuple[str, str]] = {}
    # The primary contact, else the first one recorded.
    for cid, name, phone in session.execute(
        select(Contact.customer_id, Contact.name, Contact.phone)
        .where(Contact.customer_id.in_(ids))
        .order_by(Contact.customer_id, Contact.is_primary.desc(), Contact.id)
    ):
        contacts.setdefault(cid, (name, phone or ""))
    found = {}
    for cid, code, name, uscc, phone, address, mailing in session.execute(
        select(
            Customer.id,
            Customer.code,
            Customer.name,
            Customer.uscc,
            Customer.phone,
            Customer.address,
            Customer.mailing_address,
        ).where(Customer.id.in_(ids))
    ):
        contact, contact_phone = contacts.get(cid, ("", ""))
        found[cid] = CustomerDetails(
            id=cid,
            code=code,
            name=name,
            uscc=uscc or "",
            contact=contact,
            phone=contact_phone or phone or "",
            address=mailing or address or "",
        )
    return found


def _aging(
    session: Session, ids: list[int], as_of: date, buckets: tuple[Bucket, ...]
) -> dict[tuple[int, str], int]:
    parts = open_parts(as_of, ids)
    bucket = bucket_of(parts.c.due_date, as_of, buckets).label("bucket")
    stmt = select(parts.c.customer_id, bucket, func.sum(parts.c.amount_fen)).group_by(
        parts.c.customer_id, bucket
    )
    return {(cid, key): int(total) for cid, key, total in session.execute(stmt) if total}


def _prepayments(session: Session, ids: list[int], as_of: date) -> dict[int, list[Prepayment]]:
    parts = prepayment_parts(as_of, ids)
    total = func.sum(parts.c.amount_fen)
    open_part = (
        select(parts.c.id, total.label("unallocated"))
        .group_by(parts.c.id)
        .having(total != 0)
        .subquery("open_part")
    )
    stmt = (
        select(
            Payment.customer_id,
            Payment.number,
            Payment.received_date,
            Payment.method,
            Payment.amount_fen,
            open_part.c.unallocated,
        )
        .join(open_part, open_part.c.id == Payment.id)
        .order_by(Payment.received_date, Payment.id)
    )
    found: dict[int, list[Prepayment]] = defaultdict(list)
    for cid, number, received, method, amount, rest in session.execute(stmt):
        found[cid].append(Prepayment(number, received, method, amount, int(rest)))
    return found


def _lines(
    session: Session, names: dict[int, str], period_from: date, period_to: date
) -> dict[int, list[_Draft]]:
    ids = list(names)
    found: dict[int, list[_Draft]] = defaultdict(list)
    original = aliased(Invoice)

    def within(column: Any) -> Any:
        return column.between(period_from, period_to)

    def rare(customer: Any) -> Any:
        """The customer condition of a query for rare events (voids, reversals,
        write-offs), hidden from the indexes: SQLite then reads the few of the period
        through the date index rather than every invoice of a large customer (57,000 on
        the demo; 13 ms -> under 1 ms each)."""
        return func.coalesce(customer, customer).in_(ids)

    invoice_cols = (
        Invoice.customer_id,
        Invoice.id,
        Invoice.number,
        Invoice.kind,
        Invoice.amount_fen,
        Invoice.settled_fen,
        Invoice.due_date,
        Invoice.note,
        original.number.label("related"),
        Project.code.label("project_code"),
        Project.title.label("project_title"),
    )

    def invoices(day: Any, mine: Any) -> Any:
        return (
            select(day.label("on"), *invoice_cols)
            .outerjoin(original, original.id == Invoice.original_invoice_id)
            .outerjoin(Project, Project.id == Invoice.project_id)
            .where(mine, within(day))
        )

    for r in session.execute(invoices(Invoice.issue_date, Invoice.customer_id.in_(ids))):
        red = r.related is not None
        found[r.customer_id].append(
            _Draft(
                r.on,
                LineKind.RED_LETTER if red else LineKind.INVOICE,
                r.id,
                r.number,
                r.related or "",
                r.kind,
                (r.note or "") if red else _project(r.project_code, r.project_title),
                None if red else r.due_date,
                debit_fen=r.amount_fen,
            )
        )
    for r in session.execute(invoices(Invoice.voided_on, rare(Invoice.customer_id))):
        red = r.related is not None
        found[r.customer_id].append(
            _Draft(
                r.on,
                LineKind.RED_LETTER_VOID if red else LineKind.INVOICE_VOID,
                r.id,
                r.number,
                r.related or "",
                r.kind,
                _project(r.project_code, r.project_title),
                None,
                # A void takes off what was open that day; a red-letter invoice's whole
                # (negative) amount was applied to the original, which gets it back.
                debit_fen=-r.amount_fen if red else -(r.amount_fen - r.settled_fen),
            )
        )
    payment_cols = (
        Payment.customer_id,
        Payment.id,
        Payment.number,
        Payment.method,
        Payment.amount_fen,
        Payment.allocated_fen,
        Payment.payer_name,
        Payment.bank_ref,
    )

    def payments(day: Any, mine: Any) -> Any:
        return select(day.label("on"), *payment_cols).where(mine, within(day))

    for r in session.execute(payments(Payment.received_date, Payment.customer_id.in_(ids))):
        found[r.customer_id].append(
            _Draft(
                r.on,
                LineKind.PAYMENT,
                r.id,
                r.number,
                "",
                r.method,
                _payer(r.payer_name, names[r.customer_id]),
                None,
                credit_fen=r.amount_fen,
            )
        )
    for r in session.execute(payments(Payment.reversed_on, rare(Payment.customer_id))):
        found[r.customer_id].append(
            _Draft(
                r.on,
                LineKind.PAYMENT_REVERSAL,
                r.id,
                r.number,
                "",
                r.method,
                _payer(r.payer_name, names[r.customer_id]),
                None,
                # What the payment still held that day leaves with it (its allocations
                # were taken back on the same day).
                credit_fen=-(r.amount_fen - r.allocated_fen),
            )
        )
    written = (
        select(
            WriteOff.write_off_date,
            Invoice.customer_id,
            WriteOff.id,
            Invoice.number,
            Invoice.kind,
            WriteOff.amount_fen,
            WriteOff.reason,
        )
        .join(Invoice, Invoice.id == WriteOff.invoice_id)
        .where(within(WriteOff.write_off_date), rare(Invoice.customer_id))
    )
    for on, cid, wid, number, kind, amount, reason in session.execute(written):
        found[cid].append(
            _Draft(on, LineKind.WRITE_OFF, wid, number, "", kind, reason, None, credit_fen=amount)
        )
    return found


def _payer(payer: str | None, customer: str) -> str:
    """Who paid, when someone other than the customer did (代付)."""
    return payer if payer and name_key(payer) != name_key(customer) else ""


def _project(code: str | None, title: str | None) -> str:
    return " ".join(t for t in (code or "", title or "") if t)
