"""Paged table models and views for lists of any length, and read-only record tables."""
