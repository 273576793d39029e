"""The demo generator's low-level streaming: rows buffered per table and written in bulk
(the driver directly on SQLite, COPY on PostgreSQL), dates turned into database values once,
and the load's settings: no fsync on SQLite, secondary indexes rebuilt after the load,
PostgreSQL sequences moved past the explicit ids."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Table,
    func,
    insert,
    select,
)

from app.db.bulk import driver_connection, storage, unchanged
from app.demo.tables import _TABLE_COLUMNS, table_of

# Rows buffered across all tables before they are written: bounds memory, keeps executemany
# batches large enough to be fast.
CHUNK_ROWS = 20_000
HORIZON_DAYS = 3652  # ten years of history up to `today`
# One row to write: values in the column order of _TABLE_COLUMNS.
_Row = tuple[object, ...]


@contextmanager
def _bulk_load_settings(conn: Connection) -> Iterator[None]:
    """On SQLite, skip fsync and use a larger page cache for the load, then restore both.

    Safe because the load is one transaction: a crash leaves the database as it was."""
    if conn.dialect.name != "sqlite":
        yield
        return
    # PRAGMA synchronous cannot change inside a transaction, so talk to the driver directly
    # before SQLAlchemy begins one.
    raw = driver_connection(conn)
    saved = {
        name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in ("synchronous", "cache_size")
    }
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("PRAGMA cache_size=-65536")  # 64 MiB
    try:
        yield
    finally:
        for name, value in saved.items():
            raw.execute(f"PRAGMA {name}={int(value)}")


def _advance_id_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move them past the ids used."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            select(
                func.setval(
                    func.pg_get_serial_sequence(table.name, "id"),
                    select(func.max(table.c.id)).scalar_subquery(),
                )
            )
        )


class _Sink:
    """Buffers rows per table and writes every buffer, parents first, once enough rows
    are waiting. Rows are tuples in the column order of ``_TABLE_COLUMNS``."""

    def __init__(self, conn: Connection, on_flush: Callable[[], None]) -> None:
        self._conn = conn
        self._on_flush = on_flush
        # SQLAlchemy's per-value processing would double the load time, so on SQLite the
        # rows go to the driver as they are (dates already in SQLAlchemy's storage format,
        # see _DayValues) and PostgreSQL with psycopg gets COPY. Others get Core executemany.
        dialect = conn.dialect
        self.mode = (
            "sqlite"
            if dialect.name == "sqlite"
            else "copy"
            if dialect.name == "postgresql" and dialect.driver == "psycopg"
            else "core"
        )
        self.preprocessed = self.mode == "sqlite"
        quote = dialect.identifier_preparer
        self._targets: list[tuple[Table, tuple[str, ...], str, list[_Row]]] = []
        self.buffers: dict[str, list[_Row]] = {}
        for model, columns in _TABLE_COLUMNS:
            table = table_of(model)
            expected = tuple(c.key for c in table.c if c.key in columns or c.default is not None)
            if expected != columns:
                # A column with a Python default would be filled by the clock or left out;
                # either breaks reproducibility, so the generator must be taught about it.
                raise AssertionError(f"demo columns for {table.name} must be {expected}")
            if self.mode == "copy":
                sql = (
                    f"COPY {quote.format_table(table)} "
                    f"({', '.join(quote.quote(c) for c in columns)}) FROM STDIN"
                )
            else:
                sql = insert(table).compile(dialect=dialect, column_keys=list(columns)).string
            buffer: list[_Row] = []
            self.buffers[table.name] = buffer
            self._targets.append((table, columns, sql, buffer))

    def maybe_flush(self) -> None:
        if sum(len(b) for b in self.buffers.values()) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        for table, columns, sql, buffer in self._targets:
            if not buffer:
                continue
            if self.mode == "sqlite":
                self._conn.exec_driver_sql(sql, buffer)
            elif self.mode == "copy":
                raw = driver_connection(self._conn)
                with raw.cursor() as cursor, cursor.copy(sql) as copy:
                    for row in buffer:
                        copy.write_row(row)
            else:
                self._conn.execute(
                    insert(table), [dict(zip(columns, row, strict=True)) for row in buffer]
                )
            buffer.clear()
        self._on_flush()


class _DayValues:
    """Dates as day numbers (0 = the first day the generator can use) and their database
    values: strings in SQLAlchemy's own format on SQLite, date/datetime objects elsewhere."""

    def __init__(self, conn: Connection, today: date, preprocessed: bool) -> None:
        self.first = today.toordinal() - HORIZON_DAYS - 400
        self.today = today.toordinal() - self.first
        last = self.today + 800  # room for due dates and promises after today
        days = [date.fromordinal(self.first + k) for k in range(last)]
        to_date = storage(Date(), conn) if preprocessed else unchanged
        to_datetime = storage(DateTime(timezone=True), conn) if preprocessed else unchanged
        self.date = [to_date(d) for d in days]
        # 09:30 and 14:20 Beijing time: office hours, so records look entered by people.
        self.morning = [to_datetime(datetime.combine(d, time(1, 30), UTC)) for d in days]
        self.afternoon = [to_datetime(datetime.combine(d, time(6, 20), UTC)) for d in days]
        self.year = [d.year for d in days]
        self.ymd = [d.strftime("%Y%m%d") for d in days]
        self.days = days
