"""Who paid and what for: the customer a bank line most likely comes from, and the invoices
its amount settles.

The customer, in this order: a payer name remembered for a customer (third parties paying,
代付), the customer's own name (folded as the importer folds names), an invoice number in
the memo, then the most similar customer name (rapidfuzz, over names without their legal
suffix such as 有限公司), shown with its score and proposed only above ``FUZZY_THRESHOLD``.

The invoices, in this order: one open invoice whose open amount is exactly the amount; the
open invoices whose numbers the memo names; else the oldest open invoices, as a payment
recorded by hand is split. Nothing here writes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.names import name_key
from app.models import Customer, Invoice, PayerAlias
from app.services.ledger.payment_service import (
    AllocationLine,
    open_invoice_lines,
    preview_allocation,
)

# The lowest similarity (0-100) at which a name is proposed; a proposal is always shown
# with its score, and nothing is recorded before finance confirms it.
FUZZY_THRESHOLD = 80
# Invoice numbers shorter than this would be found inside any long number of a memo.
MIN_REFERENCE_LENGTH = 4
_TOKEN = re.compile(rf"[0-9A-Za-z][0-9A-Za-z-]{{{MIN_REFERENCE_LENGTH - 1},}}")
_LEGAL_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|公司|集团|研究院|研究所)$")


class CustomerHow(StrEnum):
    ALIAS = "alias"  # a payer name remembered for the customer
    NAME = "name"  # the customer's own name
    REFERENCE = "reference"  # an invoice of the customer named in the memo
    FUZZY = "fuzzy"  # a similar name


class InvoicesHow(StrEnum):
    AMOUNT = "amount"  # one invoice with exactly this open amount
    REFERENCE = "reference"  # invoices named in the memo
    OLDEST = "oldest"  # the oldest open invoices, up to the amount
    NONE = "none"  # no open invoice: all of it stays as prepayment


@dataclass(frozen=True)
class CustomerMatch:
    customer_id: int
    name: str
    how: CustomerHow
    score: int  # 0-100; 100 for alias, name and reference


@dataclass(frozen=True)
class InvoiceProposal:
    how: InvoicesHow
    lines: tuple[AllocationLine, ...]

    @property
    def split(self) -> list[tuple[int, int]]:
        return [(line.invoice_id, line.amount_fen) for line in self.lines if line.amount_fen]


def folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _core(key: str) -> str:
    """A folded name without its legal form, so that 某某检测有限公司 and 某某检测公司 compare
    as the same company."""
    return _LEGAL_SUFFIX.sub("", key) or key


class CustomerMatcher:
    """Matches many lines in one read: the customers' names for the fuzzy match are loaded
    once, on first need."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._names: dict[int, str] | None = None
        self._cores: dict[int, str] = {}

    def match(self, payer_name: str, memo: str = "") -> CustomerMatch | None:
        key = name_key(payer_name)
        if key:
            found = self._alias(key) or self._by_name(key)
            if found is not None:
                return found
        found = self._by_reference(memo)
        if found is not None or not key:
            return found
        return self._fuzzy(key)

    def _alias(self, key: str) -> CustomerMatch | None:
        row = self.session.execute(
            select(Customer.id, Customer.name)
            .join(PayerAlias, PayerAlias.customer_id == Customer.id)
            .where(PayerAlias.payer_key == key, Customer.archived.is_(False))
            # The latest remembered wins when several customers were paid by this payer.
            .order_by(PayerAlias.updated_at.desc(), PayerAlias.id.desc())
            .limit(1)
        ).first()
        return CustomerMatch(row[0], row[1], CustomerHow.ALIAS, 100) if row else None

    def _by_name(self, key: str) -> CustomerMatch | None:
        row = self.session.execute(
            select(Customer.id, Customer.name)
            .where(Customer.name_key == key, Customer.archived.is_(False))
            .order_by(Customer.id)
            .limit(1)
        ).first()
        return CustomerMatch(row[0], row[1], CustomerHow.NAME, 100) if row else None

    def _by_reference(self, memo: str) -> CustomerMatch | None:
        tokens = sorted(set(_TOKEN.findall(unicodedata.normalize("NFKC", memo))))[:50]
        if not tokens:
            return None
        rows = self.session.execute(
            select(Customer.id, Customer.name)
            .join(Invoice, Invoice.customer_id == Customer.id)
            .where(Invoice.number.in_(tokens), Customer.archived.is_(False))
            .distinct()
        ).all()
        if len(rows) != 1:  # none, or invoices of several customers: no guess
            return None
        return CustomerMatch(rows[0][0], rows[0][1], CustomerHow.REFERENCE, 100)

    def _fuzzy(self, key: str) -> CustomerMatch | None:
        if self._names is None:
            self._names = {}
            for cid, name, customer_key in self.session.execute(
                select(Customer.id, Customer.name, Customer.name_key).where(
                    Customer.archived.is_(False)
                )
            ):
                self._names[cid] = name
                self._cores[cid] = _core(customer_key)
        best = process.extractOne(
            _core(key), self._cores, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD
        )
        if best is None:
            return None
        _, score, cid = best
        # Names alike but for their legal form still differ: a similar name is never certain.
        return CustomerMatch(cid, self._names[cid], CustomerHow.FUZZY, min(int(score), 99))


def propose_invoices(
    session: Session, customer_id: int, amount_fen: int, memo: str = ""
) -> InvoiceProposal:
    """How ``amount_fen`` received from the customer would settle its open invoices."""
    lines = open_invoice_lines(session, customer_id)
    if not lines:
        return InvoiceProposal(InvoicesHow.NONE, ())
    for line in lines:
        if line.open_fen == amount_fen:
            return InvoiceProposal(InvoicesHow.AMOUNT, (_applied(line, amount_fen),))
    text = folded(memo)
    named = [
        line
        for line in lines
        if len(line.number) >= MIN_REFERENCE_LENGTH and folded(line.number) in text
    ]
    if named:
        left = amount_fen
        applied = []
        for line in named:
            amount = min(left, line.open_fen)
            if amount <= 0:
                break
            applied.append(_applied(line, amount))
            left -= amount
        return InvoiceProposal(InvoicesHow.REFERENCE, tuple(applied))
    return InvoiceProposal(
        InvoicesHow.OLDEST, tuple(preview_allocation(session, customer_id, amount_fen))
    )


def _applied(line: AllocationLine, amount: int) -> AllocationLine:
    return AllocationLine(
        line.invoice_id, line.number, line.issue_date, line.due_date, line.open_fen, amount
    )
