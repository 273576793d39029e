"""`labledger migrate-to URL`: copy a SQLite database into an empty PostgreSQL database
migrated to the same schema, then prove the copy: rows per table, each customer's open
balance and prepayments, and the audit chain.

The rows go over in one transaction on the server, table by table in the order their
references need, in batches; a failure leaves the server database with its schema and no
rows, ready for another try."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, DateTime, Engine, Table, func, inspect, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.db.engine import make_engine
from app.db.location import DbLocation, to_url
from app.db.migrate import stored_revisions, upgrade
from app.db.session import Database
from app.domain.errors import DatabaseUnavailableError, ServerCopyError
from app.models import AuditChainHead, Invoice, Payment
from app.models.base import Base
from app.services.core.audit_service import verify_chain
from app.services.ledger.ledger_queries import OPEN_INVOICE, UNALLOCATED_PAYMENT

BATCH = 5_000
# Rows that creating a database writes by itself (migrations and start-up defaults): a
# target holding only these is empty. They are replaced by the original's.
SEEDED = frozenset(
    {"audit_chain_head", "number_sequences", "credit_tiers", "settings", "change_counter"}
)

# (table, rows copied so far, rows in the table)
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class CopyReport:
    target: str
    revision: str
    rows: dict[str, int]  # table -> rows copied (and counted again on the server)
    customers: int  # customers whose balances were compared
    audit_entries: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def server_location(url: str) -> DbLocation:
    location = DbLocation(to_url(url), "argument")
    if location.is_sqlite:
        raise ServerCopyError(
            "migrate-to copies into a PostgreSQL database (postgresql://user@host/database); "
            "{url} is not one.",
            url=url,
        )
    return location


def copy_to_server(
    source: Database, target: DbLocation, progress: Progress | None = None
) -> CopyReport:
    """Copy the open SQLite database ``source`` (at the newest schema) into ``target``."""
    shown = target.display()
    if not source.is_sqlite:
        raise ServerCopyError(
            "migrate-to copies a SQLite database; this one is already on a server."
        )
    engine = make_engine(target)
    try:
        try:
            _refuse_unless_empty(engine, shown)
            upgrade(engine, target)
        except OperationalError as exc:
            raise DatabaseUnavailableError(location=shown, reason=_reason(exc)) from exc
        revision = _same_revision(source.engine, engine, shown)
        tables = _tables()
        with source.engine.connect() as src, engine.begin() as dst:
            counts = {t.name: _count(src, t) for t in tables}
            for table in reversed(tables):
                dst.execute(table.delete())
            for table in tables:
                _copy_table(src, dst, table, counts[table.name], progress)
            _reset_sequences(dst, tables)
        customers, entries = _verify(source, Database(engine), counts, shown)
    finally:
        engine.dispose()
    return CopyReport(shown, revision, counts, customers, entries)


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0]


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _refuse_unless_empty(engine: Engine, shown: str) -> None:
    """A target with any record of its own is refused: the copy would mix two ledgers."""
    with engine.connect() as conn:
        existing = set(inspect(conn).get_table_names())
        for table in _tables():
            if table.name in existing and table.name not in SEEDED:
                rows = _count(conn, table)
                if rows:
                    raise ServerCopyError(
                        "The database {target} is not empty ({table} holds {rows} rows): "
                        "migrate-to copies only into an empty database.",
                        target=shown,
                        table=table.name,
                        rows=rows,
                    )


def _same_revision(source: Engine, target: Engine, shown: str) -> str:
    mine, theirs = stored_revisions(source), stored_revisions(target)
    if mine != theirs or len(mine) != 1:
        raise ServerCopyError(
            "The database {target} has schema {theirs} and the original {mine}; both must be "
            "at this version's schema.",
            target=shown,
            theirs=",".join(theirs) or "none",
            mine=",".join(mine) or "none",
        )
    return mine[0]


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for part in result.mappings().partitions(BATCH):
        yield [dict(row) for row in part]


def _copy_table(
    src: Connection, dst: Connection, table: Table, total: int, progress: Progress | None
) -> None:
    # SQLite hands timestamps back without their zone; they were stored as UTC.
    stamps = [c.name for c in table.columns if isinstance(c.type, DateTime)]
    done = 0
    if progress is not None:
        progress(table.name, 0, total)
    for rows in _batches(src, table):
        for row in rows:
            for name in stamps:
                value = row[name]
                if isinstance(value, datetime) and value.tzinfo is None:
                    row[name] = value.replace(tzinfo=UTC)
        dst.execute(table.insert(), rows)
        done += len(rows)
        if progress is not None:
            progress(table.name, done, total)


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """New records on the server continue after the copied ids."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        column = keys[0].name
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column},
        ).scalar()
        if sequence is None:
            continue
        conn.execute(
            text(
                f'SELECT setval(:sequence, COALESCE(MAX("{column}"), 1), MAX("{column}") '
                f'IS NOT NULL) FROM "{table.name}"'
            ),
            {"sequence": sequence},
        )


@dataclass(frozen=True)
class _Balances:
    open_fen: dict[int, int]
    prepaid_fen: dict[int, int]
    chain_head: str | None


def _balances(session: Session) -> _Balances:
    open_fen = session.execute(
        select(Invoice.customer_id, func.sum(Invoice.amount_fen - Invoice.settled_fen))
        .where(OPEN_INVOICE)
        .group_by(Invoice.customer_id)
    ).all()
    prepaid = session.execute(
        select(Payment.customer_id, func.sum(Payment.amount_fen - Payment.allocated_fen))
        .where(UNALLOCATED_PAYMENT)
        .group_by(Payment.customer_id)
    ).all()
    head = session.scalar(select(AuditChainHead.hash).where(AuditChainHead.id == 1))
    return _Balances(
        {int(c): int(v) for c, v in open_fen},
        {int(c): int(v) for c, v in prepaid},
        head,
    )


def _verify(
    source: Database, copy: Database, counts: dict[str, int], shown: str
) -> tuple[int, int]:
    """Rows per table, balances per customer and the audit chain, read back from the server."""
    problems: list[str] = []
    with copy.read() as session:
        conn = session.connection()
        for table in _tables():
            copied = _count(conn, table)
            if copied != counts[table.name]:
                problems.append(f"{table.name}: {copied} rows, the original {counts[table.name]}")
        theirs = _balances(session)
        breaks = verify_chain(session)
    with source.read() as session:
        mine = _balances(session)
    for label, a, b in (
        ("open balance", mine.open_fen, theirs.open_fen),
        ("prepayments", mine.prepaid_fen, theirs.prepaid_fen),
    ):
        differ = sorted(c for c in a.keys() | b.keys() if a.get(c, 0) != b.get(c, 0))
        if differ:
            problems.append(f"{label} differs for customer ids {differ[:10]}")
    if breaks:
        problems.append("audit chain: " + breaks[0].describe())
    if mine.chain_head != theirs.chain_head:
        problems.append("audit chain: the newest entry differs from the original's")
    if problems:
        raise ServerCopyError(
            "The copy in {target} differs from the original: {problems}",
            target=shown,
            problems="; ".join(problems),
        )
    return len(mine.open_fen.keys() | mine.prepaid_fen.keys()), counts.get("audit_entries", 0)
