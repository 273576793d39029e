"""Backups of a SQLite database, restoring one, and copying it to a PostgreSQL server."""
