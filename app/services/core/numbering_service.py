"""Document numbers by the lab's numbering rules, e.g. SK2026000123 from SK{yyyy}{seq:06}.

A rule is a pattern per kind of document (the pattern language is in
app/domain/numbering.py), kept in the ``numbering`` setting; kinds without a stored rule
use the defaults. Changing a rule never touches the numbers already given.

The running value comes from the ``number_sequences`` row of the kind and the period the
pattern shows (its ``year`` column holds the period key: 0, the year, or year and month as
202606), never from the numbers already in a table: a number typed by hand
(``FP2026O00002``, ``FP2026999999``) cannot derail it. The value is taken by an UPDATE,
which locks the row until the transaction ends, so two writers (processes, PCs on one
server) never get the same one; a number already in the table (typed by hand, or given by
an earlier rule) is skipped.

Before it reads the rule, a writer locks the kind's row of period 0, and a rule change
locks the same row: no two writers ever number one kind by two different rules at once,
which the skip above could not make safe (it cannot see a number that another writer has
not committed yet)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import String, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.errors import ValidationError
from app.domain.numbering import DEFAULT_PATTERNS, KINDS, NumberPattern, parse_pattern
from app.models import (
    Invoice,
    InvoiceRequest,
    NumberSequence,
    Payment,
    Project,
    Setting,
    Statement,
)
from app.services.core.changes import Changed, Kind
from app.services.core.permissions import FINANCE, require
from app.services.core.settings_service import set_value

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.core.context import Actor

SETTING = "numbering"
COLUMNS: dict[str, InstrumentedAttribute[str]] = {
    "project": Project.code,
    "invoice_request": InvoiceRequest.number,
    "invoice": Invoice.number,
    "payment": Payment.number,
    "statement": Statement.number,
}
# The document each kind numbers, as error messages name it (translated by the views).
ENTITIES = {
    "project": "Project",
    "invoice_request": "Invoice request",
    "invoice": "Invoice",
    "payment": "Payment",
    "statement": "Statement",
}
_RULE_LOCK = 0  # the period key of the row whose lock guards a kind's rule


@dataclass(frozen=True)
class NumberingRule:
    """A kind's pattern and the number the next document of that kind dated today gets
    (None while the stored pattern is not valid)."""

    kind: str
    pattern: str
    next_number: str | None


def parse(kind: str, text: str) -> NumberPattern:
    """The pattern ``text`` for ``kind``, or a ValidationError of the field ``kind``."""
    column = COLUMNS[kind].property.columns[0]
    assert isinstance(column.type, String) and column.type.length is not None
    return parse_pattern(text, field=kind, entity=ENTITIES[kind], max_length=column.type.length)


def numbering_rules(session: Session) -> dict[str, str]:
    """The pattern of every kind: the stored rule, or the default one."""
    # Read past the session's identity map: after the rule lock this must be what the last
    # rule change committed.
    stored = session.scalar(select(Setting.value).where(Setting.key == SETTING))
    rules = dict(DEFAULT_PATTERNS)
    if isinstance(stored, dict):
        rules.update({k: str(v) for k, v in stored.items() if k in rules})
    return rules


def list_numbering_rules(session: Session, on: date) -> list[NumberingRule]:
    """Each kind with its pattern and the number it gives next for a document dated ``on``."""
    result = []
    for kind, text in numbering_rules(session).items():
        try:
            number: str | None = preview_number(session, kind, text, on)
        except ValidationError:
            number = None
        result.append(NumberingRule(kind, text, number))
    return result


def preview_number(session: Session, kind: str, text: str, on: date) -> str:
    """The number a document of ``kind`` dated ``on`` would get by the pattern ``text``
    if nobody takes one first. Reads only; a ValidationError for a pattern that is not
    valid."""
    pattern = parse(kind, text.strip())
    value = session.scalar(
        select(NumberSequence.next_value).where(
            NumberSequence.kind == kind, NumberSequence.year == pattern.period(on)
        )
    )
    value = value or 1
    while _taken(session, kind, number := pattern.format(on, value)):
        value += 1
    return number


def save_numbering_rules(
    db: Database, actor: Actor, patterns: Mapping[str, str]
) -> Changed[dict[str, str]]:
    """Store new patterns for the kinds in ``patterns`` (audited); the other kinds keep
    theirs. Numbers already given stay; the next ones follow the new rule."""
    require(actor, "change numbering rules", FINANCE)
    wanted = {kind: text.strip() for kind, text in patterns.items()}
    for kind in KINDS:
        if kind in wanted:
            parse(kind, wanted[kind])
    if set(wanted) - set(KINDS):
        raise ValueError(f"unknown kinds of documents: {sorted(set(wanted) - set(KINDS))}")
    with db.write() as session:
        rules = numbering_rules(session)
        changed = [kind for kind in KINDS if kind in wanted and wanted[kind] != rules[kind]]
        if not changed:
            return Changed.of(rules)
        for kind in changed:
            _lock(session, kind, _RULE_LOCK)
        rules.update(wanted)
        set_value(session, actor, SETTING, rules)
    return Changed.of(rules, Kind.SETTINGS)


def next_number(session: Session, kind: str, on: date) -> str:
    """The next number of the kind for a document dated ``on`` that its column does not
    hold yet. Call it inside the write transaction that stores the number, as late as
    possible: the sequence rows stay locked until that transaction ends."""
    _lock(session, kind, _RULE_LOCK)
    pattern = parse(kind, numbering_rules(session)[kind])
    period = pattern.period(on)
    while True:
        number = pattern.format(on, _take(session, kind, period))
        if not _taken(session, kind, number):
            return number


def lock_for_typed(session: Session, kind: str, number: str) -> None:
    """Before a number typed by hand is checked and stored: when it has the shape of the
    kind's automatic numbers, take the kind's lock, so that the check and an automatic
    number taken at the same moment cannot both pick it."""
    if parse(kind, numbering_rules(session)[kind]).period_of(number) is not None:
        _lock(session, kind, _RULE_LOCK)


def is_duplicate(exc: IntegrityError, column: InstrumentedAttribute[str]) -> bool:
    """Whether ``exc`` is the unique index of ``column`` refusing a number that another
    writer stored between the check and the insert."""
    table, name = column.class_.__tablename__, column.key
    text = str(exc.orig)
    return f"{table}.{name}" in text or f'"uq_{table}_{name}"' in text


def _taken(session: Session, kind: str, number: str) -> bool:
    column = COLUMNS[kind]
    return session.scalar(select(column).where(column == number)) is not None


def _take(session: Session, kind: str, period: int) -> int:
    taken = _increment(session, kind, period, 1)
    if taken is None:
        _ensure(session, kind, period)
        taken = _increment(session, kind, period, 1)
        assert taken is not None
    return taken


def _lock(session: Session, kind: str, period: int) -> None:
    """Lock the row of the kind and period (created if need be) without moving it."""
    if _increment(session, kind, period, 0) is None:
        _ensure(session, kind, period)
        _increment(session, kind, period, 0)


def _increment(session: Session, kind: str, period: int, step: int) -> int | None:
    """Move the row's next value by ``step`` and return the value it had (None: no row)."""
    return session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind == kind, NumberSequence.year == period)
        .values(next_value=NumberSequence.next_value + step)
        .returning(NumberSequence.next_value - step)
        .execution_options(synchronize_session=False)
    ).scalar()


