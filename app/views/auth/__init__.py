"""Logging in: the first administrator, the log-in dialog, passwords and the log-in rules."""
