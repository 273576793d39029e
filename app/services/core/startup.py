"""Opening the database at start-up: create or upgrade the schema, then the records every
database needs."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError, ProgrammingError

from app.db.engine import make_engine
from app.db.location import DbLocation
from app.db.migrate import MigrationResult, upgrade
from app.db.session import Database
from app.domain.errors import DatabaseUnavailableError
from app.services.core.bootstrap_service import ensure_defaults


def open_database(
    location: DbLocation, *, migrate: bool = True
) -> tuple[Database, MigrationResult | None]:
    """Open the database, creating or upgrading its schema and default records first."""
    engine = make_engine(location)
    try:
        result = upgrade(engine, location) if migrate else None
        db = Database(engine)
        if migrate:
            ensure_defaults(db)
    except (OperationalError, ProgrammingError) as exc:
        engine.dispose()
        raise DatabaseUnavailableError(
            location=location.display(), reason=str(getattr(exc, "orig", exc)).strip()
        ) from exc
    return db, result
