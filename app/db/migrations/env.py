"""Alembic environment: runs on the connection LabLedger hands over (see app.db.migrate)."""

from alembic import context
from sqlalchemy import Connection

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

config = context.config
connection = config.attributes.get("connection")


def run() -> None:
    if connection is None:
        from sqlalchemy import create_engine

        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("no connection handed over and no sqlalchemy.url set")
        engine = create_engine(url)
        with engine.begin() as conn:
            _migrate(conn)
    else:
        _migrate(connection)


def _migrate(conn: Connection) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
