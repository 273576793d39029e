"""Opening the database at start-up: create or upgrade the schema, then the records every
database needs; and the jobs that run once it is open."""

from __future__ import annotations

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import configure_mappers

from app.db.engine import make_engine
from app.db.location import DbLocation
from app.db.migrate import MigrationResult, upgrade
from app.db.session import Database
from app.db.sqlite_file import damage_error, one_line
from app.domain.clock import Clock
from app.domain.errors import DatabaseUnavailableError
from app.services.core.bootstrap_service import ensure_defaults
from app.services.core.changes import Changed
from app.services.core.context import system_actor
from app.services.customers.activity_service import PromiseOutcome, evaluate_promises


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
        # SQLAlchemy works out the models' relationships on the first ORM statement (30-40
        # ms CPU): here, on the thread that opens the database behind the progress dialog,
        # rather than in the first list or figure a user waits for.
        configure_mappers()
    except (DatabaseError, UnicodeDecodeError) as exc:
        engine.dispose()
        # A damaged file, or one that is not a database at all, is named as such.
        raise damage_error(location.sqlite_path, exc) or DatabaseUnavailableError(
            location=location.display(), reason=one_line(str(getattr(exc, "orig", exc)))
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return db, result


def run_startup_jobs(db: Database, clock: Clock) -> Changed[list[PromiseOutcome]]:
    """What runs once the database is open, as the system rather than a user: promises to
    pay whose time has come are judged (kept, partly kept or broken), so that no screen
    has to write when it opens. A reminders job can run this again during the day."""
    return evaluate_promises(db, system_actor(clock), clock.today())
