"""Writing many rows at once, for the demo load and for imports: rows inserted without
SQLAlchemy's per-value work, ids handed out before the insert, secondary indexes dropped
and rebuilt around a large load.

On SQLite ``insert_rows`` gives the driver its executemany directly, each value turned into
what SQLAlchemy itself would store (the column type's own bind processor, looked up once per
column) and the columns' Python defaults filled in; that halves the time of a Core
executemany, whose per-row parameter processing costs more than the insert. Other databases
get a Core executemany."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Index,
    Table,
    Update,
    func,
    insert,
    inspect,
    select,
    text,
)

_Plan = tuple[str, list[tuple[str, Callable[[Any], Any] | None]], dict[str, object]]
# (table, column keys, dialect) -> its _plan
_PLANS: dict[tuple[str, tuple[str, ...], str], _Plan] = {}


def driver_connection(conn: Connection) -> Any:
    """The driver's own connection (sqlite3 or psycopg), which SQLAlchemy types as Any."""
    raw = conn.connection.driver_connection
    assert raw is not None, "an open Connection has a driver connection"
    return raw


def index_names(conn: Connection, table_name: str) -> set[str]:
    """The names of a table's indexes, those on expressions included (SQLAlchemy does not
    reflect SQLite's, and warns about each)."""
    if conn.dialect.name == "sqlite":
        query = text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :table")
        return set(conn.scalars(query, {"table": table_name}))
    return {str(ix["name"]) for ix in inspect(conn).get_indexes(table_name)}


def drop_indexes(
    conn: Connection, tables: Sequence[Table], keep: frozenset[str] = frozenset()
) -> list[Index]:
    """Drop the tables' secondary indexes (unique constraints stay, and those named in
    ``keep``): cheaper to build once after a large load than to maintain row by row. DDL is
    transactional on SQLite and PostgreSQL, so a rollback restores them; the caller
    recreates the returned ones."""
    dropped = []
    for table in tables:
        existing = index_names(conn, table.name) - keep
        for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
            if index.name in existing:
                index.drop(conn)
                dropped.append(index)
    return dropped


def storage(sa_type: Date | DateTime, conn: Connection) -> Callable[[object], object]:
    """What SQLAlchemy stores for a value of ``sa_type`` on this database."""
    process = sa_type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process or unchanged


def unchanged(value: object) -> object:
    return value


def next_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """``count`` new ids for ``table``, to insert rows with. On SQLite the caller holds the
    write lock (BEGIN IMMEDIATE), so the next ids after the largest are free, as SQLite
    would choose them (the tables have no AUTOINCREMENT); PostgreSQL takes them from the
    id sequence."""
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, "id")
        query = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
        return [int(v) for v in conn.scalars(query)]
    start = int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
    return list(range(start, start + count))


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, object]]) -> None:
    """One executemany of ``table``'s INSERT for ``rows`` (dicts with the same keys);
    columns the rows leave out get their Python defaults, as Core would give them."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    sql, processors, defaults = _plan(conn, table, tuple(rows[0]))
    # A callable default (the time of the insert) is taken once for the whole executemany.
    stored: dict[str, object] = {}
    for key, process in processors:
        if key in defaults:
            value = defaults[key]
            value = value() if callable(value) else value
            stored[key] = value if process is None else process(value)
    data = [
        tuple(
            [
                stored[k] if k in stored else row[k] if p is None else p(row[k])
                for k, p in processors
            ]
        )
        for row in rows
    ]
    conn.exec_driver_sql(sql, data)


def update_rows(conn: Connection, statement: Update, rows: Sequence[Mapping[str, object]]) -> None:
    """One executemany of ``statement`` (an UPDATE with bind parameters) for ``rows``;
    on SQLite straight to the driver, each value through its parameter's bind processor."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(statement, rows)
        return
    compiled = statement.compile(dialect=conn.dialect)
    given = rows[0].keys()
    processors = []
    fixed: dict[str, object] = {}  # the statement's own values, such as the 1 of version + 1
    for name in compiled.positiontup or []:
        bind = compiled.binds[name]
        process = bind.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        processors.append((name, process))
        if name not in given:
            fixed[name] = bind.value if process is None else process(bind.value)
    data = [
        tuple(
            [fixed[k] if k in fixed else row[k] if p is None else p(row[k]) for k, p in processors]
        )
        for row in rows
    ]
    conn.exec_driver_sql(compiled.string, data)


def _plan(conn: Connection, table: Table, keys: tuple[str, ...]) -> _Plan:
    """The INSERT of ``keys`` and the defaulted columns, its parameters' (key, processor) in
    statement order, and the defaults (a value, or a callable taking no argument)."""
    cache_key = (table.name, keys, conn.dialect.name)
    plan = _PLANS.get(cache_key)
    if plan is None:
        defaults: dict[str, object] = {}
        for column in table.c:
            default = column.default
            if column.key in keys or default is None or default.is_sequence:
                continue
            arg = default.arg  # type: ignore[attr-defined]
            defaults[column.key] = (lambda f=arg: f(None)) if default.is_callable else arg
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=[*keys, *defaults])
        order = compiled.positiontup or []
        processors: list[tuple[str, Callable[[Any], Any] | None]] = [
            (key, table.c[key].type.dialect_impl(conn.dialect).bind_processor(conn.dialect))
            for key in order
        ]
        plan = (compiled.string, processors, defaults)
        _PLANS[cache_key] = plan
    return plan