def _ensure(session: Session, kind: str, period: int) -> None:
    """The first number of a period creates its row; two writers doing that at once both
    go on (the second waits for the first and inserts nothing)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(
        dialect.insert(NumberSequence)
        .values(kind=kind, year=period, next_value=1)
        .on_conflict_do_nothing(index_elements=["kind", "year"])
    )


class NumberBlocks:
    """``next_number`` for many documents in one write transaction (an import): the kind's
    lock and rule are taken once, numbers are reserved from each period's sequence in
    blocks and checked against typed numbers a block at a time, and ``release`` gives the
    unused end of each block back, so the sequence shows no gap."""

    BLOCK = 512  # the first block of a period; each next one is twice as large, to MAX_BLOCK
    MAX_BLOCK = 8192

    def __init__(self, session: Session, kind: str) -> None:
        self.session = session
        self.kind = kind
        _lock(session, kind, _RULE_LOCK)
        self.pattern = parse(kind, numbering_rules(session)[kind])
        # period -> (start, end) of its reserved block
        self._blocks: dict[int, tuple[int, int]] = {}
        self._free: dict[int, list[tuple[int, str]]] = {}
        self._sizes: dict[int, int] = {}  # period -> size of its last block
        self._next: dict[int, int] = {}  # period -> the value after the last one handed out

    def take(self, on: date) -> str:
        period = self.pattern.period(on)
        free = self._free.get(period)
        while not free:
            self._reserve(period, on)
            free = self._free[period]
        # A number depends on its date only through the period (yyyy, yy, mm), so the
        # block's numbers, formatted with the date of its first, are this date's too.
        value, number = free.pop()
        self._next[period] = value + 1
        return number

    def _reserve(self, period: int, on: date) -> None:
        size = self._sizes[period] = min(
            self._sizes.get(period, self.BLOCK // 2) * 2, self.MAX_BLOCK
        )
        start = _increment(self.session, self.kind, period, size)
        if start is None:
            _ensure(self.session, self.kind, period)
            start = _increment(self.session, self.kind, period, size)
            assert start is not None
        candidates = [(v, self.pattern.format(on, v)) for v in range(start, start + size)]
        column = COLUMNS[self.kind]
        taken = set(
            self.session.scalars(select(column).where(column.in_([n for _, n in candidates])))
        )
        self._free[period] = [c for c in reversed(candidates) if c[1] not in taken]
        self._blocks[period] = (start, start + size)
        self._next[period] = start

    def release(self) -> None:
        for period, (_start, end) in self._blocks.items():
            next_value = self._next[period]
            self.session.execute(
                update(NumberSequence)
                .where(
                    NumberSequence.kind == self.kind,
                    NumberSequence.year == period,
                    NumberSequence.next_value == end,
                )
                .values(next_value=next_value)
                .execution_options(synchronize_session=False)
            )
        self._blocks.clear()
        self._free.clear()
        self._next.clear()
