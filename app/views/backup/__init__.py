"""Backups of a SQLite database: the daily one, the backups dialog and restoring."""
