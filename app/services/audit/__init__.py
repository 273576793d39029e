"""Reading the audit log: the paged, filtered list the managers' audit viewer shows."""
