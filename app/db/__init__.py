"""Engine and session set-up, database modes, Alembic migrations, backup."""
